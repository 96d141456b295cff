import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../src/config/config.js';

const minimal = 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\n';
const errorOf = (text: string) => {
  try {
    parseConfig('cfg.yml', text);
  } catch (e) {
    return (e as Error).message;
  }
  assert.fail('expected an error');
};

test('the shipped config describes the whole study matrix', () => {
  const c = parseConfig('wasm-mcu-bench.yml', readFileSync('wasm-mcu-bench.yml', 'utf8'));
  assert.deepEqual(c.boards, ['nucleo_f446re', 'nucleo_f746zg']);
  assert.deepEqual(c.stacks, ['bare-metal', 'freertos', 'zephyr']);
  assert.deepEqual(c.runtimes, ['native', 'wasm3', 'wamr-classic', 'wamr-fast', 'wamr-aot']);
  assert.deepEqual(c.benchmarks, ['toggle', 'fft']);
  assert.deepEqual(c.targets, ['emulated', 'host']);
  assert.deepEqual(c.host.runtimes, ['native', 'native-scalar', 'wasm3', 'wamr-classic', 'wamr-fast', 'wamr-aot', 'node', 'wasm-interp']);
});

test('defaults fill what a minimal config leaves out', () => {
  const c = parseConfig('cfg.yml', minimal);
  assert.deepEqual(c.targets, ['emulated']);
  assert.equal(c.timeoutSeconds, 300);
  assert.equal(c.baselines, 'baselines');
  assert.deepEqual(c.cflags, []);
});

test('a typo in a key names file, line, path and the likely key', () => {
  const m = errorOf(`${minimal}run:\n  timeotu: 5\n`);
  assert.match(m, /^cfg\.yml:6:3: run\.timeotu: unknown key "timeotu" \(did you mean "timeout"\?\)/);
});

test('a wrong type names what was expected', () => {
  assert.match(errorOf(`${minimal}run:\n  timeout: fast\n`), /^cfg\.yml:6:12: run\.timeout: expected number, got string "fast"/);
});

test('an unknown board is named with the known ones', () => {
  const m = errorOf('boards: [nucleo_f446re, nucleo_f466re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\n');
  assert.match(m, /^cfg\.yml:1:25: boards\[1\]: "nucleo_f466re" is not known \(did you mean "nucleo_f446re"\?\); expected one of: nucleo_f446re, nucleo_f746zg/);
});

test('a missing required key is named', () => {
  assert.match(errorOf('boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\n'), /^cfg\.yml:1:1: \(top level\): missing key "benchmarks"/);
});

test('an exclude with an unknown runtime points at it', () => {
  assert.match(errorOf(`${minimal}exclude:\n  - { runtime: wamr }\n`), /^cfg\.yml:6:16: exclude\[0\]\.runtime: "wamr" is not known/);
});

test('an unknown metric in thresholds is named', () => {
  assert.match(errorOf(`${minimal}thresholds:\n  instrs: { percent: 1 }\n`), /^cfg\.yml:6:3: thresholds\.instrs: unknown name "instrs"/);
});

test('a compiler flag with a space or ; is refused (flags never go through a shell)', () => {
  assert.match(errorOf(`${minimal}build:\n  cflags: ["-O2 -g"]\n`), /build\.cflags\[0\]: "-O2 -g" is not allowed here/);
  assert.match(errorOf(`${minimal}build:\n  cflags: ["-O2;rm"]\n`), /build\.cflags\[0\]/);
});

test('an override pattern that is not a variant id pattern is refused', () => {
  assert.match(errorOf(`${minimal}overrides:\n  - match: "nucleo_f446re/fft"\n`), /^cfg\.yml:6:12: overrides\[0\]\.match: "nucleo_f446re\/fft" is not a variant pattern/);
});

test('YAML syntax errors name their line', () => {
  assert.match(errorOf('boards: [nucleo_f446re\nstacks: x\n'), /^cfg\.yml:\d+:\d+: /);
});

test('a duplicate key is an error, not a silent overwrite', () => {
  assert.match(errorOf(`${minimal}boards: [nucleo_f746zg]\n`), /^cfg\.yml:5:1: .*(unique|duplicate)/i);
});
