import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gitIn } from './helpers/git.js';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeHash } from '../src/sources/treehash.js';
import { addToCache, loadManifest, markUnavailable, parseManifest, resolveSource, sourcesFor, type SourcePin } from '../src/sources/sources.js';
import type { Variant } from '../src/types.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'wmb-src-'));
function tree(files: Record<string, string>): string {
  const dir = tmp();
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}
const pinFor = async (dir: string): Promise<SourcePin> => ({ title: 'Lib', repo: 'acme/lib', commit: 'a'.repeat(40), version: 'v1', tree: await treeHash(dir), used_by: ['runtime:wasm3'] });

test('the tree hash depends on paths, contents and the executable bit, not on .git or order of creation', async () => {
  const a = tree({ 'src/a.c': 'int a;', 'README': 'x' });
  const b = tree({ 'README': 'x', 'src/a.c': 'int a;', '.git/HEAD': 'ref' });
  assert.equal(await treeHash(a), await treeHash(b));
  assert.notEqual(await treeHash(a), await treeHash(tree({ 'src/a.c': 'int b;', 'README': 'x' })));
  assert.notEqual(await treeHash(a), await treeHash(tree({ 'src/b.c': 'int a;', 'README': 'x' })));
  chmodSync(join(b, 'README'), 0o755);
  assert.notEqual(await treeHash(a), await treeHash(b));
});

test('the shipped manifest is valid and maps runtimes and stacks to sources', async () => {
  const m = await loadManifest('firmware');
  assert.deepEqual(Object.keys(m).sort(), ['cmsis', 'freertos_kernel', 'hal_stm32', 'wamr', 'wasm3', 'zephyr']);
  const v = (runtime: string, stack = 'bare-metal') => ({ runtime, stack });
  assert.deepEqual(sourcesFor(v('native'), m), []);
  assert.deepEqual(sourcesFor(v('wasm3'), m), ['wasm3']);
  assert.deepEqual(sourcesFor(v('wamr-aot', 'freertos'), m).sort(), ['freertos_kernel', 'wamr']);
  assert.deepEqual(sourcesFor(v('native', 'zephyr'), m).sort(), ['cmsis', 'hal_stm32', 'zephyr']);
});

test('a malformed manifest is named with its line', () => {
  assert.throws(() => parseManifest('sources.json', '{"wasm3": {"title": "w", "repo": "wasm3/wasm3", "commit": "main", "version": "x", "tree": "sha256:00", "used_by": []}}'),
    /^UserError: sources\.json:1:\d+: wasm3\.commit: "main" is not allowed here/);
});

test('an override wins, the cache comes next, and with downloads off the source is unavailable with a way out', async () => {
  const src = tree({ 'm3.c': 'int m3;' });
  const pin = await pinFor(src);
  const cache = tmp();
  const off = { cache, downloadTimeoutMs: 0, env: {} };
  const none = await resolveSource('wasm3', pin, off);
  assert.match(none.unavailable!, /^source unavailable \(wasm3\): not in the cache and downloads are off; set WASM_MCU_BENCH_SOURCE_WASM3 to a checkout of acme\/lib at a{40}/);
  const over = await resolveSource('wasm3', pin, { ...off, env: { WASM_MCU_BENCH_SOURCE_WASM3: src } });
  assert.deepEqual([over.origin, over.dir, over.tree], ['override', src, pin.tree]);
  await assert.rejects(resolveSource('wasm3', pin, { ...off, env: { WASM_MCU_BENCH_SOURCE_WASM3: '/nonexistent' } }), /WASM_MCU_BENCH_SOURCE_WASM3=\/nonexistent: no such directory/);
  await addToCache(cache, 'wasm3', pin, src);
  const cached = await resolveSource('wasm3', pin, off);
  assert.equal(cached.origin, 'cache');
  assert.equal(readFileSync(join(cached.dir!, 'm3.c'), 'utf8'), 'int m3;');
});

test('importing a tree that is not the pinned one is refused with both hashes, and nothing is cached', async () => {
  const pin = await pinFor(tree({ 'm3.c': 'int m3;' }));
  const cache = tmp();
  const wrong = tree({ 'm3.c': 'int evil;' });
  await assert.rejects(addToCache(cache, 'wasm3', pin, wrong), (e: Error) =>
    e.message.includes(`tree hash ${'sha256:'}`) && e.message.includes(`does not match the pinned ${pin.tree}`) && /source wasm3 \(Lib v1\)/.test(e.message));
  assert.equal(existsSync(join(cache, 'sources')) ? readdirSync(join(cache, 'sources')).length : 0, 0);
});

test('a download is verified against the pin: a good archive is cached, a tampered one is refused', async () => {
  const repo = tree({ 'lib/m3.c': 'int m3;', 'run.sh': '#!/bin/sh\n' });
  chmodSync(join(repo, 'run.sh'), 0o755);
  const git = gitIn(repo);
  git('init', '-q'); git('add', '.'); git('commit', '-qm', 'x');
  let archive = execFileSync('git', ['archive', '--format=tar.gz', '--prefix=lib-x/', 'HEAD'], { cwd: repo });
  const server = createServer((req, res) => { res.writeHead(200); res.end(archive); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/{repo}/{commit}.tar.gz`;
    const pin = await pinFor(repo);
    const cache = tmp();
    const got = await resolveSource('wasm3', pin, { cache, downloadTimeoutMs: 5000, env: { WASM_MCU_BENCH_ARCHIVE_URL: url } });
    assert.equal(got.origin, 'download');
    assert.equal(readFileSync(join(got.dir!, 'lib', 'm3.c'), 'utf8'), 'int m3;');
    writeFileSync(join(repo, 'lib', 'm3.c'), 'int tampered;');
    git('commit', '-qam', 'tamper');
    archive = execFileSync('git', ['archive', '--format=tar.gz', '--prefix=lib-x/', 'HEAD'], { cwd: repo });
    await assert.rejects(resolveSource('wasm3', pin, { cache: tmp(), downloadTimeoutMs: 5000, env: { WASM_MCU_BENCH_ARCHIVE_URL: url } }), /does not match the pinned/);
  } finally {
    server.close();
  }
});

test('variants whose source is unavailable become not built with the reason; others are untouched', async () => {
  const m = await loadManifest('firmware');
  const v = (runtime: string): Variant => ({ id: `b/bare-metal/${runtime}/fft@emulated`, board: 'b', stack: 'bare-metal', runtime, benchmark: 'fft', target: 'emulated', cflags: [], defines: {} });
  const resolved = new Map([['wasm3', { name: 'wasm3', pin: m.wasm3!, unavailable: 'source unavailable (wasm3): offline' }]]);
  const out = markUnavailable([v('native'), v('wasm3')], m, resolved);
  assert.equal(out[0]!.notBuilt, undefined);
  assert.equal(out[1]!.notBuilt, 'source unavailable (wasm3): offline');
});
