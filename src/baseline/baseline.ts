// Baseline files, one per run target and board: baselines/<target>/<board>.json. Read from the working tree
// or as they were at a commit (git show), validated with their file named in errors, written atomically.
import { writeSynced } from '../files.js';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { filesAt, findCommit, showAt } from '../git.js';
import { fail, parseWithPositions, validator } from '../schema/locate.js';
import { TARGETS, UserError, type Metrics, type Provenance, type Results, type Target, type VariantResult } from '../types.js';

type Owners = NonNullable<VariantResult['owners']>;

/** A variant id's board, stack, runtime and benchmark. */
const cellOf = (id: string) => id.slice(0, id.lastIndexOf('@')).split('/') as [string, string, string, string];

export interface BaselineFile {
  schemaVersion: 1;
  target: Target;
  board: string;
  provenance: Provenance;
  /** An entry kept from an earlier run than the file's other entries carries that run's provenance. `owners`:
   * its Flash and static RAM by owner (absent in files written before they were recorded). */
  variants: Record<string, { metrics: Metrics; owners?: Owners; provenance?: Provenance }>;
}

export const metricSchema = {
  type: 'object',
  required: ['value', 'unit'],
  additionalProperties: false,
  properties: { value: { type: 'number' }, unit: { type: 'string' }, capacity: { type: 'number' }, percent: { type: 'number' }, spread: { type: 'number' }, runs: { type: 'number' },
    samples: { type: 'array', items: { type: 'number' } }, ci: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }, ci_level: { type: 'number' },
    configuration: { type: 'string' } },
};
const provenance = {
  type: 'object',
  required: ['commit', 'date', 'toolchain'],
  properties: { commit: { type: 'string' }, date: { type: 'string' }, toolchain: { type: 'object', additionalProperties: { type: 'string' } } },
};
const owners = {
  type: 'object',
  additionalProperties: {
    type: 'object', required: ['flash_bytes', 'static_ram_bytes'], additionalProperties: false,
    properties: { flash_bytes: { type: 'number', minimum: 0 }, static_ram_bytes: { type: 'number', minimum: 0 } },
  },
};
const baselineSchema = {
  type: 'object',
  required: ['schemaVersion', 'target', 'board', 'provenance', 'variants'],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: 1 },
    target: { enum: TARGETS },
    board: { type: 'string' },
    provenance,
    variants: {
      type: 'object',
      additionalProperties: { type: 'object', required: ['metrics'], additionalProperties: false, properties: { metrics: { type: 'object', additionalProperties: metricSchema }, owners, provenance } },
    },
  },
} as const;

const validate = validator<BaselineFile>(baselineSchema);

/** `at`: "<target>/<board>.json", where the file lies: a file copied to another target's or board's place is refused. */
export function parseBaseline(file: string, text: string, at?: string): BaselineFile {
  const parsed = parseWithPositions(file, text);
  const version = (parsed.value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== undefined && version !== 1)
    fail(parsed, ['schemaVersion'], `schema version ${JSON.stringify(version)} is not supported (this wasm-mcu-bench reads version 1)`);
  const b = validate(parsed);
  for (const id of Object.keys(b.variants)) {
    if (!id.startsWith(`${b.board}/`) || !id.endsWith(`@${b.target}`))
      throw new UserError(`${file}: variants.${id}: belongs to another board or target than ${b.board}@${b.target}`);
    if (cellOf(id).length !== 4 || cellOf(id).some((part) => !part))
      throw new UserError(`${file}: variants.${id}: not a variant id <board>/<stack>/<runtime>/<benchmark>@<target>`);
  }
  if (at !== undefined && at !== `${b.target}/${b.board}.json`)
    throw new UserError(`${file}: holds target ${b.target}, board ${b.board}, so it belongs in ${b.target}/${b.board}.json`);
  return b;
}

export const baselinePath = (dir: string, target: string, board: string) => join(dir, target, `${board}.json`);

/** All baselines by variant id, with the files they came from. */
export interface Baselines {
  files: BaselineFile[];
  byId: Map<string, { metrics: Metrics; file: BaselineFile }>;
  /** Where they were read: "working tree" or the commit. */
  source: string;
}

function index(files: BaselineFile[], source: string): Baselines {
  const byId = new Map<string, { metrics: Metrics; file: BaselineFile }>();
  for (const f of files) for (const [id, v] of Object.entries(f.variants)) byId.set(id, { metrics: v.metrics, file: f });
  return { files, byId, source };
}

export async function readBaselines(dir: string): Promise<Baselines> {
  const files: BaselineFile[] = [];
  const targets = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const t of targets.filter((e) => e.isDirectory()).map((e) => e.name).sort())
    for (const name of (await readdir(join(dir, t))).filter((n) => n.endsWith('.json')).sort()) {
      const path = join(dir, t, name);
      files.push(parseBaseline(path, await readFile(path, 'utf8'), `${t}/${name}`));
    }
  return index(files, 'working tree');
}

