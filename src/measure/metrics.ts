// Turns a run's result records and the image's footprint into named metrics with units.
// The speed metrics are the benchmark's own, as its benchmark.yml declares them: per result record (a name it
// declares, with a metric-name prefix), each metric on the hello's counter is count per iteration, or
// iterations per `rate` units of the counter (toggles per million instructions; Hz at the board's clock).
// Where the generic driver probed the steady state, the first iteration and one steady iteration are metrics of their
// own (first_*, steady_*), and under emulation the average over the study's iterations may be derived from them.
//   emulated: count is executed instructions; hardware: core cycles (DWT CYCCNT)
//   dynamic RAM = main stack high-water + C library heap high-water (+ an RTOS's task stack and heap high-water)
import { partName, type BenchmarkSpec } from '../catalogue/benchmark.js';
import type { Metrics, Variant } from '../types.js';
import type { Footprint } from './footprint.js';
import { ProtocolError, type Hello, type Measurement, type MemoryRecord, type ResultRecord } from './protocol.js';

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function only<T extends ResultRecord['type']>(records: ResultRecord[], type: T): Extract<ResultRecord, { type: T }>[] {
  return records.filter((r): r is Extract<ResultRecord, { type: T }> => r.type === type);
}

function one<T extends ResultRecord['type']>(records: ResultRecord[], type: T): Extract<ResultRecord, { type: T }> {
  const found = only(records, type);
  if (found.length !== 1) throw new ProtocolError(found.length ? `${found.length} "${type}" records, expected one` : `output truncated: no "${type}" record`);
  return found[0]!;
}

/** The run's result records, each checked against the declarations: a declared name, once, the iterations the
 * target runs (or the first alone, when its probes let the harness derive them), a count, and the declared
 * checksum (a benchmark that declares none carries none). */
export function measurements(spec: BenchmarkSpec, records: ResultRecord[], iterations: number | undefined): Measurement[] {
  const found = only(records, 'result');
  if (!found.length) throw new ProtocolError('output truncated: no "result" record');
  const seen = new Set<string>();
  for (const r of found) {
    const what = `${spec.id} result "${r.name}"`;
    if (!spec.results[r.name]) throw new ProtocolError(`${what} is not one of the results its benchmark.yml declares (${Object.keys(spec.results).join(', ')})`);
    if (seen.has(r.name)) throw new ProtocolError(`${what} written twice`);
    seen.add(r.name);
    if (r.iterations <= 0 || r.count <= 0) throw new ProtocolError(`${what}: ${r.iterations} iterations counted ${r.count}`);
    if (iterations !== undefined && r.iterations !== iterations && !(r.iterations === 1 && r.probe3 !== undefined))
      throw new ProtocolError(`${what}: ran ${r.iterations} iterations, its benchmark.yml says ${iterations} (an image built from another benchmark.yml?)`);
    if (spec.checksum === undefined && r.checksum !== undefined)
      throw new ProtocolError(`${what} carries checksum ${r.checksum}, but its benchmark.yml declares none`);
    if (spec.checksum !== undefined && r.checksum !== spec.checksum)
      throw new ProtocolError(r.checksum === undefined ? `${what} carries no checksum; its benchmark.yml declares ${spec.checksum}`
        : `${spec.id} checksum ${r.checksum} differs from the expected ${spec.checksum}: wrong result`);
  }
  return found;
}

/** A measurement with steady-state probes, in parts: one iteration at the steady state (the probes' differences:
 * the call's own cost cancels), the first iteration (lazy compilation, relocation: the measured call less the
 * steady iterations after its first), and the count of `over` iterations in one call, measured or derived. */
export interface Parts {
  first: number;
  steady: number;
  total: number;
}

export function partsOf(spec: BenchmarkSpec, m: Measurement, over: number): Parts | undefined {
  if (m.probe1 === undefined || m.probe2 === undefined || m.probe3 === undefined) return undefined;
  const [d1, d2] = [m.probe2 - m.probe1, m.probe3 - m.probe2];
  const steady = (m.probe3 - m.probe1) / 2;
  if (m.iterations === over) return { first: m.count - (over - 1) * steady, steady, total: m.count };
  // Derived: exact only if every iteration after the first costs the same, which the probes show.
  if (d1 !== d2)
    throw new ProtocolError(`${spec.id} result "${m.name}": iterations after the first differ (run(2) - run(1) = ${d1}, run(3) - run(2) = ${d2}): `
      + `its average over ${over} iterations cannot be derived from the first; measure them (run: { study_iterations: true }) or probe only (steady: { emulated: probe })`);
  return { first: m.count - (m.iterations - 1) * d1, steady: d1, total: m.count + (over - m.iterations) * d1 };
}

/** The declared metrics on `counter` of one measurement: per iteration, or iterations per `rate` of the counter,
 * over `over` iterations (the target's, benchmark.yml); with probes, the first and the steady iteration too. */
