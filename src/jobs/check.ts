// Mode check: build, run and measure the whole matrix, then compare with the baselines and report.
// Results are on disk before any comparison can fail. With `against`, an A/B of one source instead: the
// matrix is built twice, from the base's tree (A) and from the tree under test (B), and A's results are B's
// baselines (in memory, same thresholds): no committed baselines are read. The counts are exact, so one run
// of each is a complete comparison.
import { join } from 'node:path';
import { baselinesOfRun } from '../baseline/baseline.js';
import type { SourceAb, AbTree } from '../compare/pins.js';
import { checkoutCommit } from '../git.js';
import type { ResolvedSource, SourceDir } from '../sources/sources.js';
import { UserError } from '../types.js';
import { collect } from './collect.js';
import { compareAndReport, comparedWith, type CheckOutcome } from './compare-report.js';
import { planMatrix, resolveJob, type Job, type JobOptions } from './job.js';

export interface CheckOptions extends JobOptions {
  /** Compare with the baselines as they are at this commit (a pull request's base). */
  baseRef?: string;
  /** Regressions are accepted explicitly, by this (a pull request label); the report says so. */
  acceptedBy?: string;
  /** An A/B: the tree `source` is compared with (the base's), measured in this run into <out>/against. */
  against?: SourceDir;
}

/** Where the A run of an A/B writes its results and builds, inside the check's output folder. */
export const AGAINST_DIR = 'against';

export async function check(o: CheckOptions): Promise<CheckOutcome> {
  if (o.against) return abCheck(o, o.against);
  const job = await resolveJob(o);
  const m = await planMatrix(job);
  const base = await comparedWith(job, o.baseRef);
  const { results, resultsPath, kept } = await collect(job, m);
  const out = await compareAndReport(job, base, { results, resultsPath, ranTargets: job.config.targets, exports: true, explainAgainst: o.baseRef ? { baseRef: o.baseRef } : {}, ...(o.acceptedBy ? { acceptedBy: o.acceptedBy } : {}) });
  return { ...out, ...(kept ? { kept } : {}) };
}

async function abCheck(o: CheckOptions, against: SourceDir): Promise<CheckOutcome> {
  if (!o.source) throw new UserError(`against ${against.name}=${against.dir} needs source ${against.name}=DIR: the tree under test`);
  if (o.source.name !== against.name) throw new UserError(`source ${o.source.name} and against ${against.name} name different sources: an A/B compares two trees of one source`);
  // Both trees are resolved (and hashed) before either is built.
  const b = await resolveJob(o);
  const a: Job = { ...b, options: { ...b.options, outDir: join(o.outDir, AGAINST_DIR), source: against } };
  const [ma, mb] = [await planMatrix(a), await planMatrix(b)];
  const title = b.manifest[against.name]!.title;
  const ab: SourceAb = { name: against.name, title, a: await abTree(ma.sources.get(against.name)!), b: await abTree(mb.sources.get(against.name)!) };
  const runA = await collect(a, ma);
  const { results, resultsPath } = await collect(b, mb);
  const baselines = baselinesOfRun(runA.results, `the A/B's run of ${title} A (${runA.resultsPath})`);
  return compareAndReport(b, { baselines, edits: [], pins: [], ab, before: runA.results }, { results, resultsPath, ranTargets: b.config.targets, exports: true, ...(o.acceptedBy ? { acceptedBy: o.acceptedBy } : {}) });
}

async function abTree(s: ResolvedSource): Promise<AbTree> {
  const checkout = await checkoutCommit(s.dir!);
  return { dir: s.dir!, ...(s.tree ? { tree: s.tree } : {}), ...(checkout ? { commit: checkout.commit, dirty: checkout.dirty } : {}) };
}
