// Build groups (build/group.ts): a cell's benchmarks configured once in one build folder, one executable per
// member, one ninja call; a member that fails to compile fails alone, one too big for the board's RAM is "not
// built" with its measured need. The build folders are named by what they build, not by the output folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFolder, failedSteps, groupDefinitions, onlyMisfits, planBuilds, stepOutput } from '../src/build/group.js';
import { configureArgs } from '../src/build/cmake.js';
import { cacheRoot } from '../src/sources/sources.js';
import type { Results, Variant } from '../src/types.js';
import { config, makeProject, ROOT } from './helpers/project.js';

const variant = (runtime: string, benchmark: string, extra: Partial<Variant> = {}): Variant => ({
  id: `nucleo_f446re/bare-metal/${runtime}/${benchmark}@emulated`, board: 'nucleo_f446re', stack: 'bare-metal', runtime, benchmark,
  target: 'emulated', cflags: [], defines: {}, ...extra,
} as Variant);
const defs = (benchmark: string, more: Record<string, string> = {}) =>
  ({ WMB_BOARD_RAM_BYTES: '131072', WMB_BENCHMARK_DIR: `/fw/benchmarks/${benchmark}`, WMB_ITERATIONS: '2', WMB_STEADY_PROBES: '0', ...more });

test("a cell's benchmarks are one group; another runtime, other flags or a variant built alone are not", () => {
  const units = planBuilds([
    { v: variant('wasm3', 'fft'), defs: defs('fft') },
    { v: variant('native', 'fft'), defs: defs('fft') },
    { v: variant('wasm3', 'embench-crc32'), defs: defs('embench-crc32', { WMB_SOURCE_EMBENCH: '/src/embench' }) },
    { v: variant('wasm3', 'toggle', { cflags: ['-Os'] }), defs: defs('toggle') },
    { v: variant('wasm3', 'coremark', { stack: 'zephyr', id: 'nucleo_f446re/zephyr/wasm3/coremark@emulated' }), defs: defs('coremark') },
  ], (v) => v.stack === 'zephyr');
  assert.deepEqual(units.map((u) => u.members.map((m) => m.benchmark)), [['fft', 'embench-crc32'], ['fft'], ['toggle'], ['coremark']]);
  const [wasm3, native, os, zephyr] = units;
  assert.ok(wasm3!.grouped && !zephyr!.grouped);
  // A member's own definitions go by benchmark; what the members share (a suite's source) once.
  assert.deepEqual(groupDefinitions(wasm3!), {
    WMB_GROUP: 'fft;embench-crc32',
    'WMB_BENCHMARK_DIR__fft': '/fw/benchmarks/fft', 'WMB_ITERATIONS__fft': '2', 'WMB_STEADY_PROBES__fft': '0',
    'WMB_BENCHMARK_DIR__embench-crc32': '/fw/benchmarks/embench-crc32', 'WMB_ITERATIONS__embench-crc32': '2', 'WMB_STEADY_PROBES__embench-crc32': '0',
  });
  assert.deepEqual(wasm3!.defs, { WMB_BOARD_RAM_BYTES: '131072', WMB_SOURCE_EMBENCH: '/src/embench' });
  const args = configureArgs(wasm3!.members[0]!, '/fw', '/b', wasm3!.defs, groupDefinitions(wasm3!));
  assert.ok(args.includes('-DBENCHMARK=') && args.includes('-DWMB_GROUP=fft;embench-crc32') && args.includes('-DWMB_ITERATIONS__embench-crc32=2'), args.join(' '));
  // Folders say what they build; other flags, another folder (two configs never thrash one).
  assert.match(wasm3!.folder, /^nucleo_f446re\.bare-metal\.wasm3\.emulated-[0-9a-f]{10}$/);
  assert.notEqual(native!.folder, wasm3!.folder);
  assert.notEqual(os!.folder, planBuilds([{ v: variant('wasm3', 'toggle'), defs: defs('toggle') }], () => false)[0]!.folder);
  assert.notEqual(buildFolder(variant('native', 'fft')), buildFolder(variant('native', 'fft', { defines: { X: '1' } })));
  assert.equal(zephyr!.folder, buildFolder(zephyr!.members[0]!));
  // The same inputs, the same folder: a check into another output folder finds its builds.
  assert.equal(planBuilds([{ v: variant('native', 'fft'), defs: defs('fft') }], () => false)[0]!.folder, native!.folder);
});