export function speedOf(spec: BenchmarkSpec, m: Measurement, counter: string, coreHz: number, over = m.iterations): Metrics {
  const out: Metrics = {};
  const prefix = spec.results[m.name]!.prefix;
  const parts = partsOf(spec, m, over);
  const [count, iterations] = parts ? [parts.total, over] : [m.count, m.iterations];
  for (const [name, d] of Object.entries(spec.metrics)) {
    if (d.counter !== counter) continue;
    const rate = d.rate === 'core_hz' ? coreHz : d.rate;
    const value = rate === undefined ? count / iterations : (iterations * rate) / count;
    out[`${prefix}${name}`] = { value: round(value, d.digits), unit: d.unit };
    if (parts && rate === undefined) {
      out[partName('first', prefix, name)] = { value: round(parts.first, d.digits), unit: d.unit };
      out[partName('steady', prefix, name)] = { value: round(parts.steady, d.digits), unit: d.unit };
    }
  }
  return out;
}

/** The counter's unit word: the load's count is of one call, not per iteration. */
const COUNTED = { instructions: 'insn', cycles: 'cycles' } as const;

function speedMetrics(hello: Hello, records: ResultRecord[], spec: BenchmarkSpec, iterations: number | undefined): Metrics {
  const unit = hello.counter;
  if (unit !== 'instructions' && unit !== 'cycles') throw new ProtocolError(`unknown counter "${String(unit)}"`);
  const load = only(records, 'load');
  if (load.length > 1) throw new ProtocolError(`${load.length} "load" records, expected one`);
  return Object.assign(
    load.length ? { [`load_${unit}`]: { value: load[0]!.count, unit: COUNTED[unit] } } : {},
    ...measurements(spec, records, iterations).map((m) => speedOf(spec, m, unit, hello.core_hz, iterations)),
  );
}

/** The board's flash and RAM (its board.yml), which a footprint is a share of. */
export interface Board {
  flashBytes: number;
  ramBytes: number;
}

export function metricsFor(variant: Variant, spec: BenchmarkSpec, board: Board, records: ResultRecord[], fp: Footprint): Metrics {
  const hello = one(records, 'hello');
  const err = only(records, 'error')[0];
  if (err) throw new ProtocolError(`firmware reported: ${err.message}`);
  // A QEMU stand-in for a board runs the emulated build: its hello says so, and it counts instructions.
  const expected = { ...variant, target: variant.image ?? variant.target };
  for (const k of ['board', 'stack', 'runtime', 'benchmark', 'target'] as const)
    if (hello[k] !== expected[k]) throw new ProtocolError(`image says ${k} "${hello[k]}", expected "${expected[k]}"`);
  const done = one(records, 'done');
  if (done.status !== 0) throw new ProtocolError(`firmware finished with status ${done.status}`);
  const mem: MemoryRecord = one(records, 'memory');
  const pct = (v: number, cap: number) => round((100 * v) / cap);
  const bytes = (value: number) => ({ value, unit: 'B' });
  const dynamic = mem.stack_bytes + mem.heap_bytes + (mem.task_stack_bytes ?? 0) + (mem.heap_used ?? 0);
  // Static arrays that are really heap or stack: the C library's heap when it is one (Zephyr with a fixed libc
  // malloc arena), an RTOS's heap pool and task stack (when static), a runtime's memory pool (WAMR). They are in
  // static RAM; the part a run used is a metric of its own too.
  const reserved = (mem.heap_reserved ?? 0) + (mem.static_heap ? (mem.heap_size ?? 0) + (mem.task_stack_size ?? 0) : 0) + (mem.pool_size ?? 0);
  return {
    ...speedMetrics(hello, records, spec, spec.iterations[expected.target]),
    flash_bytes: { value: fp.flash, unit: 'B', capacity: board.flashBytes, percent: pct(fp.flash, board.flashBytes) },
    static_ram_bytes: { value: fp.staticRam, unit: 'B', capacity: board.ramBytes, percent: pct(fp.staticRam, board.ramBytes) },
    dynamic_ram_bytes: { value: dynamic, unit: 'B', capacity: board.ramBytes, percent: pct(dynamic, board.ramBytes) },
    stack_bytes: bytes(mem.stack_bytes),
    heap_bytes: bytes(mem.heap_bytes),
    ...(mem.task_stack_bytes !== undefined ? { task_stack_bytes: bytes(mem.task_stack_bytes) } : {}),
    ...(mem.heap_used !== undefined ? { rtos_heap_bytes: bytes(mem.heap_used) } : {}),
    ...(reserved ? { static_reserved_bytes: bytes(reserved) } : {}),
    ...(mem.pool_size !== undefined && mem.pool_used !== undefined
      ? { pool_bytes: { value: mem.pool_used, unit: 'B', capacity: mem.pool_size, percent: pct(mem.pool_used, mem.pool_size) } } : {}),
  };
}
