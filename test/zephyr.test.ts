// The Zephyr stack: real Zephyr 4.1 (local checkouts of the pinned zephyr, hal_stm32 and cmsis), real firmware,
// real QEMU, through the CLI as a user runs it. One Zephyr build (fft on the F446RE's MPS2 stand-in) beside the
// bare-metal one. Needs zephyr (an override, or imported into the cache: it is never downloaded), hal_stm32 and cmsis (override or cache);
// skipped with the reason without them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config, makeProject, sourcesMissing } from './helpers/project.js';
import type { Results, VariantResult } from '../src/types.js';

const skip = await sourcesMissing('zephyr', 'hal_stm32', 'cmsis');
if (skip) console.log(`# skipping Zephyr integration test: ${skip}`);

const ZEPHYR = 'nucleo_f446re/zephyr/native/fft@emulated';
const BARE = 'nucleo_f446re/bare-metal/native/fft@emulated';

test('Zephyr runs the native FFT on the emulated F446RE (MPS2 AN386 stand-in), as fast as bare metal', { skip }, async (t) => {
  const p = makeProject(config([
    'boards: [nucleo_f446re]', 'stacks: [bare-metal, zephyr]', 'runtimes: [native]', 'benchmarks: [fft]', 'run: { timeout: 120 }',
  ]));
  const r = p.cli('check', '--out', 'out');
  assert.equal(r.status, 3, r.stdout + r.stderr); // no baselines yet: incomplete
  const out = join(p.dir, 'out');
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  const byId: Record<string, VariantResult> = Object.fromEntries(results.variants.map((v) => [v.id, v]));
  for (const v of results.variants) assert.equal(v.status, 'ok', `${v.id}: ${v.reason}`); // the FFT checksum is checked there
  const log = readFileSync(join(out, byId[ZEPHYR]!.log!), 'utf8');

  await t.test('the image is Zephyr\'s ELF on the MPS2 machine, and it says the tool\'s board', () => {
    assert.match(log, /^# command: qemu-system-arm -M mps2-an386 .* -kernel \S+\/zephyr\/zephyr\.elf$/m);
    assert.match(log, /"type":"hello".*"board":"nucleo_f446re".*"stack":"zephyr"/);
  });

  await t.test('the benchmark thread\'s stack and the interrupt stack are measured', () => {
    const mem = JSON.parse(log.match(/^@wmb (\{"type":"memory".*\})$/m)![1]!) as Record<string, number>;
    assert.equal(mem.task_stack_size, 16384);
    assert.ok(mem.task_stack_bytes! > 64 && mem.task_stack_bytes! < 4096, `task stack ${mem.task_stack_bytes}`);
    assert.ok(mem.stack_bytes! > 0 && mem.stack_bytes! < mem.stack_size!, `interrupt stack ${mem.stack_bytes}/${mem.stack_size}`);
    assert.equal(mem.heap_bytes, 0, 'native code allocates nothing');
  });

  await t.test('the tickless kernel costs nothing measurable against bare metal', () => {
    const z = byId[ZEPHYR]!.metrics.instructions!;
    const b = byId[BARE]!.metrics.instructions!;
    console.log(`# nucleo_f446re fft: Zephyr ${z.value} / bare metal ${b.value} ${b.unit} = ${(z.value / b.value).toFixed(6)}`);
    // Zephyr's stand-in counts in 40-instruction ticks (MPS2 FPGAIO counter at 25 MHz under -icount shift=0).
    assert.ok(Math.abs(z.value - b.value) <= 1, `Zephyr ${z.value}, bare metal ${b.value}`);
  });

  await t.test('the Zephyr sources are recorded in the provenance with where they came from', () => {
    // Zephyr is never downloaded: an override, or a tree imported into the cache, unverified under its own tree hash.
    const zephyr = results.provenance.sources?.zephyr;
    assert.match(zephyr?.origin ?? '', /^(override|cache)$/);
    assert.equal(zephyr?.verification, 'unverified');
    assert.match(zephyr?.tree ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /\| `zephyr` \| Zephyr v4\.1\.0 `v4\.1\.0` \| (cache|override `WASM_MCU_BENCH_SOURCE_ZEPHYR`) \| ⚠️ unverified \(no tree hash is pinned\): `sha256:[0-9a-f]{12}…` \|/);
    for (const name of ['hal_stm32', 'cmsis']) assert.match(results.provenance.sources?.[name]?.origin ?? '', /^(override|cache)$/, name);
  });
});

const aotSkip = skip || (await sourcesMissing('wamr'));
test('WAMR AOT runs under Zephyr: its code executes from RAM, with the stack sentinel instead of the MPU guard', { skip: aotSkip }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [zephyr]', 'runtimes: [wamr-aot]', 'benchmarks: [fft]', 'run: { timeout: 120 }']));
  const r = p.cli('check', '--out', 'out');
  assert.equal(r.status, 3, r.stdout + r.stderr); // no baselines yet: incomplete
  const v = (JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results).variants[0]!;
  assert.equal(v.status, 'ok', v.reason);
  assert.ok(v.metrics.instructions!.value < 2 * 201_682, `AOT ${v.metrics.instructions!.value} insn/FFT`);
  assert.ok(v.metrics.pool_bytes!.value > 0);
});
