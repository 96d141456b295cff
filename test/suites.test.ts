// Embench-IoT and CoreMark as benchmarks: built from their pinned sources (sources.json; the cache or an
// override), verified by their own checks, natively and through every Wasm runtime. Without the sources the
// tests are skipped with the reason, never faked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryNeed, ramNeedFromMap } from '../src/build/cmake.js';
import { loadManifest, resolveSource } from '../src/sources/sources.js';
import type { Results } from '../src/types.js';
import { CATALOGUE } from './helpers/catalogue.js';
import { config, makeProject, ROOT, sourcesMissing } from './helpers/project.js';

const suite = (source: string) => Object.values(CATALOGUE.benchmarks).filter((b) => b.sources.includes(source)).map((b) => b.id);
const EMBENCH = suite('embench');
const COREMARK = suite('coremark');
const wasmRuntimes = Object.values(CATALOGUE.runtimes).filter((r) => r.wasm && r.targets.includes('emulated')).map((r) => r.id);

test("the Embench folders are Embench-IoT 1.0's 19 programs, and each one's benchmark() is one pass with the glue's CPU_MHZ", { skip: await sourcesMissing('embench') }, async () => {
  const manifest = await loadManifest(join(ROOT, 'firmware'));
  const embench = (await resolveSource('embench', manifest.embench!, { downloadTimeoutMs: 0 })).dir!;
  const programs = readdirSync(join(embench, 'src')).sort();
  assert.equal(programs.length, 19);
  assert.deepEqual(EMBENCH.map((id) => id.replace(/^embench-/, '')).sort(), programs);
  for (const id of EMBENCH) {
    const b = CATALOGUE.benchmarks[id]!;
    assert.equal(b.suite, 'embench', id);
    const member = /set\(EMBENCH_MEMBER (\S+)\)/.exec(readFileSync(join(b.dir, 'benchmark.cmake'), 'utf8'))?.[1];
    assert.equal(`embench-${member}`, id);
    // -DCPU_MHZ=1/LOCAL_SCALE_FACTOR makes LOCAL_SCALE_FACTOR * CPU_MHZ one pass: only in this order of the product.
    const code = readdirSync(join(embench, 'src', member!)).filter((f) => f.endsWith('.c')).map((f) => readFileSync(join(embench, 'src', member!, f), 'utf8')).join('\n');
    assert.match(code, /return benchmark_body \(LOCAL_SCALE_FACTOR \* CPU_MHZ\);/, id);
  }
  assert.deepEqual(COREMARK, ['coremark']);
});

/** Runs `benchmarks` on `runtimes` (F746ZG, bare-metal, emulated) and checks every variant verified its result.
 * `jobs`: variants at once (0: one per core, for the run taken on purpose). */
function verifiedOn(benchmarks: string[], runtimes: string[], exclude = '', jobs = 1): Results {
  const p = makeProject(config([
    'boards: [nucleo_f746zg]', 'stacks: [bare-metal]', `runtimes: [${runtimes.join(', ')}]`,
    `benchmarks: [${benchmarks.join(', ')}]`, 'targets: [emulated]', `run: { timeout: 300, jobs: ${jobs} }`, exclude,
  ]));
  mkdirSync(join(p.dir, 'baselines'));
  const c = p.cli('check', '--out', 'out');
  const results = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results;
  assert.equal(results.variants.filter((v) => v.status !== 'not-built').length, results.variants.length, c.stdout + c.stderr);
  assert.ok(results.variants.length > 0, c.stdout + c.stderr);
  // Every run's result carried its benchmark.yml's checksum (Embench's verify_benchmark accepted it, CoreMark's
  // CRCs are its own for the seeds): a wrong one is `failed`, never measured.
  const bad = results.variants.filter((v) => v.status !== 'ok').map((v) => `${v.id}: ${v.status} ${v.reason}`);
  assert.deepEqual(bad, []);
  for (const v of results.variants) assert.ok(v.metrics.instructions!.value > 0, v.id);
  assert.equal(c.status, 3, c.stdout + c.stderr); // all new, no baselines: incomplete
  return results;
}

