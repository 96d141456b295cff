// A benchmark is one folder, and it may live outside the tool: a throwaway benchmark (the sum of an array) in a
// temporary folder named by the config's benchmark_dirs builds, runs natively and on every Wasm runtime of the
// firmware tree on both emulated boards, reports its checksum-checked count and a slowdown row, and nothing of
// the tool's tree is touched. Also: no file outside firmware/benchmarks/<b>/ names a shipped benchmark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from './helpers/catalogue.js';
import { config, makeProject, ROOT, sourcesMissing } from './helpers/project.js';
import type { Results } from '../src/types.js';
import { expandMetrics } from '../src/catalogue/benchmark.js';
import { METRICS } from '../src/config/vocabulary.js';

const N = 256;
const ITERATIONS = 10;
/** What sum_checksum returns: the sum over the iterations of each element xor the iteration, mod 2^32. */
function expectedChecksum(): string {
  let total = 0;
  for (let k = 0; k < ITERATIONS; k++)
    for (let i = 0; i < N; i++) total = (total + ((Math.imul(i, 2654435761) ^ k) >>> 0)) >>> 0;
  return total.toString(16).padStart(8, '0');
}

const FILES: Record<string, string> = {
  'sum.c': `#include <stdint.h>
#define N ${N}
static uint32_t data[N];
static uint32_t total;
void sum_init(void) { for (uint32_t i = 0; i < N; i++) data[i] = i * 2654435761u; total = 0; }
void sum_run(int iterations) { for (int k = 0; k < iterations; k++) for (int i = 0; i < N; i++) total += data[i] ^ (uint32_t)k; }
uint32_t sum_checksum(void) { return total; }
`,
  'exports.c': `#include "wmb_exports.h"
void sum_init(void);
void sum_run(int iterations);
uint32_t sum_checksum(void);
static uint32_t init(uint32_t a) { (void)a; sum_init(); return 0; }
static uint32_t run(uint32_t n) { sum_run((int)n); return 0; }
static uint32_t checksum(uint32_t a) { (void)a; return sum_checksum(); }
const struct wmb_export wmb_exports[] = {{"sum_init", init}, {"sum_run", run}, {"sum_checksum", checksum}, {0, 0}};
`,
  'benchmark.cmake': `set(BENCHMARK_SOURCES \${CMAKE_CURRENT_LIST_DIR}/sum.c)
set(BENCHMARK_EXPORT_SOURCES \${CMAKE_CURRENT_LIST_DIR}/exports.c)
set(BENCHMARK_WASM_SOURCES \${CMAKE_CURRENT_LIST_DIR}/sum.c)
set(BENCHMARK_WASM_EXPORTS sum_init sum_run sum_checksum)
set(BENCHMARK_INIT sum_init)
set(BENCHMARK_RUN sum_run)
set(BENCHMARK_CHECKSUM sum_checksum)
`,
  'benchmark.yml': `title: Sum of an array
iteration: sum
iterations: { emulated: ${ITERATIONS}, hardware: ${ITERATIONS}, host: ${ITERATIONS} }
checksum: '${expectedChecksum()}'
results:
  sum: { prefix: '' }
metrics:
  instructions: { unit: insn/sum, counter: instructions, digits: 2, direction: smaller, percent: 1, title: instructions }
  cycles: { unit: cycles/sum, counter: cycles, digits: 2, direction: smaller, percent: 2, title: cycles }
headline: [instructions, cycles, ns]
host:
  metrics: [instructions]
`,
};

const wasmRuntimes = Object.values(CATALOGUE.runtimes).filter((r) => r.wasm && r.targets.includes('emulated')).map((r) => r.id);
const boards = Object.values(CATALOGUE.boards).filter((b) => b.targets.includes('emulated')).map((b) => b.id);

/** The tool's firmware tree as git sees it (tracked and untracked files, and the changes). */
const treeState = () => execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'firmware'], { cwd: ROOT, encoding: 'utf8' })
  + execFileSync('git', ['diff', '--', 'firmware'], { cwd: ROOT, encoding: 'utf8' });

