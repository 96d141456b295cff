// Mode update-baselines: baselines are written only from a run where every built variant succeeded (and,
// from a sharded run, every shard reported), and only the entries of variants that ran are replaced.
import { baselinePath, readBaselines, updateBaselines as updatedBaselines, writeBaselines, type Baselines } from '../baseline/baseline.js';
import type { Config } from '../config/config.js';
import { keepsBaseline, placeOf } from '../config/matrix.js';
import type { Results } from '../types.js';
import { UserError } from '../types.js';
import { collect, gather, writeResults, type ShardResults } from './collect.js';
import { baselineFolder, planMatrix, resolveJob, type JobOptions } from './job.js';

export interface UpdateOutcome {
  results: Results;
  resultsPath: string;
  written: string[];
  /** Files deleted: every entry they had left the config's matrix. */
  deleted: string[];
  /** Entries removed because their variants left the config's matrix. */
  removed: string[];
  /** Entries kept as they were because their variants did not run. */
  kept: string[];
  baselineDir: string;
}

/** What update-baselines did, for the terminal and the action's log. */
export function updateSummary(u: UpdateOutcome): string {
  const list = (title: string, items: string[]) => (items.length ? [`${title}:`, ...items.map((i) => `  ${i}`)] : []);
  return [
    `results: ${u.resultsPath}`,
    ...list('baselines written', u.written),
    ...list("baseline entries removed (no longer in the config's matrix)", u.removed),
    ...list('baseline files deleted (no entry left)', u.deleted),
    ...(u.kept.length ? [`${u.kept.length} baseline entr${u.kept.length === 1 ? 'y' : 'ies'} kept as they were (their variants did not run)`] : []),
  ].join('\n');
}

/** Runs the matrix, or takes a sharded run's results when `shards` names them, and updates the baselines. */
export async function updateBaselines(o: JobOptions, shards?: ShardResults): Promise<UpdateOutcome> {
  const job = await resolveJob(o);
  const m = await planMatrix(job);
  if (shards) {
    const { merged } = await gather(job, m, shards);
    if (merged.missing.length)
      throw new UserError(`refusing to update baselines: ${merged.missing.length} variant(s) missing: ${[...new Set(merged.missing.map((x) => x.reason))].join('; ')}`);
    const baselineDir = await baselineFolder(job, true);
    const existing = await readBaselines(baselineDir);
    const resultsPath = await writeResults(o.outDir, merged.results);
    return { results: merged.results, resultsPath, ...(await writeBaselinesOf(baselineDir, existing, job.config, merged.results)) };
  }
  const baselineDir = await baselineFolder(job, true);
  // Read (and validated) before anything is built: their entries that did not run are kept.
  const existing = await readBaselines(baselineDir);
  const { results, resultsPath } = await collect(job, m);
  return { results, resultsPath, ...(await writeBaselinesOf(baselineDir, existing, job.config, results)) };
}

async function writeBaselinesOf(baselineDir: string, existing: Baselines, config: Config, results: Results): Promise<Omit<UpdateOutcome, 'results' | 'resultsPath'>> {
  const failed = results.variants.filter((v) => v.status === 'failed');
  if (failed.length)
    throw new UserError(`refusing to update baselines: ${failed.length} variant(s) failed: ${failed.map((f) => `${f.id} (${(f.reason ?? '').split('\n')[0]})`).join('; ')}`);
  const u = updatedBaselines(existing.files, results.variants, results.provenance, (id) => keepsBaseline(placeOf(config, id)));
  const written = await writeBaselines(baselineDir, u.files, u.emptied);
  const deleted = u.emptied.map((e) => baselinePath(baselineDir, e.target, e.board));
  return { written, deleted, removed: u.removed, kept: u.kept, baselineDir };
}
