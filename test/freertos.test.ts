// The FreeRTOS stack: real kernel (the pinned FreeRTOS-Kernel, from a local checkout), real firmware, real QEMU,
// through the CLI as a user runs it. Needs WASM_MCU_BENCH_SOURCE_FREERTOS_KERNEL; skipped with the reason without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDirOf, config, firmwareWith, makeProject, sourcesMissing } from './helpers/project.js';
import type { Results, VariantResult } from '../src/types.js';

const skip = await sourcesMissing('freertos_kernel');
if (skip) console.log(`# skipping FreeRTOS integration tests: ${skip}`);

const BOARDS = ['nucleo_f446re', 'nucleo_f746zg'];
const byId = (dir: string): Record<string, VariantResult> =>
  Object.fromEntries((JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8')) as Results).variants.map((v) => [v.id, v]));

test('FreeRTOS runs the native toggle and FFT on both emulated boards, close to bare metal', { skip }, async (t) => {
  const p = makeProject(config([
    `boards: [${BOARDS.join(', ')}]`, 'stacks: [bare-metal, freertos]', 'runtimes: [native]', 'benchmarks: [toggle, fft]', 'run: { timeout: 60 }',
  ]));
  const first = p.cli('check', '--out', 'out');
  assert.equal(first.status, 3, first.stdout + first.stderr); // no baselines yet: incomplete
  const r = byId(p.dir);
  const rtos = Object.values(r).filter((v) => v.stack === 'freertos');
  assert.equal(rtos.length, 4);
  for (const v of Object.values(r)) assert.equal(v.status, 'ok', `${v.id}: ${v.reason}`); // FFT checksums are checked there

  await t.test('the task stack, the RTOS heap and the static-heap mark are measured', () => {
    for (const v of rtos) {
      const m = v.metrics;
      assert.ok(m.task_stack_bytes!.value > 64 && m.task_stack_bytes!.value < 4096, `${v.id} task stack ${m.task_stack_bytes!.value}`);
      assert.equal(m.rtos_heap_bytes?.value, 0, `${v.id}: nothing allocates from the FreeRTOS heap with native code`);
      assert.equal(m.dynamic_ram_bytes!.value, m.stack_bytes!.value + m.heap_bytes!.value + m.task_stack_bytes!.value + m.rtos_heap_bytes!.value);
      assert.equal(m.static_reserved_bytes?.value, 4096 * 4, `${v.id}: the default task stack; no heap pool is linked when nothing allocates`);
      assert.ok(m.static_ram_bytes!.value > m.static_reserved_bytes!.value);
    }
    assert.match(readFileSync(join(p.dir, 'out', 'report.md'), 'utf8'), /^\\\* Static RAM includes memory reserved as static arrays/m);
  });

  await t.test('the scheduler costs little against bare metal', () => {
    for (const board of BOARDS)
      for (const [bench, metric] of [['fft', 'instructions'], ['toggle', 'instructions'], ['toggle', 'call_instructions']] as const) {
        const rt = r[`${board}/freertos/native/${bench}@emulated`]!.metrics[metric]!;
        const bm = r[`${board}/bare-metal/native/${bench}@emulated`]!.metrics[metric]!;
        const ratio = rt.value / bm.value;
        console.log(`# ${board} ${bench} ${metric}: FreeRTOS ${rt.value} / bare metal ${bm.value} ${bm.unit} = ${ratio.toFixed(5)}`);
        assert.ok(ratio > 0.999 && ratio < 1.01, `${board} ${bench} ${metric} ratio ${ratio}`);
      }
  });

  await t.test('a second run gives identical counts', () => {
    const again = p.cli('check', '--out', 'out', '--rerun');
    assert.equal(again.status, 3, again.stdout + again.stderr);
    const r2 = byId(p.dir);
    for (const v of rtos) assert.deepEqual(r2[v.id]!.metrics, v.metrics, v.id);
  });
});

test('a task stack overflow and a fault in the task end the run with their reason', { skip }, () => {
  // toggle_inline executes an undefined instruction; the FFT keeps its code but gets a 32-word task stack
  // through a config define.
  const p = makeProject(config([
    `boards: [${BOARDS.join(', ')}]`, 'stacks: [freertos]', 'runtimes: [native]', 'benchmarks: [toggle, fft]', 'run: { timeout: 60 }',
    'overrides:', '  - match: "*/freertos/native/fft@emulated"', '    defines: { WMB_TASK_STACK_WORDS: 32 }',
  ]));
  const fw = firmwareWith(p, 'benchmarks/toggle/toggle.c', 'toggle_inline', '__builtin_trap();');

  const c = p.cli('check', '--out', 'out', '--firmware', fw);
  assert.equal(c.status, 1, c.stdout + c.stderr);
  const r = byId(p.dir);
  for (const board of BOARDS) {
    const overflow = r[`${board}/freertos/native/fft@emulated`]!;
    assert.equal(overflow.status, 'failed');
    assert.match(overflow.reason!, /stack overflow in task bench/);

    // UNDEFINSTR escalated to HardFault (FORCED); the PC stacked on the task's stack is toggle_inline's.
    const fault = r[`${board}/freertos/native/toggle@emulated`]!;
    assert.equal(fault.status, 'failed');
    const m = fault.reason!.match(/HardFault CFSR=00010000 HFSR=40000000 MMFAR=[0-9a-f]{8} BFAR=[0-9a-f]{8} PC=([0-9a-f]{8}) LR=[0-9a-f]{8}/);
    assert.ok(m, fault.reason);
    const elf = join(buildDirOf(join(p.dir, 'out'), `${board}/freertos/native/toggle@emulated`), 'firmware.elf');
    const sym = execFileSync('arm-none-eabi-nm', ['-S', elf], { encoding: 'utf8' }).match(/^([0-9a-f]{8}) ([0-9a-f]{8}) T toggle_inline$/m);
    assert.ok(sym, 'toggle_inline in the image');
    const [start, size, pc] = [parseInt(sym[1]!, 16), parseInt(sym[2]!, 16), parseInt(m[1]!, 16)];
    assert.ok(pc >= start && pc < start + size, `PC ${m[1]} inside toggle_inline`);
    assert.match(readFileSync(join(p.dir, 'out', fault.log!), 'utf8'), /"type":"error".*HardFault CFSR=/, 'in the raw output');
  }
});

const wamrSkip = skip || (await sourcesMissing('wamr'));
test('a Wasm interpreter under FreeRTOS checks its native stack against the task stack, not the main one', { skip: wamrSkip }, () => {
  // WAMR asks the platform for the running thread's stack bottom; on the main stack's it saw an overflow.
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [freertos]', 'runtimes: [wamr-classic]', 'benchmarks: [fft]', 'run: { timeout: 120 }']));
  const c = p.cli('check', '--out', 'out');
  assert.equal(c.status, 3, c.stdout + c.stderr); // no baselines yet: incomplete
  const v = byId(p.dir)['nucleo_f446re/freertos/wamr-classic/fft@emulated']!;
  assert.equal(v.status, 'ok', v.reason);
  assert.ok(v.metrics.task_stack_bytes!.value > 0 && v.metrics.pool_bytes!.value > 0);
});
