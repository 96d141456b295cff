// Exclusive ownership through a lock file created atomically (a hard link) holding the owner's pid, host,
// the process's start time and the lock's own path. One job at a time per board (lockBoard), one run at a
// time per output folder (lockOutDir). A lock whose process is gone on this host is stale and taken over;
// a live one is waited for, up to a timeout.
import { hostname } from 'node:os';
import { readFileSync } from 'node:fs';
import { link, mkdir, open, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../types.js';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /** What holds it: a variant id, a command. */
  what: string;
  /** The owner's start time in clock ticks after boot (/proc/PID/stat), so that a reused pid is not taken for it. */
  start?: number;
  /** Where the lock was taken: a lock carried along by copying or moving its folder is not held here. */
  file?: string;
}

export interface Held {
  release(): Promise<void>;
}

export class Busy extends Error {
  override name = 'Busy';
  constructor(message: string, readonly owner?: LockOwner) {
    super(message);
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Field 22 of /proc/PID/stat (after the parenthesised name, which may hold spaces); undefined off Linux. */
export function processStart(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const start = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    return Number.isFinite(start) ? start : undefined;
  } catch {
    return undefined;
  }
}

const readOwner = async (path: string): Promise<LockOwner | undefined> => {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
};

/**
 * Stale: unreadable (a crash mid-write), taken at another path (the folder was copied or moved), or
 * written on this host by a process that no longer exists, or whose pid now belongs to a later process.
 */
function isStale(o: LockOwner | undefined, path: string): boolean {
  if (!o) return true;
  if (o.file !== undefined && o.file !== resolve(path)) return true;
  if (o.host !== hostname()) return false;
  if (!alive(o.pid)) return true;
  const start = o.start === undefined ? undefined : processStart(o.pid);
  return start !== undefined && start !== o.start;
}

// The content is written first and the lock appears whole (link fails if the name exists), so a reader
// never sees an empty lock and takes it for a crashed one.
async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const h = await open(tmp, 'wx');
  try {
    await h.writeFile(JSON.stringify(owner));
  } finally {
    await h.close();
  }
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await rm(tmp, { force: true });
  }
}

/**
 * Moves a stale lock aside. Renaming is atomic, so of two processes finding the same stale lock only one
 * moves it; if what was moved turns out to be a fresh lock taken meanwhile, it is put back (link fails
 * rather than overwrite when yet another process holds the name by then, and that one keeps it).
 */
async function breakStale(path: string, seen: LockOwner | undefined): Promise<void> {
  const aside = `${path}.stale.${process.pid}`;
  try {
    await rename(path, aside);
  } catch {
    return;
  }
  const moved = await readOwner(aside);
  if (JSON.stringify(moved) !== JSON.stringify(seen) && !isStale(moved, path)) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

/** Takes the lock file `path`, waiting up to `timeoutMs` for a live owner to let go. */
export async function takeLock(path: string, what: string, timeoutMs: number, pollMs = 200): Promise<Held> {
  const start = processStart(process.pid);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), what, ...(start !== undefined ? { start } : {}), file: resolve(path) };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await tryCreate(path, me)) {
      return {
        async release() {
          const o = await readOwner(path);
          if (o && o.pid === me.pid && o.since === me.since && o.what === me.what) await rm(path, { force: true });
        },
      };
    }
    const owner = await readOwner(path);
    if (isStale(owner, path)) {
      await breakStale(path, owner);
      continue;
    }
    if (Date.now() >= deadline)
      throw new Busy(`busy: locked by pid ${owner!.pid} on ${owner!.host} since ${owner!.since} (${owner!.what}); lock file ${path}`, owner);
    await sleep(pollMs);
  }
}

/** Takes the board's lock, waiting up to `timeoutMs` for a live owner to let go. */
export async function lockBoard(dir: string, board: string, what: string, timeoutMs: number, pollMs = 200): Promise<Held> {
  await mkdir(dir, { recursive: true });
  return takeLock(join(dir, `${board}.lock`), what, timeoutMs, pollMs);
}

export const OUT_LOCK = '.wasm-mcu-bench.lock';

/**
 * One run owns an output folder (its builds, results.json, report.md): a second run into the same folder
 * stops at once, naming the holder, rather than interleave its files with the first one's. A folder made
 * only to hold the lock is removed with it (a run that stopped on bad input leaves nothing behind).
 */
export async function lockOutDir(outDir: string, what: string): Promise<Held> {
  const made = await mkdir(outDir, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EEXIST' || e.code === 'ENOTDIR') throw new UserError(`output folder ${resolve(outDir)}: it, or a folder above it, is a file; choose another --out`);
    throw e;
  });
  try {
    const held = await takeLock(join(outDir, OUT_LOCK), what, 0);
    return {
      async release() {
        await held.release();
        if (made) await rmdir(outDir).catch(() => undefined);
      },
    };
  } catch (e) {
    if (!(e instanceof Busy) || !e.owner) throw e;
    const o = e.owner;
    throw new UserError(`output folder ${resolve(outDir)} is in use by another run: pid ${o.pid} on ${o.host} (${o.what}) since ${o.since}; wait for it to finish or choose another --out (lock file ${join(resolve(outDir), OUT_LOCK)})`);
  }
}
