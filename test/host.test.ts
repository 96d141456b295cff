// The host target: native Linux builds of the same FFT, timed repeatedly and counted exactly with callgrind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { hostMetrics } from '../src/measure/host.js';
import { CATALOGUE } from './helpers/catalogue.js';
import { parseCallgrind } from '../src/run/host.js';
import { aotNote, buildNote } from '../src/report/format.js';
import { githubActionBenchmark } from '../src/report/exports.js';
import type { ResultRecord } from '../src/measure/protocol.js';
import type { Results, Variant } from '../src/types.js';
import { buildDirOf, config, makeProject, ROOT, sourcesMissing } from './helpers/project.js';
import { cmakeFacts } from '../src/catalogue/cmake.js';

const v: Variant = { id: 'host/linux/native/fft@host', board: 'host', stack: 'linux', runtime: 'native', benchmark: 'fft', target: 'host', cflags: [], defines: {} };
const FFT = CATALOGUE.benchmarks.fft!;
const run = (ns: number, checksum = FFT.checksum): ResultRecord[] => [
  { type: 'result', build_id: 'x', name: 'fft', iterations: 100, count: ns * 100, ...(checksum ? { checksum } : {}) },
  { type: 'done', build_id: 'x', status: 0 },
];

test('host metrics: median and spread of the timed runs, equivalent cycles at the stated clock, exact instructions', () => {
  const m = hostMetrics(v, FFT, [run(1000), run(1200), run(900), run(1100), run(1000)], 19_000_000, 3.7);
  // n = 5: the widest interval, [x(1), x(5)], holds the median with 1 - 2/32 = 93.75%.
  assert.deepEqual(m.ns, { value: 1000, unit: 'ns/FFT', spread: 30, runs: 5, ci: [900, 1200], ci_level: 0.9375, samples: [1000, 1200, 900, 1100, 1000] });
  assert.deepEqual(m.equivalent_cycles, { value: 3700, unit: 'cycles/FFT at 3.7 GHz' });
  assert.deepEqual(m.instructions, { value: 190000, unit: 'insn/FFT' });
  assert.throws(() => hostMetrics(v, FFT, [run(1000), run(1000, 'bad')], undefined, 3.7), /checksum bad differs/);
});

test('an engine behind a pipe: the median time inside it per FFT', () => {
  const engine = (ns: number, inside: number): ResultRecord[] => [
    ...run(ns).slice(0, 1),
    { type: 'memory', build_id: 'x', stack_bytes: 0, stack_size: 0, heap_bytes: 0, engine_ns: inside * 100 },
    ...run(ns).slice(1),
  ];
  const m = hostMetrics(v, FFT, [engine(1000, 900), engine(1100, 950), engine(5000, 800)], undefined, 3.7);
  assert.deepEqual(m.engine_ns, { value: 900, unit: 'ns/FFT', runs: 3 });
  assert.equal(hostMetrics(v, FFT, [run(1000)], undefined, 3.7).engine_ns, undefined);
});

test('host metrics carry the configuration of the image each comes from; the counted run is checked too', () => {
  const images = { timed: 'hardware bounds checks (guard pages)', counted: 'software bounds checks (no guard pages)' };
  // The count is per iteration of the counted run, which runs the iterations benchmark.yml declares.
  const m = hostMetrics(v, FFT, [run(1000), run(1200), run(900)], 19_000_000, 3.7, { ...images, countedRun: run(1000) });
  const fewer = run(1000).map((r) => (r.type === 'result' ? { ...r, iterations: 50 } : r));
  assert.throws(() => hostMetrics(v, FFT, [run(1000)], 9_500_000, 3.7, { ...images, countedRun: fewer }), /the run callgrind counted: .*ran 50 iterations, its benchmark.yml says 100/);
  assert.equal(m.ns!.configuration, images.timed);
  assert.equal(m.equivalent_cycles!.configuration, images.timed);
  assert.deepEqual(m.instructions, { value: 190000, unit: 'insn/FFT', configuration: images.counted });
  // A counted image that computes something else is not counted.
  assert.throws(() => hostMetrics(v, FFT, [run(1000)], 19_000_000, 3.7, { ...images, countedRun: run(1000, 'bad') }), /the run callgrind counted: fft checksum bad differs/);
  // The exports say it too.
  const results: Results = { schemaVersion: 1, provenance: { commit: 'abc123def4567890', date: '', tool: '', node: '', toolchain: {} }, variants: [{ ...v, status: 'ok', metrics: m }] };
  const exported = githubActionBenchmark(results, CATALOGUE).smaller;
  assert.equal(exported.find((e) => e.name.endsWith(' ns'))!.extra, 'commit abc123def456, hardware bounds checks (guard pages)');
  assert.equal(exported.find((e) => e.name.endsWith(' instructions'))!.extra, 'commit abc123def456, software bounds checks (no guard pages)');
  // A build that names no configuration: no label.
  assert.equal('configuration' in hostMetrics(v, FFT, [run(1000)], 19_000_000, 3.7).ns!, false);
});

