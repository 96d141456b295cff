// Keeps the tool's cache under its size limit: whole items (a stored result, a variant's build folder) go,
// least recently used first. Pinned sources and wamrc are not pruned (they cost a download or minutes to make
// again and are few); ccache prunes its own folder to the share it is given (CCACHE_MAXSIZE).
import { lstat, readdir, readFile, rm, stat } from 'node:fs/promises';
import { writeAtomic } from '../files.js';
import { parseWithPositions, validator } from '../schema/locate.js';
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

const HEX = [...'0123456789abcdef'];
const validateRecord = validator<{ key: string; bytes: number }>({
  type: 'object', required: ['key', 'bytes'], additionalProperties: false, properties: { key: { type: 'string' }, bytes: { type: 'number', minimum: 0 } },
});

/**
 * The compiler cache's size without walking its files (tens of thousands): ccache updates the stats file of
 * the folder it stores into (`<h>/stats`, `<h>/<h>/stats`) on every store and cleanup, so while those stats
 * files are unchanged the size recorded in `record` last time holds. Walked when they changed or are absent.
 */
export async function ccacheSize(dir: string, record: string): Promise<number> {
  const files = [...HEX.map((a) => join(dir, a, 'stats')), ...HEX.flatMap((a) => HEX.map((b) => join(dir, a, b, 'stats')))];
  const seen = await Promise.all(files.map((f) => stat(f, { bigint: true }).then((s) => `${s.size}:${s.mtimeNs}`, () => '')));
  const key = seen.join(',');
  if (!seen.some(Boolean)) return sizeOf(dir);
  // A record that does not read back (half a file, another layout) is measured again and replaced.
  const last = await readFile(record, 'utf8').then((t) => validateRecord(parseWithPositions(record, t)), () => undefined);
  if (last?.key === key) return last.bytes;
  const bytes = await sizeOf(dir);
  await writeAtomic(record, `${JSON.stringify({ key, bytes })}\n`).catch(() => undefined);
  return bytes;
}

export async function prune(items: Item[], limit: number): Promise<Item[]> {
  const gone = toPrune(items, limit);
  for (const i of gone) await rm(i.path, { recursive: true, force: true });
  return gone;
}
