// Metrics of a host run: the median wall time per FFT over repeated runs with its spread, its confidence
// interval and the samples themselves (for a rank test against them later), the same in equivalent
// cycles at a stated clock, and the exact instruction count of the measured region.
import type { Metrics, Variant } from '../types.js';
import { FFT_CHECKSUM, FFT_N } from './metrics.js';
import { median, medianInterval } from '../compare/stats.js';
import { ProtocolError, type ResultRecord } from './protocol.js';

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The median's confidence interval, rounded like the median. */
function interval(xs: number[]): { ci: [number, number]; ci_level: number } {
  const i = medianInterval(xs);
  return { ci: [round(i.lo), round(i.hi)], ci_level: round(i.level, 4) };
}

export function hostMetrics(v: Variant, runs: ResultRecord[][], instructions: number | undefined, clockGhz: number): Metrics {
  if (v.benchmark !== 'fft') throw new ProtocolError(`the host runs the fft benchmark only, not ${v.benchmark}`);
  const perFft: number[] = [];
  let iterations = 0;
  let rss = 0;
  const engine: number[] = [];
  runs.forEach((records, i) => {
    const fft = records.find((r) => r.type === 'fft');
    const done = records.find((r) => r.type === 'done');
    const err = records.find((r) => r.type === 'error');
    if (err && err.type === 'error') throw new ProtocolError(`run ${i + 1}: ${err.message}`);
    if (!fft || fft.type !== 'fft' || !done) throw new ProtocolError(`run ${i + 1}: output truncated`);
    if (fft.n !== FFT_N) throw new ProtocolError(`FFT size ${fft.n}, expected ${FFT_N}`);
    if (fft.checksum !== FFT_CHECKSUM) throw new ProtocolError(`FFT checksum ${fft.checksum} differs from the expected ${FFT_CHECKSUM}: wrong result`);
    iterations = fft.iterations;
    perFft.push(fft.count / fft.iterations);
    const mem = records.find((r) => r.type === 'memory') as { rss_bytes?: number; engine_ns?: number } | undefined;
    rss = Math.max(rss, mem?.rss_bytes ?? 0);
    if (mem?.engine_ns) engine.push(mem.engine_ns / fft.iterations);
  });
  if (!perFft.length) throw new ProtocolError('no timed run');
  const ns = median(perFft);
  const spread = (100 * (Math.max(...perFft) - Math.min(...perFft))) / ns;
  return {
    ns: { value: round(ns), unit: 'ns/FFT', spread: round(spread), runs: perFft.length, ...interval(perFft), samples: perFft.map((x) => round(x)) },
    equivalent_cycles: { value: Math.round(ns * clockGhz), unit: `cycles/FFT at ${clockGhz} GHz` },
    ...(instructions !== undefined ? { instructions: { value: round(instructions / iterations), unit: 'insn/FFT' } } : {}),
    ...(rss ? { rss_bytes: { value: rss, unit: 'B' } } : {}),
    // An engine in another process: the same calls timed inside it; ns minus this is the pipe.
    ...(engine.length ? { engine_ns: { value: round(median(engine)), unit: 'ns/FFT', runs: engine.length } } : {}),
  };
}