// Every member on every Wasm runtime is 120 builds, each a CMake configure and a build of about a minute on 2
// busy cores (the runs are seconds): run it on purpose, on every core, not in every suite run.
test('each Embench benchmark and CoreMark is verified natively and on every Wasm runtime on one emulated board', {
  skip: process.env.WASM_MCU_BENCH_TEST_SUITES_FULL ? await sourcesMissing('embench', 'coremark', 'wasm3', 'wamr')
    : 'about an hour on 2 cores: set WASM_MCU_BENCH_TEST_SUITES_FULL=1',
}, () => { verifiedOn([...EMBENCH, ...COREMARK], ['native', ...wasmRuntimes], '', 0); });

// nbody sums the system's energy 100 times a pass, each sum with 10 double-precision square roots from the C
// library, in software on the F746ZG's single-precision FPU: over 1,000 instructions a sum, so over 100,000 a
// pass (about 2.3 million natively, 1.8 million through wasm3). Compiled with sqrt a pure builtin, both
// compilers summed the energy once and added it 100 times (Embench issue 160): 40,660 natively, 15,940 through wasm3.
const NBODY_PASS = 100_000;

test('every Embench benchmark and CoreMark is verified natively; CoreMark through wasm3 and WAMR classic, nbody through wasm3, crc32 through WAMR classic; nbody does its 100 energy sums in both', { skip: await sourcesMissing('embench', 'coremark', 'wasm3', 'wamr') }, () => {
  const others = (keep: string) => [...EMBENCH, ...COREMARK].filter((b) => b !== 'coremark' && b !== keep).join(', ');
  const reason = '    reason: the whole suite on every runtime is the gated test above\n';
  const results = verifiedOn([...EMBENCH, ...COREMARK], ['native', 'wasm3', 'wamr-classic'],
    `exclude:\n  - runtime: [wasm3]\n    benchmark: [${others('embench-nbody')}]\n${reason}  - runtime: [wamr-classic]\n    benchmark: [${others('embench-crc32')}]\n${reason}`);
  for (const runtime of ['native', 'wasm3']) {
    const v = results.variants.find((r) => r.runtime === runtime && r.benchmark === 'embench-nbody')!;
    assert.ok(v.metrics.instructions!.value > NBODY_PASS, `${v.id}: ${v.metrics.instructions!.value} instructions a pass`);
  }
});

test("every suite member declares WAMR's pool per WAMR runtime the config ships, as whole KiB", () => {
  for (const id of [...EMBENCH, ...COREMARK]) {
    const cmake = readFileSync(join(CATALOGUE.benchmarks[id]!.dir, 'benchmark.cmake'), 'utf8');
    const pairs = /set\(BENCHMARK_WASM_RUNTIME_HEAPS ([^)]*)\)/.exec(cmake)?.[1]?.split(' ') ?? [];
    const heaps = new Map(pairs.flatMap((p, i) => (i % 2 ? [] : [[p, Number(pairs[i + 1])] as const])));
    for (const runtime of ['wamr-classic', 'wamr-fast', 'wamr-aot']) {
      const bytes = heaps.get(runtime);
      assert.ok(bytes !== undefined && bytes > 0 && bytes % 1024 === 0, `${id}: ${runtime} ${bytes}`);
    }
  }
});

// WAMR's pool is sized from what each program measured it needs (cubic now fits the F446RE through WAMR classic);
// WAMR fast's pool also holds the module's pre-compiled code: picojpeg and qrduino run on the F746ZG (the gated
// test) but not on the F446RE: not built, with the linker's need (before: picojpeg's need left out the stack,
// qrduino's failed as a plain link error).
test('a benchmark too big for the F446RE through one runtime is reported not built with its measured need: picojpeg and qrduino through WAMR fast, stack included', { skip: await sourcesMissing('embench', 'wamr') }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [wamr-fast]',
    'benchmarks: [embench-picojpeg, embench-qrduino]', 'targets: [emulated]', 'run: { timeout: 300, jobs: 1 }']));
  mkdirSync(join(p.dir, 'baselines'));
  const c = p.cli('check', '--out', 'out');
  const byId = new Map((JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results).variants.map((v) => [v.benchmark, v]));
  // Static RAM (the module in RAM for the interpreter, the pool) and the 16 KiB main stack: measured over 128 KiB.
  for (const id of ['embench-picojpeg', 'embench-qrduino']) {
    const v = byId.get(id)!;
    assert.equal(v.status, 'not-built', `${id}: ${v.status} ${v.reason}\n${c.stdout}${c.stderr}`);
    const need = Number(/^needs (\d+) KiB RAM through wamr-fast, nucleo_f446re has 128 KiB$/.exec(v.reason!)?.[1]);
    assert.ok(need > 128, v.reason);
  }
  assert.match(readFileSync(join(p.dir, 'out', 'report.md'), 'utf8'), /needs \d+ KiB RAM through wamr-fast, nucleo_f446re has 128 KiB/);
});

