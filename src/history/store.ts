// The history store: one JSON file per run (all shards merged), keyed by commit, date and release tag, in a
// folder that is a checkout of the data branch (or any folder locally). Files are never rewritten: two runs
// appending at once write two files, and a corrupt file costs only itself.
import { Ajv } from 'ajv';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseWithPositions, validator } from '../schema/locate.js';
import { parseResults } from '../report/results.js';
import { UserError } from '../types.js';

const HISTORY_SCHEMA = 1;

/** What one run contributes: every variant's metrics (value and unit) and status. */
export interface HistoryEntry {
  schemaVersion: typeof HISTORY_SCHEMA;
  commit: string;
  date: string;
  /** A release tag, when the run was of one. */
  tag?: string;
  /** The workflow run's page. */
  run?: string;
  /** Why the run was recorded: a push to the default branch, a release, or a baseline refresh. */
  event?: 'push' | 'release' | 'baselines';
  variants: Record<string, { status: string; metrics: Record<string, { value: number; unit: string }> }>;
}

const entrySchema = {
  type: 'object',
  required: ['schemaVersion', 'commit', 'date', 'variants'],
  properties: {
    schemaVersion: { const: HISTORY_SCHEMA },
    commit: { type: 'string', minLength: 1 },
    date: { type: 'string', pattern: '^\\d{4}-\\d\\d-\\d\\dT' },
    tag: { type: 'string' },
    run: { type: 'string' },
    event: { enum: ['push', 'release', 'baselines'] },
    variants: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['status', 'metrics'],
        properties: {
          status: { type: 'string' },
          metrics: {
            type: 'object',
            additionalProperties: { type: 'object', required: ['value', 'unit'], properties: { value: { type: 'number' }, unit: { type: 'string' } } },
          },
        },
      },
    },
  },
};
const validateEntry = validator<HistoryEntry>(entrySchema);
// A store holds thousands of entries: check them fast, and parse with positions only to name an error's line.
const validEntry = new Ajv({ strict: true }).compile(entrySchema);

export interface EntryFacts {
  tag?: string;
  run?: string;
  event?: HistoryEntry['event'];
}

/** A results.json (one run, shards merged) as a history entry; a results file of another schema is refused. */
export function entryFrom(file: string, text: string, facts: EntryFacts = {}): HistoryEntry {
  const results = parseResults(file, text);
  const variants: HistoryEntry['variants'] = {};
  for (const v of results.variants)
    variants[v.id] = { status: v.status, metrics: Object.fromEntries(Object.entries(v.metrics).map(([k, m]) => [k, { value: m.value, unit: m.unit }])) };
  return {
    schemaVersion: HISTORY_SCHEMA,
    commit: results.provenance.commit,
    date: results.provenance.date,
    ...(facts.tag ? { tag: facts.tag } : {}),
    ...(facts.run ? { run: facts.run } : {}),
    ...(facts.event ? { event: facts.event } : {}),
    variants,
  };
}

/** The entry's file name: date first so a listing is in time order, then the commit, then a nonce so two
 * runs of one commit (a re-run, a release of a pushed commit) never overwrite each other. */
export function entryName(e: HistoryEntry, nonce = randomBytes(3).toString('hex')): string {
  const stamp = e.date.replace(/[-:]/g, '').replace(/\.\d+/, '');
  return `${stamp}-${e.commit.slice(0, 12).replace(/[^\w]/g, '_')}-${nonce}.json`;
}

export const RUNS = 'runs';

/** Writes the entry into the store (atomically: a reader never sees half a file); returns its path. */
export async function addEntry(store: string, e: HistoryEntry, name = entryName(e)): Promise<string> {
  const dir = join(store, RUNS);
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(e)}\n`);
  await rename(tmp, path);
  return path;
}

/** Parses one stored entry; throws a UserError naming the file on anything that is not a valid entry. */
function parseEntry(file: string, text: string): HistoryEntry {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not JSON (${(e as Error).message})`);
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > HISTORY_SCHEMA)
    throw new UserError(`${file}: history schema version ${version} is newer than this wasm-mcu-bench reads (${HISTORY_SCHEMA})`);
  return validEntry(value) ? (value as unknown as HistoryEntry) : validateEntry(parseWithPositions(file, text));
}

/** Every readable entry, oldest first; each unreadable one is skipped and named through `warn`. */
export async function readStore(store: string, warn: (message: string) => void): Promise<HistoryEntry[]> {
  const dir = join(store, RUNS);
  const names = (await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new UserError(`${store}: no history store here (no ${RUNS}/ folder); add a run with \`wasm-mcu-bench history add RESULTS.json --store ${store}\``);
    throw e;
  })).filter((n) => n.endsWith('.json')).sort();
  const entries: HistoryEntry[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      entries.push(parseEntry(file, await readFile(file, 'utf8')));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      warn(`skipped ${e.message}`);
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}
