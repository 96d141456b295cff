// Mode plan: the matrix cut into shards, as the value for a GitHub Actions strategy.matrix; plan.json goes
// to the report job as an artifact, so it knows every shard that should report.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { onlyTargets, strategyMatrix, type ShardPlan } from '../shard/plan.js';
import { planMatrix, resolveJob, type JobOptions } from './job.js';

interface PlanOutcome {
  shards: ShardPlan;
  matrix: ReturnType<typeof strategyMatrix>;
  /** Where plan.json was written, when asked. */
  planPath?: string;
}

/** `targets`: only the shards of these targets; `write`: also write plan.json into the output folder. */
export async function plan(o: JobOptions, targets: string[], write: boolean): Promise<PlanOutcome> {
  const all = (await planMatrix(await resolveJob(o))).shards;
  const shards = targets.length ? onlyTargets(all, targets) : all;
  if (!write) return { shards, matrix: strategyMatrix(shards) };
  await mkdir(o.outDir, { recursive: true });
  const planPath = join(o.outDir, 'plan.json');
  await writeFile(planPath, `${JSON.stringify(shards, null, 2)}\n`);
  return { shards, matrix: strategyMatrix(shards), planPath };
}
