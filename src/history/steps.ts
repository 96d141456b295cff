// Where a series stepped. Exact series (emulated and callgrind instruction counts, sizes) need no statistics:
// every change is a step. Noisy series (host wall time, hardware cycles) are cut by binary segmentation
// (Scott and Knott, 1974) with the Mann-Whitney U test as the stopping rule: the split whose two sides differ
// most in rank is kept when its two-sided p-value, Bonferroni-corrected over the split points tried, is below
// ALPHA, and each side is cut again. Ranks make it robust to the outliers a shared runner produces.
import { normalP } from '../compare/stats.js';

const ALPHA = 0.01;
/** The fewest runs on either side of a step in a noisy series. */
const MIN_SEGMENT = 5;

/** Index of every defined point that differs from the previous defined point. */
export function exactSteps(values: (number | null)[]): number[] {
  const steps: number[] = [];
  let last: number | null = null;
  values.forEach((v, i) => {
    if (v === null) return;
    if (last !== null && v !== last) steps.push(i);
    last = v;
  });
  return steps;
}

/** Ranks (1-based, ties averaged) of `xs`. */
function ranks(xs: number[]): number[] {
  const order = xs.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

/** The best split of `xs` by the rank-sum statistic: its index (first of the right side) and p-value. */
function bestSplit(xs: number[]): { at: number; p: number } | undefined {
  const n = xs.length;
  if (n < 2 * MIN_SEGMENT) return undefined;
  const r = ranks(xs);
  // Tie correction of the variance, once for the whole segment.
  const counts = new Map<number, number>();
  for (const v of xs) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ties = [...counts.values()].reduce((s, t) => s + t ** 3 - t, 0);
  let best: { at: number; z: number } | undefined;
  let left = 0;
  for (let i = 0; i < n - 1; i++) {
    left += r[i]!;
    const m = i + 1;
    if (m < MIN_SEGMENT || n - m < MIN_SEGMENT) continue;
    const u = left - (m * (m + 1)) / 2;
    const mean = (m * (n - m)) / 2;
    const variance = ((m * (n - m)) / 12) * (n + 1 - ties / (n * (n - 1)));
    if (variance <= 0) continue;
    const z = Math.abs(u - mean) / Math.sqrt(variance);
    if (!best || z > best.z) best = { at: m, z };
  }
  if (!best) return undefined;
  const tried = n - 2 * MIN_SEGMENT + 1;
  return { at: best.at, p: Math.min(1, normalP(best.z) * tried) };
}

/** Indices (into `values`) where a noisy series stepped, by binary segmentation; nulls are ignored. */
export function noisySteps(values: (number | null)[]): number[] {
  const defined = values.flatMap((v, i) => (v === null ? [] : [i]));
  const steps: number[] = [];
  const cut = (from: number, to: number) => {
    const split = bestSplit(defined.slice(from, to).map((i) => values[i]!));
    if (!split || split.p >= ALPHA) return;
    steps.push(defined[from + split.at]!);
    cut(from, from + split.at);
    cut(from + split.at, to);
  };
  cut(0, defined.length);
  return steps.sort((a, b) => a - b);
}

/** Exact series are emulated counts, callgrind counts and sizes; wall time, cycles and rates on real hardware wobble. */
export function isExact(target: string, metric: string, unit: string): boolean {
  if (unit === 'B' || unit.startsWith('insn') || metric.endsWith('instructions') || metric.endsWith('_bytes')) return true;
  return target === 'emulated';
}
