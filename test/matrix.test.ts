import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../src/config/config.js';
import { expandMatrix, matches, thresholdsFor } from '../src/config/matrix.js';

const can = { stacks: ['bare-metal', 'linux'], runtimes: ['native', 'native-scalar'], targets: ['emulated' as const, 'host' as const] };

test('the shipped config expands to the whole study matrix, implemented cells and the rest', () => {
  const c = parseConfig('wasm-mcu-bench.yml', readFileSync('wasm-mcu-bench.yml', 'utf8'));
  const m = expandMatrix(c, can);
  assert.equal(m.length, 2 * 3 * 5 * 2 + 9 * 2);
  const built = m.filter((v) => !v.notBuilt).map((v) => v.id).sort();
  assert.deepEqual(built, [
    'host/linux/native-scalar/fft@host', 'host/linux/native/fft@host',
    'nucleo_f446re/bare-metal/native/fft@emulated', 'nucleo_f446re/bare-metal/native/toggle@emulated',
    'nucleo_f746zg/bare-metal/native/fft@emulated', 'nucleo_f746zg/bare-metal/native/toggle@emulated',
  ]);
  assert.equal(m.find((v) => v.id === 'host/linux/native/toggle@host')?.notBuilt, 'the host has no GPIO to toggle');
  assert.equal(m.find((v) => v.id === 'host/linux/node/fft@host')?.notBuilt, 'runtime node not implemented yet');
  const mcuNode = expandMatrix({ ...c, runtimes: ['node'] }, { ...can, runtimes: ['node'] });
  assert.equal(mcuNode.find((v) => v.id === 'nucleo_f446re/bare-metal/node/fft@emulated')?.notBuilt, 'runtime node runs on the host only');
  const wasm3 = m.find((v) => v.id === 'nucleo_f446re/bare-metal/wasm3/fft@emulated');
  assert.equal(wasm3?.notBuilt, 'runtime wasm3 not implemented yet');
  assert.equal(m.find((v) => v.id === 'nucleo_f746zg/zephyr/native/toggle@emulated')?.notBuilt, 'stack zephyr not implemented yet');
});

test('a target without a run backend is not built, with the reason', () => {
  const c = parseConfig('c.yml', 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\ntargets: [emulated, hardware]\n');
  const m = expandMatrix(c, can);
  assert.deepEqual(m.map((v) => [v.id, v.notBuilt]), [
    ['nucleo_f446re/bare-metal/native/fft@emulated', undefined],
    ['nucleo_f446re/bare-metal/native/fft@hardware', 'no run backend for target hardware yet'],
  ]);
});

test('excludes drop cells by any combination of axes, lists or single values', () => {
  const c = parseConfig('c.yml', `boards: [nucleo_f446re, nucleo_f746zg]
stacks: [bare-metal]
runtimes: [native, wasm3]
benchmarks: [toggle, fft]
exclude:
  - { board: nucleo_f746zg, benchmark: toggle }
  - { runtime: [wasm3] }
`);
  assert.deepEqual(expandMatrix(c, can).map((v) => v.id), [
    'nucleo_f446re/bare-metal/native/toggle@emulated',
    'nucleo_f446re/bare-metal/native/fft@emulated',
    'nucleo_f746zg/bare-metal/native/fft@emulated',
  ]);
});

test('overrides add flags and definitions and tighten thresholds per variant', () => {
  const c = parseConfig('c.yml', `boards: [nucleo_f446re, nucleo_f746zg]
stacks: [bare-metal]
runtimes: [native]
benchmarks: [fft]
build: { cflags: [-Os], defines: { A: 1, B: true } }
thresholds: { instructions: { percent: 2 } }
overrides:
  - match: "nucleo_f746zg/*/*/fft@*"
    cflags: [-O3]
    defines: { A: two }
    thresholds: { instructions: { percent: 0.5 }, flash_bytes: { limit: 1000 } }
`);
  const [f4, f7] = expandMatrix(c, can);
  assert.deepEqual(f4!.cflags, ['-Os']);
  assert.deepEqual(f4!.defines, { A: '1', B: '1' });
  assert.deepEqual(f7!.cflags, ['-Os', '-O3']);
  assert.deepEqual(f7!.defines, { A: 'two', B: '1' });
  assert.deepEqual(thresholdsFor(c, f4!.id), { instructions: { percent: 2 } });
  assert.deepEqual(thresholdsFor(c, f7!.id), { instructions: { percent: 0.5 }, flash_bytes: { limit: 1000 } });
});

test('variant patterns: * stays within one part of the id', () => {
  assert.ok(matches('*/bare-metal/*/fft@emulated', 'nucleo_f446re/bare-metal/native/fft@emulated'));
  assert.ok(!matches('*/fft@emulated', 'nucleo_f446re/bare-metal/native/fft@emulated'));
  assert.ok(matches('nucleo_f?46*/*/*/*@*', 'nucleo_f746zg/zephyr/wasm3/toggle@hardware'));
  assert.ok(!matches('nucleo_f446re/*/*/fft@emulated', 'nucleo_f446re/bare-metal/native/toggle@emulated'));
});

test('where a baselined variant stands: in the matrix, excluded on purpose (with a reason) or by accident, or gone', async () => {
  const { absence, keepsBaseline, placeOf } = await import('../src/config/matrix.js');
  const c = parseConfig('c.yml', [
    'boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native, wasm3, wamr-fast]', 'benchmarks: [fft]', 'targets: [emulated, hardware]',
    'exclude:', '  - { runtime: wasm3, reason: "too slow for CI" }', '  - { runtime: wamr-fast }',
  ].join('\n'));
  const why = absence(c, ['emulated']);
  assert.deepEqual(why('nucleo_f446re/bare-metal/wasm3/fft@emulated'), { reason: 'excluded by the config: too slow for CI', expected: true });
  assert.deepEqual(why('nucleo_f446re/bare-metal/wamr-fast/fft@emulated'), { reason: 'excluded by the config without a reason (if on purpose, give the exclude entry a `reason`)', expected: false });
  assert.deepEqual(why('nucleo_f446re/bare-metal/native/fft@hardware'), { reason: 'target hardware is not in this run', expected: true });
  assert.deepEqual(why('nucleo_f446re/bare-metal/native/fft@emulated'), { reason: 'in the baseline but not in this run', expected: false });
  assert.deepEqual(why('nucleo_f746zg/bare-metal/native/fft@emulated'), { reason: "no longer in the config's matrix (update-baselines removes its entry)", expected: true });
  // update-baselines removes the entries of variants that left on purpose, never those excluded without a reason.
  assert.deepEqual(['native', 'wasm3', 'wamr-fast'].map((r) => keepsBaseline(placeOf(c, `nucleo_f446re/bare-metal/${r}/fft@emulated`))), [true, false, true]);
  assert.equal(keepsBaseline(placeOf(c, 'nucleo_f746zg/bare-metal/native/fft@emulated')), false);
  // The reason excludes nothing by itself.
  assert.equal(expandMatrix(c, { ...can, targets: ['emulated'], runtimes: ['native', 'wasm3', 'wamr-fast'], stacks: ['bare-metal'] }).filter((v) => v.target === 'emulated').length, 1);
  assert.throws(() => parseConfig('c.yml', 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\nexclude:\n  - { reason: "why" }\n'),
    /^UserError: c\.yml:6:5: exclude\[0\]: an exclude entry needs at least one of board, stack, runtime, benchmark, target/);
  assert.throws(() => parseConfig('c.yml', 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\nexclude:\n  - { runtime: native, reason: 3 }\n'),
    /exclude\[0\]\.reason: expected string/);
});
