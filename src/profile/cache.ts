// The base's profiles, kept in the result store (store/store.ts). An explanation builds and profiles the base
// in a clean worktree at a commit, with the config and firmware the repository holds there: what it measured
// is a function of that commit, of the toolchain that built it and of the profilers. The next explanation
// against the same base (the next push to the same pull request, explain run again) reads it back instead of
// building the base again; so does the first, when a check that profiled its variants (run.profile: all) ran
// at that commit from a clean tree. Only when the firmware is in the repository (else the commit does not pin it).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative } from 'node:path';
import { execa } from 'execa';
import { showAt } from '../git.js';
import type { SymbolSize } from '../measure/owners.js';
import { cacheRoot } from '../sources/sources.js';
import { storeDir, TOOLCHAIN } from '../store/session.js';
import { hostLibc } from '../store/reuse.js';
import { ResultStore, type StoredProfile } from '../store/store.js';
import { toolVersion } from '../tools.js';
import { CALLER_DEPTH } from './callgrind.js';
import { PLUGIN_SOURCE } from './plugin.js';
import type { VariantProfile } from './variant.js';

/** Bumped when what a stored profile holds, or how it is made, changes. */
const PROFILE_FORMAT = 1;

export const profileStore = (warn: (m: string) => void) => new ResultStore(storeDir(cacheRoot()), warn);

const sha256 = (x: string | Buffer) => createHash('sha256').update(x).digest('hex');

/** What a profile of the base at `commit` is a function of, besides the commit: the config as it is there,
 * the variant, the toolchain and the profilers (our plugin's source, QEMU, valgrind and the host's C library). */
export async function baseProfileKey(o: { commit: string; configText: string; variant: string }): Promise<Record<string, unknown>> {
  const tools = ['qemu-system-arm', 'valgrind', ...TOOLCHAIN];
  return {
    kind: 'profile-at', format: PROFILE_FORMAT, commit: o.commit, config: sha256(o.configText), variant: o.variant,
    tools: Object.fromEntries(await Promise.all(tools.map(async (t) => [t, await toolVersion(t)] as const))),
    plugin: sha256(await readFile(PLUGIN_SOURCE()).catch(() => Buffer.alloc(0))), libc: hostLibc(), callers: CALLER_DEPTH,
  };
}

/** The store's entry for a profile: what a later explanation reads back as the base's side. */
export const storedProfile = (p: VariantProfile, by: StoredProfile['by'], symbols?: SymbolSize[]): StoredProfile =>
  ({ profiles: p.profiles, counts: p.counts, lints: p.lints, durationMs: p.durationMs, by, ...(symbols ? { symbols } : {}) });

/** The entries a check kept at its commit: files of the store `store`, relative to it (the action saves them for the default branch's later pull requests). */
export interface KeptProfiles {
  commit: string;
  store: string;
  files: string[];
}

/**
 * Keeps a check's profiles as the base's for later explanations against its commit (a pull request's base is
 * an earlier push's commit): none has to build and profile the base again. Only when the commit pins all that
 * was profiled: the config, the firmware and the benchmark folders in the repository, unchanged in the working
 * tree, no source overridden; undefined otherwise.
 */
export async function checkProfileKeeper(o: { config: string; firmwareDir: string; benchmarkDirs: string[]; commit: string; overridden: boolean; warn: (m: string) => void }):
  Promise<{ keep: (variant: { id: string }, p: VariantProfile, symbols?: SymbolSize[]) => Promise<void>; kept: KeptProfiles } | undefined> {
  if (o.overridden || !/^[0-9a-f]{40}$/.test(o.commit)) return undefined;
  const paths = [o.config, o.firmwareDir, ...o.benchmarkDirs];
  const top = await execa('git', ['rev-parse', '--show-toplevel'], { cwd: dirname(o.config), reject: false });
  if (top.failed) return undefined;
  if (paths.some((p) => { const r = relative(String(top.stdout), p); return r.startsWith('..') || isAbsolute(r); })) return undefined;
  const status = await execa('git', ['status', '--porcelain', '--', ...paths], { cwd: String(top.stdout), reject: false });
  if (status.failed || String(status.stdout).trim() !== '') return undefined;
  // As an explanation reads it at the commit (unchanged here, as the status said).
  const configText = await showAt(o.config, relative(String(top.stdout), o.config), o.commit);
  if (configText === undefined) return undefined;
  const store = profileStore(o.warn);
  const date = new Date().toISOString();
  const kept: KeptProfiles = { commit: o.commit, store: store.dir, files: [] };
  return {
    kept,
    keep: async (variant, p, symbols) => {
      const key = await baseProfileKey({ commit: o.commit, configText, variant: variant.id });
      await store.put(key, { commit: o.commit, date }, { profile: storedProfile(p, 'check', symbols) });
      kept.files.push(relative(store.dir, store.pathOf(key)));
    },
  };
}
