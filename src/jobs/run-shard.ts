// Mode run: build, run and measure one shard of the plan and write its results.json (with its "shard"),
// for upload as an artifact. Nothing is compared: the report job does that.
import type { Results } from '../types.js';
import type { KeptProfiles } from '../profile/cache.js';
import { collect } from './collect.js';
import { planMatrix, resolveJob, type JobOptions } from './job.js';

export async function runShard(o: JobOptions, shard: string): Promise<{ results: Results; resultsPath: string; failed: number; kept?: KeptProfiles }> {
  const job = await resolveJob(o);
  const r = await collect(job, await planMatrix(job, shard), shard);
  return { ...r, failed: r.results.variants.filter((v) => v.status === 'failed').length };
}
