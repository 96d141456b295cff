// The base's profiles, kept in the result store (store/store.ts). An explanation builds and profiles the base
// in a clean worktree at a commit, with the config and firmware the repository holds there: what it measured
// is a function of that commit, of the toolchain that built it and of the profilers. The next explanation
// against the same base (the next push to the same pull request, explain run again) reads it back instead of
// building the base again. Only when the firmware is in the repository (else the commit does not pin it).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { cacheRoot } from '../sources/sources.js';
import { storeDir, TOOLCHAIN } from '../store/session.js';
import { hostLibc } from '../store/reuse.js';
import { ResultStore, type StoredProfile } from '../store/store.js';
import { toolVersion } from '../tools.js';
import { CALLER_DEPTH } from './callgrind.js';
import { PLUGIN_SOURCE } from './plugin.js';

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
