// Mode check: build, run and measure the whole matrix, then compare with the baselines and report.
// Results are on disk before any comparison can fail.
import { collect } from './collect.js';
import { compareAndReport, comparedWith, type CheckOutcome } from './compare-report.js';
import { planMatrix, resolveJob, type JobOptions } from './job.js';

export interface CheckOptions extends JobOptions {
  /** Compare with the baselines as they are at this commit (a pull request's base). */
  baseRef?: string;
  /** Regressions are accepted explicitly, by this (a pull request label); the report says so. */
  acceptedBy?: string;
}

export async function check(o: CheckOptions): Promise<CheckOutcome> {
  const job = await resolveJob(o);
  const m = await planMatrix(job);
  const base = await comparedWith(job, o.baseRef);
  const { results, resultsPath } = await collect(job, m);
  return compareAndReport(job, base, { results, resultsPath, ranTargets: job.config.targets, exports: true, explainAgainst: o.baseRef ? { baseRef: o.baseRef } : {}, ...(o.acceptedBy ? { acceptedBy: o.acceptedBy } : {}) });
}