test('host AOT says which configuration each number comes from: time from guard pages, instructions from software checks', () => {
  const r = { ...v, runtime: 'wamr-aot', status: 'ok' as const, metrics: {}, build: { aot_target: 'x86_64', aot_cpu: 'generic', aot_float_abi: 'hard', aot_bounds_checks: 1 } };
  const labelled = { ...r, metrics: { ns: { value: 1, unit: 'ns/FFT', configuration: 'hardware bounds checks (guard pages)' }, instructions: { value: 2, unit: 'insn/FFT', configuration: 'software bounds checks (no guard pages)' } } };
  assert.equal(aotNote(labelled), 'x86_64 (no CPU given), hard float; time: hardware bounds checks (guard pages); instructions: software bounds checks (no guard pages)');
  // Results from before the host timed a production image.
  assert.equal(aotNote(r), 'x86_64 (no CPU given), hard float, software bounds checks (not guard pages)');
  assert.equal(aotNote({ ...r, build: { ...r.build, aot_target: 'thumbv7em', aot_cpu: 'cortex-m4' } }), 'thumbv7em cortex-m4, hard float, bounds checks on');
});

test("callgrind's collected count is read from its summary", () => {
  assert.equal(parseCallgrind('==42== Events    : Ir\n==42== Collected : 18997970\n==42==\n==42== I   refs:      25,322,123\n'), 18997970);
  assert.equal(parseCallgrind('valgrind: command not found'), undefined);
});

