import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRecords, ProtocolError } from '../src/measure/protocol.js';
import { metricsFor } from '../src/measure/metrics.js';
import { CATALOGUE } from './helpers/catalogue.js';

// The shipped benchmarks' declarations (firmware/benchmarks/*/benchmark.yml) drive the metrics.
const FFT_CHECKSUM = CATALOGUE.benchmarks.fft!.checksum!;
import type { Variant } from '../src/types.js';

const ID = 'ab'.repeat(20);
const line = (o: object) => `@wmb ${JSON.stringify({ ...o, build_id: (o as { build_id?: string }).build_id ?? ID })}`;
const hello = (over: object = {}) => line({ type: 'hello', board: 'nucleo_f446re', target: 'emulated', stack: 'bare-metal', runtime: 'native', benchmark: 'fft', counter: 'instructions', core_hz: 180000000, ...over });
const mem = line({ type: 'memory', stack_bytes: 600, stack_size: 16384, heap_bytes: 0 });
const done = line({ type: 'done', status: 0 });
const fft = (over: object = {}) => line({ type: 'result', name: 'fft', iterations: 100, count: 25_000_000, checksum: FFT_CHECKSUM, ...over });
const variant = (benchmark: string, target: 'emulated' | 'hardware' = 'emulated'): Variant =>
  ({ id: `nucleo_f446re/bare-metal/native/${benchmark}@${target}`, board: 'nucleo_f446re', stack: 'bare-metal', runtime: 'native', benchmark, target, cflags: [], defines: {} });
const fp = { text: 3000, rodata: 900, data: 100, bss: 16484, flash: 4000, staticRam: 16584 };
const measure = (lines: string[], v = variant('fft')) => metricsFor(v, CATALOGUE.benchmarks[v.benchmark]!, { flashBytes: 512 * 1024, ramBytes: 128 * 1024 }, parseRecords(lines.join('\n'), ID), fp);

test('an FFT run gives instructions per FFT, footprint with % of capacity and dynamic RAM', () => {
  const m = measure(['boot noise', hello(), fft(), mem, done]);
  assert.deepEqual(m.instructions, { value: 250000, unit: 'insn/FFT' });
  assert.deepEqual(m.flash_bytes, { value: 4000, unit: 'B', capacity: 524288, percent: 0.76 });
  assert.deepEqual(m.static_ram_bytes, { value: 16584, unit: 'B', capacity: 131072, percent: 12.65 });
  assert.equal(m.dynamic_ram_bytes!.value, 600);
  assert.ok(!('cycles' in m));
});

test('toggle runs give per-toggle counts and rates, inline and through gpio_toggle()', () => {
  const t = (mode: string, count: number) => line({ type: 'result', name: mode, iterations: 1_000_000, count });
  const m = measure([hello({ benchmark: 'toggle' }), t('inline', 2_500_000), t('call', 9_000_000), mem, done], variant('toggle'));
  assert.deepEqual(m.instructions, { value: 2.5, unit: 'insn/toggle' });
  assert.deepEqual(m.toggles_per_minsn, { value: 400000, unit: 'toggles/Minsn' });
  assert.deepEqual(m.call_instructions, { value: 9, unit: 'insn/toggle' });
  assert.deepEqual(m.call_toggles_per_minsn, { value: 111111.11, unit: 'toggles/Minsn' });
});

test('on hardware, cycles and Hz at the core clock', () => {
  const t = line({ type: 'result', name: 'inline', iterations: 1_000_000, count: 5_000_000 });
  const m = measure([hello({ benchmark: 'toggle', target: 'hardware', counter: 'cycles' }), t, mem, done], variant('toggle', 'hardware'));
  assert.deepEqual(m.cycles, { value: 5, unit: 'cycles/toggle' });
  assert.deepEqual(m.toggle_hz, { value: 36_000_000, unit: 'Hz' });
});

const fails = (lines: string[], re: RegExp) => assert.throws(() => measure(lines), (e: Error) => e instanceof ProtocolError && re.test(e.message));

