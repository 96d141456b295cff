import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gitIn } from './helpers/git.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync, chmodSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { setTimeout } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STAMP_FILE, treeHash, treeStamp } from '../src/sources/treehash.js';
import { addToCache, loadManifest, markUnavailable, parseManifest, resolveSource, verifier, type SourcePin } from '../src/sources/sources.js';
import { checkSources, sourcesFor } from '../src/catalogue/catalogue.js';
import { CATALOGUE } from './helpers/catalogue.js';
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
const pinFor = async (dir: string): Promise<SourcePin> => ({ title: 'Lib', repo: 'acme/lib', commit: 'a'.repeat(40), version: 'v1', tree: await treeHash(dir) });

test('the tree hash depends on paths, contents and the executable bit, not on .git or order of creation', async () => {
  const a = tree({ 'src/a.c': 'int a;', 'README': 'x' });
  const b = tree({ 'README': 'x', 'src/a.c': 'int a;', '.git/HEAD': 'ref' });
  assert.equal(await treeHash(a), await treeHash(b));
  assert.notEqual(await treeHash(a), await treeHash(tree({ 'src/a.c': 'int b;', 'README': 'x' })));
  assert.notEqual(await treeHash(a), await treeHash(tree({ 'src/b.c': 'int a;', 'README': 'x' })));
  chmodSync(join(b, 'README'), 0o755);
  assert.notEqual(await treeHash(a), await treeHash(b));
});

test('the shipped manifest is valid; runtime.yml, stack.yml and benchmark.yml name the sources they build from', async () => {
  const m = await loadManifest('firmware');
  assert.deepEqual(Object.keys(m).sort(), ['cmsis', 'coremark', 'embench', 'freertos_kernel', 'hal_stm32', 'wamr', 'wasm3', 'zephyr']);
  const v = (runtime: string, stack = 'bare-metal', benchmark = 'fft') => ({ runtime, stack, benchmark });
  assert.deepEqual(sourcesFor(CATALOGUE, v('native')), []);
  assert.deepEqual(sourcesFor(CATALOGUE, v('wasm3')), ['wasm3']);
  assert.deepEqual(sourcesFor(CATALOGUE, v('wamr-aot', 'freertos')).sort(), ['freertos_kernel', 'wamr']);
  assert.deepEqual(sourcesFor(CATALOGUE, v('native', 'zephyr')).sort(), ['cmsis', 'hal_stm32', 'zephyr']);
  assert.deepEqual(sourcesFor(CATALOGUE, v('native', 'bare-metal', 'embench-crc32')), ['embench']);
  assert.deepEqual(sourcesFor(CATALOGUE, v('wasm3', 'freertos', 'coremark')).sort(), ['coremark', 'freertos_kernel', 'wasm3']);
  checkSources(CATALOGUE, Object.keys(m));
  assert.throws(() => checkSources(CATALOGUE, Object.keys(m).filter((n) => n !== 'wamr')),
    /runtimes\/wamr-classic\/runtime\.yml: sources: "wamr" is not pinned in sources\.json/);
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
  const out = markUnavailable([v('native'), v('wasm3')], (x) => sourcesFor(CATALOGUE, x), resolved);
  assert.equal(out[0]!.notBuilt, undefined);
  assert.equal(out[1]!.notBuilt, 'source unavailable (wasm3): offline');
});

test('a tree imported for a pin without a tree hash is cached as unverified under its own tree hash, without .git, and used from there', async () => {
  const src = tree({ 'kernel/sched.c': 'int sched;', '.git/HEAD': 'ref', 'scripts/__pycache__/x.pyc': 'bytecode', 'scripts/run.sh': '#!/bin/sh\n' });
  chmodSync(join(src, 'scripts', 'run.sh'), 0o755);
  symlinkSync('../kernel/sched.c', join(src, 'scripts', 'sched.c'));
  const pin: SourcePin = { title: 'Zephyr', repo: 'zephyrproject-rtos/zephyr', commit: 'v4.1.0', version: 'v4.1.0' };
  const cache = tmp();
  const off = { cache, downloadTimeoutMs: 0, env: {} };
  assert.match((await resolveSource('zephyr', pin, off)).unavailable!, /never downloaded; set WASM_MCU_BENCH_SOURCE_ZEPHYR .* or import one into the cache \(it is recorded as unverified\) with `wasm-mcu-bench sources import zephyr DIR`/);
  const own = await treeHash(src);
  const imported = await addToCache(cache, 'zephyr', pin, src);
  assert.deepEqual([imported.verification, imported.tree], ['unverified', own]);
  assert.equal(existsSync(join(imported.dir, '.git')), false, '.git is not part of the tree and is not copied');
  assert.equal(await treeHash(imported.dir), own, 'the copy keeps the executable bit and the link');
  const got = await resolveSource('zephyr', pin, off);
  assert.deepEqual([got.origin, got.dir, got.tree, got.verification], ['cache', imported.dir, own, 'unverified']);
  // A build writes Python bytecode into the tree: that is not an edit.
  mkdirSync(join(got.dir!, 'kernel', '__pycache__'));
  writeFileSync(join(got.dir!, 'kernel', '__pycache__', 'k.pyc'), 'x');
  assert.equal((await resolveSource('zephyr', pin, off)).tree, own);
});

