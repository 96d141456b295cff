// Every stack counts the C library's heap the same way: wasm3 allocates its runtime, code pages and linear memory
// through malloc/calloc, so its FFT's heap high-water must be about the same bare-metal and under FreeRTOS (newlib's
// _sbrk heap) and under Zephyr (its common libc malloc arena, a sys_heap), and be part of dynamic RAM everywhere.
// Real firmware, real QEMU; needs every source of the three stacks and wasm3, skipped with the reason without them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config, makeProject, sourcesMissing } from './helpers/project.js';
import type { Results } from '../src/types.js';

const skip = await sourcesMissing('wasm3', 'freertos_kernel', 'zephyr', 'hal_stm32', 'cmsis');
if (skip) console.log(`# skipping the C library heap test across stacks: ${skip}`);

test('wasm3\'s malloc heap shows the same under bare metal, FreeRTOS and Zephyr', { skip }, () => {
  const p = makeProject(config([
    'boards: [nucleo_f446re]', 'stacks: [bare-metal, freertos, zephyr]', 'runtimes: [wasm3]', 'benchmarks: [fft]', 'run: { timeout: 120 }',
  ]));
  const r = p.cli('check', '--out', 'out', '--allow-incomplete');  // no baselines here: measured, not compared
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const variants = (JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results).variants;
  assert.equal(variants.length, 3);
  for (const v of variants) assert.equal(v.status, 'ok', `${v.id}: ${v.reason}`);
  const by = Object.fromEntries(variants.map((v) => [v.stack, v.metrics]));
  const bare = by['bare-metal']!.heap_bytes!.value;
  assert.ok(bare > 16_384, `bare metal: wasm3 allocates about 24 KB, heap ${bare} B`);
  for (const stack of ['freertos', 'zephyr']) {
    const m = by[stack]!;
    const heap = m.heap_bytes!.value;
    console.log(`# wasm3 fft heap high-water: ${stack} ${heap} B, bare metal ${bare} B`);
    // Allocators differ in chunk headers and rounding, not in what was asked of them.
    assert.ok(Math.abs(heap - bare) <= bare * 0.05, `${stack}: heap ${heap} B, bare metal ${bare} B`);
    const parts = ['stack_bytes', 'heap_bytes', 'task_stack_bytes', 'rtos_heap_bytes'].reduce((s, k) => s + (m[k]?.value ?? 0), 0);
    assert.equal(m.dynamic_ram_bytes!.value, parts, `${stack}: dynamic RAM is the sum of its parts, the heap among them`);
  }
  // Zephyr's default arena is the RAM after the image, as the bare-metal heap is: not a static array, so it is
  // neither in static RAM nor marked as reserved there.
  assert.equal(by.zephyr!.static_reserved_bytes, undefined);
});
