// Slowdowns of each runtime against native C on the same board, stack, benchmark and target.
import { METRICS } from '../config/vocabulary.js';
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
  /** Toggle only: against native calling the same gpio_toggle() the Wasm modules import. */
  vsNativeCall?: number;
  /** Where a scalar native build ran (the host): against it, since the Wasm is scalar too. */
  vsNativeScalar?: number;
  /** Host: the wall-time ratio (median ns), beside the instruction-count one. */
  vsNativeTime?: number;
  /** Host: false when the confidence intervals of the two medians overlap (the wall times cannot be told apart). */
  timeDistinguishable?: boolean;
}

const slower = (metric: string, runtime: number, native: number) =>
  (METRICS[metric]?.direction ?? 'smaller') === 'smaller' ? runtime / native : native / runtime;

export function slowdowns(results: VariantResult[]): Slowdown[] {
  const key = (r: VariantResult) => `${r.board}/${r.stack}/${r.benchmark}@${r.target}`;
  const natives = new Map(results.filter((r) => r.status === 'ok' && r.runtime === 'native').map((r) => [key(r), r]));
  const scalars = new Map(results.filter((r) => r.status === 'ok' && r.runtime === 'native-scalar').map((r) => [key(r), r]));
  const out: Slowdown[] = [];
  for (const r of results) {
    if (r.status !== 'ok' || r.runtime === 'native') continue;
    const native = natives.get(key(r));
    const h = headlineMetric(r);
    const nh = native?.metrics[h?.[0] ?? ''];
    if (!native || !h || !nh) continue;
    const call = native.metrics[`call_${h[0]}`];
    const scalar = r.runtime === 'native-scalar' ? undefined : scalars.get(key(r))?.metrics[h[0]];
    out.push({
      id: r.id, board: r.board, stack: r.stack, benchmark: r.benchmark, target: r.target, runtime: r.runtime, metric: h[0],
      vsNative: slower(h[0], h[1].value, nh.value),
      ...(call ? { vsNativeCall: slower(h[0], h[1].value, call.value) } : {}),
      ...(scalar ? { vsNativeScalar: slower(h[0], h[1].value, scalar.value) } : {}),
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
export function stackOverheads(results: VariantResult[]): StackOverhead[] {
  const key = (r: VariantResult) => `${r.board}/${r.runtime}/${r.benchmark}@${r.target}`;
  const bare = new Map(results.filter((r) => r.status === 'ok' && r.stack === 'bare-metal').map((r) => [key(r), r]));
  return results.flatMap((r) => {
    const b = bare.get(key(r));
    const h = headlineMetric(r);
    const bh = b?.metrics[h?.[0] ?? ''];
    if (r.status !== 'ok' || r.stack === 'bare-metal' || !h || !bh) return [];
    return [{ id: r.id, board: r.board, runtime: r.runtime, benchmark: r.benchmark, target: r.target, stack: r.stack, metric: h[0], vsBareMetal: slower(h[0], h[1].value, bh.value) }];
  });
}
