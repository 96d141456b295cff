// Mode report: the report job of a sharded run merges the shards' results, compares them with the
// baselines and writes report.md, results.json and the exports. A shard that never reported is missing.
import type { CheckOptions } from './check.js';
import { gather, writeResults, type ShardResults } from './collect.js';
import { compareAndReport, comparedWith, type CheckOutcome } from './compare-report.js';
import { planMatrix, resolveJob } from './job.js';

export async function report(o: CheckOptions, shards: ShardResults): Promise<CheckOutcome> {
  const job = await resolveJob(o);
  const { merged, ranTargets } = await gather(job, await planMatrix(job), shards);
  const base = await comparedWith(job, o.baseRef);
  const resultsPath = await writeResults(o.outDir, merged.results);
  // What moved is explained here as in a check: the regressed variants built and profiled at both commits on
  // this machine (the base's profiles from the result store when an earlier explanation made them, or the push
  // at the base commit did: the action restores those through o.baseProfiles).
  return compareAndReport(job, base, { results: merged.results, resultsPath, ranTargets, missing: merged.missing, exports: true, explainAgainst: o.baseRef ? { baseRef: o.baseRef } : {}, ...(o.acceptedBy ? { acceptedBy: o.acceptedBy } : {}) });
}