test('a wrong FFT checksum fails the run', () => fails([hello(), fft({ checksum: 'deadbeef' }), mem, done], /checksum deadbeef differs from the expected/));
test('a stale build id fails the run', () => fails([hello({ build_id: 'cd'.repeat(20) }), fft(), mem, done], /serial line 1: build id cdcd.* is not the image's abab/));
test('garbage behind the prefix fails with its line', () => fails([hello(), '@wmb {"type":"fft", nonsense', done], /serial line 2: malformed result line/));
test('a record missing a field fails', () => fails([hello(), line({ type: 'result', name: 'fft', iterations: 100, checksum: 'x' }), mem, done], /result record: "count" should be a number/));
test('a result benchmark.yml does not declare fails', () => fails([hello(), fft({ name: 'fast' }), mem, done], /fft result "fast" is not one of the results its benchmark.yml declares \(fft\)/));
test('a result without the declared checksum fails', () => fails([hello(), line({ type: 'result', name: 'fft', iterations: 100, count: 5 }), mem, done], /carries no checksum; its benchmark.yml declares/));
test('a result run with other iterations than benchmark.yml says fails', () => fails([hello(), fft({ iterations: 7 }), mem, done], /ran 7 iterations, its benchmark.yml says 100/));
test('a checksum from a benchmark that declares none fails', () => assert.throws(
  () => measure([hello({ benchmark: 'toggle' }), line({ type: 'result', name: 'wasm', iterations: 1_000_000, count: 5, checksum: '00000000' }), mem, done], variant('toggle')),
  /carries checksum 00000000, but its benchmark.yml declares none/));
test('truncated output fails', () => fails([hello(), fft(), mem], /output truncated: no "done" record/));
test('no protocol at all fails', () => fails(['random bytes \x00\x01'], /no "hello" record/));
test('an image built for another variant fails', () => fails([hello({ board: 'nucleo_f746zg' }), fft(), mem, done], /image says board "nucleo_f746zg"/));
test('a firmware error is reported with its message', () => fails([hello(), line({ type: 'error', message: 'out of heap' }), done], /firmware reported: out of heap/));
test('a nonzero done status fails', () => fails([hello(), fft(), mem, line({ type: 'done', status: 3 })], /finished with status 3/));

const rtosMem = (over: object = {}) => line({ type: 'memory', stack_bytes: 180, stack_size: 16384, heap_bytes: 0, task_stack_bytes: 304, task_stack_size: 16384, heap_used: 64, heap_size: 4096, static_heap: true, ...over });

test('under an RTOS, dynamic RAM adds the task stack and the RTOS heap, each also a metric of its own', () => {
  const m = measure([hello(), fft(), rtosMem(), done]);
  assert.deepEqual(m.dynamic_ram_bytes, { value: 180 + 304 + 64, unit: 'B', capacity: 131072, percent: 0.42 });
  assert.deepEqual(m.stack_bytes, { value: 180, unit: 'B' });
  assert.deepEqual(m.task_stack_bytes, { value: 304, unit: 'B' });
  assert.deepEqual(m.rtos_heap_bytes, { value: 64, unit: 'B' });
});

test('a static RTOS heap and task stack (the * case) are reported as reserved inside static RAM', () => {
  assert.deepEqual(measure([hello(), fft(), rtosMem(), done]).static_reserved_bytes, { value: 4096 + 16384, unit: 'B' });
  assert.ok(!('static_reserved_bytes' in measure([hello(), fft(), rtosMem({ static_heap: false }), done])));
});

test('a C library heap that is a static array (Zephyr\'s fixed libc malloc arena) is reserved inside static RAM, its high-water dynamic', () => {
  const arena = line({ type: 'memory', stack_bytes: 112, stack_size: 2048, heap_bytes: 24_000, heap_reserved: 32_768, task_stack_bytes: 2600, task_stack_size: 16384 });
  const m = measure([hello(), fft(), arena, done]);
  assert.deepEqual(m.static_reserved_bytes, { value: 32_768, unit: 'B' });
  assert.equal(m.dynamic_ram_bytes!.value, 112 + 24_000 + 2600);
  assert.deepEqual(m.heap_bytes, { value: 24_000, unit: 'B' });
  fails([hello(), fft(), line({ type: 'memory', stack_bytes: 1, stack_size: 2, heap_bytes: 0, heap_reserved: '32K' }), done], /memory record: "heap_reserved" should be a number/);
});

test('bare metal has no RTOS metrics', () => {
  const m = measure([hello(), fft(), mem, done]);
  for (const k of ['task_stack_bytes', 'rtos_heap_bytes', 'static_reserved_bytes']) assert.ok(!(k in m), k);
});

test('optional memory fields are checked when present', () => {
  fails([hello(), fft(), rtosMem({ task_stack_bytes: '304' }), done], /memory record: "task_stack_bytes" should be a number/);
  fails([hello(), fft(), rtosMem({ static_heap: 1 }), done], /memory record: "static_heap" should be a boolean/);
});

test('a Wasm toggle run (one mode, "wasm") gives the unprefixed per-toggle metrics', () => {
  const t = line({ type: 'result', name: 'wasm', iterations: 1_000_000, count: 105_000_141 });
  const m = measure([hello({ benchmark: 'toggle' }), t, mem, done], variant('toggle'));
  assert.deepEqual(m.instructions, { value: 105, unit: 'insn/toggle' });
  assert.deepEqual(m.toggles_per_minsn, { value: 9523.8, unit: 'toggles/Minsn' });
  assert.ok(!('call_instructions' in m));
});

test('a runtime pool in the memory line becomes pool_bytes: high-water against the pool size', () => {
  const pooled = line({ type: 'memory', stack_bytes: 1140, stack_size: 16384, heap_bytes: 0, pool_size: 24576, pool_used: 21808 });
  const m = measure([hello(), fft(), pooled, done]);
  assert.deepEqual(m.pool_bytes, { value: 21808, unit: 'B', capacity: 24576, percent: 88.74 });
  assert.equal(m.dynamic_ram_bytes!.value, 1140, 'the pool is static RAM, not dynamic');
  assert.ok(!('pool_bytes' in measure([hello(), fft(), mem, done])), 'no pool, no metric');
});

test('a pool field that is not a number fails', () =>
  fails([hello(), fft(), line({ type: 'memory', stack_bytes: 1, stack_size: 2, heap_bytes: 0, pool_size: '24K', pool_used: 1 }), done], /memory record: "pool_size" should be a number/));

// Issue 11, point 4: the first iteration, the steady state and the load as metrics of their own; under emulation the
// study's average over 100 FFTs derived from a run of the first FFT alone and three probes.
test('probes give first and steady metrics; a 1-iteration run derives the average over benchmark.yml\'s 100 exactly', () => {
  // run(1) on the fresh instance = 1,000 (call) + 170,000 (first FFT); probes: 500 (call) + n x 169,900.
  const probes = { probe1: 500 + 169_900, probe2: 500 + 2 * 169_900, probe3: 500 + 3 * 169_900 };
  const m = measure([hello(), line({ type: 'load', count: 9 }), fft({ iterations: 1, count: 171_000, ...probes }), mem, done]);
  assert.deepEqual(m.first_instructions, { value: 171_000, unit: 'insn/FFT' });
  assert.deepEqual(m.steady_instructions, { value: 169_900, unit: 'insn/FFT' });
  assert.deepEqual(m.instructions, { value: (171_000 + 99 * 169_900) / 100, unit: 'insn/FFT' });
  assert.deepEqual(m.load_instructions, { value: 9, unit: 'insn' });
  // The same image measured over 100 iterations in its measured call gives the same three numbers.
  const full = measure([hello(), fft({ iterations: 100, count: 171_000 + 99 * 169_900, ...probes }), mem, done]);
  for (const k of ['instructions', 'first_instructions', 'steady_instructions']) assert.deepEqual(full[k], m[k], k);
});

test('a derived average needs identical iterations after the first: probes that differ fail the run, naming both differences', () =>
  fails([hello(), fft({ iterations: 1, count: 171_000, probe1: 170_400, probe2: 340_300, probe3: 510_201 }), mem, done],
    /iterations after the first differ \(run\(2\) - run\(1\) = 169900, run\(3\) - run\(2\) = 169901\): its average over 100 iterations cannot be derived/));

test('a 1-iteration run without probes is not a derived run: it ran other iterations than benchmark.yml says', () =>
  fails([hello(), fft({ iterations: 1, count: 171_000 }), mem, done], /ran 1 iterations, its benchmark.yml says 100/));

test('on hardware the probes give first and steady cycles from the study\'s 100 (not exact: the mean of the two differences)', () => {
  const m = measure([hello({ target: 'hardware', counter: 'cycles' }), line({ type: 'load', count: 40 }),
    fft({ iterations: 100, count: 20_000_000, probe1: 200_100, probe2: 400_090, probe3: 600_110 }), mem, done], variant('fft', 'hardware'));
  assert.deepEqual(m.steady_cycles, { value: 200_005, unit: 'cycles/FFT' });
  assert.deepEqual(m.first_cycles, { value: 20_000_000 - 99 * 200_005, unit: 'cycles/FFT' });
  assert.deepEqual(m.cycles, { value: 200_000, unit: 'cycles/FFT' });
  assert.deepEqual(m.load_cycles, { value: 40, unit: 'cycles' });
});

test('the report shows the load, the first FFT and the steady state beside the headline, the study\'s average', async () => {
  const { partsSection } = await import('../src/report/parts.js');
  const probes = { probe1: 500 + 169_900, probe2: 500 + 2 * 169_900, probe3: 500 + 3 * 169_900 };
  const metrics = measure([hello(), line({ type: 'load', count: 404 }), fft({ iterations: 1, count: 171_000, ...probes }), mem, done]);
  const v = { ...variant('fft'), status: 'ok', metrics };
  const text = partsSection({ variants: [v] } as unknown as Parameters<typeof partsSection>[0], CATALOGUE);
  assert.match(text, /\| `nucleo_f446re\/bare-metal\/native\/fft@emulated` \| 404 insn \| 171,000 insn\/FFT \| 169,900 insn\/FFT \| 169,911 insn\/FFT \|/);
  assert.equal(partsSection({ variants: [{ ...v, metrics: { instructions: metrics.instructions } }] } as unknown as Parameters<typeof partsSection>[0], CATALOGUE), '');
});
