// Metrics of a host run: the median wall time per FFT over repeated runs with its spread, its confidence
// interval and the samples themselves (for a rank test against them later), the same in equivalent
// cycles at a stated clock, and the exact instruction count of the measured region; each labelled with the
// configuration of the image it comes from when the build names one.
import type { Metrics, Variant } from '../types.js';
import { FFT_CHECKSUM, FFT_N } from './metrics.js';
import { median, medianInterval } from '../compare/stats.js';
import { ProtocolError, type FftRecord, type ResultRecord } from './protocol.js';

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The median's confidence interval, rounded like the median. */
function interval(xs: number[]): { ci: [number, number]; ci_level: number } {
  const i = medianInterval(xs);
  return { ci: [round(i.lo), round(i.hi)], ci_level: round(i.level, 4) };
}

/** A run's FFT record, its result checked. */
function checkedFft(records: ResultRecord[], run: string): FftRecord {
  const fft = records.find((r): r is FftRecord => r.type === 'fft');
  const done = records.find((r) => r.type === 'done');
  const err = records.find((r) => r.type === 'error');
  if (err && err.type === 'error') throw new ProtocolError(`${run}: ${err.message}`);
  if (!fft || !done) throw new ProtocolError(`${run}: output truncated`);
  if (fft.n !== FFT_N) throw new ProtocolError(`${run}: FFT size ${fft.n}, expected ${FFT_N}`);
  if (fft.checksum !== FFT_CHECKSUM) throw new ProtocolError(`${run}: FFT checksum ${fft.checksum} differs from the expected ${FFT_CHECKSUM}: wrong result`);
  return fft;
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

export function hostMetrics(v: Variant, runs: ResultRecord[][], instructions: number | undefined, clockGhz: number, images: HostImages = {}): Metrics {
  if (v.benchmark !== 'fft') throw new ProtocolError(`the host runs the fft benchmark only, not ${v.benchmark}`);
  const perFft: number[] = [];
  let iterations = 0;
  let rss = 0;
  const engine: number[] = [];
  const countedFft = images.countedRun ? checkedFft(images.countedRun, 'the run callgrind counted') : undefined;
  runs.forEach((records, i) => {
    const fft = checkedFft(records, `run ${i + 1}`);
    iterations = fft.iterations;
    perFft.push(fft.count / fft.iterations);
    const mem = records.find((r) => r.type === 'memory') as { rss_bytes?: number; engine_ns?: number } | undefined;
    rss = Math.max(rss, mem?.rss_bytes ?? 0);
    if (mem?.engine_ns) engine.push(mem.engine_ns / fft.iterations);
  });
  if (!perFft.length) throw new ProtocolError('no timed run');
  const ns = median(perFft);
  const spread = (100 * (Math.max(...perFft) - Math.min(...perFft))) / ns;
  const timed = images.timed ? { configuration: images.timed } : {};
  const counted = images.counted ? { configuration: images.counted } : {};
  return {
    ns: { value: round(ns), unit: 'ns/FFT', spread: round(spread), runs: perFft.length, ...interval(perFft), samples: perFft.map((x) => round(x)), ...timed },
    equivalent_cycles: { value: Math.round(ns * clockGhz), unit: `cycles/FFT at ${clockGhz} GHz`, ...timed },
    ...(instructions !== undefined ? { instructions: { value: round(instructions / (countedFft?.iterations ?? iterations)), unit: 'insn/FFT', ...counted } } : {}),
    ...(rss ? { rss_bytes: { value: rss, unit: 'B', ...timed } } : {}),
    // An engine in another process: the same calls timed inside it; ns minus this is the pipe.
    ...(engine.length ? { engine_ns: { value: round(median(engine)), unit: 'ns/FFT', runs: engine.length, ...timed } } : {}),
  };
}