test('a cached tree is re-verified before use: a file edited, added or removed is an error naming the folder, a touched one is still used', async () => {
  const src = tree({ 'm3.c': 'int m3;', 'lib/x.h': '#define X 1' });
  const pin = await pinFor(src);
  const off = { downloadTimeoutMs: 0, env: {} };
  const edits: [string, (dir: string) => void][] = [
    ['edited (same size)', (dir) => writeFileSync(join(dir, 'm3.c'), 'int m4;')],
    ['added', (dir) => writeFileSync(join(dir, 'lib', 'evil.h'), '')],
    ['removed', (dir) => rmSync(join(dir, 'lib', 'x.h'))],
    ['made executable', (dir) => chmodSync(join(dir, 'm3.c'), 0o755)],
  ];
  for (const [what, edit] of edits) {
    const cache = tmp();
    const { dir } = await addToCache(cache, 'wasm3', pin, src);
    assert.equal((await resolveSource('wasm3', pin, { ...off, cache })).verification, 'verified');
    await setTimeout(20); // an edit comes later than the import, by more than a tick of the file system's clock
    edit(dir);
    await assert.rejects(resolveSource('wasm3', pin, { ...off, cache }), (e: Error) => e.name === 'UserError'
      && e.message.startsWith(`source wasm3 (Lib v1): the cached tree ${dir} was changed after it was cached (tree hash sha256:`)
      && e.message.includes(`cached as ${pin.tree}); nothing is built from it. Delete that folder, then run again to download it`), what);
  }
  // Same contents, other modification times (a copy of the cache without -p): the stamp differs, the tree hash does not.
  const cache = tmp();
  const { dir } = await addToCache(cache, 'wasm3', pin, src);
  utimesSync(join(dir, 'm3.c'), new Date(2001, 1, 1), new Date(2001, 1, 1));
  const got = await resolveSource('wasm3', pin, { ...off, cache });
  assert.deepEqual([got.origin, got.tree, got.verification], ['cache', pin.tree, 'verified']);
  // Hashed once: the new stamp is recorded, so the next run does not hash it again; an edit is still caught.
  assert.equal((JSON.parse(readFileSync(join(dir, STAMP_FILE), 'utf8')) as { stamp: string }).stamp, treeStamp(dir));
  await setTimeout(20);
  writeFileSync(join(dir, 'm3.c'), 'int m4;');
  await assert.rejects(resolveSource('wasm3', pin, { ...off, cache }), /was changed after it was cached/);
});

test('a lazily resolved cached tree is read only when verified: an edit is caught then, once, before anything is built', async () => {
  const src = tree({ 'm3.c': 'int m3;', 'lib/x.h': '#define X 1' });
  const pin = await pinFor(src);
  const cache = tmp();
  const { dir } = await addToCache(cache, 'wasm3', pin, src);
  await setTimeout(20);
  writeFileSync(join(dir, 'm3.c'), 'int m4;');
  const lazy = { downloadTimeoutMs: 0, env: {}, cache, lazy: true };
  const got = await resolveSource('wasm3', pin, lazy);
  assert.deepEqual([got.origin, got.dir, got.tree], ['cache', dir, pin.tree], 'resolved without reading the tree');
  const all = verifier([got, await resolveSource('other', pin, { ...lazy, cache: tmp() })]);
  await assert.rejects(all(), /the cached tree .* was changed after it was cached/);
  writeFileSync(join(dir, 'm3.c'), 'int m3;');
  await assert.rejects(all(), /was changed after it was cached/, 'verified once: the first verdict stands for the run');
  // Restored: a new run's verify hashes it (its stamp changed), finds the tree and records the new stamp.
  const again = await resolveSource('wasm3', pin, lazy);
  await again.verify!();
  assert.equal((JSON.parse(readFileSync(join(dir, STAMP_FILE), 'utf8')) as { stamp: string }).stamp, treeStamp(dir));
  assert.equal((await resolveSource('wasm3', pin, { downloadTimeoutMs: 0, env: {}, cache })).verify, undefined, 'resolved eagerly, it is verified already');
});

