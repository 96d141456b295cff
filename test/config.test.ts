import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { parseConfig as parse } from '../src/config/config.js';
import { plainJson } from '../src/schema/locate.js';
import { CATALOGUE } from './helpers/catalogue.js';

const parseConfig = (file: string, text: string) => parse(file, text, CATALOGUE);

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
  assert.deepEqual(c.benchmarks.slice(0, 2), ['toggle', 'fft']);
  // The suites (README "The suites in the shipped config"): bare-metal and the host; under an RTOS by config.
  assert.deepEqual(c.benchmarks.slice(2).sort(), Object.keys(CATALOGUE.benchmarks).filter((b) => CATALOGUE.benchmarks[b]!.suite || b === 'coremark').sort());
  assert.deepEqual(c.exclude.map((e) => [e.stack ?? e.runtime, e.reason]), [
    [['freertos', 'zephyr'], 'the suites run bare-metal and on the host by default; under FreeRTOS and Zephyr by config'],
    [['node-steady', 'wasm-interp'], "node-steady and wasm-interp do not run the suites' modules yet (V8 does not tier their run function up in 1000 calls; wasm-interp fails their _initialize)"],
    ['wamr-aot', "WAMR AOT's pool for these three programs is too small (out of pool memory): to be measured again"],
  ]);
  assert.deepEqual(c.targets, ['emulated', 'host']);
  assert.deepEqual(c.host.runtimes, ['native', 'native-scalar', 'wasm3', 'wamr-classic', 'wamr-fast', 'wamr-aot', 'node', 'node-steady', 'wasm-interp']);
  // An unchanged host binary keeps its wall time (the suites' host variants would be timed again on every check).
  assert.deepEqual(c.reuse, ['host']);
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

