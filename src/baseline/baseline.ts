// Baseline files, one per run target and board: baselines/<target>/<board>.json. Read from the working tree
// or as they were at a commit (git show), validated with their file named in errors, written atomically.
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { filesAt, findCommit, showAt } from '../git.js';
import { fail, parseWithPositions, validator } from '../config/locate.js';
import { UserError, type Metrics, type Provenance, type VariantResult } from '../types.js';

export interface BaselineFile {
  schemaVersion: 1;
  target: string;
  board: string;
  provenance: Provenance;
  variants: Record<string, { metrics: Metrics }>;
}

export const metricSchema = {
  type: 'object',
  required: ['value', 'unit'],
  additionalProperties: false,
  properties: { value: { type: 'number' }, unit: { type: 'string' }, capacity: { type: 'number' }, percent: { type: 'number' }, spread: { type: 'number' }, runs: { type: 'number' },
    samples: { type: 'array', items: { type: 'number' } }, ci: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }, ci_level: { type: 'number' } },
};
const baselineSchema = {
  type: 'object',
  required: ['schemaVersion', 'target', 'board', 'provenance', 'variants'],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: 1 },
    target: { type: 'string' },
    board: { type: 'string' },
    provenance: {
      type: 'object',
      required: ['commit', 'date', 'toolchain'],
      properties: { commit: { type: 'string' }, date: { type: 'string' }, toolchain: { type: 'object', additionalProperties: { type: 'string' } } },
    },
    variants: {
      type: 'object',
      additionalProperties: { type: 'object', required: ['metrics'], additionalProperties: false, properties: { metrics: { type: 'object', additionalProperties: metricSchema } } },
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
  for (const id of Object.keys(b.variants))
    if (!id.startsWith(`${b.board}/`) || !id.endsWith(`@${b.target}`))
      throw new UserError(`${file}: variants.${id}: belongs to another board or target than ${b.board}@${b.target}`);
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
    f.variants[r.id] = { metrics: r.metrics };
    files.set(key, f);
  }
  return [...files.values()];
}

/**
 * Writes every file to a temporary name first and renames them only when all are on disk, so an
 * interrupted update leaves the old baselines, never a half-written one.
 */
export async function writeBaselines(dir: string, files: BaselineFile[]): Promise<string[]> {
  const staged: [string, string][] = [];
  try {
    for (const f of files) {
      const path = baselinePath(dir, f.target, f.board);
      const tmp = `${path}.${process.pid}.tmp`;
      await mkdir(dirname(path), { recursive: true });
      const h = await open(tmp, 'w');
      try {
        await h.writeFile(`${JSON.stringify(f, null, 2)}\n`);
        await h.sync();
      } finally {
        await h.close();
      }
      staged.push([tmp, path]);
    }
  } catch (e) {
    await Promise.all(staged.map(([tmp]) => rm(tmp, { force: true })));
    throw e;
  }
  for (const [tmp, path] of staged) await rename(tmp, path);
  return staged.map(([, path]) => path);
}
