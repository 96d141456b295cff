import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseConfig as parse } from '../src/config/config.js';
import { expandMatrix, matches, thresholdsFor } from '../src/config/matrix.js';
import type { Target } from '../src/types.js';
import { CATALOGUE } from './helpers/catalogue.js';

const parseConfig = (file: string, text: string) => parse(file, text, CATALOGUE);
const can: Target[] = ['emulated', 'host'];

test('the shipped config expands to the whole study matrix and the suites bare-metal and on the host; what a runtime.yml does not build for is not built', () => {
  const c = parseConfig('wasm-mcu-bench.yml', readFileSync('wasm-mcu-bench.yml', 'utf8'));
  const m = expandMatrix(c, CATALOGUE, can);
  const suites = Object.values(CATALOGUE.benchmarks).filter((b) => b.suite || b.id === 'coremark').map((b) => b.id);
  assert.equal(suites.length, 20);
  // The study's two benchmarks on every stack; the suites' 20 bare-metal on both boards; all 22 on the host but
  // for the two host references that cannot run the suites' modules (excluded with a reason).
  // and for three programs WAMR AOT's pool does not hold yet (excluded with a reason).
  assert.equal(m.length, 2 * 3 * 5 * 2 + 2 * 5 * suites.length - 2 * 3 + 9 * 2 + 7 * suites.length - 3);
  assert.ok(m.filter((v) => suites.includes(v.benchmark) && v.target === 'emulated').every((v) => v.stack === 'bare-metal'));
  assert.deepEqual(m.filter((v) => v.notBuilt).map((v) => [v.id, v.notBuilt]),
    c.host.runtimes.map((r) => [`host/linux/${r}/toggle@host`, 'the host has no GPIO to toggle']));
  // The host's board and stack are the folders whose yml says target host.
  assert.deepEqual([c.host.board, c.host.stack], ['host', 'linux']);
  const mcuNode = expandMatrix({ ...c, runtimes: ['node'] }, CATALOGUE, can);
  assert.equal(mcuNode.find((v) => v.id === 'nucleo_f446re/bare-metal/node/fft@emulated')?.notBuilt, 'runtime node runs on the host only');
  const hostSoft = expandMatrix({ ...c, host: { ...c.host, runtimes: ['wamr-aot-softfloat'] } }, CATALOGUE, can);
  assert.equal(hostSoft.find((v) => v.id === 'host/linux/wamr-aot-softfloat/fft@host')?.notBuilt,
    'runtime wamr-aot-softfloat does not build for target host (its targets: emulated, hardware)');
});

test('a target without a run backend is not built, with the reason', () => {
  const c = parseConfig('c.yml', 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\ntargets: [emulated, hardware]\n');
  const m = expandMatrix(c, CATALOGUE, can);
  assert.deepEqual(m.map((v) => [v.id, v.notBuilt]), [
    ['nucleo_f446re/bare-metal/native/fft@emulated', undefined],
    ['nucleo_f446re/bare-metal/native/fft@hardware', 'no run backend for target hardware yet'],
  ]);
});

test('a benchmark that needs a GPIO is not built on a board whose board.yml has none, with the reason', () => {
  assert.deepEqual(CATALOGUE.benchmarks.toggle!.needs, ['gpio']);
  const { gpio: _, ...f746 } = CATALOGUE.boards.nucleo_f746zg!;
  const cat = { ...CATALOGUE, boards: { ...CATALOGUE.boards, nucleo_f746zg: f746 } };
  const c = parseConfig('c.yml', 'boards: [nucleo_f446re, nucleo_f746zg]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [toggle, fft]\n');
  assert.deepEqual(expandMatrix(c, cat, can).map((v) => [v.id, v.notBuilt]), [
    ['nucleo_f446re/bare-metal/native/toggle@emulated', undefined],
    ['nucleo_f446re/bare-metal/native/fft@emulated', undefined],
    ['nucleo_f746zg/bare-metal/native/toggle@emulated', 'nucleo_f746zg has no GPIO for toggle'],
    ['nucleo_f746zg/bare-metal/native/fft@emulated', undefined],
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
  assert.deepEqual(expandMatrix(c, CATALOGUE, can).map((v) => v.id), [
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
  const [f4, f7] = expandMatrix(c, CATALOGUE, can);
  assert.deepEqual(f4!.cflags, ['-Os']);
  assert.deepEqual(f4!.defines, { A: '1', B: '1' });
  assert.deepEqual(f7!.cflags, ['-Os', '-O3']);
  assert.deepEqual(f7!.defines, { A: 'two', B: '1' });
  assert.deepEqual(thresholdsFor(c, { benchmarks: {} }, f4!.id), { instructions: { percent: 2 } });
  assert.deepEqual(thresholdsFor(c, { benchmarks: {} }, f7!.id), { instructions: { percent: 0.5 }, flash_bytes: { limit: 1000 } });
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
  assert.equal(expandMatrix(c, CATALOGUE, ['emulated']).filter((v) => v.target === 'emulated').length, 1);
  assert.throws(() => parseConfig('c.yml', 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\nexclude:\n  - { reason: "why" }\n'),
    /^UserError: c\.yml:6:5: exclude\[0\]: an exclude entry needs at least one of board, stack, runtime, benchmark, target/);
  assert.throws(() => parseConfig('c.yml', 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\nexclude:\n  - { runtime: native, reason: 3 }\n'),
    /exclude\[0\]\.reason: expected string/);
});
