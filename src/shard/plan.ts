// Scale-out on GitHub Actions without a scheduler of our own: the matrix is cut into shards, one per
// hardware board (run on the self-hosted runner it is plugged into) plus one per hosted target, and
// `strategy.matrix` runs them. The plan is data (plan.json), so the report knows what never came back.
import type { BoardEntry } from '../inventory/inventory.js';
import type { Target, Variant } from '../types.js';
import { UserError } from '../types.js';

/** The GitHub-hosted runner for the emulated and host shards. */
export const HOSTED_RUNNER = 'ubuntu-24.04';
const HOSTED: readonly Target[] = ['emulated', 'host'];

interface Shard {
  name: string;
  target: Target;
  runsOn: string | string[];
  /** The inventory board of a hardware shard. */
  board?: string;
  variants: string[];
  /** A hosted shard's expected duration: the sum of its variants' last measured durations (estimated where unknown). */
  estimateMs?: number;
}

/** How hosted targets are cut: up to `shards[target]` shards each, balanced by the variants' last durations. */
export interface Balance {
  shards: Partial<Record<Target, number>>;
  /** Variant id -> last measured build + run time, ms (the result store's durations). */
  durations: Map<string, number>;
  /**
   * Variants built as one group (build/group.ts buildCell): kept in one shard, so that no shard configures and
   * compiles a group's runtime and kernel again for a few of its members.
   */
  together?: (v: Variant) => string;
}

/** A variant never measured here counts as the median of its target's known ones, or this. */
const UNKNOWN_MS = 30_000;

/**
 * What a build group takes, from its members' measured durations: each includes the group's build it waited
 * for, so the longest stands for the build and its own run, and each other member adds what it took beyond the
 * shortest (its own run).
 */
export const groupMs = (ms: number[]) => {
  const sum = ms.reduce((s, x) => s + x, 0);
  // Never more than the sum: members measured apart (each with a build of its own) are not a group's.
  return ms.length ? Math.min(sum, Math.max(...ms) + sum - ms.length * Math.min(...ms)) : 0;
};

/**
 * Cuts `ids` into at most `n` groups of about equal total duration: longest first, each to the group with the
 * least so far (LPT; within 4/3 of the best cut). Ties keep the matrix order; empty groups are dropped. Ids with
 * the same `together` key stay in one group, as one item that takes `weigh(its ids)`, unless the item alone
 * takes more than a group's share: then it is cut in as many parts as that needs (each part built again).
 */
export function balance(ids: string[], n: number, weigh: (ids: string[]) => number, together: (id: string) => string = (id) => id): { ids: string[]; ms: number }[] {
  const groups = Array.from({ length: Math.max(1, n) }, () => ({ ids: [] as string[], ms: 0 }));
  const items = new Map<string, { ids: string[]; i: number }>();
  ids.forEach((id, i) => {
    const key = together(id);
    const item = items.get(key) ?? { ids: [], i };
    item.ids.push(id);
    items.set(key, item);
  });
  const whole = [...items.values()].map((x) => ({ ...x, ms: weigh(x.ids) }));
  const share = whole.reduce((s, x) => s + x.ms, 0) / groups.length;
  const parts = whole.flatMap((x) => {
    const k = Math.min(x.ids.length, Math.ceil(x.ms / (share || 1)));
    if (k <= 1) return [x];
    // Longest members first, dealt around the parts.
    const cut = Array.from({ length: k }, () => [] as string[]);
    [...x.ids].sort((a, b) => weigh([b]) - weigh([a])).forEach((id, j) => cut[j % k]!.push(id));
    return cut.map((part) => ({ ids: part, i: x.i, ms: weigh(part) }));
  });
  const order = parts.sort((a, b) => b.ms - a.ms || a.i - b.i);
  for (const v of order) {
    const g = groups.reduce((best, x) => (x.ms < best.ms ? x : best));
    g.ids.push(...v.ids);
    g.ms += v.ms;
  }
  const position = new Map(ids.map((id, i) => [id, i]));
  return groups.filter((g) => g.ids.length).map((g) => ({ ids: g.ids.sort((a, b) => position.get(a)! - position.get(b)!), ms: g.ms }));
}

/** The longest shard's expected duration: what a run on that many runners waits for. */
export const criticalPathMs = (plan: ShardPlan) => Math.max(0, ...plan.shards.map((s) => s.estimateMs ?? 0));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : undefined;
};

