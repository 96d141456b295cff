// One job at a time per board: a lock file created atomically (a hard link) holding the owner's pid and host.
// A lock whose process is gone on this host is stale and taken over; a live one is waited for.
import { hostname } from 'node:os';
import { link, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /** What holds it: a variant id. */
  what: string;
}

export interface Held {
  release(): Promise<void>;
}

export class BoardBusy extends Error {
  override name = 'BoardBusy';
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

const readOwner = async (path: string): Promise<LockOwner | undefined> => {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
};

/** Stale: written on this host by a process that no longer exists (or unreadable, a crash mid-write). */
export const isStale = (o: LockOwner | undefined) => !o || (o.host === hostname() && !alive(o.pid));

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
  if (JSON.stringify(moved) !== JSON.stringify(seen) && !isStale(moved)) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

/** Takes the board's lock, waiting up to `timeoutMs` for a live owner to let go. */
export async function lockBoard(dir: string, board: string, what: string, timeoutMs: number, pollMs = 200): Promise<Held> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${board}.lock`);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), what };
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
    if (isStale(owner)) {
      await breakStale(path, owner);
      continue;
    }
    if (Date.now() >= deadline)
      throw new BoardBusy(`busy: locked by pid ${owner!.pid} on ${owner!.host} since ${owner!.since} (${owner!.what}); lock file ${path}`, owner);
    await sleep(pollMs);
  }
}
