import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { lockBoard, OUT_LOCK, processStart, takeLock } from '../src/run/lock.js';
import { config, makeProject, ROOT } from './helpers/project.js';

test('a board lock is exclusive, waits for a live owner, and is released', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-lock-'));
  const a = await lockBoard(dir, 'f446-a', 'job A', 1000);
  const owner = JSON.parse(readFileSync(join(dir, 'f446-a.lock'), 'utf8'));
  assert.equal(owner.pid, process.pid);
  assert.equal(owner.what, 'job A');
  await assert.rejects(lockBoard(dir, 'f446-a', 'job B', 300, 50), (e: Error) =>
    /^busy: locked by pid \d+ on .* since .* \(job A\); lock file .*f446-a\.lock$/.test(e.message));
  const other = await lockBoard(dir, 'f746-a', 'job C', 300);
  await other.release();
  const waiting = lockBoard(dir, 'f446-a', 'job B', 5000, 20);
  await a.release();
  const b = await waiting;
  assert.equal(JSON.parse(readFileSync(join(dir, 'f446-a.lock'), 'utf8')).what, 'job B');
  await b.release();
  assert.equal(existsSync(join(dir, 'f446-a.lock')), false);
});

test('a lock left by a process that is gone is stale and taken over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-lock-'));
  const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  const pid = Number(dead.stdout.trim());
  writeFileSync(join(dir, 'f446-a.lock'), JSON.stringify({ pid, host: hostname(), since: '2026-01-01T00:00:00Z', what: 'crashed job' }));
  const held = await lockBoard(dir, 'f446-a', 'job B', 300);
  assert.equal(JSON.parse(readFileSync(join(dir, 'f446-a.lock'), 'utf8')).what, 'job B');
  await held.release();
});

test('a lock whose pid now belongs to a later process is stale', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-lock-'));
  const path = join(dir, 'f446-a.lock');
  // This process is alive, but it is not the one that took the lock: that one started at another time.
  writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00Z', what: 'crashed job', start: processStart(process.pid)! - 1 }));
  const held = await takeLock(path, 'job B', 300);
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).what, 'job B');
  await held.release();
});

test('a lock carried along by copying or moving its folder is not held in the copy', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-lock-'));
  const path = join(dir, 'out.lock');
  writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00Z', what: 'the original run', start: processStart(process.pid), file: '/elsewhere/out.lock' }));
  const held = await takeLock(path, 'run in the copy', 300);
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).file, path);
  await held.release();
});

test("one run owns an output folder: a second one stops naming the holder; a dead holder's lock is cleared", async () => {
  // Nothing is built (node runs on the host only), so the run is quick; the lock is what is tested.
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [node]', 'benchmarks: [toggle]']));
  const lock = join(p.dir, 'out', OUT_LOCK);
  mkdirSync(join(p.dir, 'out'));
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  await once(holder, 'spawn');
  try {
    const start = processStart(holder.pid!);
    writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: hostname(), since: '2026-11-30T05:00:00.000Z', what: 'wasm-mcu-bench check', start, file: lock }));
    const second = p.cli('check', '--out', 'out');
    assert.equal(second.status, 2, second.stderr + second.stdout);
    assert.match(second.stderr, new RegExp(`output folder .*out is in use by another run: pid ${holder.pid} on ${hostname()} \\(wasm-mcu-bench check\\) since 2026-11-30T05:00:00.000Z`));
    assert.match(second.stderr, /lock file .*out\/\.wasm-mcu-bench\.lock/);
    assert.ok(!existsSync(join(p.dir, 'out', 'results.json')), 'the second run wrote nothing');
  } finally {
    holder.kill();
  }
  await once(holder, 'exit');
  const third = p.cli('check', '--out', 'out');
  assert.doesNotMatch(third.stderr, /in use/);
  assert.ok(existsSync(join(p.dir, 'out', 'results.json')), third.stderr);
  assert.ok(!existsSync(lock), 'the lock is released at the end');
});

test('an output folder that is a file, or under one, is a clear error, not a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-lock-'));
  const file = join(dir, 'file');
  writeFileSync(file, 'x');
  for (const out of [file, join(file, 'sub')]) {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--out', out], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim(), `wasm-mcu-bench: output folder ${out}: it, or a folder above it, is a file; choose another --out`);
  }
});