test('native, scalar native, node (first call and steady state) and wasm-interp run on the host: checksum checked, instruction counts identical run after run', () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [toggle, fft]', 'targets: [host]', 'host: { runtimes: [native, native-scalar, node, node-steady, wasm-interp], repeat: 3 }']));
  // --rerun: every count measured again, not reused from the result store (test/reuse.test.ts tests reuse).
  const counts = () => {
    const c = p.cli('check', '--out', 'out', '--rerun');
    assert.equal(c.status, 3, c.stdout + c.stderr); // no baselines yet: incomplete
    const r: Results = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8'));
    return Object.fromEntries(r.variants.map((x) => [x.id, x]));
  };
  const first = counts();
  const native = first['host/linux/native/fft@host']!;
  assert.equal(native.status, 'ok', native.reason);
  assert.equal(native.metrics.ns?.runs, 3);
  assert.ok(native.metrics.instructions!.value > 50_000, String(native.metrics.instructions!.value));
  assert.equal(first['host/linux/native-scalar/fft@host']!.status, 'ok');
  // What "native" means: gcc's own -fopt-info verdict on the butterfly loop, per native build.
  const vec = native.build?.vectorisation as { hot_loop: string; vectorised: boolean; compiler_says: string[] };
  assert.equal(vec.vectorised, true);
  assert.match(vec.hot_loop, /^fft\.c:\d+$/);
  assert.ok(vec.compiler_says.includes('optimized: loop vectorized using 16 byte vectors'), vec.compiler_says.join('; '));
  assert.equal((first['host/linux/native-scalar/fft@host']!.build!.vectorisation as { vectorised: boolean }).vectorised, false);
  assert.equal(first['host/linux/native/toggle@host']!.reason, 'the host has no GPIO to toggle');
  for (const engine of ['node', 'node-steady', 'wasm-interp']) {
    // Out-of-process engines: the same module, the same checksum (checked), timed only.
    const v = first[`host/linux/${engine}/fft@host`]!;
    assert.equal(v.status, 'ok', v.reason);
    assert.ok(v.metrics.ns!.value > 0 && !('instructions' in v.metrics), `${engine}: timed, no instruction count`);
    assert.equal(v.build?.out_of_process, true);
  }
  // V8's own word (%IsLiftoffFunction, %IsTurboFanFunction) on the code each timed call ran, from the raw log.
  const log = (id: string) => readFileSync(join(p.dir, 'out', first[id]!.log!), 'utf8');
  const firstCall = log('host/linux/node/fft@host');
  assert.match(firstCall, /wmb-pipe: fft_bench\(100\) ran liftoff code compiled on this call/);
  assert.doesNotMatch(firstCall, /turbofan/);
  const steady = log('host/linux/node-steady/fft@host');
  assert.match(steady, /wmb-pipe: fft_bench reached turbofan after \d+ warm-up calls/);
  assert.equal(steady.match(/wmb-pipe: fft_bench\(100\) ran turbofan code/g)?.length, 3, steady);
  for (const id of ['host/linux/node/fft@host', 'host/linux/node-steady/fft@host']) {
    // The time inside V8 comes back through the pipe: the wall time is that plus the pipe.
    const m = first[id]!.metrics;
    assert.ok(m.engine_ns!.value > 0 && m.engine_ns!.runs === 3, id);
  }
  assert.equal(first['host/linux/node-steady/fft@host']!.build?.v8_tier, 'after tier-up (TurboFan)');
  assert.deepEqual(first['host/linux/node-steady/fft@host']!.build?.node_args, ['--allow-natives-syntax', '--warm', 'fft_bench', '1']);
  const second = counts();
  for (const id of ['host/linux/native/fft@host', 'host/linux/native-scalar/fft@host'])
    assert.equal(second[id]!.metrics.instructions!.value, first[id]!.metrics.instructions!.value, id);
  const report = readFileSync(join(p.dir, 'out', 'report.md'), 'utf8');
  assert.match(report, /<details><summary>Slowdown vs native C, fft on host \(host, instructions\): native-scalar \d+\.\d+×<\/summary>/);
  // Each ratio is a bar in text with its value beside it; the wall time in a table of its own, with each median and interval.
  assert.match(report, /\| Native C, no auto-vectorisation <sub>fft\.c:\d+ not vectorised<\/sub> \| linux \| [█-▏]+\u00a0\d+\.\d+× \| \|/);
  assert.match(report, /\| Native C, no auto-vectorisation <sub>fft\.c:\d+ not vectorised<\/sub> \| (≈\u00a0)?[█-▏]+\u00a0\d+\.\d+× \| [\d.,]+ \[[\d.,]+–[\d.,]+\] \|/);
  assert.match(report, /`host\/linux\/native\/fft@host` \| [^|]+ \| [^|]+ \| fft\.c:\d+ vectorised \(16 byte vectors, versioned for aliasing\) \|/);
  assert.match(report, /\| Node\.js \(V8\), first call \(Liftoff\) <sub>[\d.,]+ µs\/FFT inside V8, the pipe −?[\d.,]+ µs\/FFT<\/sub> \| (≈\u00a0)?[█-▏]+\u00a0\d+\.\d+× \| [\d.,]+ \[[\d.,]+–[\d.,]+\] \|/);
  assert.match(report, /\| Node\.js \(V8\), after tier-up \(TurboFan\) <sub>/);
  // Native's own interval is stated, so a ≈ can be checked against it.
  if (report.includes('| ≈\u00a0')) assert.match(report, /≈ not distinguishable from native -O3: the 75% confidence intervals of the two median wall times overlap \(native -O3: [\d.,]+ µs \[[\d.,]+–[\d.,]+\] per FFT, 3 runs\)/);
});