test("a group's failed steps are each member's own; a shared library's are no member's", () => {
  const log = [
    '[1/9] Building C object fft/CMakeFiles/firmware_fft.dir/fft.c.obj',
    'FAILED: broken/CMakeFiles/firmware_broken.dir/mine/broken/sum.c.obj ',
    '/usr/bin/arm-none-eabi-gcc -c sum.c', 'sum.c:1:1: error: expected identifier',
    '[5/9] Linking C executable big/firmware.elf',
    'FAILED: big/firmware.elf ', "ld: region `RAM' overflowed by 40000 bytes", 'collect2: error: ld returned 1 exit status',
    'FAILED: fft/CMakeFiles/wmb_wasm3.dir/m3_core.c.obj ', 'm3_core.c: error: boom',
    'ninja: build stopped: subcommand failed.',
  ].join('\n');
  const { own, shared } = failedSteps(log, ['fft', 'broken', 'big']);
  assert.deepEqual([...own.keys()], ['broken', 'big']);
  assert.match(own.get('broken')!.join(), /expected identifier/);
  assert.match(own.get('big')!.join(), /overflowed by 40000 bytes/);
  assert.doesNotMatch(own.get('big')!.join(), /boom|ninja:/);
  assert.equal(shared.length, 1);
  assert.match(shared[0]!, /wmb_wasm3\.dir.*\n.*boom/);
});

test("only a member's image that does not fit is a failure the build stamp may keep; ninja 1.13's [code=N] is read too", () => {
  const misfit = ['FAILED: [code=1] big/firmware.elf ', "ld: region `RAM' overflowed by 40000 bytes", 'collect2: error: ld returned 1 exit status'];
  const steps = (...lines: string[][]) => failedSteps([...lines.flat(), 'ninja: build stopped: subcommand failed.'].join('\n'), ['sum', 'big', 'broken']);
  assert.equal(stepOutput('FAILED: [code=1] big/firmware.elf '), 'big/firmware.elf');
  assert.equal(stepOutput('FAILED: big/firmware.elf big/firmware.map'), 'big/firmware.elf');
  assert.equal(onlyMisfits(steps(misfit), ['big']), true);
  assert.equal(onlyMisfits(steps(misfit), []), true, 'nothing failed');
  // A link that failed otherwise (a full disk, a killed linker): built again next time.
  assert.equal(onlyMisfits(steps(['FAILED: big/firmware.elf ', 'ld: final link failed: No space left on device']), ['big']), false);
  // A compile error; a failed member with no step of its own (an interrupted build); a shared library's failure.
  assert.equal(onlyMisfits(steps(misfit, ['FAILED: broken/CMakeFiles/firmware_broken.dir/sum.c.obj ', 'error: boom']), ['big', 'broken']), false);
  assert.equal(onlyMisfits(steps(misfit), ['big', 'sum']), false);
  assert.equal(onlyMisfits(steps(misfit, ['FAILED: wamr/libwmb_wamr.a ', 'ar: error']), ['big']), false);
});

