// Finds the shards' results.json (and the plan.json, when the plan job uploaded one) in downloaded artifacts:
// each folder given, or the folders directly inside it (`actions/download-artifact` puts one per artifact).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../types.js';
import { parseResults } from '../report/results.js';
import type { ShardFile } from './merge.js';
import { parsePlan, type ShardPlan } from './plan.js';

async function candidates(dir: string): Promise<string[]> {
  if (!existsSync(dir)) throw new UserError(`${dir}: no such folder of shard results`);
  const inside = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => join(dir, e.name)).sort();
  return [dir, ...inside];
}

export async function readShardFolders(dirs: string[]): Promise<{ files: ShardFile[]; plan?: { file: string; plan: ShardPlan } }> {
  const files: ShardFile[] = [];
  let plan: { file: string; plan: ShardPlan } | undefined;
  for (const dir of (await Promise.all(dirs.map(candidates))).flat()) {
    const results = join(dir, 'results.json');
    if (existsSync(results)) {
      const r = parseResults(results, await readFile(results, 'utf8'));
      files.push({ file: results, results: r });
    }
    const p = join(dir, 'plan.json');
    if (existsSync(p) && !plan) plan = { file: p, plan: parsePlan(p, await readFile(p, 'utf8')) };
  }
  return { files, ...(plan ? { plan } : {}) };
}
