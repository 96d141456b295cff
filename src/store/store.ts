// The result store: what an earlier run measured, by the hash of everything that determined it (store/keys.ts),
// in the tool's cache directory. An entry is a file written whole (temporary file, then rename), so two runs
// sharing the cache never see half of one; one that does not read back as an entry for its own key (corrupt,
// truncated, another key behind the same name) is a miss with a warning naming it, and the next run replaces it.
// Each use touches the entry's mtime: pruning (store/prune.ts) drops the least recently used first.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from '../files.js';
import type { Measured, Profile } from '../types.js';
import { parseWithPositions, validator } from '../schema/locate.js';
import { finished } from '../measure/protocol.js';
import type { RunOutput } from '../run/backend.js';
import type { SymbolSize } from '../measure/owners.js';

/** One side of an explanation as the store keeps it. */
export interface StoredProfile {
  profiles: Profile[];
  counts: number[];
  lints: string[];
  durationMs: number;
  symbols?: SymbolSize[];
  /** Who profiled it: a check at that commit, or an explanation that built the base (absent in older entries). */
  by?: 'check' | 'explain';
}


/** What is kept: a whole run's output (its metrics are derived again from it), a host instruction count, or
 * the profile of a variant at a commit (profile/cache.ts). */
export type Stored = { run: Omit<RunOutput, 'reused'> } | { instructions: number; counted?: string } | { profile: StoredProfile };

export interface Entry {
  schemaVersion: 1;
  key: Record<string, unknown>;
  measured: Measured;
  value: Stored;
}

const entrySchema = {
  type: 'object',
  required: ['schemaVersion', 'key', 'measured', 'value'],
  properties: {
    schemaVersion: { const: 1 },
    key: { type: 'object' },
    measured: { type: 'object', required: ['commit', 'date'], properties: { commit: { type: 'string' }, date: { type: 'string' } } },
    value: {
      anyOf: [
        { type: 'object', required: ['instructions'], properties: { instructions: { type: 'integer', minimum: 1 }, counted: { type: 'string' } } },
        {
          type: 'object', required: ['profile'], properties: {
            profile: {
              type: 'object', required: ['profiles', 'counts', 'lints', 'durationMs'],
              properties: {
                profiles: {
                  type: 'array', items: {
                    type: 'object', required: ['label', 'total', 'lost', 'functions', 'stacks'],
                    properties: { label: { type: 'string' }, total: { type: 'integer' }, lost: { type: 'integer' }, functions: { type: 'array' }, stacks: { type: 'array' } },
                  },
                },
                counts: { type: 'array', items: { type: 'integer' } }, lints: { type: 'array', items: { type: 'string' } },
                durationMs: { type: 'number' }, symbols: { type: 'array', items: { type: 'object' } }, by: { enum: ['check', 'explain'] },
              },
            },
          },
        },
        {
          type: 'object', required: ['run'], properties: {
            run: {
              type: 'object', required: ['serial', 'diagnostics', 'timedOut', 'durationMs', 'command'],
              properties: {
                serial: { type: 'string' }, diagnostics: { type: 'string' }, exitCode: { type: 'integer' }, timedOut: { const: false },
                durationMs: { type: 'number' }, command: { type: 'array', items: { type: 'string' } },
                samples: { type: 'array', items: { type: 'string' } }, instructions: { type: 'integer' }, metrics: { type: 'object' }, counted: { type: 'string' },
              },
            },
          },
        },
      ],
    },
  },
} as const;
const validate = validator<Entry>(entrySchema);

/** Canonical JSON: keys sorted at every level, so equal keys hash alike whatever order they were built in. */
export const canonical = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) =>
  x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x);

export const keyHash = (key: Record<string, unknown>) => createHash('sha256').update(canonical(key)).digest('hex');


export interface StoreStats {
  hits: number;
  misses: number;
  /** Entries that were there but not trusted (named in `warn`). */
  rejected: number;
}

export class ResultStore {
  readonly stats: StoreStats = { hits: 0, misses: 0, rejected: 0 };

  /** `dir`: the store's folder (<cache>/results); `warn` hears of every entry not trusted. */
  constructor(readonly dir: string, private readonly warn: (message: string) => void) {}

  pathOf(key: Record<string, unknown>): string {
    const h = keyHash(key);
    return join(this.dir, h.slice(0, 2), `${h}.json`);
  }

  /** The entry stored for exactly this key, or undefined (counted as a miss). */
  async get(key: Record<string, unknown>): Promise<Entry | undefined> {
    const path = this.pathOf(key);
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) {
      this.stats.misses++;
      return undefined;
    }
    let entry: Entry | undefined;
    let why = 'it holds another key';
    try {
      entry = validate(parseWithPositions(path, text));
      // Earlier versions stored runs QEMU ended without the firmware finishing (stopped by a signal, exit 0).
      if ('run' in entry.value && !finished(entry.value.run.serial)) {
        entry = undefined;
        why = 'the stored run has no "done" record: it did not finish';
      }
    } catch (e) {
      why = (e as Error).message;
    }
    if (!entry || canonical(entry.key) !== canonical(key)) {
      this.stats.rejected++;
      this.stats.misses++;
      this.warn(`result store: ignored ${path} (${why.replace(`${path}:`, '').trim()}); it is measured again and replaced`);
      await rm(path, { force: true });
      return undefined;
    }
    this.stats.hits++;
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined);
    return entry;
  }

  async put(key: Record<string, unknown>, measured: Measured, value: Stored): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(join(path, '..'), { recursive: true });
    const entry: Entry = { schemaVersion: 1, key, measured, value };
    await writeAtomic(path, `${JSON.stringify(entry)}\n`);
  }

  /** Entry files (for pruning and counting). */
  async files(): Promise<string[]> {
    const dirs = await readdir(this.dir).catch(() => [] as string[]);
    const lists = await Promise.all(dirs.map(async (d) => (await readdir(join(this.dir, d)).catch(() => [] as string[]))
      .filter((f) => f.endsWith('.json')).map((f) => join(this.dir, d, f))));
    return lists.flat();
  }
}