/** A benchmark folder like README's sum, named `name`, its sum.c changed by `edit`. */
function sumFolder(dir: string, name: string, edit: (c: string) => string = (c) => c) {
  mkdirSync(join(dir, name), { recursive: true });
  const w = (f: string, t: string) => writeFileSync(join(dir, name, f), t);
  w('benchmark.yml', `title: ${name}\niteration: sum\niterations: { emulated: 10, hardware: 10, host: 10 }\nchecksum: '4b148b00'\nresults:\n  ${name}: { prefix: '' }\n`
    + 'metrics:\n  instructions: { unit: insn/sum, counter: instructions, digits: 2, direction: smaller, percent: 1, title: instructions }\nheadline: [instructions]\nhost:\n  metrics: [instructions]\n');
  w('sum.c', edit('#include <stdint.h>\n#define N 256\nstatic uint32_t data[N];\nstatic uint32_t total;\n'
    + 'void sum_init(void) { for (uint32_t i = 0; i < N; i++) data[i] = i * 2654435761u; total = 0; }\n'
    + 'void sum_run(int iterations) { for (int k = 0; k < iterations; k++) for (int i = 0; i < N; i++) total += data[i] ^ (uint32_t)k; }\n'
    + 'uint32_t sum_checksum(void) { return total; }\n'));
  w('exports.c', '#include "wmb_exports.h"\nvoid sum_init(void);\nvoid sum_run(int iterations);\nuint32_t sum_checksum(void);\n'
    + 'static uint32_t init(uint32_t a) { (void)a; sum_init(); return 0; }\nstatic uint32_t run(uint32_t n) { sum_run((int)n); return 0; }\n'
    + 'static uint32_t checksum(uint32_t a) { (void)a; return sum_checksum(); }\n'
    + 'const struct wmb_export wmb_exports[] = {{"sum_init", init}, {"sum_run", run}, {"sum_checksum", checksum}, {0, 0}};\n');
  w('benchmark.cmake', 'set(BENCHMARK_SOURCES ${CMAKE_CURRENT_LIST_DIR}/sum.c)\nset(BENCHMARK_EXPORT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/exports.c)\n'
    + 'set(BENCHMARK_WASM_SOURCES ${CMAKE_CURRENT_LIST_DIR}/sum.c)\nset(BENCHMARK_WASM_EXPORTS sum_init sum_run sum_checksum)\n'
    + 'set(BENCHMARK_INIT sum_init)\nset(BENCHMARK_RUN sum_run)\nset(BENCHMARK_CHECKSUM sum_checksum)\n');
}

/**
 * `check(out)` in `dir` on a private cache, with the cmake, ninja and QEMU processes it started (their command
 * lines) and its exit status; the cached sources are the machine's, `copied` ones copied into the private cache.
 */
