// Nothing half-done, nothing left running: interrupted runs write what finished, no child outlives the tool,
// and an output folder that was moved still builds. Real firmware, real QEMU, a real hung image.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildDirOf, config, firmwareWith, makeProject, ROOT } from './helpers/project.js';
import type { Results } from '../src/types.js';

const HUNG_FFT = ['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [toggle, fft]', 'run: { timeout: 300, jobs: 1 }'];

/** Processes (other than this one) that run in `dir` or name it on their command line. */
function processesIn(dir: string): { pid: number; argv: string[] }[] {
  const found = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd.startsWith(dir) || argv.some((a) => a.includes(dir))) found.push({ pid, argv });
    } catch {
      // gone meanwhile, or a kernel thread
    }
  }
  return found;
}

async function until<T>(what: string, ms: number, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** Starts the tool on the hung FFT and waits until QEMU runs that image (the toggle variant has finished by then). */
async function hungRun(dir: string, fw: string, out: string, env: NodeJS.ProcessEnv = process.env) {
  const tool = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--out', out, '--firmware', fw], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  tool.stderr.on('data', (d) => (stderr += d));
  tool.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => tool.on('exit', (code, signal) => res({ code, signal })));
  const qemu = await until('QEMU running the hung FFT image', 240_000, () =>
    // The image is in the tool's cache (fft is a member of its group: <group>/fft/firmware.elf);
    // QEMU runs in the project, where the tool was started.
    processesIn(dir).find((p) => basename(p.argv[0] ?? '') === 'qemu-system-arm' && p.argv.some((a) => /\/fft\/firmware\.elf$/.test(a))));
  return { tool, qemu, exited, stderr: () => stderr };
}

test('SIGTERM writes the finished variants marked interrupted; SIGKILL leaves no process behind', async (t) => {
  const p = makeProject(config(HUNG_FFT));
  const fw = firmwareWith(p, 'benchmarks/fft/fft.c', 'fft_bench', 'for (;;) { __asm__ volatile(""); }');

  await t.test('SIGTERM', async () => {
    const out = join(p.dir, 'out-term');
    // An earlier run's passing report in the folder must not stay beside the interrupted results.
    mkdirSync(out);
    writeFileSync(join(out, 'report.md'), '✅ **No regressions** (an earlier run)\n');
    writeFileSync(join(out, 'bencher.json'), '{}\n');
    const run = await hungRun(p.dir, fw, out);
    run.tool.kill('SIGTERM');
    const { code } = await run.exited;
    assert.equal(code, 143, run.stderr());
    assert.match(run.stderr(), /interrupted by SIGTERM: .*results\.json holds the 1 variant\(s\) that finished/);
    const r = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    assert.equal(r.interrupted, true);
    const byId = Object.fromEntries(r.variants.map((v) => [v.id, v]));
    assert.equal(byId['nucleo_f446re/bare-metal/native/toggle@emulated']!.status, 'ok');
    assert.equal(byId['nucleo_f446re/bare-metal/native/fft@emulated']!.status, 'failed');
    assert.match(byId['nucleo_f446re/bare-metal/native/fft@emulated']!.reason!, /interrupted by SIGTERM before it finished/);
    assert.ok(!existsSync(join(out, '.wasm-mcu-bench.lock')), 'the output folder is released');
    assert.ok(!existsSync(join(out, 'report.md')) && !existsSync(join(out, 'bencher.json')), 'no earlier report beside the interrupted results');
    await until('no process left', 10_000, () => (processesIn(p.dir).length ? undefined : true));
  });

  await t.test('SIGKILL', async () => {
    const out = join(p.dir, 'out-kill');
    const run = await hungRun(p.dir, fw, out);
    run.tool.kill('SIGKILL');
    assert.equal((await run.exited).signal, 'SIGKILL');
    // The tool could not clean up: its children stop by themselves (parent-death signal), within the grace.
    const left = await until('no process left', 10_000, () => (processesIn(p.dir).length ? undefined : [])).catch(() => processesIn(p.dir));
    assert.deepEqual(left.map((l) => l.argv.join(' ')), [], `QEMU was ${run.qemu.pid}`);
  });
});

test('a QEMU stopped by a signal from outside the tool fails its variant with QEMU\'s own line, and nothing of it is stored', async () => {
  // The hung FFT alone, in a private cache: its result store starts empty and must stay so.
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'run: { timeout: 300 }']));
  const fw = firmwareWith(p, 'benchmarks/fft/fft.c', 'fft_bench', 'for (;;) { __asm__ volatile(""); }');
  const cache = mkdtempSync(join(tmpdir(), 'wmb-cache-'));
  const run = await hungRun(p.dir, fw, join(p.dir, 'out'), { ...process.env, WASM_MCU_BENCH_CACHE: cache });
  // Someone else (not the tool) stops QEMU, once QEMU catches SIGTERM (bit 15 of SigCgt; before that, the signal
  // kills it silently): QEMU exits 0 and says why on stderr.
  await until('QEMU catching SIGTERM', 60_000, () => {
    const caught = /^SigCgt:\s*([0-9a-f]+)$/m.exec(readFileSync(`/proc/${run.qemu.pid}/status`, 'utf8'))?.[1];
    return caught && (BigInt(`0x${caught}`) & (1n << 14n)) ? true : undefined;
  });
  process.kill(run.qemu.pid, 'SIGTERM');
  const { code } = await run.exited;
  assert.equal(code, 1, run.stderr()); // a failed variant, the tool itself not interrupted
  const r = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results;
  assert.equal(r.interrupted, undefined, 'the tool was not interrupted');
  const [fft] = r.variants;
  assert.equal(fft!.status, 'failed', JSON.stringify(r.variants));
  assert.match(fft!.reason!, /QEMU was stopped before the firmware finished \(terminating on signal 15 from pid \d+/);
  const stored = existsSync(join(cache, 'results')) ? readdirSync(join(cache, 'results'), { recursive: true }).map(String).filter((f) => f.endsWith('.json')) : [];
  assert.deepEqual(stored, [], 'the result store holds nothing of the stopped run');
});

test('a moved output folder rebuilds instead of failing on CMake\'s cache path', () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [toggle]']));
  const first = p.cli('check', '--out', 'out');
  assert.equal(first.status, 3, first.stderr + first.stdout); // no baselines yet: incomplete
  const moved = `${p.dir}-moved`;
  renameSync(p.dir, moved);
  const again = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--out', 'out'], { cwd: moved, encoding: 'utf8' });
  assert.equal(again.status, 3, again.stderr + again.stdout);
  const r = JSON.parse(readFileSync(join(moved, 'out', 'results.json'), 'utf8')) as Results;
  assert.deepEqual(r.variants.map((v) => v.status), ['ok']);
  const build = JSON.parse(readFileSync(join(buildDirOf(join(moved, 'out'), 'nucleo_f446re/bare-metal/native/toggle@emulated'), 'wmb-build.json'), 'utf8'));
  assert.ok(!JSON.stringify(build).includes(`${p.dir}/`), 'nothing of the build points into the old place');
});
