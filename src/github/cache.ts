// Keeps the on-disk cache (pinned sources, wamrc) across workflow runs with @actions/cache, keyed by the
// manifest, so a runner downloads and builds them once per pin change. Failures only warn: the cache is an
// optimisation, never a reason to fail a check.
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function cacheKey(firmwareDir: string): Promise<string> {
  const manifest = await readFile(join(firmwareDir, 'sources.json'));
  return `wasm-mcu-bench-${process.platform}-${process.arch}-${createHash('sha256').update(manifest).digest('hex').slice(0, 16)}`;
}

/** Restores the cache folder; returns whether the exact key was found. */
export async function restoreToolCache(dir: string, key: string): Promise<boolean> {
  if (!cache.isFeatureAvailable()) return false;
  try {
    return (await cache.restoreCache([dir], key)) === key;
  } catch (e) {
    core.warning(`cache restore failed: ${(e as Error).message}`);
    return false;
  }
}

export async function saveToolCache(dir: string, key: string): Promise<void> {
  if (!cache.isFeatureAvailable()) return;
  try {
    await cache.saveCache([dir], key);
  } catch (e) {
    core.warning(`cache save failed: ${(e as Error).message}`);
  }
}
