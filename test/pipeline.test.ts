// Integration: real firmware built with Debian's arm-none-eabi-gcc, run in Debian's qemu-system-arm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDirOf, config, firmwareWith, makeProject } from './helpers/project.js';
import type { Results } from '../src/types.js';

const NATIVE_MATRIX = [
  'boards: [nucleo_f446re, nucleo_f746zg]',
  'stacks: [bare-metal]',
  // node runs on the host only: its emulated cells are in the matrix as not built. The Wasm runtimes and the
  // RTOSes need their pinned sources (test/runtimes.test.ts, freertos.test.ts and zephyr.test.ts run them).
  'runtimes: [native, node]',
  'benchmarks: [toggle, fft]',
  'run: { timeout: 60 }',
];

const results = (dir: string): Results => JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8'));
const byId = (r: Results) => Object.fromEntries(r.variants.map((v) => [v.id, v]));

test('the native matrix builds, runs in QEMU, is measured, baselined, and an unchanged tree passes', async (t) => {
  const p = makeProject(config(NATIVE_MATRIX));

  // First run: no baselines yet, so nothing is compared: incomplete (exit 3), never "all new: pass".
  const first = p.cli('check', '--out', 'out');
  assert.equal(first.status, 3, first.stderr + first.stdout);
  assert.match(first.stdout, /⚠️ No baselines yet: 4 variants measured, nothing compared/);
  const r1 = results(p.dir);
  const ok = r1.variants.filter((v) => v.status === 'ok').map((v) => v.id).sort();
  assert.deepEqual(ok, [
    'nucleo_f446re/bare-metal/native/fft@emulated', 'nucleo_f446re/bare-metal/native/toggle@emulated',
    'nucleo_f746zg/bare-metal/native/fft@emulated', 'nucleo_f746zg/bare-metal/native/toggle@emulated',
  ]);
  assert.deepEqual(r1.variants.filter((v) => v.status === 'not-built').map((v) => v.reason), Array(4).fill('runtime node runs on the host only'));
  assert.match(readFileSync(join(p.dir, 'out', 'report.md'), 'utf8'), /🆕 new 4/);

  await t.test('metrics are named and united as documented, emulated counts are instructions', () => {
    const f4 = byId(r1)['nucleo_f446re/bare-metal/native/fft@emulated']!;
    assert.equal(f4.metrics.instructions?.unit, 'insn/FFT');
    assert.ok(!('cycles' in f4.metrics));
    assert.ok(f4.metrics.instructions!.value > 50_000 && f4.metrics.instructions!.value < 2_000_000, String(f4.metrics.instructions!.value));
    assert.ok(f4.metrics.flash_bytes!.value > 1000 && f4.metrics.flash_bytes!.percent! < 10);
    assert.ok(f4.metrics.static_ram_bytes!.value > 8192, 'the FFT buffer (8 KiB) is static');
    assert.ok(f4.metrics.dynamic_ram_bytes!.value > 0);
    const t7 = byId(r1)['nucleo_f746zg/bare-metal/native/toggle@emulated']!;
    assert.ok(t7.metrics.instructions!.value >= 1 && t7.metrics.instructions!.value < 6, String(t7.metrics.instructions!.value));
    assert.ok(t7.metrics.call_instructions!.value > t7.metrics.instructions!.value);
    assert.ok(t7.metrics.toggles_per_minsn!.value > 100_000);
  });

  await t.test('a second run gives identical counts and rebuilds nothing', () => {
    const elf = join(buildDirOf(join(p.dir, 'out'), 'nucleo_f446re/bare-metal/native/fft@emulated'), 'firmware.elf');
    const before = statSync(elf).mtimeMs;
    // --rerun: measured again, not reused from the result store (test/reuse.test.ts tests reuse).
    const again = p.cli('check', '--out', 'out', '--rerun');
    assert.equal(again.status, 3, again.stderr);
    assert.equal(statSync(elf).mtimeMs, before, 'no rebuild');
    const r2 = results(p.dir);
    for (const v of r1.variants) assert.deepEqual(byId(r2)[v.id]!.metrics, v.metrics, v.id);
  });

  await t.test('update-baselines writes one file per target and board; the unchanged tree then passes', () => {
    const u = p.cli('update-baselines', '--out', 'out');
    assert.equal(u.status, 0, u.stderr);
    const b = JSON.parse(readFileSync(join(p.dir, 'baselines', 'emulated', 'nucleo_f446re.json'), 'utf8'));
    assert.equal(b.schemaVersion, 1);
    assert.deepEqual(Object.keys(b.variants).sort(), ['nucleo_f446re/bare-metal/native/fft@emulated', 'nucleo_f446re/bare-metal/native/toggle@emulated']);
    assert.match(b.provenance.toolchain['qemu-system-arm'], /QEMU emulator version/);
    p.git('add', '.');
    p.git('commit', '-qm', 'baselines');
    const c = p.cli('check', '--out', 'out');
    assert.equal(c.status, 0, c.stdout + c.stderr);
    assert.match(c.stdout, /No regressions \(compared 4 of 4 baselined variants: 4 unchanged\)/);
  });

  await t.test('deliberately added work (an -O0 override) is a regression and fails the check', () => {
    p.write('wasm-mcu-bench.yml', config([...NATIVE_MATRIX, 'overrides:', '  - match: "nucleo_f746zg/bare-metal/native/fft@emulated"', '    cflags: [-O0]']));
    const c = p.cli('check', '--out', 'out');
    assert.equal(c.status, 1, c.stdout + c.stderr);
    assert.match(c.stdout, /^🔴 regression nucleo_f746zg\/bare-metal\/native\/fft@emulated: instructions \+\d+/m);
    const report = readFileSync(join(p.dir, 'out', 'report.md'), 'utf8');
    assert.match(report, /^## wasm-mcu-bench: ❌ \*\*1 regression over threshold\*\* \(compared 4 of 4 baselined variants\)$/m);
    assert.match(report, /\| 🔴 \| `nucleo_f746zg\/bare-metal\/native\/fft@emulated` \| instructions \|/);
  });
});

test('a hanging firmware times out and is marked failed while the rest of the matrix reports', () => {
  // A copy of the firmware whose FFT never returns: a real hung image, not a simulated one.
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [toggle, fft]', 'run: { timeout: 5 }']));
  const fw = firmwareWith(p, 'benchmarks/fft/fft.c', 'fft_bench', 'for (;;) { __asm__ volatile(""); }');
  const c = p.cli('check', '--out', 'out', '--firmware', fw);
  assert.equal(c.status, 1, c.stderr);
  const r = byId(results(p.dir));
  assert.equal(r['nucleo_f446re/bare-metal/native/fft@emulated']!.status, 'failed');
  assert.match(r['nucleo_f446re/bare-metal/native/fft@emulated']!.reason!, /timed out after 5 s/);
  assert.equal(r['nucleo_f446re/bare-metal/native/toggle@emulated']!.status, 'ok');
  const raw = readFileSync(join(p.dir, 'out', r['nucleo_f446re/bare-metal/native/fft@emulated']!.log!), 'utf8');
  assert.match(raw, /killed after 5000 ms timeout/);
  assert.match(raw, /"type":"hello"/, 'raw serial output kept');
});