test('a benchmark folder outside the tool builds and runs natively and on every Wasm runtime on both emulated boards', { skip: await sourcesMissing('wasm3', 'wamr') }, () => {
  assert.ok(wasmRuntimes.length >= 2 && boards.length >= 2, `${wasmRuntimes} on ${boards}`);
  const p = makeProject(config([
    `boards: [${boards.join(', ')}]`, 'stacks: [bare-metal]', `runtimes: [native, ${wasmRuntimes.join(', ')}]`,
    'benchmarks: [sum]', 'targets: [emulated]', 'benchmark_dirs: [mine]', 'run: { timeout: 120 }',
  ]));
  mkdirSync(join(p.dir, 'mine', 'sum'), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(p.dir, 'mine', 'sum', name), text);
  mkdirSync(join(p.dir, 'baselines'));
  const before = treeState();

  const c = p.cli('check', '--out', 'out');
  assert.equal(c.status, 3, c.stdout + c.stderr); // all new, no baselines yet: incomplete
  const results = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results;
  assert.equal(results.variants.length, boards.length * (1 + wasmRuntimes.length));
  for (const v of results.variants) {
    // The harness has checked the checksum against benchmark.yml's: a wrong sum would be `failed`.
    assert.equal(v.status, 'ok', `${v.id}: ${v.reason}`);
    assert.equal(v.metrics.instructions?.unit, 'insn/sum', v.id);
    assert.ok(v.metrics.instructions!.value > 256, `${v.id}: ${v.metrics.instructions!.value} insn per sum of 256 elements`);
  }
  const report = readFileSync(join(p.dir, 'out', 'report.md'), 'utf8');
  for (const board of boards) {
    const summary = report.split('\n').find((l) => l.includes(`Slowdown vs native C, sum on ${CATALOGUE.boards[board]!.title} (emulated`));
    assert.ok(summary, report);
    for (const runtime of wasmRuntimes) assert.match(summary, new RegExp(`\\b${runtime} [\\d.,–]+×`), `${runtime}'s slowdown on ${board}`);
  }
  assert.equal(treeState(), before, 'the tool\'s firmware tree is untouched');
});

test('a benchmark whose result carries another checksum than its benchmark.yml fails, with both', { skip: await sourcesMissing('wasm3') }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [sum]',
    'targets: [emulated]', 'benchmark_dirs: [mine]']));
  mkdirSync(join(p.dir, 'mine', 'sum'), { recursive: true });
  for (const [name, text] of Object.entries(FILES))
    writeFileSync(join(p.dir, 'mine', 'sum', name), name === 'benchmark.yml' ? text.replace(/checksum: '\w+'/, "checksum: '00000000'") : text);
  const c = p.cli('check', '--out', 'out');
  assert.equal(c.status, 1, c.stdout + c.stderr);
  const v = (JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results).variants[0]!;
  assert.equal(v.status, 'failed');
  assert.match(v.reason!, new RegExp(`sum checksum ${expectedChecksum()} differs from the expected 00000000`));
});

test('no file outside firmware/benchmarks/<b>/ names a shipped benchmark', () => {
  const names = Object.keys(CATALOGUE.benchmarks);
  assert.ok(names.length >= 2, names.join());
  // Whole words, any case, in the tool's code and firmware (not its docs, tests or recorded baselines; nor
  // sources.json, whose pins name upstream projects, a suite's among them).
  const grep = spawnSync('git', ['grep', '--untracked', '-n', '-i', '-w', '-I', ...names.flatMap((n) => ['-e', n]), '--', 'src', 'firmware', ':!firmware/benchmarks/*', ':!firmware/sources.json'],
    { cwd: ROOT, encoding: 'utf8' });
  assert.ok(grep.status === 0 || grep.status === 1, grep.stderr);
  // valgrind's --toggle-collect option is valgrind's word, not a benchmark's.
  const word = new RegExp(`\\b(${names.join('|')})\\b`, 'i');
  const hits = grep.stdout.split('\n').filter((l) => word.test(l.replace(/--toggle-collect/g, '')));
  assert.deepEqual(hits, [], 'benchmark names outside their folders');
  // Nor the metrics only a benchmark declares (the counters' own names, instructions and cycles, are the tool's words).
  const own = [...new Set(Object.values(CATALOGUE.benchmarks).flatMap((b) => Object.keys(expandMetrics(b))))]
    .filter((m) => !(m in METRICS) && m !== 'instructions' && m !== 'cycles');
  assert.ok(own.length > 0);
  const metrics = spawnSync('git', ['grep', '--untracked', '-n', '-w', '-I', ...own.flatMap((n) => ['-e', n]), '--', 'src', 'firmware', ':!firmware/benchmarks/*'],
    { cwd: ROOT, encoding: 'utf8' });
  assert.equal(metrics.status, 1, `benchmark metrics outside their folders:\n${metrics.stdout}${metrics.stderr}`);
});
