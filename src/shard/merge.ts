// Puts the shards' results back together for one report. A shard that was planned but never reported
// (its runner offline, its job cancelled) is never a pass: each of its variants is `missing`, and the
// verdict is incomplete (or fail).
import type { Missing } from '../compare/compare.js';
import type { Provenance, Results } from '../types.js';
import { UserError } from '../types.js';
import type { ShardPlan } from './plan.js';

export interface ShardFile {
  file: string;
  results: Results;
}

export interface Merged {
  results: Results;
  missing: Missing[];
}

export function mergeShards(plan: ShardPlan, files: ShardFile[], fallback: Provenance): Merged {
  const byShard = new Map<string, ShardFile>();
  for (const f of files) {
    const name = f.results.shard;
    if (!name) throw new UserError(`${f.file}: has no "shard" (write shard results with \`wasm-mcu-bench run --shard NAME\`)`);
    if (!plan.shards.some((s) => s.name === name)) throw new UserError(`${f.file}: shard "${name}" is not in the plan (${plan.shards.map((s) => s.name).join(', ')})`);
    const twice = byShard.get(name);
    if (twice) throw new UserError(`shard "${name}" reported twice: ${twice.file} and ${f.file}`);
    byShard.set(name, f);
  }
  const variants: Results['variants'] = [];
  const missing: Missing[] = [];
  for (const shard of plan.shards) {
    const got = byShard.get(shard.name);
    const byId = new Map(got?.results.variants.map((v) => [v.id, v]));
    for (const id of shard.variants) {
      const v = byId.get(id);
      if (v) variants.push(v);
      else missing.push({ id, reason: got ? `shard ${shard.name} reported no result for it` : `shard ${shard.name} never reported` });
    }
  }
  const reported = plan.shards.map((s) => byShard.get(s.name)).filter((f): f is ShardFile => Boolean(f));
  const interrupted = reported.some((f) => f.results.interrupted);
  return { results: { schemaVersion: 1, provenance: reported.length ? mergeProvenance(reported) : fallback, variants, ...(interrupted ? { interrupted } : {}) }, missing };
}

/**
 * One provenance for results that came from several machines: a tool version all shards agree on stays as
 * it is; one they differ on lists each shard's, so the report and the baselines show the difference.
 */
export function mergeProvenance(files: ShardFile[]): Provenance {
  const first = files[0]!.results.provenance;
  const tools = [...new Set(files.flatMap((f) => Object.keys(f.results.provenance.toolchain)))];
  const toolchain = Object.fromEntries(tools.map((tool) => {
    const seen = new Map<string, string[]>();
    for (const f of files) {
      const v = f.results.provenance.toolchain[tool];
      if (v !== undefined) seen.set(v, [...(seen.get(v) ?? []), f.results.shard ?? '?']);
    }
    return [tool, seen.size === 1 ? [...seen.keys()][0]! : [...seen].map(([v, shards]) => `${v} (${shards.join(', ')})`).join('; ')];
  }));
  const sources = Object.assign({}, ...files.map((f) => f.results.provenance.sources ?? {}));
  return { ...first, toolchain, ...(Object.keys(sources).length ? { sources } : {}) };
}