/** Baselines as they were at a commit, or undefined when that commit cannot be had. */
export async function readBaselinesAt(dir: string, ref: string): Promise<Baselines | undefined> {
  const sha = await findCommit(dirname(dir), ref);
  if (!sha) return undefined;
  const files: BaselineFile[] = [];
  for (const path of (await filesAt(dir, sha)).filter((p) => /\/[^/]+\/[^/]+\.json$/.test(p)).sort()) {
    const text = await showAt(dir, path, sha);
    if (text !== undefined) files.push(parseBaseline(`${path} at ${ref.slice(0, 12)}`, text, path.split('/').slice(-2).join('/')));
  }
  return index(files, ref);
}

/** One baseline file per target and board, from the variants that ran ok. */
export function baselinesFrom(results: VariantResult[], provenance: Provenance): BaselineFile[] {
  const files = new Map<string, BaselineFile>();
  for (const r of results) {
    if (r.status !== 'ok') continue;
    const key = `${r.target}/${r.board}`;
    const f = files.get(key) ?? { schemaVersion: 1 as const, target: r.target, board: r.board, provenance, variants: {} };
    f.variants[r.id] = { metrics: r.metrics, ...(r.owners ? { owners: r.owners } : {}) };
    files.set(key, f);
  }
  return [...files.values()];
}

/** A run's results as the baselines of another (an A/B: the base tree's run), in memory; `source` says where they come from. */
export const baselinesOfRun = (results: Results, source: string): Baselines => index(baselinesFrom(results.variants, results.provenance), source);

/**
 * The baselines as the run they were measured by (the inverse of baselinesFrom): what a report tells a
 * change against beyond the metrics, such as a runtime tax or the runtime's own footprint before a pin change.
 */
export function runOfBaselines(b: Baselines): VariantResult[] {
  return b.files.flatMap((f) => Object.entries(f.variants).map(([id, v]) => {
    const [board, stack, runtime, benchmark] = cellOf(id);
    return { id, board, stack, runtime, benchmark, target: f.target, status: 'ok' as const, metrics: v.metrics, ...(v.owners ? { owners: v.owners } : {}) };
  }));
}

interface BaselineUpdate {
  /** Files to write: every file with a fresh or a removed entry. */
  files: BaselineFile[];
  /** Files left with no entry, to delete. */
  emptied: { target: string; board: string }[];
  /** Entries removed: their variants left the config's matrix. */
  removed: string[];
  /** Entries kept as they were: their variants did not run (not built, another target, excluded). */
  kept: string[];
}

/**
 * The baselines after a run: fresh entries for the variants that ran ok, every other entry kept as it was,
 * except those whose variant `keep` says has left the matrix. A file none of whose entries changed is not
 * rewritten. The file's provenance is the run's when it has fresh entries.
 */
export function updateBaselines(existing: BaselineFile[], results: VariantResult[], provenance: Provenance, keep: (id: string) => boolean): BaselineUpdate {
  const fresh = new Map(baselinesFrom(results, provenance).map((f) => [`${f.target}/${f.board}`, f]));
  const old = new Map(existing.map((f) => [`${f.target}/${f.board}`, f]));
  const out: BaselineUpdate = { files: [], emptied: [], removed: [], kept: [] };
  for (const key of [...new Set([...old.keys(), ...fresh.keys()])].sort()) {
    const before = old.get(key);
    const now = fresh.get(key);
    const variants: BaselineFile['variants'] = {};
    let removed = 0;
    for (const [id, entry] of Object.entries(before?.variants ?? {})) {
      if (now?.variants[id]) continue;
      if (keep(id)) {
        // Beside fresh entries the file's provenance becomes this run's: the kept entry keeps its own.
        variants[id] = now && !entry.provenance ? { ...entry, provenance: before!.provenance } : entry;
        out.kept.push(id);
      } else {
        out.removed.push(id);
        removed++;
      }
    }
    Object.assign(variants, now?.variants);
    if (!now && !removed) continue;
    const file = (now ?? before)!;
    if (!Object.keys(variants).length) out.emptied.push({ target: file.target, board: file.board });
    else out.files.push({ ...file, variants: Object.fromEntries(Object.entries(variants).sort(([a], [b]) => (a < b ? -1 : 1))) });
  }
  return out;
}

// An update renames several files: a journal, written once every new file is on disk and before the first
// rename, lets the next run finish an update that was interrupted between renames.
const JOURNAL = '.wasm-mcu-bench-update.json';
const TMP = /\.json\.\d+\.tmp$/;

interface Journal {
  /** [temporary, final] paths relative to the baselines folder: rename each that is still there. */
  renames: [string, string][];
  /** Files to delete, relative to the baselines folder. */
  deletes: string[];
}

