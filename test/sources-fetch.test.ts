// `wasm-mcu-bench sources fetch`: what CI runs before the (offline) tests, through the tool's own download
// path against a local archive server: the cache gets each verified tree, a tampered archive fails the step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gitIn } from './helpers/git.js';
import { treeHash } from '../src/sources/treehash.js';
import { cachedDir, type SourcePin } from '../src/sources/sources.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'wmb-fetch-'));

test('sources fetch downloads every pinned source with a tree hash, verified, even with downloads off for tests', async (t) => {
  const repo = tmp();
  mkdirSync(join(repo, 'source'));
  writeFileSync(join(repo, 'source', 'm3.c'), 'int m3;');
  writeFileSync(join(repo, 'run.sh'), '#!/bin/sh\n');
  chmodSync(join(repo, 'run.sh'), 0o755);
  const git = gitIn(repo);
  git('init', '-q'); git('add', '.'); git('commit', '-qm', 'x');
  let archive = execFileSync('git', ['archive', '--format=tar.gz', '--prefix=wasm3-x/', 'HEAD'], { cwd: repo });
  const server = createServer((req, res) => { res.writeHead(200); res.end(archive); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => server.close());

  const pin: SourcePin = { title: 'wasm3', repo: 'wasm3/wasm3', commit: 'a'.repeat(40), version: 'v1', tree: await treeHash(repo) };
  const firmware = tmp();
  writeFileSync(join(firmware, 'sources.json'), JSON.stringify({
    wasm3: pin,
    zephyr: { title: 'Zephyr', repo: 'zephyrproject-rtos/zephyr', commit: 'b'.repeat(40), version: 'v4.1.0' },
  }, null, 2));
  const cache = tmp();
  const fetch = (into: string, ...names: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    const env: NodeJS.ProcessEnv = { ...process.env, WASM_MCU_BENCH_CACHE: into, WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS: '0',
      WASM_MCU_BENCH_ARCHIVE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/{repo}/{commit}.tar.gz` };
    delete env.WASM_MCU_BENCH_SOURCE_WASM3;
    const child = execFile(process.execPath, [resolve('dist/cli.js'), 'sources', 'fetch', ...names, '--firmware', firmware], { env }, (_e, stdout, stderr) =>
      done({ code: child.exitCode ?? -1, stdout, stderr }));
  });

  const first = await fetch(cache);
  assert.equal(first.code, 0, first.stdout + first.stderr);
  assert.match(first.stdout, /^wasm3 +wasm3 v1 aaaaaaaaaaaa {2}download: /m);
  assert.match(first.stdout, /^zephyr +Zephyr v4\.1\.0 bbbbbbbbbbbb {2}not fetched: no recorded tree hash \(set WASM_MCU_BENCH_SOURCE_ZEPHYR/m);
  assert.ok(existsSync(join(cachedDir(cache, 'wasm3', pin), 'source', 'm3.c')));
  const again = await fetch(cache);
  assert.match(again.stdout, /^wasm3 .*  cache: /m, 'the second time from the cache');

  // A tampered archive into an empty cache: refused by its tree hash, and the step fails.
  writeFileSync(join(repo, 'source', 'm3.c'), 'int tampered;');
  git('commit', '-qam', 'tamper');
  archive = execFileSync('git', ['archive', '--format=tar.gz', '--prefix=wasm3-x/', 'HEAD'], { cwd: repo });
  const bad = await fetch(tmp(), 'wasm3');
  assert.equal(bad.code, 2, bad.stdout);
  assert.match(bad.stdout, /^wasm3 .*  failed: .*does not match the pinned/m);
});