test('an override is hashed and said to be the pinned tree, not the pinned tree, or unverified', async () => {
  const src = tree({ 'm3.c': 'int m3;' });
  const pin = await pinFor(src);
  const other = tree({ 'm3.c': 'int patched;' });
  const with_ = (dir: string, p: SourcePin) => resolveSource('wasm3', p, { cache: tmp(), downloadTimeoutMs: 0, env: { WASM_MCU_BENCH_SOURCE_WASM3: dir } });
  assert.deepEqual(await with_(src, pin).then((r) => [r.verification, r.tree]), ['verified', pin.tree]);
  assert.deepEqual(await with_(other, pin).then((r) => [r.verification, r.tree]), ['differs', await treeHash(other)]);
  const { tree: _, ...unpinned } = pin;
  assert.deepEqual(await with_(other, unpinned).then((r) => [r.verification, r.tree]), ['unverified', await treeHash(other)]);
});

test('the sources command imports a tree pinned without a hash and lists every source with where it comes from and how it stands against its pin', async () => {
  const fw = tmp();
  const pinned = tree({ 'm3.c': 'int m3;' });
  const zephyr = tree({ 'VERSION': 'VERSION_MAJOR = 4' });
  const manifest = {
    wasm3: { title: 'wasm3', repo: 'wasm3/wasm3', commit: 'a'.repeat(40), version: 'v1', tree: await treeHash(pinned) },
    wamr: { title: 'WAMR', repo: 'bytecodealliance/wasm-micro-runtime', commit: 'b'.repeat(40), version: 'v2', tree: await treeHash(pinned) },
    zephyr: { title: 'Zephyr', repo: 'zephyrproject-rtos/zephyr', commit: 'v4.1.0', version: 'v4.1.0' },
  };
  writeFileSync(join(fw, 'sources.json'), JSON.stringify(manifest));
  const env = { ...process.env, WASM_MCU_BENCH_CACHE: tmp(), WASM_MCU_BENCH_SOURCE_WAMR: tree({ 'm3.c': 'int patched;' }) };
  for (const name of ['WASM3', 'ZEPHYR']) delete (env as NodeJS.ProcessEnv)[`WASM_MCU_BENCH_SOURCE_${name}`];
  const cli = (...args: string[]) => spawnSync(process.execPath, [join('dist', 'cli.js'), ...args, '--firmware', fw], { encoding: 'utf8', env });
  for (const [name, dir] of [['wasm3', pinned], ['zephyr', zephyr]] as const) {
    const r = cli('sources', 'import', name, dir);
    assert.equal(r.status, 0, r.stderr);
  }
  const r = cli('sources');
  assert.equal(r.status, 0, r.stderr);
  const line = (name: string) => r.stdout.split('\n').find((l) => l.startsWith(`${name} `)) ?? '';
  const cached = join(env.WASM_MCU_BENCH_CACHE, 'sources');
  assert.equal(line('wasm3'), `wasm3            wasm3 v1 aaaaaaaaaaaa  cache: ${join(cached, `wasm3-${'a'.repeat(40)}`, 'wasm3')}: the pinned tree, ${manifest.wasm3.tree}`);
  assert.match(line('wamr'), /^wamr {13}WAMR v2 b{12} {2}override: \S+: not the pinned tree: sha256:[0-9a-f]{64}$/);
  assert.equal(line('zephyr'), `zephyr           Zephyr v4.1.0 v4.1.0  cache: ${join(cached, 'zephyr-v4.1.0', 'zephyr')}: unverified (no tree hash is pinned): ${await treeHash(zephyr)}`);
  writeFileSync(join(cached, 'zephyr-v4.1.0', 'zephyr', 'VERSION'), 'VERSION_MAJOR = 5');
  const edited = cli('sources');
  assert.equal(edited.status, 2);
  assert.match(edited.stdout, /^zephyr {11}Zephyr v4\.1\.0 v4\.1\.0 {2}error: source zephyr \(Zephyr v4\.1\.0\): the cached tree \S+ was changed after it was cached .*import the tree again with `wasm-mcu-bench sources import zephyr DIR`$/m);
  assert.match(edited.stdout, /^wasm3 .* cache: /m, 'the other sources are still listed');
});
