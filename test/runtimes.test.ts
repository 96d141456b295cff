// Integration: every Wasm runtime mode, built by the firmware's CMake from the pinned upstream sources and run
// in QEMU, measured by the harness's own protocol and metric code. The sources come from an override
// (WASM_MCU_BENCH_SOURCE_WASM3, WASM_MCU_BENCH_SOURCE_WAMR) or the cache (wasm-mcu-bench sources import), and
// wamrc is built from that WAMR into the cache. Without them the tests are skipped with the reason, never faked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWamrc } from '../src/build/wamrc.js';
import { cmakeFacts } from '../src/catalogue/cmake.js';
import { CATALOGUE } from './helpers/catalogue.js';
import { parseElf } from '../src/measure/elf.js';
import { footprint } from '../src/measure/footprint.js';
import { metricsFor } from '../src/measure/metrics.js';
import { parseRecords, type Measurement, type MemoryRecord } from '../src/measure/protocol.js';
import { cacheRoot, loadManifest, resolveSource } from '../src/sources/sources.js';
import type { Metrics, Results, Variant } from '../src/types.js';
import { config, makeProject, ROOT } from './helpers/project.js';

const manifest = await loadManifest(join(ROOT, 'firmware'));
const wasm3 = await resolveSource('wasm3', manifest.wasm3!, { downloadTimeoutMs: 0 });
const wamrSource = await resolveSource('wamr', manifest.wamr!, { downloadTimeoutMs: 0 });
let wamrc: string | undefined;
let wamrcFailure: Error | undefined;
if (wamrSource.dir) {
  try {
    wamrc = await ensureWamrc(wamrSource.dir, wamrSource.tree!, cacheRoot(), (line) => console.log(`# ${line}`));
  } catch (e) {
    wamrcFailure = e as Error;
  }
}

// With WAMR's source here, a wamrc that does not build is a failure, never a reason to skip the AOT tests.
test('wamrc builds from the pinned WAMR tree', { skip: wamrSource.unavailable ?? false }, () => {
  if (wamrcFailure) throw wamrcFailure;
  assert.ok(wamrc);
});

interface Mode { runtime: string; cmake: Record<string, string | undefined>; unavailable?: string }
const WAMR = { WMB_SOURCE_WAMR: wamrSource.dir };
const AOT = { ...WAMR, WMB_WAMRC: wamrc };
const MODES: Mode[] = [
  { runtime: 'wasm3', cmake: { WMB_SOURCE_WASM3: wasm3.dir }, ...(wasm3.unavailable ? { unavailable: wasm3.unavailable } : {}) },
  { runtime: 'wamr-classic', cmake: WAMR, ...(wamrSource.unavailable ? { unavailable: wamrSource.unavailable } : {}) },
  { runtime: 'wamr-fast', cmake: WAMR, ...(wamrSource.unavailable ? { unavailable: wamrSource.unavailable } : {}) },
  { runtime: 'wamr-aot', cmake: AOT, ...(wamrSource.unavailable ? { unavailable: wamrSource.unavailable } : {}) },
  { runtime: 'wamr-aot-softfloat', cmake: AOT, ...(wamrSource.unavailable ? { unavailable: wamrSource.unavailable } : {}) },
];
// Native insn/FFT on the F446RE stand-in (the transform alone; 201,681 with the input regenerated in each iteration).
const NATIVE_FFT = 171_657.25;
// The F446RE is the tight one (128 KiB RAM); the F746ZG runs the same modules on a Cortex-M7.
const TESTED_BOARDS = ['nucleo_f446re', 'nucleo_f746zg'];

interface Run { metrics: Metrics; memory: MemoryRecord; results: Measurement[]; info: Record<string, unknown>; serial: string }

