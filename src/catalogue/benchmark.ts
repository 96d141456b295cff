// A benchmark's facts, from benchmarks/<b>/benchmark.yml (in the firmware tree or a config's benchmark_dirs):
// what one iteration is, how many run per target, the checksum its results must carry, the result records its
// driver writes and the metrics made from them (unit, direction, default threshold, title), its headline.
// src/measure/ turns records into metrics from these declarations alone; nothing else in src/ knows a benchmark.
import { TARGETS, type Target } from '../types.js';
import { fail, type ParsedFile, type Path } from '../schema/locate.js';
import { METRICS, type Direction, type MetricInfo, type ThresholdSettings } from '../vocabulary.js';
import type { Study } from './study.js';

/** Which counter a metric is made from: executed instructions (emulated, callgrind on the host) or core cycles (hardware). */
export type Counter = 'instructions' | 'cycles';

/** A metric of every result record: count per iteration, or iterations per `rate` units of the counter. */
export interface DerivedMetric extends MetricInfo {
  unit: string;
  counter: Counter;
  /** Absent: count / iterations. A number: iterations * rate / count (toggles per million instructions: 1e6);
   * `core_hz`: iterations per second at the board's clock (the hello record's core_hz). */
  rate?: number | 'core_hz';
  /** Decimal places the value keeps. */
  digits: number;
}

/** A metric measured outside the firmware, by an instrument the run backend has (a logic analyzer on the pin). */
export interface ExternalMetric extends MetricInfo {
  unit: string;
  by: 'logic_analyzer';
}

export interface ResultSpec {
  /** Put before each derived metric's name for this record (`call_`): '' for the benchmark's own figures. */
  prefix: string;
  /** Put after each derived metric's title (`via gpio_toggle()`). */
  title?: string;
}

/** A board's facility a benchmark may need, in board.yml's key and in words. */
export const NEEDS = { gpio: 'GPIO' } as const;
export type Need = keyof typeof NEEDS;

/** Where the generic driver also measures the steady state (`probe`: run(1), run(2), run(3) after the measured call,
 * their differences one iteration without the call), and where the measured call is the first iteration alone
 * (`derive`: exact counts only) and the average over `iterations` is derived from the two. */
export type SteadyMode = 'probe' | 'derive';
export type SteadyTarget = 'emulated' | 'hardware';

export interface BenchmarkSpec {
  id: string;
  title: string;
  /** The folder (benchmark.cmake, the C source, this yml): CMake's WMB_BENCHMARK_DIR. */
  dir: string;
  /** What one iteration is, as a unit's denominator: insn/<iteration>, ns/<iteration>. */
  iteration: string;
  /** Iterations measured on each target it runs on: the average metrics are over them (the study's counts). */
  iterations: Partial<Record<Target, number>>;
  /** The first iteration and the steady state as metrics of their own (first_*, steady_*), per target. */
  steady: Partial<Record<SteadyTarget, SteadyMode>>;
  /** Why it does not run on the other targets. */
  notOn: Partial<Record<Target, string>>;
  /** 8 lowercase hex digits every result record must carry; absent: the records carry none. */
  checksum?: string;
  results: Record<string, ResultSpec>;
  metrics: Record<string, DerivedMetric>;
  external: Record<string, ExternalMetric>;
  /** The metrics a variant is summed up by, the first one it has. */
  headline: string[];
  /** On the host target: which derived metrics the exact instruction count (callgrind) gives, beside wall time. */
  host: { metrics: string[] };
  /** Upstream sources it builds from (names in sources.json): a suite's programs are never copied here. */
  sources: string[];
  /** The suite it belongs to (embench): the report scores a runtime over a suite's members (the runtime tax). */
  suite?: string;
  /** What a board must have to run it (board.yml's `gpio:`): a board without is not built, with the reason said. */
  needs: Need[];
  /** The study's reference figures (study.yml beside benchmark.yml), read by the catalogue. */
  study?: Study;
}

const info = {
  direction: { enum: ['smaller', 'larger'] },
  percent: { type: 'number', exclusiveMinimum: 0 },
  title: { type: 'string', minLength: 1 },
  unit: { type: 'string', minLength: 1 },
};
const name = { type: 'string', pattern: '^[a-z][a-z0-9_]*$' };
const perTarget = (value: object) => ({ type: 'object', additionalProperties: false, properties: Object.fromEntries(TARGETS.map((t) => [t, value])) });