export interface ShardPlan {
  schemaVersion: 1;
  shards: Shard[];
}

export function planShards(variants: Variant[], boardOf: Map<string, BoardEntry>, by: Balance = { shards: {}, durations: new Map() }): ShardPlan {
  const shards: Shard[] = [];
  for (const target of HOSTED) {
    const mine = variants.filter((v) => v.target === target);
    if (!mine.length) continue;
    const notBuilt = new Set(mine.filter((v) => v.notBuilt).map((v) => v.id));
    const typical = median(mine.flatMap((v) => (by.durations.has(v.id) ? [by.durations.get(v.id)!] : []))) ?? UNKNOWN_MS;
    const cell = new Map(mine.map((v) => [v.id, by.together?.(v) ?? v.id]));
    // A group's measured members by groupMs; one never measured adds the typical variant's time.
    const weigh = (ids: string[]) => {
      const built = ids.filter((id) => !notBuilt.has(id));
      const known = built.flatMap((id) => (by.durations.has(id) ? [by.durations.get(id)!] : []));
      return groupMs(known) + (built.length - known.length) * typical;
    };
    const groups = balance(mine.map((v) => v.id), by.shards[target] ?? 1, weigh, (id) => cell.get(id)!);
    // One shard keeps the target's name (the plans, workflows and artifacts of a run without `shards`).
    groups.forEach((g, i) => shards.push({ name: groups.length > 1 ? `${target}-${i + 1}` : target, target, runsOn: HOSTED_RUNNER, variants: g.ids, estimateMs: Math.round(g.ms) }));
  }
  const byBoard = new Map<string, Shard>();
  for (const v of variants.filter((x) => x.target === 'hardware')) {
    const b = boardOf.get(v.id);
    if (!b) throw new Error(`${v.id}: no board assigned`);
    if ((HOSTED as readonly string[]).includes(b.name)) throw new UserError(`${b.where}: the board name "${b.name}" is reserved for the ${b.name} shard`);
    const s = byBoard.get(b.name) ?? { name: b.name, target: 'hardware' as const, runsOn: ['self-hosted', ...b.runner], board: b.board, variants: [] };
    s.variants.push(v.id);
    byBoard.set(b.name, s);
  }
  shards.push(...byBoard.values());
  return { schemaVersion: 1, shards };
}

/** The value for `strategy.matrix`: `fromJSON(needs.plan.outputs.matrix)`. */
export function strategyMatrix(plan: ShardPlan): { include: { shard: string; target: Target; 'runs-on': string | string[]; board?: string }[] } {
  return { include: plan.shards.map((s) => ({ shard: s.name, target: s.target, 'runs-on': s.runsOn, ...(s.board ? { board: s.board } : {}) })) };
}

export function selectShard(plan: ShardPlan, variants: Variant[], name: string): Variant[] {
  const shard = plan.shards.find((s) => s.name === name);
  if (!shard) throw new UserError(`no shard "${name}" in the plan; the shards are: ${plan.shards.map((s) => s.name).join(', ') || '(none)'}`);
  const ids = new Set(shard.variants);
  return variants.filter((v) => ids.has(v.id));
}

/** Reads plan.json back, checking it is one. */
export function parsePlan(file: string, text: string): ShardPlan {
  let p: ShardPlan;
  try {
    p = JSON.parse(text) as ShardPlan;
  } catch (e) {
    throw new UserError(`${file}: not JSON (${(e as Error).message})`);
  }
  if (p?.schemaVersion !== 1 || !Array.isArray(p.shards) || !p.shards.every((s) => typeof s.name === 'string' && Array.isArray(s.variants)))
    throw new UserError(`${file}: not a wasm-mcu-bench plan (schemaVersion 1 with shards)`);
  return p;
}

/** Only the shards of these targets (a pull request from a fork runs no hardware shard). */
export function onlyTargets(plan: ShardPlan, targets: readonly string[]): ShardPlan {
  const unknown = targets.filter((t) => !['emulated', 'hardware', 'host'].includes(t));
  if (unknown.length) throw new UserError(`--targets: unknown target ${unknown.join(', ')}; expected emulated, hardware or host`);
  return { ...plan, shards: plan.shards.filter((s) => targets.includes(s.target)) };
}
