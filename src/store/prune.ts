// Keeps the tool's cache under its size limit: whole items (a stored result, a variant's build folder) go,
// least recently used first. Pinned sources and wamrc are not pruned (they cost a download or minutes to make
// again and are few); ccache prunes its own folder to the share it is given (CCACHE_MAXSIZE).
import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface Item {
  path: string;
  bytes: number;
  /** Last use, ms since the epoch. */
  used: number;
}

/** Which items to delete so that the total is at most `limit` bytes: the least recently used first. Pure. */
export function toPrune(items: Item[], limit: number): Item[] {
  let total = items.reduce((s, i) => s + i.bytes, 0);
  const out: Item[] = [];
  for (const i of [...items].sort((a, b) => a.used - b.used)) {
    if (total <= limit) break;
    out.push(i);
    total -= i.bytes;
  }
  return out;
}

/** Bytes under `path` (files and links; a folder's entries summed). */
export async function sizeOf(path: string): Promise<number> {
  const st = await lstat(path).catch(() => undefined);
  if (!st) return 0;
  if (!st.isDirectory()) return st.size;
  const names = await readdir(path).catch(() => [] as string[]);
  let n = 0;
  for (const name of names) n += await sizeOf(join(path, name));
  return n;
}

export async function prune(items: Item[], limit: number): Promise<Item[]> {
  const gone = toPrune(items, limit);
  for (const i of gone) await rm(i.path, { recursive: true, force: true });
  return gone;
}
