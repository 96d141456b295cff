// Slowdowns of each runtime against the reference runtime (runtime.yml's role: native C) on the same board,
// stack, benchmark and target; RTOS overheads against the reference stack (stack.yml's role: bare metal).
import { metricInfo } from '../catalogue/benchmark.js';
import { withRole, type Catalogue } from '../catalogue/catalogue.js';
import { headlineMetric } from './format.js';
import type { VariantResult } from '../types.js';
import { overlap } from '../compare/stats.js';

export interface Slowdown {
  id: string;
  board: string;
  stack: string;
  benchmark: string;
  target: string;
  runtime: string;
  metric: string;
  /** How many times slower than native (1 = as fast). */
  vsNative: number;
  /** Against native's figure from another of the benchmark's result records (benchmark.yml's prefixed results,
   * such as a call of the host function the Wasm modules import). */
  vsNativeCall?: number;
  /** Where a scalar native build ran (the host): against it, since the Wasm is scalar too. */
  vsNativeScalar?: number;
  /** Host: the wall-time ratio (median ns), beside the instruction-count one. */
  vsNativeTime?: number;
  /** Host: false when the confidence intervals of the two medians overlap (the wall times cannot be told apart). */
  timeDistinguishable?: boolean;
}

const slower = (cat: Catalogue, benchmark: string, metric: string, runtime: number, native: number) =>
  (metricInfo(cat, benchmark, metric)?.direction ?? 'smaller') === 'smaller' ? runtime / native : native / runtime;

export function slowdowns(results: VariantResult[], cat: Catalogue): Slowdown[] {
  const key = (r: VariantResult) => `${r.board}/${r.stack}/${r.benchmark}@${r.target}`;
  const [reference, scalarReference] = [withRole(cat.runtimes, 'reference'), withRole(cat.runtimes, 'scalar-reference')];
  const natives = new Map(results.filter((r) => r.status === 'ok' && r.runtime === reference).map((r) => [key(r), r]));
  const scalars = new Map(results.filter((r) => r.status === 'ok' && r.runtime === scalarReference).map((r) => [key(r), r]));
  const out: Slowdown[] = [];
  for (const r of results) {
    if (r.status !== 'ok' || r.runtime === reference) continue;
    const native = natives.get(key(r));
    const h = headlineMetric(r, cat);
    const nh = native?.metrics[h?.[0] ?? ''];
    if (!native || !h || !nh) continue;
    const prefixes = Object.values(cat.benchmarks[r.benchmark]?.results ?? {}).map((x) => x.prefix).filter(Boolean);
    const call = prefixes.map((p) => native.metrics[`${p}${h[0]}`]).find(Boolean);
    const scalar = r.runtime === scalarReference ? undefined : scalars.get(key(r))?.metrics[h[0]];
    out.push({
      id: r.id, board: r.board, stack: r.stack, benchmark: r.benchmark, target: r.target, runtime: r.runtime, metric: h[0],
      vsNative: slower(cat, r.benchmark, h[0], h[1].value, nh.value),
      ...(call ? { vsNativeCall: slower(cat, r.benchmark, h[0], h[1].value, call.value) } : {}),
      ...(scalar ? { vsNativeScalar: slower(cat, r.benchmark, h[0], h[1].value, scalar.value) } : {}),
      ...(r.metrics.ns && native.metrics.ns ? { vsNativeTime: r.metrics.ns.value / native.metrics.ns.value } : {}),
      ...(r.metrics.ns?.ci && native.metrics.ns?.ci
        ? { timeDistinguishable: !overlap({ lo: r.metrics.ns.ci[0], hi: r.metrics.ns.ci[1] }, { lo: native.metrics.ns.ci[0], hi: native.metrics.ns.ci[1] }) }
        : {}),
    });
  }
  return out;
}

export interface StackOverhead {
  id: string;
  board: string;
  runtime: string;
  benchmark: string;
  target: string;
  stack: string;
  metric: string;
  /** The stack's headline against bare-metal's on the same board, runtime, benchmark and target (1 = no overhead). */
  vsBareMetal: number;
}

/** The cost of an RTOS: each stack's variant against the bare-metal one. */
export function stackOverheads(results: VariantResult[], cat: Catalogue): StackOverhead[] {
  const key = (r: VariantResult) => `${r.board}/${r.runtime}/${r.benchmark}@${r.target}`;
  const reference = withRole(cat.stacks, 'reference');
  const bare = new Map(results.filter((r) => r.status === 'ok' && r.stack === reference).map((r) => [key(r), r]));
  return results.flatMap((r) => {
    const b = bare.get(key(r));
    const h = headlineMetric(r, cat);
    const bh = b?.metrics[h?.[0] ?? ''];
    if (r.status !== 'ok' || r.stack === reference || !h || !bh) return [];
    return [{ id: r.id, board: r.board, runtime: r.runtime, benchmark: r.benchmark, target: r.target, stack: r.stack, metric: h[0], vsBareMetal: slower(cat, r.benchmark, h[0], h[1].value, bh.value) }];
  });
}
