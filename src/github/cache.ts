// Keeps the tool's cache directory (pinned sources, wamrc, the result store, build folders, the compiler
// cache) across workflow runs with @actions/cache. GitHub's caches are immutable and a pull request may
// restore its base branch's, so each run saves under a key of its own and restores the newest entry by
// prefix: its own branch's first, then its base branch's, then any of the same pins. Saved only when the
// run added something (a result, a build). Failures only warn: the cache is an optimisation, never a
// reason to fail a check.
// The profiles a check keeps at a commit (profile/cache.ts) travel apart, in small entries of their own keyed
// by commit and shard: a pull request's report job finds there those its base commit's push (history.yml,
// profile: all) made, which the newest tool cache entry it restores (its own branch's) would not hold.
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { KeptProfiles } from '../profile/cache.js';
import type { ShardPlan } from '../shard/plan.js';

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

/** The entry of the profiles a shard (or `check`) kept at `commit`: one per commit and shard, never overwritten. */
export const profilesKey = (commit: string, shard: string, platform: string = process.platform, arch: string = process.arch) =>
  `wasm-mcu-bench-profiles-${platform}-${arch}-${commit}-${part(shard)}`;

/** The shards of a plan that profile (emulated and host: hardware variants are never profiled). */
export const profilingShards = (plan: ShardPlan): string[] => plan.shards.filter((s) => s.target === 'emulated' || s.target === 'host').map((s) => s.name);

/** The folder an entry of profiles is saved from and restored into: the same path in every job of a workflow
 * (a cache entry's version is a hash of its paths), outside the tool cache (saved apart). */
export const profilesFolder = (env: NodeJS.ProcessEnv) => join(env.RUNNER_TEMP || tmpdir(), 'wasm-mcu-bench-profiles');

/** A store entry's file, relative to the store (`ab/ab…64 hex.json`): nothing else is taken from an entry. */
const STORE_FILE = /^([0-9a-f]{2})\/\1[0-9a-f]{62}\.json$/;

/** Store files under `dir`, relative to it. */
async function storeFiles(dir: string): Promise<string[]> {
  const subs = (await readdir(dir).catch(() => [] as string[])).sort();
  const files = (await Promise.all(subs.map(async (d) => (await readdir(join(dir, d)).catch(() => [] as string[])).map((f) => `${d}/${f}`)))).flat();
  return files.filter((f) => STORE_FILE.test(f));
}

const copyAll = async (files: string[], from: string, to: string) => {
  for (const f of files) {
    await mkdir(dirname(join(to, f)), { recursive: true });
    await copyFile(join(from, f), join(to, f));
  }
};

/** Saves the profiles a run kept, only those, as the entry of its commit and shard. */
export async function saveProfiles(kept: KeptProfiles, shard: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!cache.isFeatureAvailable() || !kept.files.length) return;
  const folder = profilesFolder(env);
  const key = profilesKey(kept.commit, shard);
  try {
    await rm(folder, { recursive: true, force: true });
    await copyAll(kept.files, kept.store, folder);
    await cache.saveCache([folder], key);
    core.info(`${kept.files.length} profile(s) at ${kept.commit.slice(0, 12)} saved as ${key}, for the explanations of pull requests against that commit`);
  } catch (e) {
    core.warning(`saving the profiles as ${key} failed: ${(e as Error).message}`);
  }
}

/**
 * Restores into the result store `store` the profiles every shard of `shards` kept at `commit` (the default
 * branch's push there), and says what it found. The store reads each entry back against its own key.
 */
export async function restoreProfiles(store: string, commit: string, shards: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (!cache.isFeatureAvailable()) return 0;
  const folder = profilesFolder(env);
  const found: string[] = [];
  const missed: string[] = [];
  try {
    await rm(folder, { recursive: true, force: true });
    for (const shard of shards) {
      const key = profilesKey(commit, shard);
      (await cache.restoreCache([folder], key)) ? found.push(shard) : missed.push(shard);
    }
    const files = await storeFiles(folder);
    await copyAll(files, folder, store);
    core.info(`base profiles at ${commit.slice(0, 12)}: ${files.length} restored from the run at that commit${found.length ? ` (shard(s) ${found.join(', ')})` : ''}`
      + (missed.length ? `; none cached for ${missed.join(', ')} (the base is built and profiled for what moved there)` : ''));
    return files.length;
  } catch (e) {
    core.warning(`restoring the base's profiles at ${commit.slice(0, 12)} failed: ${(e as Error).message}`);
    return 0;
  }
}
