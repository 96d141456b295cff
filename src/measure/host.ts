// Metrics of a host run: the median wall time per iteration (benchmark.yml's `iteration`) over repeated runs
// with its spread, its confidence interval and the samples themselves (for a rank test against them later), the
// same in equivalent cycles at a stated clock, and the exact instruction count of the measured region as the
// benchmark's host metrics; each labelled with the configuration of the image it comes from when the build names one.
import type { Metrics, Variant } from '../types.js';
import type { BenchmarkSpec } from '../catalogue/benchmark.js';
import { measurements } from './metrics.js';
import { median, medianInterval } from '../compare/stats.js';
import { ProtocolError, type Measurement, type ResultRecord } from './protocol.js';

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The median's confidence interval, rounded like the median. */
function interval(xs: number[]): { ci: [number, number]; ci_level: number } {
  const i = medianInterval(xs);
  return { ci: [round(i.lo), round(i.hi)], ci_level: round(i.level, 4) };
}

/** A run's one result record (benchmark.yml's check: the host times a run as a whole), checked against the declarations. */
function checked(spec: BenchmarkSpec, records: ResultRecord[], run: string): Measurement {
  const done = records.find((r) => r.type === 'done');
  const err = records.find((r) => r.type === 'error');
  if (err && err.type === 'error') throw new ProtocolError(`${run}: ${err.message}`);
  if (!records.some((r) => r.type === 'result') || !done) throw new ProtocolError(`${run}: output truncated`);
  try {
    return measurements(spec, records, spec.iterations.host)[0]!;
  } catch (e) {
    throw new ProtocolError(`${run}: ${(e as Error).message}`);
  }
}

/**
 * The configuration each value comes from, when the build says (host WAMR AOT times its production image and
 * counts another, valgrind-compatible one), and the run callgrind counted when its image is not the timed one:
 * its result is checked like the timed runs'.
 */
export interface HostImages {
  timed?: string | undefined;
  counted?: string | undefined;
  countedRun?: ResultRecord[];
}

export function hostMetrics(v: Variant, spec: BenchmarkSpec, runs: ResultRecord[][], instructions: number | undefined, clockGhz: number, images: HostImages = {}): Metrics {
  const per = `/${spec.iteration}`;
  const perIteration: number[] = [];
  let iterations = 0;
  let rss = 0;
  const engine: number[] = [];
  const countedRun = images.countedRun ? checked(spec, images.countedRun, 'the run callgrind counted') : undefined;
  runs.forEach((records, i) => {
    const m = checked(spec, records, `run ${i + 1}`);
    iterations = m.iterations;
    perIteration.push(m.count / m.iterations);
    const mem = records.find((r) => r.type === 'memory') as { rss_bytes?: number; engine_ns?: number } | undefined;
    rss = Math.max(rss, mem?.rss_bytes ?? 0);
    if (mem?.engine_ns) engine.push(mem.engine_ns / m.iterations);
  });
  if (!perIteration.length) throw new ProtocolError('no timed run');
  const ns = median(perIteration);
  const spread = (100 * (Math.max(...perIteration) - Math.min(...perIteration))) / ns;
  const timed = images.timed ? { configuration: images.timed } : {};
  const counted = images.counted ? { configuration: images.counted } : {};
  return {
    ns: { value: round(ns), unit: `ns${per}`, spread: round(spread), runs: perIteration.length, ...interval(perIteration), samples: perIteration.map((x) => round(x)), ...timed },
    equivalent_cycles: { value: Math.round(ns * clockGhz), unit: `cycles${per} at ${clockGhz} GHz`, ...timed },
    // The exact count of the measured region, as the benchmark's per-iteration instruction metrics.
    ...(instructions === undefined ? {} : Object.fromEntries(spec.host.metrics.map((name) => [name,
      { value: round(instructions / (countedRun?.iterations ?? iterations), spec.metrics[name]!.digits), unit: spec.metrics[name]!.unit, ...counted }]))),
    ...(rss ? { rss_bytes: { value: rss, unit: 'B', ...timed } } : {}),
    // An engine in another process: the same calls timed inside it; ns minus this is the pipe.
    ...(engine.length ? { engine_ns: { value: round(median(engine)), unit: `ns${per}`, runs: engine.length, ...timed } } : {}),
  };
}