test('host WAMR AOT: wall time from the production image (guard pages), instructions from the one valgrind runs (software checks), each labelled', { skip: await sourcesMissing('wamr') }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'targets: [host]', 'host: { runtimes: [wamr-aot], repeat: 3 }']));
  const c = p.cli('check', '--out', 'out');
  assert.equal(c.status, 3, c.stdout + c.stderr); // no baselines yet: incomplete
  const r: Results = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8'));
  const id = 'host/linux/wamr-aot/fft@host';
  const aot = r.variants.find((x) => x.id === id)!;
  assert.equal(aot.status, 'ok', aot.reason);
  assert.equal(aot.metrics.ns!.configuration, 'hardware bounds checks (guard pages)');
  assert.equal(aot.metrics.equivalent_cycles!.configuration, 'hardware bounds checks (guard pages)');
  assert.equal(aot.metrics.instructions!.configuration, 'software bounds checks (no guard pages)');
  // The counted image is the one the committed baseline was counted from: the same count, exactly.
  const baseline = JSON.parse(readFileSync(join(ROOT, 'baselines', 'host', 'host.json'), 'utf8'));
  assert.equal(aot.metrics.instructions!.value, baseline.variants[id].metrics.instructions.value);
  // Each image's build says how it checks bounds: wamrc's flags and whether the runtime has guard pages.
  const timed = aot.build!.timed as Record<string, unknown>;
  assert.equal(aot.build!.guard_pages, false);
  assert.equal(aot.build!.aot_bounds_checks, 1);
  assert.ok((aot.build!.wamrc_flags as string[]).includes('--bounds-checks=1'));
  assert.equal(timed.guard_pages, true);
  assert.equal(timed.aot_bounds_checks, 0);
  assert.ok((timed.wamrc_flags as string[]).includes('--bounds-checks=0'));
  assert.ok(!(timed.wamrc_flags as string[]).includes('--bounds-checks=1'));
  // ...and the binaries agree: WAMR compiles its guard-page signal handling and the AOT call through it only
  // under OS_ENABLE_HW_BOUND_CHECK (its Linux platform on 64-bit targets, without WAMR_DISABLE_HW_BOUND_CHECK).
  const build = buildDirOf(join(p.dir, 'out'), 'host/linux/wamr-aot/fft@host');
  const info = JSON.parse(readFileSync(join(build, 'wmb-build.json'), 'utf8'));
  // out/build links to the build folders in the tool's cache: the build names the real path. A group member's
  // timed image is its member folder in the group's one timed build (firmware/cmake/wmb_timed_build.cmake).
  assert.equal(info.timed_build, join(dirname(realpathSync(build)), 'hardware-bounds', 'fft', 'wmb-build.json'));
  const symbols = (elf: string) => execFileSync('nm', [elf], { encoding: 'utf8' });
  const hardware = JSON.parse(readFileSync(info.timed_build, 'utf8')).elf as string;
  for (const fn of ['invoke_native_with_hw_bound_check', 'os_thread_signal_init']) {
    assert.match(symbols(hardware), new RegExp(`\\b${fn}\\b`), `${hardware} has ${fn}`);
    assert.doesNotMatch(symbols(info.elf), new RegExp(`\\b${fn}\\b`), `${info.elf} has no ${fn}`);
  }
  // The timed runs ran the production image; callgrind counted the other one.
  const log = readFileSync(join(p.dir, 'out', aot.log!), 'utf8');
  assert.match(log, new RegExp(`^# command: .*${hardware.replace(/[.]/g, '\\.')}$`, 'm'));
  assert.ok(log.includes(`# timed: ${hardware} (hardware bounds checks (guard pages)); counted: ${info.elf} (software bounds checks (no guard pages))`), log);
  const report = readFileSync(join(p.dir, 'out', 'report.md'), 'utf8');
  assert.ok(report.includes('x86_64 (no CPU given), hard float; time: hardware bounds checks (guard pages); instructions: software bounds checks (no guard pages)'), report);
});

test("host WAMR interpreters say their numbers come from software bounds checks, not WAMR's guard pages", { skip: await sourcesMissing('wamr') }, async () => {
  const { loadManifest, resolveSource } = await import('../src/sources/sources.js');
  const wamr = await resolveSource('wamr', (await loadManifest(join(ROOT, 'firmware'))).wamr!, { downloadTimeoutMs: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'wmb-host-classic-'));
  // Configuring is enough: wmb-build.json is written then.
  execFileSync('cmake', ['-G', 'Ninja', '-S', join(ROOT, 'firmware'), '-B', dir, '-DBOARD=host', '-DSTACK=linux', '-DRUNTIME=wamr-classic',
    '-DBENCHMARK=fft', '-DTARGET=host', `-DWMB_SOURCE_WAMR=${wamr.dir}`,
    ...Object.entries(cmakeFacts(CATALOGUE, { board: 'host', runtime: 'wamr-classic', benchmark: 'fft', target: 'host' })).map(([k, v]) => `-D${k}=${v}`)], { stdio: 'pipe' });
  const info = JSON.parse(readFileSync(join(dir, 'wmb-build.json'), 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  assert.equal(info.runtime_info.configuration, 'software bounds checks (no guard pages)');
  assert.equal(info.runtime_info.guard_pages, false);
  assert.equal(info.timed_build, undefined);
  const r = { ...v, runtime: 'wamr-classic', status: 'ok' as const, metrics: { ns: { value: 1, unit: 'ns/FFT', configuration: info.runtime_info.configuration } } };
  assert.equal(buildNote(r), 'software bounds checks (no guard pages)');
});
