// Lints that explain numbers, each on a variant that shows it: code executing from RAM (WAMR AOT loads its
// machine code into its pool) and a hot loop in a C library function (a throwaway benchmark that copies with memcpy).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lints } from '../src/profile/lints.js';
import type { Profile } from '../src/types.js';
import { config, makeProject, sourcesMissing } from './helpers/project.js';
import type { Results } from '../src/types.js';

const profile = (functions: [string, string, number][]): Profile => ({
  label: 'r', total: 1000, lost: 0,
  functions: functions.map(([name, owner, self]) => ({ name, owner, detail: owner === 'libc' ? 'newlib' : 'b', self, inclusive: self })),
  stacks: functions.map(([name, , self]) => ({ frames: name === 'run' ? ['run'] : ['run', name], count: self })),
});

test('lints: a C library function or RAM above their thresholds, and not below', () => {
  const p = profile([['memcpy', 'libc', 900], ['run', 'benchmark', 60], ['memset', 'libc', 40]]);
  const l = lints([p]);
  assert.equal(l.length, 1);
  assert.match(l[0]!, /^r: 90\.0% of the instructions are a loop in the C library's `memcpy` \(newlib\), called from b \(100%\): /);
  const ram = lints([p], { fromRam: [{ count: 800, where: ['[code in pool]', 'f'] }] });
  assert.match(ram[0]!, /^r: 80\.0% of the instructions execute from RAM \(`\[code in pool\]`, `f`\): .* WAMR AOT loads its machine code into its pool in RAM; wamrc --xip/);
  assert.deepEqual(lints([profile([['run', 'benchmark', 1000]])], { fromRam: [{ count: 40, where: ['f'] }] }), []);
});

const N = 1024;
const ITERATIONS = 10;
const byte = (i: number) => (Math.imul(i, 2654435761) >>> 0) >>> 24;
// After iteration k, dst[k] is src[k + (k & 7)].
const checksum = Array.from({ length: ITERATIONS }, (_, k) => byte(k + (k & 7))).reduce((a, b) => a + b, 0).toString(16).padStart(8, '0');

const COPY = {
  'benchmark.yml': `title: Copy with memcpy
iteration: copy
iterations: { emulated: ${ITERATIONS}, hardware: ${ITERATIONS}, host: ${ITERATIONS} }
checksum: '${checksum}'
results:
  copy: { prefix: '' }
metrics:
  instructions: { unit: insn/copy, counter: instructions, digits: 2, direction: smaller, percent: 1, title: instructions }
  cycles: { unit: cycles/copy, counter: cycles, digits: 2, direction: smaller, percent: 2, title: cycles }
headline: [instructions, cycles, ns]
host:
  metrics: [instructions]
`,
  'copy.c': `#include <stdint.h>
#include <string.h>
#define N ${N}
static uint8_t src[N + 8], dst[N];
static uint32_t total;
volatile uint32_t copy_length = N;
void copy_init(void) { for (uint32_t i = 0; i < N + 8; i++) src[i] = (uint8_t)((i * 2654435761u) >> 24); total = 0; }
void copy_run(int iterations) { for (int k = 0; k < iterations; k++) { memcpy(dst, src + (k & 7), copy_length); total += dst[k & (N - 1)]; } }
uint32_t copy_checksum(void) { return total; }
`,
  'exports.c': `#include "wmb_exports.h"
void copy_init(void);
void copy_run(int iterations);
uint32_t copy_checksum(void);
static uint32_t init(uint32_t a) { (void)a; copy_init(); return 0; }
static uint32_t run(uint32_t n) { copy_run((int)n); return 0; }
static uint32_t checksum(uint32_t a) { (void)a; return copy_checksum(); }
const struct wmb_export wmb_exports[] = {{"copy_init", init}, {"copy_run", run}, {"copy_checksum", checksum}, {0, 0}};
`,
  'benchmark.cmake': `set(BENCHMARK_SOURCES \${CMAKE_CURRENT_LIST_DIR}/copy.c)
set(BENCHMARK_EXPORT_SOURCES \${CMAKE_CURRENT_LIST_DIR}/exports.c)
set(BENCHMARK_WASM_SOURCES \${CMAKE_CURRENT_LIST_DIR}/copy.c)
set(BENCHMARK_WASM_EXPORTS copy_init copy_run copy_checksum)
set(BENCHMARK_INIT copy_init)
set(BENCHMARK_RUN copy_run)
set(BENCHMARK_CHECKSUM copy_checksum)
`,
};

test('lints on variants that show them: WAMR AOT\'s code runs from its pool in RAM; a copy loop spends its time in newlib\'s memcpy', { skip: await sourcesMissing('wamr') }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native, wamr-aot]', 'benchmarks: [fft, copy]', 'targets: [emulated]',
    'benchmark_dirs: [mine]', 'exclude: [{ runtime: wamr-aot, benchmark: copy }, { runtime: native, benchmark: fft }]', 'run: { timeout: 120, profile: all }']));
  mkdirSync(join(p.dir, 'mine', 'copy'), { recursive: true });
  for (const [name, text] of Object.entries(COPY)) writeFileSync(join(p.dir, 'mine', 'copy', name), text);
  const c = p.cli('check', '--out', 'out');
  assert.equal(c.status, 3, c.stdout + c.stderr);
  const results = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results;
  const v = (id: string) => results.variants.find((x) => x.id === id)!;
  const aot = v('nucleo_f446re/bare-metal/wamr-aot/fft@emulated');
  assert.equal(aot.status, 'ok', aot.reason);
  assert.ok(aot.profile, aot.profileUnavailable);
  assert.ok(aot.profile.lints?.some((l) => /^fft: (9\d|100)\.\d% of the instructions execute from RAM \(`\[code in \w+\]`/.test(l)), String(aot.profile.lints));
  const copy = v('nucleo_f446re/bare-metal/native/copy@emulated');
  assert.equal(copy.status, 'ok', copy.reason);
  assert.ok(copy.profile, copy.profileUnavailable);
  assert.deepEqual(copy.profile.lints?.map((l) => /^copy: \d+\.\d% of the instructions are a loop in the C library's `memcpy` \(newlib\), called from [^(]+ \(100%\)/.test(l)), [true], String(copy.profile.lints));
  assert.match(readFileSync(join(p.dir, 'out', 'report.md'), 'utf8'), /### What the profiles say\n\n(- .*\n)*- nucleo_f446re\/bare-metal\/native\/copy@emulated: copy: \d+\.\d% of the instructions are a loop in the C library's `memcpy`/);
});