export const benchmarkSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'iteration', 'iterations', 'results', 'metrics', 'headline'],
  properties: {
    title: { type: 'string', minLength: 1 },
    iteration: { type: 'string', pattern: '^[^\\s/]+$' },
    iterations: { ...perTarget({ type: 'integer', minimum: 1, maximum: 2 ** 31 - 1, description: 'run() takes them as a Wasm i32, a C int' }), minProperties: 1 },
    not_on: perTarget({ type: 'string', minLength: 1 }),
    // Not on the host: its runtimes in another process run the whole benchmark per call (wasm-interp).
    steady: {
      type: 'object', additionalProperties: false,
      properties: { emulated: { enum: ['probe', 'derive'] }, hardware: { enum: ['probe'], description: 'cycles are not exact: nothing is derived from them' } },
    },
    checksum: { type: 'string', pattern: '^[0-9a-f]{8}$', description: '8 lowercase hex digits, quoted (YAML would read 00000000 as a number)' },
    results: {
      // The generic driver names its record after the benchmark: a folder name, which may hold "-".
      type: 'object', minProperties: 1, propertyNames: { type: 'string', pattern: '^[a-z][a-z0-9_-]*$' },
      additionalProperties: {
        type: 'object', additionalProperties: false, required: ['prefix'],
        properties: { prefix: { type: 'string', pattern: '^([a-z][a-z0-9_]*_)?$' }, title: { type: 'string', minLength: 1 } },
      },
    },
    metrics: {
      type: 'object', minProperties: 1, propertyNames: name,
      additionalProperties: {
        type: 'object', additionalProperties: false, required: ['unit', 'counter', 'direction', 'percent', 'title', 'digits'],
        properties: {
          ...info,
          counter: { enum: ['instructions', 'cycles'] },
          rate: { anyOf: [{ type: 'number', exclusiveMinimum: 0 }, { const: 'core_hz' }] },
          digits: { type: 'integer', minimum: 0, maximum: 6 },
        },
      },
    },
    external: {
      type: 'object', propertyNames: name,
      additionalProperties: {
        type: 'object', additionalProperties: false, required: ['unit', 'by', 'direction', 'percent', 'title'],
        properties: { ...info, by: { enum: ['logic_analyzer'] } },
      },
    },
    headline: { type: 'array', items: name, minItems: 1, uniqueItems: true },
    host: {
      type: 'object', additionalProperties: false, required: ['metrics'],
      properties: { metrics: { type: 'array', items: name, uniqueItems: true } },
    },
    sources: { type: 'array', items: name, uniqueItems: true },
    suite: name,
    needs: { type: 'array', items: { enum: Object.keys(NEEDS) }, uniqueItems: true },
  },
} as const;

export interface RawBenchmark {
  title: string;
  iteration: string;
  iterations: Partial<Record<Target, number>>;
  not_on?: Partial<Record<Target, string>>;
  steady?: Partial<Record<SteadyTarget, SteadyMode>>;
  checksum?: string;
  results: Record<string, ResultSpec>;
  metrics: Record<string, Omit<DerivedMetric, 'direction'> & { direction: Direction }>;
  external?: Record<string, ExternalMetric>;
  headline: string[];
  host?: { metrics: string[] };
  sources?: string[];
  suite?: string;
  needs?: Need[];
}

/** What the schema cannot say: each target is either run or said why not; the metrics named exist. */
function benchmarkProblem(raw: RawBenchmark): [Path, string] | undefined {
  const notOn = raw.not_on ?? {};
  for (const t of TARGETS) {
    if (raw.iterations[t] !== undefined && notOn[t] !== undefined) return [['not_on', t], `target ${t} is in iterations too: it runs there or not`];
    if (raw.iterations[t] === undefined && notOn[t] === undefined) return [['iterations'], `target ${t}: give its iterations, or say in not_on why it does not run there`];
  }
  for (const t of Object.keys(raw.steady ?? {}) as SteadyTarget[])
    if (raw.iterations[t] === undefined) return [['steady', t], `target ${t} does not run it (not in iterations)`];
  const known = new Set([...Object.keys(expandMetrics(spec('', raw, ''))), 'ns', 'equivalent_cycles']);
  const unknown = raw.headline.findIndex((m) => !known.has(m));
  if (unknown >= 0) return [['headline', unknown], `"${raw.headline[unknown]}" is none of its metrics (${[...known].join(', ')})`];
  const host = raw.host?.metrics ?? [];
  const notCounted = host.findIndex((m) => raw.metrics[m]?.counter !== 'instructions' || raw.metrics[m]?.rate !== undefined);
  if (notCounted >= 0) return [['host', 'metrics', notCounted], `"${host[notCounted]}" is not one of its metrics counting instructions per iteration`];
  if (raw.iterations.host !== undefined && Object.keys(raw.results).length !== 1)
    return [['results'], 'the host times a run as a whole: a benchmark that runs there writes one result record'];
  return undefined;
}

/** A validated benchmark.yml (`parsed`, of the folder `dir`) as the catalogue's entry `id`; a contradiction fails at its line. */
export function toBenchmark(id: string, raw: RawBenchmark, parsed: ParsedFile, dir: string): BenchmarkSpec {
  const problem = benchmarkProblem(raw);
  if (problem) fail(parsed, ...problem);
  return spec(id, raw, dir);
}

function spec(id: string, raw: RawBenchmark, dir: string): BenchmarkSpec {
  return {
    id, title: raw.title, dir, iteration: raw.iteration, iterations: raw.iterations, steady: raw.steady ?? {}, notOn: raw.not_on ?? {},
    ...(raw.checksum ? { checksum: raw.checksum } : {}),
    results: raw.results, metrics: raw.metrics, external: raw.external ?? {}, headline: raw.headline,
    host: raw.host ?? { metrics: [] }, sources: raw.sources ?? [], ...(raw.suite ? { suite: raw.suite } : {}), needs: raw.needs ?? [],
  };
}

