// One job's use of the tool's cache directory: the result store (reuse), the variants' build folders with
// their stamps, the compiler cache, the measured durations for `plan`; at the end, the hit rate and size in
// the log and pruning to the config's limit. The layout under the cache directory:
//   results/<2 hex>/<sha256>.json   stored results (store.ts)
//   builds/<tree>/<folder>/         build folders, one set per firmware tree, named by what they build (build/group.ts: buildFolder, planBuilds)
//   durations/<variant>.json        last measured build + run time
//   ccache/                          the compiler cache (build/cmake.ts compilerCache)
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readlink, rm, stat, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FileHashes, STAMP, stampBytes, type StampInputs } from '../build/stamp.js';
import { takeLock, type Held } from '../run/lock.js';
import type { Config } from '../config/config.js';
import type { Progress } from '../progress.js';
import type { BackendContext } from './backends.js';
import type { ResolvedSource } from '../sources/sources.js';
import { toolVersion } from '../tools.js';
import type { VariantResult } from '../types.js';
import type { BuildUnit } from '../build/group.js';
import { readDurations, recordDurations } from './durations.js';
import { ccacheSize, prune, sizeOf, type Item } from './prune.js';
import { ResultStore } from './store.js';
import type { Measured } from '../types.js';

/** The tools whose version is part of every build stamp (an upgrade rebuilds). */
export const TOOLCHAIN = ['arm-none-eabi-gcc', 'cmake', 'ninja', 'gcc', 'clang-19'];
/** The compiler cache's share of the limit (CCACHE_MAXSIZE; ccache prunes itself). */
const CCACHE_SHARE = 0.4;
/** How long a run waits for another one to finish with a build folder both use. */
const BUILD_WAIT_MS = 6 * 3600 * 1000;

export const storeDir = (cache: string) => join(cache, 'results');
export const durationsDir = (cache: string) => join(cache, 'durations');
/**
 * One set of build folders per firmware tree: two projects (or worktrees) never share, nor disturb, each other's
 * builds, while checks of one tree into any output folder share theirs (a folder is named by what it builds,
 * build/group.ts buildFolder and planBuilds; runs take turns through its lock).
 */
export const buildsDir = (cache: string, firmwareDir: string) =>
  join(cache, 'builds', createHash('sha256').update(resolve(firmwareDir)).digest('hex').slice(0, 12));

export interface CacheSession {
  store: ResultStore;
  buildRoot: string;
  reuse: NonNullable<BackendContext['reuse']>;
  /** What a build unit is built from (build/group.ts), for its build stamp. */
  stampOf(u: BuildUnit): { wanted: StampInputs; hashes: FileHashes };
  ccacheEnv: Record<string, string>;
  /** A build folder (its name, build/group.ts), taken for the time it is built and its images run and measured (runs sharing the cache take turns). */
  hold(folder: string, what: string): Promise<Held>;
  /** Records durations, prints the hit rate and the cache's size, prunes to the limit. */
  finish(results: VariantResult[]): Promise<void>;
}