test('a misspelt required key is named as the unknown key it is, not as the missing one', () => {
  assert.match(errorOf(minimal.replace('benchmarks:', 'benchmark:')), /^cfg\.yml:4:1: benchmark: unknown key "benchmark" \(did you mean "benchmarks"\?\)/);
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
  assert.match(errorOf(`${minimal}build:\n  cflags: ["-O2 -g"]\n`), /build\.cflags\[0\]: "-O2 -g" cannot be passed exactly: one flag per list item/);
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

test('bounds the runtime has are the config\'s: a timeout past Node\'s timer range, a job count past 256', () => {
  assert.match(errorOf(`${minimal}run: { timeout: 3000000 }\n`), /^cfg\.yml:5:17: run\.timeout: 3000000 is too large: at most 2147483 \(seconds, about 24\.8 days: the longest timer Node\.js has\)$/);
  assert.equal(parseConfig('cfg.yml', `${minimal}run: { timeout: 2147483 }\n`).timeoutSeconds * 1000 <= 2 ** 31 - 1, true);
  assert.match(errorOf(`${minimal}run: { jobs: 100000 }\n`), /^cfg\.yml:5:14: run\.jobs: 100000 is too large: at most 256/);
});

test('.nan and .inf are named as such, not as "number null"', () => {
  assert.match(errorOf(`${minimal}run: { timeout: .nan }\n`), /^cfg\.yml:5:17: run\.timeout: expected a finite number, got \.nan$/);
  assert.match(errorOf(`${minimal}thresholds: { instructions: { percent: .inf } }\n`), /thresholds\.instructions\.percent: expected a finite number, got \.inf$/);
  assert.match(errorOf(`${minimal}thresholds: { instructions: { limit: -.inf } }\n`), /got -\.inf$/);
});

test('a duplicate key names both lines; a second YAML document is said in our words', () => {
  assert.match(errorOf(`${minimal}run: { timeout: 10 }\nbuild: {}\nrun: { jobs: 1 }\n`), /^cfg\.yml:7:1: duplicate key "run" \(first given on line 5\); a key is given once per mapping$/);
  assert.match(errorOf(`${minimal}run:\n  jobs: 1\n  jobs: 2\n`), /^cfg\.yml:7:3: duplicate key "jobs" \(first given on line 6\)/);
  assert.match(errorOf(`${minimal}---\nboards: [nucleo_f746zg]\n`), /^cfg\.yml:5:1: a second YAML document starts here; this file holds one document/);
});

test('a JSON file is read as JSON (the same value as YAML), its errors located as in YAML: a key given twice, a wrong value', () => {
  const json = JSON.stringify({ boards: ['nucleo_f446re'], stacks: ['bare-metal'], runtimes: ['native'], benchmarks: ['fft'], run: { timeout: 10 } }, null, 2);
  assert.deepEqual(plainJson(json)?.value, parseDocument(json).toJS());
  assert.deepEqual(parseConfig('cfg.yml', json), parseConfig('cfg.yml', `${minimal}run: { timeout: 10 }\n`));
  // Keys that only look alike ("a:" inside a string value, an escaped quote) are not keys given twice.
  assert.deepEqual(plainJson('{"a": "x\\": 1", "b": {"a": ":"}}')?.value, { a: 'x": 1', b: { a: ':' } });
  const twice = json.replace('"runtimes"', '"stacks": ["freertos"],\n  "runtimes"');
  assert.equal(plainJson(twice), undefined, 'JSON.parse would keep the last one');
  assert.match(errorOf(twice), /^cfg\.yml:8:3: duplicate key "stacks" \(first given on line 5\)/);
  assert.match(errorOf(json.replace('"timeout": 10', '"timeout": 3000000')), /^cfg\.yml:\d+:16: run\.timeout: 3000000 is too large/);
  assert.equal(plainJson('{"__proto__": {"x": 1}}'), undefined, "YAML's reading of __proto__ stands");
  assert.equal(plainJson('boards: [x]'), undefined);
});

test('definition values pass exactly or are refused: never split on ";", never a generator expression', () => {
  const bad: [string, RegExp][] = [
    ['"1;-DINJ=2"', /"1;-DINJ=2" cannot be passed exactly: ';' separates CMake list items/],
    ['"a#b"', /CMake drops a definition that contains '#'/],
    ['"a[b]"', /'\[' and '\]'/],
    ['"$<1:x>"', /generator expressions/],
    ['"$(HOME)"', /generator expressions and make variables/],
    ['"a\\tb"', /control character/],
    ['" x"', /leading and trailing spaces/],
  ];
  for (const [v, why] of bad) assert.match(errorOf(`${minimal}build:\n  defines: { X: ${v} }\n`), new RegExp(`^cfg\\.yml:6:17: build\\.defines\\.X: .*${why.source}`), v);
  assert.match(errorOf(`${minimal}overrides:\n  - match: "*/*/*/*@*"\n    defines: { Y: "a;b" }\n`), /overrides\[0\]\.defines\.Y: "a;b" cannot be passed exactly/);
  // Quotes, backslashes, spaces inside pass as written (test/inputs.test.ts shows the compiler sees them).
  assert.deepEqual(parseConfig('cfg.yml', `${minimal}build:\n  defines: { S: '"a \\\\ b"', N: 3, B: true }\n`).defines, { S: '"a \\\\ b"', N: '3', B: '1' });
});

test('compiler flags are flags, passed exactly: no quotes or backslashes the firmware\'s splitting would eat', () => {
  assert.match(errorOf(`${minimal}build:\n  cflags: ['-DX="a"']\n`), /build\.cflags\[0\]: "-DX=\\"a\\"" cannot be passed exactly: .*quotes and backslashes would vanish/);
  assert.match(errorOf(`${minimal}build:\n  cflags: [main.c]\n`), /build\.cflags\[0\]: "main\.c" cannot be passed exactly: a flag starts with "-"/);
  assert.match(errorOf(`${minimal}overrides:\n  - match: "*/*/*/*@*"\n    cflags: ["-I$<1:x>"]\n`), /overrides\[0\]\.cflags\[0\]/);
  assert.deepEqual(parseConfig('cfg.yml', `${minimal}build:\n  cflags: [-O0, "-Wl,--gc-sections", -DN=3]\n`).cflags, ['-O0', '-Wl,--gc-sections', '-DN=3']);
});
