// Turns a run's result records and the image's footprint into named metrics with units.
//   emulated: count is executed instructions;  toggles_per_minsn = toggles * 1e6 / count
//   hardware: count is core cycles (DWT CYCCNT); toggle_hz = toggles * core_hz / count
//   dynamic RAM = main stack high-water + C library heap high-water (+ an RTOS's task stack and heap high-water)
// Toggle modes: native "inline" and "wasm" are the unprefixed metrics (the benchmark's own loop), "call" is call_*.
import type { Metrics, Variant } from '../types.js';
import type { Footprint } from './footprint.js';
import { ProtocolError, type FftRecord, type Hello, type MemoryRecord, type ResultRecord, type ToggleRecord } from './protocol.js';

export const FFT_N = 1024;
/** FNV-1a over the bit patterns of the 2048 output floats; the same on every platform when no FMA contraction is made. */
export const FFT_CHECKSUM = '209e318e';

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function only<T extends ResultRecord['type']>(records: ResultRecord[], type: T): Extract<ResultRecord, { type: T }>[] {
  return records.filter((r): r is Extract<ResultRecord, { type: T }> => r.type === type);
}

function one<T extends ResultRecord['type']>(records: ResultRecord[], type: T): Extract<ResultRecord, { type: T }> {
  const found = only(records, type);
  if (found.length !== 1) throw new ProtocolError(found.length ? `${found.length} "${type}" records, expected one` : `output truncated: no "${type}" record`);
  return found[0]!;
}

function speedMetrics(hello: Hello, records: ResultRecord[], benchmark: string): Metrics {
  const unit = hello.counter;
  if (unit !== 'instructions' && unit !== 'cycles') throw new ProtocolError(`unknown counter "${String(unit)}"`);
  const short = unit === 'instructions' ? 'insn' : 'cycles';
  if (benchmark === 'fft') {
    const r: FftRecord = one(records, 'fft');
    if (r.n !== FFT_N) throw new ProtocolError(`FFT size ${r.n}, expected ${FFT_N}`);
    if (r.iterations <= 0 || r.count <= 0) throw new ProtocolError(`FFT: ${r.iterations} iterations counted ${r.count} ${unit}`);
    if (r.checksum !== FFT_CHECKSUM) throw new ProtocolError(`FFT checksum ${r.checksum} differs from the expected ${FFT_CHECKSUM}: wrong result`);
    return { [unit]: { value: round(r.count / r.iterations), unit: `${short}/FFT` } };
  }
  const out: Metrics = {};
  const toggles = only(records, 'toggle');
  if (toggles.length === 0) throw new ProtocolError('output truncated: no "toggle" record');
  for (const t of toggles as ToggleRecord[]) {
    if (t.toggles <= 0 || t.count <= 0) throw new ProtocolError(`toggle ${t.mode}: ${t.toggles} toggles counted ${t.count} ${unit}`);
    const prefix = t.mode === 'call' ? 'call_' : '';
    out[`${prefix}${unit}`] = { value: round(t.count / t.toggles, 3), unit: `${short}/toggle` };
    out[`${prefix}${unit === 'instructions' ? 'toggles_per_minsn' : 'toggle_hz'}`] = unit === 'instructions'
      ? { value: round((t.toggles * 1e6) / t.count), unit: 'toggles/Minsn' }
      : { value: Math.round((t.toggles * hello.core_hz) / t.count), unit: 'Hz' };
  }
  return out;
}

/** The board's flash and RAM (its board.yml), which a footprint is a share of. */
export interface Board {
  flashBytes: number;
  ramBytes: number;
}

export function metricsFor(variant: Variant, board: Board, records: ResultRecord[], fp: Footprint): Metrics {
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
    ...speedMetrics(hello, records, variant.benchmark),
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