// LLVM's Arm back end calls __aeabi_memclr8 and friends for the byte loops wamrc turns into memset/memcpy
// (statemate's); WAMR's Thumb symbol map lacked them and the module did not load.
test('WAMR AOT loads and verifies a module whose loops became AEABI memory calls', { skip: await sourcesMissing('embench', 'wamr') }, () => {
  verifiedOn(['embench-statemate'], ['wamr-aot']);
});

test('a patched checksum fails its variant: an Embench program whose verify result is not the declared one', { skip: await sourcesMissing('embench') }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [crc32]',
    'targets: [emulated]', 'benchmark_dirs: [mine]']));
  // The shipped folder, under another name and with its checksum patched; its glue is found through the same include.
  const shipped = CATALOGUE.benchmarks['embench-crc32']!;
  mkdirSync(join(p.dir, 'mine', 'crc32'), { recursive: true });
  writeFileSync(join(p.dir, 'mine', 'crc32', 'benchmark.cmake'),
    readFileSync(join(shipped.dir, 'benchmark.cmake'), 'utf8').replace('${CMAKE_CURRENT_LIST_DIR}/../embench', join(shipped.dir, '..', 'embench')));
  writeFileSync(join(p.dir, 'mine', 'crc32', 'benchmark.yml'), readFileSync(join(shipped.dir, 'benchmark.yml'), 'utf8')
    .replace("checksum: '00000001'", "checksum: '00000000'").replace('embench-crc32:', 'crc32:'));
  const c = p.cli('check', '--out', 'out');
  assert.equal(c.status, 1, c.stdout + c.stderr);
  const v = (JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results).variants[0]!;
  assert.equal(v.status, 'failed');
  assert.match(v.reason!, /crc32 checksum 00000001 differs from the expected 00000000/);
});

test("an image too big for its board is not built, with the need the linker measured, stack included", () => {
  const log = "ld: firmware.elf section `.bss' will not fit in region `RAM'\nld: region `RAM' overflowed by 23456 bytes\ncollect2: error: ld returned 1 exit status";
  const v = { runtime: 'wamr-classic', board: 'nucleo_f446re' };
  assert.equal(memoryNeed(log, v, { RAM: 131072, FLASH: 524288 }), 'needs 151 KiB RAM through wamr-classic, nucleo_f446re has 128 KiB');
  assert.equal(memoryNeed(`${log}\nld: region \`FLASH' overflowed by 1 bytes`, v, { RAM: 131072, FLASH: 524288 }),
    'needs 151 KiB RAM through wamr-classic, nucleo_f446re has 128 KiB; needs 513 KiB flash through wamr-classic, nucleo_f446re has 512 KiB');
  assert.equal(memoryNeed('undefined reference to `sqrt\'', v, { RAM: 131072, FLASH: 524288 }), undefined);
  // The overflow leaves out the stack above static RAM, and static RAM alone may fit: the map has both.
  const map = ['RAM              0x20000000         0x00020000         xrw',
    '                0x00004000                        WMB_STACK_SIZE = 0x4000',
    '                0x2001f760                        __wmb_heap_start = ALIGN (__wmb_bss_end, 0x8)'].join('\n');
  assert.equal(ramNeedFromMap(map), 0x1f760 + 0x4000);
  assert.equal(ramNeedFromMap('no symbols'), undefined);
  const assertOnly = "ld: static RAM and stack do not fit in the board's RAM\ncollect2: error: ld returned 1 exit status";
  assert.equal(memoryNeed(assertOnly, v, { RAM: 131072, FLASH: 524288 }, ramNeedFromMap(map)), 'needs 142 KiB RAM through wamr-classic, nucleo_f446re has 128 KiB');
  assert.equal(memoryNeed(log, v, { RAM: 131072, FLASH: 524288 }, 131072 + 23456 + 16384), 'needs 167 KiB RAM through wamr-classic, nucleo_f446re has 128 KiB');
  assert.equal(memoryNeed('undefined reference', v, { RAM: 131072, FLASH: 524288 }, 200000), undefined);
});
