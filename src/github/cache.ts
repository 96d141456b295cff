// Keeps the tool's cache directory (pinned sources, wamrc, the result store, build folders, the compiler
// cache) across workflow runs with @actions/cache. GitHub's caches are immutable and a pull request may
// restore its base branch's, so each run saves under a key of its own and restores the newest entry by
// prefix: its own branch's first, then its base branch's, then any of the same pins. Saved only when the
// run added something (a result, a build). Failures only warn: the cache is an optimisation, never a
// reason to fail a check.
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface CacheKeys {
  key: string;
  restoreKeys: string[];
}

/** A branch name as a key part (keys are plain strings; a ',' is not allowed in them). */
const part = (ref: string) => ref.replace(/[^A-Za-z0-9._/-]/g, '_');

/**
 * The keys of this run: `wasm-mcu-bench-<os>-<arch>-<pins>-<branch>-<run>-<attempt>-<job part>`, restored from
 * the same branch, else the base branch (a pull request's GITHUB_BASE_REF), else any branch with the same pins.
 */
export async function cacheKeys(firmwareDir: string, env: NodeJS.ProcessEnv, job: string): Promise<CacheKeys> {
  const manifest = await readFile(join(firmwareDir, 'sources.json'));
  const prefix = `wasm-mcu-bench-2-${process.platform}-${process.arch}-${createHash('sha256').update(manifest).digest('hex').slice(0, 16)}-`;
  const branch = part(env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || 'local');
  const base = env.GITHUB_BASE_REF ? part(env.GITHUB_BASE_REF) : undefined;
  return {
    key: `${prefix}${branch}-${env.GITHUB_RUN_ID ?? '0'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${part(job)}`,
    restoreKeys: [`${prefix}${branch}-`, ...(base && base !== branch ? [`${prefix}${base}-`] : []), prefix],
  };
}

/**
 * What the cache holds that a later run would want: stored results and build stamps (by name and content),
 * not their use times (each use touches them for pruning). Equal before and after: nothing to save.
 */
export async function cacheContent(dir: string): Promise<string> {
  const h = createHash('sha256');
  const walk = async (d: string, depth: number): Promise<void> => {
    for (const name of (await readdir(d).catch(() => [] as string[])).sort()) {
      const path = join(d, name);
      if (depth > 0) await walk(path, depth - 1);
      else if (name.endsWith('.json')) h.update(`${path} ${(await stat(path).catch(() => undefined))?.size ?? 0}\n`);
    }
  };
  await walk(join(dir, 'results'), 1);
  await walk(join(dir, 'durations'), 0);
  for (const tree of await readdir(join(dir, 'builds')).catch(() => [] as string[]))
    for (const v of (await readdir(join(dir, 'builds', tree)).catch(() => [] as string[])).sort())
      h.update(`${tree}/${v} `).update(await readFile(join(dir, 'builds', tree, v, 'wmb-stamp.json')).catch(() => Buffer.alloc(0)));
  for (const top of (await readdir(dir).catch(() => [] as string[])).sort()) h.update(`${top}\n`);
  return h.digest('hex');
}

/** Restores the newest matching entry into `dir`; returns the key it came from, if any. */
export async function restoreToolCache(dir: string, keys: CacheKeys): Promise<string | undefined> {
  if (!cache.isFeatureAvailable()) return undefined;
  try {
    const hit = await cache.restoreCache([dir], keys.key, keys.restoreKeys);
    core.info(hit ? `tool cache restored from ${hit}` : 'tool cache: no entry yet for these pins (a cold run)');
    return hit;
  } catch (e) {
    core.warning(`cache restore failed: ${(e as Error).message}`);
    return undefined;
  }
}

export async function saveToolCache(dir: string, key: string): Promise<void> {
  if (!cache.isFeatureAvailable()) return;
  try {
    await cache.saveCache([dir], key);
    core.info(`tool cache saved as ${key}`);
  } catch (e) {
    core.warning(`cache save failed: ${(e as Error).message}`);
  }
}