function traced(dir: string, copied: string[] = []) {
  mkdirSync(join(dir, 'baselines'));
  const cache = mkdtempSync(join(tmpdir(), 'wmb-cache-'));
  if (!copied.length) symlinkSync(join(cacheRoot(), 'sources'), join(cache, 'sources'));
  else {
    mkdirSync(join(cache, 'sources'));
    for (const name of readdirSync(join(cacheRoot(), 'sources')).filter((n) => !n.startsWith('.'))) {
      const from = join(cacheRoot(), 'sources', name);
      if (copied.includes(name.replace(/-[^-]*$/, ''))) cpSync(from, join(cache, 'sources', name), { recursive: true, preserveTimestamps: true });
      else symlinkSync(from, join(cache, 'sources', name));
    }
  }
  const bin = mkdtempSync(join(tmpdir(), 'wmb-bin-'));
  const log = join(bin, 'started.log');
  for (const tool of ['cmake', 'ninja', 'qemu-system-arm']) {
    const real = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> ${log}\nexec ${real} "$@"\n`);
    chmodSync(join(bin, tool), 0o755);
  }
  return (out: string) => {
    writeFileSync(log, '');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--out', out], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, WASM_MCU_BENCH_CACHE: cache } });
    const started = readFileSync(log, 'utf8').split('\n').filter((l) => l && !l.endsWith(' --version'));
    const results = r.status === 2 ? { variants: [] } : JSON.parse(readFileSync(join(dir, out, 'results.json'), 'utf8')) as Pick<Results, 'variants'>;
    return { r, started, cache, byBenchmark: Object.fromEntries(results.variants.map((v) => [v.benchmark, v])) };
  };
}

test('a group of three is configured once and built by one ninja call; a member that fails to compile fails alone, one too big for the RAM is not built with its need; a check into another --out starts nothing', () => {
  const p = makeProject(config([
    'boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [sum, broken, big]',
    'targets: [emulated]', 'benchmark_dirs: [mine]', 'run: { timeout: 120 }',
  ]));
  sumFolder(join(p.dir, 'mine'), 'sum');
  sumFolder(join(p.dir, 'mine'), 'broken', (c) => `${c}this is not C;\n`);
  // 160 KiB of static RAM: no F446RE (128 KiB) holds it.
  sumFolder(join(p.dir, 'mine'), 'big', (c) => c.replace('#define N 256', '#define N 40960'));
  const check = traced(p.dir);

  const first = check('out');
  const configures = first.started.filter((l) => l.startsWith('cmake ') && !l.includes('--build'));
  assert.equal(configures.length, 1, first.started.join('\n'));
  assert.match(configures[0]!, /-DWMB_GROUP=sum;broken;big/);
  assert.equal(first.started.filter((l) => l.startsWith('cmake --build')).length, 1, 'one build call for the three');
  const { sum, broken, big } = first.byBenchmark;
  assert.equal(sum!.status, 'ok', sum!.reason);
  assert.ok(sum!.metrics.instructions!.value > 256);
  assert.equal(broken!.status, 'failed');
  assert.match(broken!.reason!, /build failed: .*this is not C|error/s);
  assert.doesNotMatch(broken!.reason!, /overflowed/, "the other member's failure is not its reason");
  assert.equal(big!.status, 'not-built', big!.reason);
  assert.match(big!.reason!, /^needs 1\d\d KiB RAM through native, nucleo_f446re has 128 KiB$/);
  // Each member its own folder, image and build record.
  const buildLog = readFileSync(join(p.dir, 'out', big!.log!), 'utf8');
  assert.match(buildLog, /overflowed/);
  assert.doesNotMatch(buildLog, /this is not C/);

  // Fixed: the same folder, nothing configured again, the failed ones built, the good one not rebuilt or rerun.
  sumFolder(join(p.dir, 'mine'), 'broken');
  sumFolder(join(p.dir, 'mine'), 'big');
  const fixed = check('out');
  assert.equal(fixed.started.filter((l) => l.startsWith('cmake ') && !l.includes('--build')).length, 0, fixed.started.join('\n'));
  for (const b of ['sum', 'broken', 'big']) assert.equal(fixed.byBenchmark[b]!.status, 'ok', `${b}: ${fixed.byBenchmark[b]!.reason}`);
  assert.ok(fixed.byBenchmark.sum!.reused, 'the same image: its result reused');
  assert.deepEqual(fixed.started.filter((l) => l.startsWith('qemu-system-arm ')).length, 2);

  // Another output folder: the builds are found by what they build; no process, the same numbers.
  const elsewhere = check(join('b', 'out'));
  assert.deepEqual(elsewhere.started, [], 'nothing started');
  for (const b of ['sum', 'broken', 'big']) assert.deepEqual(elsewhere.byBenchmark[b]!.metrics, fixed.byBenchmark[b]!.metrics, b);
});

test("a member whose benchmark.cmake stops the group's configure fails alone, with its own reason; the others build", () => {
  const p = makeProject(config([
    'boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [sum, stops]',
    'targets: [emulated]', 'benchmark_dirs: [mine]', 'run: { timeout: 120 }',
  ]));
  sumFolder(join(p.dir, 'mine'), 'sum');
  sumFolder(join(p.dir, 'mine'), 'stops');
  writeFileSync(join(p.dir, 'mine', 'stops', 'benchmark.cmake'), 'message(FATAL_ERROR "stops on purpose")\n');
  mkdirSync(join(p.dir, 'baselines'));
  const cache = mkdtempSync(join(tmpdir(), 'wmb-cache-'));
  symlinkSync(join(cacheRoot(), 'sources'), join(cache, 'sources'));
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--out', 'out'], { cwd: p.dir, encoding: 'utf8', env: { ...process.env, WASM_MCU_BENCH_CACHE: cache } });
  const results = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results;
  const by = Object.fromEntries(results.variants.map((v) => [v.benchmark, v]));
  assert.equal(by.sum!.status, 'ok', `${by.sum!.reason}\n${r.stderr}`);
  assert.equal(by.stops!.status, 'failed');
  // Its own configure's error, naming its own benchmark.cmake (the message itself is in its build log).
  assert.match(by.stops!.reason!, /^configure failed: CMake Error at \S*\/mine\/stops\/benchmark\.cmake:1/);
  assert.match(readFileSync(join(p.dir, 'out', by.stops!.log!), 'utf8'), /stops on purpose/);
});

test('a group whose only failure is a member too big for the RAM is up to date when nothing changed: nothing is started, the same need is reported', () => {
  const p = makeProject(config([
    'boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [sum, big]',
    'targets: [emulated]', 'benchmark_dirs: [mine]', 'run: { timeout: 120 }',
  ]));
  sumFolder(join(p.dir, 'mine'), 'sum');
  sumFolder(join(p.dir, 'mine'), 'big', (c) => c.replace('#define N 256', '#define N 40960'));
  // Built from an upstream tree (its files unused): what a runtime's or a kernel's are.
  const declareSource = () => appendFileSync(join(p.dir, 'mine', 'big', 'benchmark.yml'), 'sources: [cmsis]\n');
  declareSource();
  const check = traced(p.dir, ['cmsis']);
  const first = check('out');
  assert.equal(first.byBenchmark.big!.status, 'not-built', first.byBenchmark.big!.reason);
  assert.equal(first.byBenchmark.sum!.status, 'ok', first.byBenchmark.sum!.reason);

  // A cached upstream tree edited after the build: a check that builds nothing reads none of its files (the
  // builds were made from the verified tree); one that must build refuses, naming the folder.
  const [cmsis] = readdirSync(join(first.cache, 'sources')).filter((n) => n.startsWith('cmsis-'));
  const header = join(first.cache, 'sources', cmsis!, 'cmsis', 'README.md');
  const text = readFileSync(header, 'utf8');
  writeFileSync(header, `${text}edited\n`);
  const again = check('out');
  assert.equal(again.r.status, first.r.status, again.r.stderr);
  assert.deepEqual(again.started, [], 'nothing started');
  assert.equal(again.byBenchmark.big!.status, 'not-built');
  assert.equal(again.byBenchmark.big!.reason, first.byBenchmark.big!.reason);
  assert.match(readFileSync(join(p.dir, 'out', again.byBenchmark.big!.log!), 'utf8'), /up to date .*\n(.*\n)*.*overflowed/);

  // Made to fit: its source changed, so the stamp no longer holds and the member would be built: not from the
  // edited tree. Restored, it is built.
  sumFolder(join(p.dir, 'mine'), 'big');
  declareSource();
  const refused = check('out');
  assert.equal(refused.r.status, 2, refused.r.stdout);
  assert.match(refused.r.stderr, /source cmsis \(.*\): the cached tree \S+\/cmsis was changed after it was cached/);
  assert.deepEqual(refused.started, [], 'nothing built from it');
  writeFileSync(header, text);
  const fixed = check('out');
  assert.equal(fixed.byBenchmark.big!.status, 'ok', fixed.byBenchmark.big!.reason);
  assert.equal(fixed.started.filter((l) => l.startsWith('cmake ') && !l.includes('--build')).length, 0, fixed.started.join('\n'));
});
