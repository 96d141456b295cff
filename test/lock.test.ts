import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockBoard } from '../src/run/lock.js';

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