function buildAndRun(board: string, mode: Mode, benchmark: string, opts: { studyIterations?: boolean } = {}): { run: () => Run } {
  if (mode.cmake === AOT && !wamrc) throw new Error(`no wamrc to build ${mode.runtime} with: ${wamrcFailure?.message}`);
  const dir = mkdtempSync(join(tmpdir(), `wmb-${mode.runtime}-${benchmark}-`));
  const facts = cmakeFacts(CATALOGUE, { board, stack: 'bare-metal', runtime: mode.runtime, benchmark, target: 'emulated' }, opts);
  const defines = Object.entries({ ...facts, ...mode.cmake }).map(([k, v]) => `-D${k}=${v}`);
  execFileSync('cmake', ['-G', 'Ninja', '-S', join(ROOT, 'firmware'), '-B', dir, `-DBOARD=${board}`, '-DSTACK=bare-metal',
    `-DRUNTIME=${mode.runtime}`, `-DBENCHMARK=${benchmark}`, '-DTARGET=emulated', ...defines], { stdio: 'pipe' });
  execFileSync('cmake', ['--build', dir, '-j2'], { stdio: 'pipe' });
  const info = JSON.parse(readFileSync(join(dir, 'wmb-build.json'), 'utf8'));
  const elf = parseElf(readFileSync(info.elf), info.elf);
  const variant: Variant = { id: `${board}/bare-metal/${mode.runtime}/${benchmark}@emulated`, board, stack: 'bare-metal',
    runtime: mode.runtime, benchmark, target: 'emulated', cflags: [], defines: {} };
  return {
    run() {
      const q = info.qemu;
      const r = spawnSync(q.binary, ['-M', q.machine, ...q.args, '-kernel', info.elf], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(r.status, 0, `${variant.id} exit status ${r.status}\n${r.stdout}${r.stderr}`);
      const records = parseRecords(r.stdout, elf.buildId!);
      return {
        metrics: metricsFor(variant, CATALOGUE.benchmarks[benchmark]!, { flashBytes: info.flash_bytes_capacity, ramBytes: info.ram_bytes_capacity }, records, footprint(elf)),
        memory: records.find((x): x is MemoryRecord => x.type === 'memory')!,
        results: records.filter((x): x is Measurement => x.type === 'result'),
        info: info.runtime_info,
        serial: r.stdout,
      };
    },
  };
}

// Issue 11, point 4: under emulation the FFT image runs the first FFT alone, then run(1), run(2), run(3) (the probes);
// the study's average over 100 FFTs is derived, first + 99 x steady. The same build measuring all 100 in its measured
// call (run.study_iterations) gives the same figure, exactly, and the same first and steady ones.
const NATIVE: Mode = { runtime: 'native', cmake: {} };
for (const mode of [NATIVE, MODES[0]!, MODES[2]!]) {
  test(`nucleo_f446re ${mode.runtime}: iterations after the first are identical, and the derived average over 100 FFTs is the measured one`, { skip: mode.unavailable ?? false }, () => {
    const short = buildAndRun('nucleo_f446re', mode, 'fft').run();
    const full = buildAndRun('nucleo_f446re', mode, 'fft', { studyIterations: true }).run();
    const [s, f] = [short.results[0]!, full.results[0]!];
    assert.deepEqual([s.iterations, f.iterations], [1, 100]);
    const steady = s.probe2! - s.probe1!;
    assert.equal(s.probe3! - s.probe2!, steady, 'the 2nd and 3rd iterations of a call cost the same (exact counts)');
    assert.deepEqual([f.probe1, f.probe2, f.probe3], [s.probe1, s.probe2, s.probe3], 'the probes do not depend on the measured call before them');
    assert.equal(f.count, s.count + 99 * steady, '100 measured FFTs are the first one and 99 steady ones');
    for (const k of ['instructions', 'first_instructions', 'steady_instructions', 'load_instructions'])
      assert.deepEqual(short.metrics[k], full.metrics[k], k);
    assert.ok(short.metrics.first_instructions!.value >= short.metrics.steady_instructions!.value, 'the first FFT costs at least a steady one');
    if (mode === NATIVE) assert.equal(short.metrics.instructions!.value, NATIVE_FFT);
  });
}

for (const board of TESTED_BOARDS) {
  for (const mode of MODES) {
    const skip = mode.unavailable ?? false;
    const wamr = mode.runtime.startsWith('wamr');

    test(`${board} ${mode.runtime}: the FFT runs in QEMU with the native checksum, the same count twice`, { skip }, () => {
      const image = buildAndRun(board, mode, 'fft');
      const first = image.run();
      // metricsFor has checked the checksum (209e318e), the done status and the absence of error lines.
      const perFft = first.metrics.instructions!.value;
      assert.ok(perFft > NATIVE_FFT, `${perFft} insn/FFT: no Wasm runtime beats native`);
      assert.deepEqual(image.run().metrics, first.metrics, 'a second run counts the same');
      assert.equal(first.info.runtime, wamr ? 'wamr' : 'wasm3');
      if (wamr) {
        const pool = first.metrics.pool_bytes!;
        assert.ok(pool.value > 0 && pool.value < pool.capacity!, `pool ${pool.value} of ${pool.capacity}`);
        assert.equal(first.memory.heap_bytes, 0, 'WAMR takes everything from its pool');
      } else {
        assert.ok(first.memory.heap_bytes > 14_336, 'wasm3 holds the linear memory (up to __heap_base) on the heap');
      }
      if (mode.runtime === 'wamr-aot') {
        assert.equal(first.info.aot_float_abi, 'hard');
        assert.ok(perFft < 2 * NATIVE_FFT, `${perFft} insn/FFT: hard-float AOT is within 2x of native`);
      }
      if (mode.runtime === 'wamr-aot-softfloat') {
        assert.equal(first.info.aot_float_abi, 'soft');
        assert.equal(first.info.aot_cpu, 'generic');
      }
    });

    test(`${board} ${mode.runtime}: toggle_forever is stopped by the host after exactly the toggles asked for`, { skip }, () => {
      const image = buildAndRun(board, mode, 'toggle');
      const first = image.run();
      assert.deepEqual(first.results.map((t) => [t.name, t.iterations]), [['wasm', 1_000_000]]);
      const perToggle = first.metrics.instructions!.value;
      assert.ok(perToggle > 16 && perToggle < 1000, `${perToggle} insn/toggle: above a native call, below 1000`);
      assert.deepEqual(image.run().metrics, first.metrics, 'a second run counts the same');
    });
  }
}

test('a WAMR pool too small for the module fails the variant with WAMR\'s own reason, never a hang', { skip: MODES[1]!.unavailable ?? false }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [wamr-classic]', 'benchmarks: [fft]',
    'build: { defines: { WMB_WAMR_POOL_BYTES: 8192 } }', 'run: { timeout: 60 }']));
  const c = p.cli('check', '--out', 'out');
  assert.equal(c.status, 1, c.stdout + c.stderr);
  const v = (JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results).variants[0]!;
  assert.equal(v.status, 'failed');
  assert.match(v.reason!, /firmware reported: .*(allocate|memory|pool)/i);
  assert.equal(v.build, undefined);
});