const validateJournal = validator<Journal>({
  type: 'object',
  required: ['renames', 'deletes'],
  additionalProperties: false,
  properties: {
    renames: { type: 'array', items: { type: 'array', items: [{ type: 'string' }, { type: 'string' }], minItems: 2, maxItems: 2 } },
    deletes: { type: 'array', items: { type: 'string' } },
  },
});

/** Carries out a journal: whatever renames and deletes are left, then the journal itself goes. */
async function apply(dir: string, j: Journal): Promise<void> {
  const inside = (p: string) => {
    const abs = join(dir, p);
    if (p.startsWith('/') || p.split(/[\\/]/).includes('..')) throw new UserError(`${join(dir, JOURNAL)}: ${JSON.stringify(p)} is not a path inside the baselines folder`);
    return abs;
  };
  for (const [tmp, path] of j.renames) if (existsSync(inside(tmp))) await rename(inside(tmp), inside(path));
  for (const path of j.deletes) await rm(inside(path), { force: true });
  await rm(join(dir, JOURNAL), { force: true });
}

/**
 * Finishes an update that was interrupted between renames (its journal is there: every new file was on
 * disk), and deletes temporary files of one interrupted before that (no journal: the old set stands).
 * Returns what it did, for the log, or undefined when there was nothing to repair.
 */
export async function recoverBaselines(dir: string): Promise<string | undefined> {
  const notes: string[] = [];
  const text = await readFile(join(dir, JOURNAL), 'utf8').catch(() => undefined);
  if (text !== undefined) {
    const j = validateJournal(parseWithPositions(join(dir, JOURNAL), text));
    await apply(dir, j);
    notes.push(`finished an interrupted baseline update (${j.renames.length} file(s) written, ${j.deletes.length} deleted)`);
  }
  const targets = await readdir(dir, { withFileTypes: true }).catch(() => []);
  let stray = 0;
  for (const t of targets.filter((e) => e.isDirectory()))
    for (const name of (await readdir(join(dir, t.name))).filter((n) => TMP.test(n))) {
      await rm(join(dir, t.name, name), { force: true });
      stray++;
    }
  if (stray) notes.push(`deleted ${stray} temporary file(s) of an interrupted baseline update`);
  return notes.length ? `${dir}: ${notes.join('; ')}` : undefined;
}

/**
 * Writes every new file under a temporary name, then the journal naming them (and the files to delete);
 * an update interrupted before the journal leaves the old baselines, one interrupted after it is finished
 * by the next run (recoverBaselines). Returns the journal, which `writeBaselines` then carries out.
 */
export async function stageBaselines(dir: string, files: BaselineFile[], emptied: { target: string; board: string }[] = []): Promise<Journal> {
  const staged: [string, string][] = [];
  try {
    for (const f of files) {
      const path = baselinePath(dir, f.target, f.board);
      const tmp = `${path}.${process.pid}.tmp`;
      await mkdir(dirname(path), { recursive: true });
      await writeSynced(tmp, `${JSON.stringify(f, null, 2)}\n`);
      staged.push([tmp, path]);
    }
  } catch (e) {
    await Promise.all(staged.map(([tmp]) => rm(tmp, { force: true })));
    throw e;
  }
  const rel = (p: string) => relative(dir, p);
  const journal: Journal = { renames: staged.map(([tmp, path]) => [rel(tmp), rel(path)]), deletes: emptied.map((e) => rel(baselinePath(dir, e.target, e.board))) };
  await writeSynced(join(dir, JOURNAL), `${JSON.stringify(journal, null, 2)}\n`);
  return journal;
}

/** Replaces the files as one set (see stageBaselines); returns the paths written. */
export async function writeBaselines(dir: string, files: BaselineFile[], emptied: { target: string; board: string }[] = []): Promise<string[]> {
  await recoverBaselines(dir);
  const journal = await stageBaselines(dir, files, emptied);
  await apply(dir, journal);
  return journal.renames.map(([, path]) => join(dir, path));
}

/**
 * The baselines folder a check compares with, checked before anything is built: if it exists it must be a
 * folder, and a folder the config names must exist (a misspelt name would otherwise read as "no
 * baselines"). A folder absent under its default name is a repository with no baselines yet.
 */
export async function checkBaselineFolder(dir: string, namedAt: string | undefined): Promise<void> {
  const s = await stat(dir).catch(() => undefined);
  if (s && !s.isDirectory()) throw new UserError(`${dir}: the baselines folder is not a folder${namedAt ? ` (named at ${namedAt})` : ''}`);
  if (!s && namedAt)
    throw new UserError(`${namedAt}: baselines: ${dir} does not exist (a misspelt name? if this repository has no baselines yet, \`wasm-mcu-bench update-baselines\` creates them)`);
}
