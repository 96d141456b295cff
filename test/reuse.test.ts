// Result reuse and build stamps (issue 11), on the smallest matrix that shows them: one board, bare-metal,
// native and wasm3, the FFT, emulated. The tool's cache is private to the test (pinned sources linked in);
// every program the tool could start is a logging wrapper on PATH, so "nothing started" is counted, not assumed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { config, makeProject, ROOT, sourcesMissing } from './helpers/project.js';
import { cacheRoot } from '../src/sources/sources.js';
import type { Results } from '../src/types.js';

const WRAPPED = ['qemu-system-arm', 'valgrind', 'cmake', 'ninja', 'arm-none-eabi-gcc', 'gcc', 'clang-19', 'ccache'];

test('an unchanged re-check starts nothing and reuses every result; a change reruns only what it touches', { skip: await sourcesMissing('wasm3') }, async (t) => {
  const p = makeProject(config([
    'boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native, wasm3]', 'benchmarks: [fft]', 'run: { timeout: 120 }',
  ]));
  // The firmware tree in the project: the test edits a runtime's source.
  cpSync(join(ROOT, 'firmware'), join(p.dir, 'firmware'), { recursive: true });

  const cache = mkdtempSync(join(tmpdir(), 'wmb-cache-'));
  symlinkSync(join(cacheRoot(), 'sources'), join(cache, 'sources'));
  const bin = mkdtempSync(join(tmpdir(), 'wmb-bin-'));
  const log = join(bin, 'started.log');
  const wrap = (tool: string, version?: string) => {
    const real = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> ${log}\n${version ? `[ "$1" = --version ] && { echo "${version}"; exit 0; }\n` : ''}exec ${real} "$@"\n`);
    chmodSync(join(bin, tool), 0o755);
  };
  for (const tool of WRAPPED) wrap(tool);
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, WASM_MCU_BENCH_CACHE: cache };
  const check = (...args: string[]) => {
    writeFileSync(log, '');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--out', 'out', '--firmware', 'firmware', ...args], { cwd: p.dir, encoding: 'utf8', env });
    assert.equal(r.status, 3, r.stderr + r.stdout); // no baselines: incomplete
    const started = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    const results = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results;
    return { r, started, results, byId: Object.fromEntries(results.variants.map((v) => [v.runtime, v])) };
  };
  const runs = (started: string[]) => started.filter((l) => l.startsWith('qemu-system-arm ') && l.includes('-kernel'));
  const builds = (started: string[]) => started.filter((l) => l.startsWith('cmake '));

  const cold = check();
  assert.equal(runs(cold.started).length, 2, cold.started.join('\n'));
  assert.ok(cold.results.variants.every((v) => v.status === 'ok' && !v.reused), JSON.stringify(cold.results.variants.map((v) => v.reason)));

  await t.test('unchanged: no process is started, every result is reused and says from which run', () => {
    const again = check();
    assert.deepEqual(again.started, [], 'nothing started');
    for (const v of cold.results.variants) {
      const now = again.byId[v.runtime]!;
      assert.deepEqual(now.metrics, v.metrics, v.id);
      assert.equal(now.reused?.date, cold.results.provenance.date, v.id);
    }
    assert.match(again.r.stdout + again.r.stderr, /result store: 2 of 2 reused \(hit rate 100%\)/);
    assert.match(readFileSync(join(p.dir, 'out', 'report.md'), 'utf8'), /♻️ 2 of 2 results were reused, not run again/);
    assert.match(readFileSync(join(p.dir, 'out', again.byId.wasm3!.log!), 'utf8'), /^# reused: measured by .* not run again$/m);
  });

  await t.test("a change to one runtime's source rebuilds and reruns that runtime's variants only", () => {
    const glue = join(p.dir, 'firmware', 'runtimes', 'wasm3', 'wasm3_glue.c');
    writeFileSync(glue, readFileSync(glue, 'utf8').replace('int wmb_runtime_init(void)\n{', 'int wmb_runtime_init(void)\n{\n    __asm__ volatile("nop");'));
    const changed = check();
    assert.ok(builds(changed.started).length > 0 && builds(changed.started).every((l) => l.includes('.wasm3.')), changed.started.join('\n'));
    assert.deepEqual(runs(changed.started).map((l) => l.includes('.wasm3.')), [true]);
    assert.ok(changed.byId.native!.reused && !changed.byId.wasm3!.reused);
    assert.equal(changed.byId.wasm3!.metrics.instructions!.value > 0, true);
  });

  await t.test('a corrupt or truncated store entry is ignored with a warning naming it, measured again and replaced', () => {
    const store = join(cache, 'results');
    const entries = readdirSync(store, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
    // The entry the last run used (each use touches it): the image before the source change has one too.
    const wasm3 = entries.filter((f) => readFileSync(join(store, f), 'utf8').includes('\\"runtime\\":\\"wasm3\\"'))
      .sort((a, b) => statSync(join(store, b)).mtimeMs - statSync(join(store, a)).mtimeMs)[0]!;
    const file = join(store, wasm3);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200));
    const next = check();
    assert.ok((next.r.stdout + next.r.stderr).includes(`warning: result store: ignored ${file}`), next.r.stderr + next.r.stdout);
    assert.deepEqual(runs(next.started).map((l) => l.includes('.wasm3.')), [true]);
    assert.ok(!next.byId.wasm3!.reused && next.byId.native!.reused);
    assert.doesNotThrow(() => JSON.parse(readFileSync(file, 'utf8')), 'replaced by a whole entry');
    assert.deepEqual(check().started, [], 'and reused again afterwards');
  });

  await t.test('--rerun measures everything again', () => {
    const fresh = check('--rerun');
    assert.equal(runs(fresh.started).length, 2);
    assert.equal(builds(fresh.started).length, 0, 'builds are still up to date');
    assert.ok(fresh.results.variants.every((v) => !v.reused));
  });

  await t.test('another QEMU version invalidates every reused emulated result', () => {
    wrap('qemu-system-arm', 'QEMU emulator version 99.0.0 (a fake upgrade)');
    const upgraded = check();
    assert.equal(runs(upgraded.started).length, 2, upgraded.started.join('\n'));
    assert.ok(upgraded.results.variants.every((v) => !v.reused));
    wrap('qemu-system-arm');
  });

  await t.test('another toolchain never reuses a build: each variant is configured and built again', () => {
    wrap('arm-none-eabi-gcc', 'arm-none-eabi-gcc (another machine) 13.0.0');
    const other = check();
    for (const id of ['.native.', '.wasm3.']) assert.ok(builds(other.started).some((l) => l.includes(id) && !l.includes('--build')), `${id} configured again`);
    wrap('arm-none-eabi-gcc');
  });
});

test('two runs sharing one cache leave its store whole', () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]']));
  const cache = mkdtempSync(join(tmpdir(), 'wmb-cache-'));
  mkdirSync(join(p.dir, 'b'));
  const env = { ...process.env, WASM_MCU_BENCH_CACHE: cache };
  const script = `const { spawn } = require('node:child_process');
const run = (out) => new Promise((r) => spawn(process.execPath, [${JSON.stringify(join(ROOT, 'dist', 'cli.js'))}, 'check', '--out', out], { stdio: 'ignore' }).on('exit', r));
Promise.all([run('a'), run('b/out')]).then((s) => console.log(JSON.stringify(s)));`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: p.dir, encoding: 'utf8', env });
  assert.deepEqual(JSON.parse(r.stdout), [3, 3], r.stderr);
  for (const out of ['a', join('b', 'out')]) {
    const results = JSON.parse(readFileSync(join(p.dir, out, 'results.json'), 'utf8')) as Results;
    assert.equal(results.variants[0]!.status, 'ok', `${out}: ${results.variants[0]!.reason}`);
  }
  const store = join(cache, 'results');
  for (const f of readdirSync(store, { recursive: true }).map(String).filter((x) => x.endsWith('.json')))
    assert.doesNotThrow(() => JSON.parse(readFileSync(join(store, f), 'utf8')), f);
});

test('a host instruction count is reused by binary; its wall times are measured again unless the config opts in', () => {
  const base = ['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'targets: [host]', 'host: { runtimes: [native], repeat: 3 }'];
  const p = makeProject(config(base));
  const cache = mkdtempSync(join(tmpdir(), 'wmb-cache-'));
  const bin = mkdtempSync(join(tmpdir(), 'wmb-bin-'));
  const log = join(bin, 'started.log');
  const real = spawnSync('sh', ['-c', 'command -v valgrind'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(join(bin, 'valgrind'), `#!/bin/sh\necho "valgrind $*" >> ${log}\nexec ${real} "$@"\n`);
  chmodSync(join(bin, 'valgrind'), 0o755);
  const check = () => {
    writeFileSync(log, '');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--out', 'out'], { cwd: p.dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, WASM_MCU_BENCH_CACHE: cache } });
    assert.equal(r.status, 3, r.stderr + r.stdout);
    const v = (JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results).variants[0]!;
    assert.equal(v.status, 'ok', v.reason);
    return { v, callgrind: readFileSync(log, 'utf8').split('\n').filter((l) => l.includes('--tool=callgrind')).length };
  };
  const first = check();
  assert.equal(first.callgrind, 1);
  const second = check();
  assert.equal(second.callgrind, 0, 'the same binary is not counted again');
  assert.equal(second.v.reused?.only, 'instructions');
  assert.deepEqual(second.v.metrics.instructions, first.v.metrics.instructions);
  assert.notDeepEqual(second.v.metrics.ns!.samples, first.v.metrics.ns!.samples, 'wall times measured again');
  // Opted in: the whole host result is reused, timed runs included.
  p.write('wasm-mcu-bench.yml', config([...base, 'run: { reuse: [host] }']));
  const measured = check();
  const reused = check();
  assert.equal(measured.v.reused?.only, 'instructions', 'a new key: timed again, the count still reused');
  assert.ok(reused.v.reused && !reused.v.reused.only, JSON.stringify(reused.v.reused));
  assert.deepEqual(reused.v.metrics.ns, measured.v.metrics.ns);
});