/** The metrics a steady-state measurement adds beside a per-iteration metric `name` (not a rate). */
export const PARTS = {
  first: (iteration: string) => `, first ${iteration} (lazy compilation, relocation)`,
  steady: () => ', steady state (from the 2nd iteration)',
} as const;
export const partName = (part: keyof typeof PARTS, prefix: string, name: string): string => `${prefix}${part}_${name}`;

/** Every metric name the benchmark's records and instruments give, with its unit, direction, threshold and title. */
export function expandMetrics(b: BenchmarkSpec): Record<string, MetricInfo & { unit: string }> {
  const out: Record<string, MetricInfo & { unit: string }> = {};
  const parts = Object.keys(b.steady ?? {}).length > 0;
  for (const r of Object.values(b.results))
    for (const [m, d] of Object.entries(b.metrics)) {
      const title = r.title ? `${d.title} ${r.title}` : d.title;
      out[`${r.prefix}${m}`] = { direction: d.direction, percent: d.percent, title, unit: d.unit };
      if (parts && d.rate === undefined)
        for (const [part, suffix] of Object.entries(PARTS))
          out[partName(part as keyof typeof PARTS, r.prefix, m)] = { direction: d.direction, percent: d.percent, title: `${title}${suffix(b.iteration)}`, unit: d.unit };
    }
  for (const [m, d] of Object.entries(b.external)) out[m] = { direction: d.direction, percent: d.percent, title: d.title, unit: d.unit };
  return out;
}

/** How a run measures: the iterations of its measured call, and whether the steady state is probed beside it. */
export interface RunShape {
  iterations: number;
  probes: boolean;
}

/**
 * The run of benchmark `b` on `target`: where it derives, its counts are exact (`inexact`: a timer interrupt lands in
 * some iterations and not others, or the counter ticks once per several instructions) and the config does not ask
 * for the study's iterations, the measured call is the first iteration alone: the average over `iterations` is
 * first + (iterations - 1) x steady, which equals that many iterations measured (test/runtimes.test.ts shows it).
 */
export function runShape(b: BenchmarkSpec, target: Target, opts: { inexact?: boolean; studyIterations?: boolean } = {}): RunShape | undefined {
  const n = b.iterations[target];
  if (n === undefined) return undefined;
  const mode = target === 'host' ? undefined : b.steady[target];
  const derive = mode === 'derive' && !opts.inexact && !opts.studyIterations;
  // Emulated counts are reported as exact: where they are not (ticks, a coarse counter), the first and steady
  // iterations would be estimates, so only the measured average is reported there.
  return { iterations: derive ? 1 : n, probes: mode !== undefined && !(opts.inexact && target === 'emulated') };
}

/** The CMake cache values the firmware build takes from the benchmark for `target`. */
export function benchmarkFacts(b: BenchmarkSpec, target: Target, opts: Parameters<typeof runShape>[2] = {}): Record<string, string> {
  const shape = runShape(b, target, opts);
  return { WMB_BENCHMARK_DIR: b.dir, ...(shape ? { WMB_ITERATIONS: String(shape.iterations), WMB_STEADY_PROBES: shape.probes ? '1' : '0' } : {}) };
}

type WithBenchmarks = { benchmarks: Record<string, BenchmarkSpec> };

/** What a metric of `benchmark` is: its benchmark.yml's declaration, else the tool's own metric (footprint, wall time). */
export function metricInfo(cat: WithBenchmarks, benchmark: string, metric: string): MetricInfo | undefined {
  const b = cat.benchmarks[benchmark];
  return (b && expandMetrics(b)[metric]) || METRICS[metric];
}

/** Every metric name a config may set a threshold for: the tool's and every benchmark's. */
export const metricNames = (cat: WithBenchmarks): string[] =>
  [...new Set([...Object.keys(METRICS), ...Object.values(cat.benchmarks).flatMap((b) => Object.keys(expandMetrics(b)))])];

/** A variant's threshold settings over its benchmark's declared defaults (direction, percent), metric by metric. */
export function declaredThresholds(cat: WithBenchmarks, benchmark: string, settings: ThresholdSettings): ThresholdSettings {
  const b = cat.benchmarks[benchmark];
  const declared = b ? expandMetrics(b) : {};
  const out: ThresholdSettings = Object.fromEntries(Object.entries(declared).map(([m, d]) => [m, { direction: d.direction, percent: d.percent }]));
  for (const [m, s] of Object.entries(settings)) out[m] = { ...out[m], ...s };
  return out;
}

/** The metric a variant is summed up by: the first of its benchmark's headline it has. */
export const headlineOf = (cat: WithBenchmarks, benchmark: string): readonly string[] => cat.benchmarks[benchmark]?.headline ?? [];

/** The metric a logic analyzer on the board's pin measures while the benchmark runs, if it declares one. */
export const analyzerMetric = (b: BenchmarkSpec): string | undefined =>
  Object.entries(b.external).find(([, e]) => e.by === 'logic_analyzer')?.[0];