export interface SessionOptions {
  cache: string;
  config: Config;
  firmwareDir: string;
  sources: Map<string, ResolvedSource>;
  /** Measure again: read nothing from the store (what is measured replaces its entries). */
  rerun: boolean;
  measured: Measured;
  progress: Progress;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** Takes a build folder of `buildRoot` while it is built and its images run: runs sharing the cache take turns. */
export const holdIn = (buildRoot: string) => async (folder: string, what: string): Promise<Held> => {
  await mkdir(buildRoot, { recursive: true });
  return takeLock(join(buildRoot, `${folder}.lock`), `building and running ${what}`, BUILD_WAIT_MS);
};

export async function openCache(o: SessionOptions): Promise<CacheSession> {
  const store = new ResultStore(storeDir(o.cache), (w) => o.progress.note(`warning: ${w}`));
  const buildRoot = buildsDir(o.cache, o.firmwareDir);
  const versions = Object.fromEntries(await Promise.all(TOOLCHAIN.map(async (t) => [t, await toolVersion(t)] as const)));
  const hashes = new FileHashes();
  const trees = Object.fromEntries([...o.sources.values()].filter((s) => s.dir).map((s) => [s.name, s.tree ?? s.pin.commit]));
  const covered = [o.cache, ...[...o.sources.values()].flatMap((s) => (s.dir ? [s.dir] : []))];
  const limit = o.config.cacheMb * 2 ** 20;
  return {
    store,
    buildRoot,
    reuse: { ctx: { store, measured: o.measured, version: toolVersion }, rerun: o.rerun, measured: o.config.reuse },
    stampOf: (u) => ({
      wanted: { inputs: { variants: u.members.map((v) => v.id), cflags: u.members[0]!.cflags, defines: u.members[0]!.defines, image: u.members[0]!.image ?? u.members[0]!.target, defs: u.defs, own: u.own, toolchain: versions, trees }, covered },
      hashes,
    }),
    hold: holdIn(buildRoot),
    ccacheEnv: { CCACHE_MAXSIZE: `${Math.floor((o.config.cacheMb * CCACHE_SHARE))}M` },
    async finish(results) {
      await recordDurations(durationsDir(o.cache), results);
      const { hits, misses, rejected } = store.stats;
      const asked = hits + misses;
      const items = [...await storeItems(store), ...await buildItems(join(o.cache, 'builds'))];
      const gone = await prune(items, limit * (1 - CCACHE_SHARE));
      const kept = items.filter((i) => !gone.includes(i)).reduce((s, i) => s + i.bytes, 0);
      const ccache = await ccacheSize(join(o.cache, 'ccache'), join(o.cache, 'ccache-size.json'));
      o.progress.note(`result store: ${hits} of ${asked} reused (hit rate ${asked ? Math.round((100 * hits) / asked) : 0}%)${rejected ? `, ${rejected} entr${rejected === 1 ? 'y' : 'ies'} ignored` : ''}${o.rerun ? ' (--rerun: every run measured again)' : ''}`);
      o.progress.note(`cache ${o.cache}: ${mib(kept + ccache)} (results and builds ${mib(kept)}, compiler cache ${mib(ccache)}), limit ${mib(limit)}${gone.length ? `; pruned ${gone.length} least recently used item(s), ${mib(gone.reduce((s, i) => s + i.bytes, 0))}` : ''}`);
    },
  };
}

async function storeItems(store: ResultStore): Promise<Item[]> {
  return Promise.all((await store.files()).map(async (path) => {
    const st = await stat(path).catch(() => undefined);
    return { path, bytes: st?.size ?? 0, used: st?.mtimeMs ?? 0 };
  }));
}

/** A build folder's size is in its stamp (written after its build); its last use is the stamp's mtime. */
async function buildItems(root: string): Promise<Item[]> {
  const folders = (await Promise.all((await readdir(root).catch(() => [] as string[])).map(async (tree) =>
    (await readdir(join(root, tree)).catch(() => [] as string[])).map((name) => join(root, tree, name))))).flat();
  // In use by a run right now (its lock is there): never pruned under it.
  const items = await Promise.all(folders.filter((path) => !path.endsWith('.lock') && !existsSync(`${path}.lock`)).map(async (path): Promise<Item> => {
    const st = await stat(join(path, STAMP)).catch(() => undefined);
    const bytes = (st && await stampBytes(join(path, STAMP))) ?? await sizeOf(path);
    return { path, bytes, used: st?.mtimeMs ?? (await stat(path).catch(() => undefined))?.mtimeMs ?? 0 };
  }));
  return items;
}

export { readDurations };

/** `<out>/build` names the build folders in the cache, where a user looks for them (unless a folder is there). */
export async function linkBuilds(outDir: string, buildRoot: string): Promise<void> {
  const link = join(outDir, 'build');
  const there = await lstat(link).catch(() => undefined);
  if (there?.isSymbolicLink() && (await readlink(link)) === buildRoot) return;
  if (there && !there.isSymbolicLink()) return;
  await mkdir(buildRoot, { recursive: true });
  await rm(link, { force: true });
  await symlink(buildRoot, link).catch(() => undefined);
}

export const withEnv = (c: { args: string[]; env: Record<string, string> }, env: Record<string, string>) => ({ args: c.args, env: { ...c.env, ...env } });
