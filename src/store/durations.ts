// The last measured duration of each variant (build and run, from a run that measured it rather than reused
// it), kept in the cache for `plan` to balance shards. One small file per variant, written whole: runs sharing
// the cache each replace their own variants' files, and a file that does not read back is only not known.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VariantResult } from '../types.js';
import { writeAtomic } from '../files.js';

const fileOf = (dir: string, id: string) => join(dir, `${id.replace(/[/@]/g, '.')}.json`);

export async function recordDurations(dir: string, results: VariantResult[]): Promise<void> {
  const measured = results.filter((r) => r.status === 'ok' && r.durationMs !== undefined && (!r.reused || r.reused.only));
  if (!measured.length) return;
  await mkdir(dir, { recursive: true });
  for (const r of measured) await writeAtomic(fileOf(dir, r.id), JSON.stringify({ id: r.id, durationMs: r.durationMs }));
}

/** Variant id -> milliseconds; what is missing or unreadable is left out (plan estimates it). */
export async function readDurations(dir: string): Promise<Map<string, number>> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
  const known = new Map<string, number>();
  // Read side by side: one small file per variant, hundreds of them.
  const read = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8').then((t) => JSON.parse(t) as unknown, () => undefined)));
  read.forEach((d, i) => {
    const { id, durationMs } = (d ?? {}) as { id?: unknown; durationMs?: unknown };
    if (typeof id === 'string' && typeof durationMs === 'number' && durationMs >= 0 && fileOf(dir, id) === join(dir, files[i]!)) known.set(id, durationMs);
  });
  return known;
}
