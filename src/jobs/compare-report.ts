// The one step every reporting mode ends with (check, report, comment): what the results are compared
// with, the comparison, report.md (and the exports of results this tool measured).
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readBaselines, readBaselinesAt, runOfBaselines, type Baselines } from '../baseline/baseline.js';
import { baselineEdits, compare, withMissing, type BaselineEdit, type Comparison, type Missing } from '../compare/compare.js';
import { pinChanges, type PinChange, type SourceAb } from '../compare/pins.js';
import { absence, thresholdsFor } from '../config/matrix.js';
import { findCommit, repoPath, requireCommit, showAt } from '../git.js';
import { renderMarkdown } from '../report/markdown.js';
import { writeExports } from '../report/exports.js';
import { whyMoved } from './why.js';
import { parseManifest } from '../sources/sources.js';
import type { Results, Target } from '../types.js';
import { baselineFolder, type Job } from './job.js';
import type { KeptProfiles } from '../profile/cache.js';
import type { Catalogue } from '../catalogue/catalogue.js';

export interface CheckOutcome {
  results: Results;
  comparison: Comparison;
  report: string;
  reportPath: string;
  resultsPath: string;
  /** The firmware tree's boards, stacks and runtimes the report names. */
  catalogue: Catalogue;
  /** The profiles the check kept at its commit (run.profile: all at a clean commit). */
  kept?: KeptProfiles;
}

export interface Base {
  baselines: Baselines;
  edits: BaselineEdit[];
  pins: PinChange[];
  /** The baselines are the base tree's run of an A/B of this source. */
  ab?: SourceAb;
  /** The base tree's run of that A/B (its results are the baselines). */
  before?: Results;
}

/**
 * What a check compares with, read and validated before anything is built: the base commit (a name the
 * user gave, resolved to its SHA), every baseline file there and in the working tree, the base's pins.
 */
export async function comparedWith(job: Job, baseRef: string | undefined): Promise<Base> {
  const dir = await baselineFolder(job);
  const head = await readBaselines(dir);
  if (baseRef === undefined) return { baselines: head, edits: [], pins: [] };
  const sha = await requireCommit(job.configDir, baseRef, 'base commit');
  const atBase = (await readBaselinesAt(dir, sha))!;
  return { baselines: atBase, edits: baselineEdits(atBase, head), pins: await pinsAtBase(job, sha) };
}

/** The baselines alone, as they are at `baseRef` (the comment job's report of results another run wrote). */
export async function baselinesAt(job: Job, baseRef: string | undefined): Promise<Base> {
  const baselines = baseRef === undefined ? await readBaselines(job.baselineDir)
    : (await readBaselinesAt(job.baselineDir, await requireCommit(job.configDir, baseRef, 'base commit')))!;
  return { baselines, edits: [], pins: [] };
}

/** The pinned sources as they were at the base commit (a SHA), when the manifest is in that commit's repository. */
async function pinsAtBase(job: Job, sha: string): Promise<PinChange[]> {
  const file = join(job.firmwareDir, 'sources.json');
  const path = await repoPath(file);
  if (!path || !(await findCommit(job.firmwareDir, sha))) return [];
  const text = await showAt(file, path, sha);
  return pinChanges(text === undefined ? {} : parseManifest(`${path} at ${sha.slice(0, 12)}`, text), job.manifest);
}

interface Compared {
  results: Results;
  resultsPath: string;
  /** The targets that ran: a baselined variant of another is left out of the comparison. */
  ranTargets: readonly Target[];
  /** Variants a shard should have reported and did not. */
  missing?: Missing[];
  acceptedBy?: string;
  /** Write the exports (results this tool measured or merged, not an untrusted artifact's). */
  exports: boolean;
  /** Explain what moved over threshold (profiles against the base), where the variants were built here. */
  explainAgainst?: { baseRef?: string };
}

export async function compareAndReport(job: Job, base: Base, c: Compared): Promise<CheckOutcome> {
  const { config, options } = job;
  const comparison = withMissing(compare(c.results, base.baselines, (id) => thresholdsFor(config, job.catalogue, id), absence(config, c.ranTargets)), c.missing ?? []);
  const why = c.explainAgainst && config.profile !== 'off'
    ? await whyMoved({ ...options, firmwareDir: job.firmwareDir, ...c.explainAgainst }, c.results, comparison) : '';
  const report = renderMarkdown({ results: c.results, comparison, catalogue: job.catalogue, baselineEdits: base.edits, pins: base.pins, ...(base.ab ? { ab: base.ab } : {}),
    // What a tax or the runtime's own footprint is told against: an A/B's tree A run, else the baselines' entries.
    before: base.before ?? { variants: runOfBaselines(base.baselines) }, ...(c.acceptedBy ? { acceptedBy: c.acceptedBy } : {}) }) + why;
  await mkdir(options.outDir, { recursive: true });
  const reportPath = join(options.outDir, 'report.md');
  await writeFile(reportPath, report);
  if (c.exports) await writeExports(options.outDir, c.results, job.catalogue);
  return { results: c.results, comparison, report, reportPath, resultsPath: c.resultsPath, catalogue: job.catalogue };
}
