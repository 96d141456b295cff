// A benchmark is one folder, and it may live outside the tool: a throwaway benchmark (the sum of an array) in a
// temporary folder named by the config's benchmark_dirs builds, runs natively on both emulated boards and on
// every Wasm runtime of the firmware tree (each on one board), reports its checksum-checked count and a slowdown row, and nothing of
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
import { METRICS } from '../src/vocabulary.js';

const N = 256;
const ITERATIONS = 10;
/** What sum_checksum returns: the sum over the iterations of each element xor the iteration, mod 2^32. */
function expectedChecksum(): string {
  let total = 0;
  for (let k = 0; k < ITERATIONS; k++)
    for (let i = 0; i < N; i++) total = (total + ((Math.imul(i, 2654435761) ^ k) >>> 0)) >>> 0;
  return total.toString(16).padStart(8, '0');
}

/** The sum's folder as README's "Extending: a benchmark" shows it: each file of a code block after its `# benchmarks/sum/<file>` (or C comment) line. */
function readmeFolder(): Record<string, string> {
  const files: Record<string, string> = {};
  let file: string | undefined;
  for (const line of readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n')) {
    const header = /^(?:# |\/\* )benchmarks\/sum\/(\S+?)(?: \*\/)?$/.exec(line);
    if (header) file = header[1]!;
    else if (line.startsWith('```')) file = undefined;
    else if (file) files[file] = `${files[file] ?? ''}${line}\n`;
  }
  return Object.fromEntries(Object.entries(files).map(([f, text]) => [f, text.replace(/\n+$/, '\n')]));
}
const FILES = readmeFolder();

test('README\'s sum is the folder these tests build: its four files, its checksum the one the sum makes', () => {
  assert.deepEqual(Object.keys(FILES).sort(), ['benchmark.cmake', 'benchmark.yml', 'exports.c', 'sum.c']);
  assert.match(FILES['sum.c']!, new RegExp(`#define N ${N}\n`));
  assert.match(FILES['benchmark.yml']!, new RegExp(`emulated: ${ITERATIONS},`));
  assert.match(FILES['benchmark.yml']!, new RegExp(`checksum: '${expectedChecksum()}'`));
});

const wasmRuntimes = Object.values(CATALOGUE.runtimes).filter((r) => r.wasm && r.targets.includes('emulated')).map((r) => r.id);
const boards = Object.values(CATALOGUE.boards).filter((b) => b.targets.includes('emulated')).map((b) => b.id);

/** The tool's firmware tree as git sees it (tracked and untracked files, and the changes). */
const treeState = () => execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'firmware'], { cwd: ROOT, encoding: 'utf8' })
  + execFileSync('git', ['diff', '--', 'firmware'], { cwd: ROOT, encoding: 'utf8' });

// Each Wasm runtime on one of the boards (in turn), native on each: every runtime and every board builds the
// folder, and each board has a slowdown row, without building every runtime twice.
const runtimesOn = (board: string) => wasmRuntimes.filter((_, i) => boards[i % boards.length] === board);

test('a benchmark folder outside the tool builds and runs natively on both emulated boards and on every Wasm runtime', { skip: await sourcesMissing('wasm3', 'wamr') }, () => {
  assert.ok(wasmRuntimes.length >= 2 && boards.length >= 2, `${wasmRuntimes} on ${boards}`);
  const exclude = boards.map((b) => `  - board: [${b}]\n    runtime: [${wasmRuntimes.filter((r) => !runtimesOn(b).includes(r)).join(', ')}]`);
  const p = makeProject(config([
    `boards: [${boards.join(', ')}]`, 'stacks: [bare-metal]', `runtimes: [native, ${wasmRuntimes.join(', ')}]`,
    'benchmarks: [sum]', 'targets: [emulated]', 'benchmark_dirs: [mine]', 'run: { timeout: 120 }', 'exclude:', ...exclude,
  ]));
  mkdirSync(join(p.dir, 'mine', 'sum'), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(p.dir, 'mine', 'sum', name), text);
  mkdirSync(join(p.dir, 'baselines'));
  const before = treeState();

  const c = p.cli('check', '--out', 'out');
  assert.equal(c.status, 3, c.stdout + c.stderr); // all new, no baselines yet: incomplete
  const results = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results;
  assert.equal(results.variants.length, boards.length + wasmRuntimes.length);
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
    assert.ok(runtimesOn(board).length > 0, board);
    for (const runtime of runtimesOn(board)) assert.match(summary, new RegExp(`\\b${runtime} [\\d.,–]+×`), `${runtime}'s slowdown on ${board}`);
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

test('a benchmark folder outside the tool owns its code in the size table; the owners still add up to the footprint', { skip: await sourcesMissing('wasm3') }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [sum]',
    'targets: [emulated]', 'benchmark_dirs: [mine]', 'run: { timeout: 120 }']));
  mkdirSync(join(p.dir, 'mine', 'sum'), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(p.dir, 'mine', 'sum', name), text);
  mkdirSync(join(p.dir, 'baselines'));
  const c = p.cli('check', '--out', 'out');
  assert.equal(c.status, 3, c.stdout + c.stderr);
  const v = (JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results).variants[0]!;
  assert.equal(v.status, 'ok', v.reason);
  const owners = Object.values(v.owners!);
  assert.equal(owners.reduce((n, o) => n + o.flash_bytes, 0), v.metrics.flash_bytes!.value, 'Flash');
  assert.equal(owners.reduce((n, o) => n + o.static_ram_bytes, 0), v.metrics.static_ram_bytes!.value, 'static RAM');
  const rows = readFileSync(join(p.dir, 'out', v.symbols!), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  // The sum's functions (sum.c, exports.c): owned by the benchmark, named after its folder.
  const mine = rows.filter((r) => /mine\/sum\//.test(r[6]!));
  assert.ok(mine.length >= 2, rows.map((r) => r.join(' ')).join('\n'));
  for (const r of mine) assert.deepEqual([r[2], r[3]], ['benchmark', 'sum'], r.join(' '));
  assert.ok(v.owners!.benchmark!.flash_bytes >= mine.filter((r) => r[1] !== 'ram').reduce((n, r) => n + Number(r[0]), 0));
});
