// The result store, build stamps, pruning and shard balancing, without a firmware build (issue 11).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResultStore, keyHash } from '../src/store/store.js';
import { cacheContent, cacheKeys, profilesFolder, profilesKey, profilingShards } from '../src/github/cache.js';
import { cacheRoot } from '../src/sources/sources.js';
import { portableCommand, reusing } from '../src/store/reuse.js';
import type { Artifact } from '../src/build/cmake.js';
import type { RunOutput } from '../src/run/backend.js';
import { ccacheSize, sizeOf, toPrune } from '../src/store/prune.js';
import { depsPaths, ninjaPaths, stampBytes } from '../src/build/stamp.js';
import { loadedContentHash, parseElf } from '../src/measure/elf.js';
import { execFileSync } from 'node:child_process';
import { balance, criticalPathMs, groupMs, planShards } from '../src/shard/plan.js';
import type { Target, Variant } from '../src/types.js';
import type { BoardEntry } from '../src/inventory/inventory.js';
import type { Farm } from '../src/inventory/assign.js';
import type { HostSettings } from '../src/config/config.js';

const measured = { commit: 'c'.repeat(40), date: '2026-11-30T08:00:00.000Z' };
const run = { serial: '@wmb {"type":"done","build_id":"b","status":0}\n', diagnostics: '', exitCode: 0, timedOut: false as const, durationMs: 5, command: ['qemu-system-arm', '-kernel', '<image>'] };

test('a stored result is found under its own key only, whatever order the key was built in', async () => {
  const warnings: string[] = [];
  const store = new ResultStore(mkdtempSync(join(tmpdir(), 'wmb-store-')), (w) => warnings.push(w));
  await store.put({ image: 'a', runner: 'QEMU 7.2' }, measured, { run });
  assert.deepEqual((await store.get({ runner: 'QEMU 7.2', image: 'a' }))?.value, { run });
  assert.equal(await store.get({ image: 'a', runner: 'QEMU 8.2' }), undefined);
  assert.deepEqual(store.stats, { hits: 1, misses: 1, rejected: 0 });
  assert.deepEqual(warnings, []);
  assert.notEqual(keyHash({ image: 'a', runner: 'QEMU 7.2' }), keyHash({ image: 'a', runner: 'QEMU 8.2' }));
});

test('a truncated, corrupt or foreign entry is never trusted: a miss, a warning naming the file, and it is removed', async () => {
  const warnings: string[] = [];
  const store = new ResultStore(mkdtempSync(join(tmpdir(), 'wmb-store-')), (w) => warnings.push(w));
  const key = { image: 'b' };
  const file = store.pathOf(key);
  await store.put(key, measured, { run });
  const whole = readFileSync(file, 'utf8');
  const bad = [
    whole.slice(0, whole.length / 2),
    whole.replace('"serial"', '"serail"'),
    whole.replace('"image":"b"', '"image":"c"'),
    whole.replace('"timedOut":false', '"timedOut":true'),
    // A run QEMU ended before the firmware finished (earlier versions kept those).
    whole.replace('"type\\":\\"done', '"type\\":\\"hello'),
  ];
  for (const text of bad) {
    writeFileSync(file, text);
    assert.equal(await store.get(key), undefined, text);
    assert.match(warnings.at(-1)!, new RegExp(`^result store: ignored ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(.+\\); it is measured again and replaced$`));
  }
  assert.equal(store.stats.rejected, bad.length);
});

test('many writers of the same entries leave every one whole (written to a temporary file, then renamed)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-store-'));
  const stores = Array.from({ length: 4 }, () => new ResultStore(dir, (w) => assert.fail(w)));
  const big = { ...run, serial: run.serial + 'x'.repeat(200_000) };
  await Promise.all(stores.flatMap((s, i) => Array.from({ length: 10 }, (_, k) => [s.put({ k }, { ...measured, date: String(i) }, { run: big }), s.get({ k })])).flat());
  for (let k = 0; k < 10; k++) assert.equal(((await stores[0]!.get({ k }))!.value as { run: typeof big }).run.serial.length, big.serial.length);
});

test('only a run that reached its "done" record is stored: not one a signal ended with exit 0, nor one the tool stopped', async () => {
  const store = new ResultStore(mkdtempSync(join(tmpdir(), 'wmb-store-')), (w) => assert.fail(w));
  const dir = mkdtempSync(join(tmpdir(), 'wmb-elf-'));
  const elf = join(dir, 'firmware.elf');
  writeFileSync(join(dir, 'a.c'), 'void _start(void) { for (;;); }\n');
  execFileSync('arm-none-eabi-gcc', ['-mcpu=cortex-m4', '-mthumb', '-nostdlib', '-o', elf, join(dir, 'a.c')]);
  const artifact = { elf, variant: { id: 'v', target: 'emulated' } } as unknown as Artifact;
  const hello = '@wmb {"type":"hello","build_id":"b"}\n';
  const ctx = { store, measured, version: async () => 'QEMU 7.2' };
  const outputs: RunOutput[] = [
    { ...run, serial: hello, diagnostics: 'qemu-system-arm: terminating on signal 15 from pid 1 (timeout)\n' },
    run,
  ];
  const backend = { run: async () => outputs.shift()! };
  const reuse = reusing(backend, () => ['qemu-system-arm', '-kernel', elf], ctx, false);
  const stopped = new AbortController();
  stopped.abort();
  await reuse.run(artifact, 1000);
  await reuse.run(artifact, 1000, stopped.signal);
  assert.equal((await store.files()).length, 0, 'neither run is kept');
  outputs.push(run);
  await reuse.run(artifact, 1000);
  assert.equal((await reuse.run(artifact, 1000)).reused?.commit, measured.commit, 'a whole run is kept and reused');
});

test("the image's key is what QEMU loads, not where it is nor its debug sections", () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-elf-'));
  writeFileSync(join(dir, 'a.c'), 'int answer = 42;\nvoid _start(void) { for (;;) answer++; }\n');
  execFileSync('arm-none-eabi-gcc', ['-mcpu=cortex-m4', '-mthumb', '-g', '-nostdlib', '-o', join(dir, 'a.elf'), join(dir, 'a.c')]);
  const elf = readFileSync(join(dir, 'a.elf'));
  const moved = portableCommand(['qemu-system-arm', '-M', 'x', '-kernel', '/a/out/build/v/firmware.elf'], '/a/out/build/v/firmware.elf');
  assert.deepEqual(moved, ['qemu-system-arm', '-M', 'x', '-kernel', '<image>']);
  const h = loadedContentHash(elf);
  // A byte of the debug information (in no loaded segment) does not count...
  const info = parseElf(elf).sections.find((x) => x.name === '.debug_str')!;
  const debug = Buffer.from(elf);
  debug[info.offset] = debug[info.offset]! ^ 0xff;
  assert.equal(loadedContentHash(debug), h);
  // ...one inside a loaded segment does.
  const code = Buffer.from(elf);
  const phoff = elf.readUInt32LE(0x1c);
  const offset = elf.readUInt32LE(phoff + 4);
  code[offset + 1] = code[offset + 1]! ^ 0xff;
  assert.notEqual(loadedContentHash(code), h);
  assert.throws(() => loadedContentHash(elf.subarray(0, 60)), /truncated ELF/);
});

test('pruning drops the least recently used items until the total fits', () => {
  const items = [{ path: 'a', bytes: 40, used: 3 }, { path: 'b', bytes: 40, used: 1 }, { path: 'c', bytes: 40, used: 2 }];
  assert.deepEqual(toPrune(items, 100).map((i) => i.path), ['b']);
  assert.deepEqual(toPrune(items, 40).map((i) => i.path), ['b', 'c']);
  assert.deepEqual(toPrune(items, 120), []);
});

test('a build stamp reads what the build used from build.ninja and `ninja -t deps`', () => {
  const ninja = 'build build.ninja: RERUN_CMAKE | /fw/CMakeLists.txt /fw/runtimes/wasm3/runtime.cmake$\n    /fw/a$ b.cmake\nbuild x.obj: C_COMPILER /fw/runtimes/wasm3/wasm3_glue.c\n  FLAGS = -O2 -I/fw/common\n';
  assert.deepEqual(ninjaPaths(ninja), ['/fw/CMakeLists.txt', '/fw/runtimes/wasm3/runtime.cmake', '/fw/a b.cmake', '/fw/runtimes/wasm3/wasm3_glue.c']);
  const deps = 'CMakeFiles/x.dir/glue.c.obj: #deps 2, deps mtime 1 (VALID)\n    /fw/runtimes/wasm3/wasm3_glue.h\n    gen/config.h\n\n';
  assert.deepEqual(depsPaths(deps, '/b'), ['/fw/runtimes/wasm3/wasm3_glue.h', '/b/gen/config.h']);
});

const variant = (runtime: string, target: Variant['target'] = 'emulated'): Variant =>
  ({ id: `b/bare-metal/${runtime}/fft@${target}`, board: 'b', stack: 'bare-metal', runtime, benchmark: 'fft', target, cflags: [], defines: {} });

test("pruning reads a build folder's size from its stamp's first bytes; an older stamp whole; anything else is no size", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-stamp-'));
  const at = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  assert.equal(await stampBytes(at('new.json', `${JSON.stringify({ bytes: 123456, inputs: {}, files: { [`/x/${'y'.repeat(200)}`]: 'h' } })}\n`)), 123456);
  assert.equal(await stampBytes(at('old.json', JSON.stringify({ inputs: {}, files: {}, bytes: 42 }))), 42);
  assert.equal(await stampBytes(at('bad.json', '{"bytes": "many"}')), undefined);
  assert.equal(await stampBytes(at('half.json', '{"inputs": {')), undefined);
  assert.equal(await stampBytes(join(dir, 'none.json')), undefined);
});

test('plan cuts a hosted target into shards balanced by the last measured durations', () => {
  const vs = ['a', 'b', 'c', 'd', 'e'].map((r) => variant(r));
  const durations = new Map([['a', 90], ['b', 60], ['c', 50], ['d', 40], ['e', 10]].map(([r, ms]) => [variant(r as string).id, ms as number]));
  const one = planShards(vs, new Map(), { shards: {}, durations });
  assert.deepEqual(one.shards.map((s) => [s.name, s.estimateMs]), [['emulated', 250]]);
  const two = planShards(vs, new Map(), { shards: { emulated: 2 }, durations });
  assert.deepEqual(two.shards.map((s) => [s.name, s.variants.map((id) => id.split('/')[2]), s.estimateMs]), [['emulated-1', ['a', 'd'], 130], ['emulated-2', ['b', 'c', 'e'], 120]]);
  assert.equal(criticalPathMs(two), 130);
  // More shards than variants: no empty shard; a variant never measured counts as the median of the known ones.
  const many = planShards([...vs, variant('f')], new Map(), { shards: { emulated: 16 }, durations });
  assert.equal(many.shards.length, 6);
  assert.equal(many.shards.find((s) => s.variants[0]!.includes('/f/'))!.estimateMs, 50);
  assert.deepEqual(balance([], 4, () => 1), []);
});

test("plan keeps a build group in one shard, weighed by its build once and each member's own run; one bigger than a shard's share is cut", () => {
  const member = (runtime: string, benchmark: string): Variant =>
    ({ id: `b/bare-metal/${runtime}/${benchmark}@emulated`, board: 'b', stack: 'bare-metal', runtime, benchmark, target: 'emulated', cflags: [], defines: {} });
  // wasm3's cell: three members that each waited for the group's 100 s build, then ran 10, 20, 30 s.
  const cell = [member('wasm3', 'x'), member('wasm3', 'y'), member('wasm3', 'z')];
  const singles = [member('a', 'x'), member('b', 'x')];
  const durations = new Map([[cell[0]!.id, 110], [cell[1]!.id, 120], [cell[2]!.id, 130], [singles[0]!.id, 170], [singles[1]!.id, 170]]);
  const together = (v: Variant) => `${v.board}/${v.stack}/${v.runtime}@${v.target}`;
  const runtimesOf = (p: ReturnType<typeof planShards>) => p.shards.map((s) => [...new Set(s.variants.map((id) => id.split('/')[2]))]);
  const one = planShards([...cell, ...singles], new Map(), { shards: {}, durations, together });
  assert.equal(one.shards[0]!.estimateMs, 100 + 10 + 20 + 30 + 170 + 170, 'the build counted once, not in each member');
  const three = planShards([...cell, ...singles], new Map(), { shards: { emulated: 3 }, durations, together });
  assert.deepEqual(runtimesOf(three), [['a'], ['b'], ['wasm3']], 'the cell is not split: it takes no more than a shard\'s share');
  assert.deepEqual(three.shards.map((s) => s.estimateMs), [170, 170, 160]);
  // The cell alone on two runners: more than a share, cut in two parts, each built (and counted) again.
  const cut = planShards(cell, new Map(), { shards: { emulated: 2 }, durations, together });
  assert.deepEqual(cut.shards.map((s) => [s.variants.map((id) => id.split('/')[3]), s.estimateMs]), [[['x@emulated', 'z@emulated'], 150], [['y@emulated'], 120]]);
  assert.equal(groupMs([]), 0);
  assert.equal(groupMs([50, 60]), 70);
  assert.equal(groupMs([10, 100]), 110, 'never more than the sum (members measured apart)');
  // A member never measured adds the typical variant's time (the median of the known ones, 120 here).
  const unknown = planShards([...cell, member('wasm3', 'w')], new Map(), { shards: { emulated: 1 }, durations, together });
  assert.equal(unknown.shards[0]!.estimateMs, 160 + 120);
});

test("the action's cache keys: a run saves under its own key and restores its branch's newest, else its base branch's", async () => {
  const fw = mkdtempSync(join(tmpdir(), 'wmb-fw-'));
  writeFileSync(join(fw, 'sources.json'), '{}');
  const pr = await cacheKeys(fw, { GITHUB_HEAD_REF: 'feature/x', GITHUB_BASE_REF: 'main', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2' }, 'run-emulated-1');
  const prefix = pr.restoreKeys.at(-1)!;
  assert.match(prefix, /^wasm-mcu-bench-2-linux-x64-[0-9a-f]{16}-$/);
  assert.equal(pr.key, `${prefix}feature/x-7-2-run-emulated-1`);
  assert.deepEqual(pr.restoreKeys, [`${prefix}feature/x-`, `${prefix}main-`, prefix]);
  const push = await cacheKeys(fw, { GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: '8' }, 'check');
  assert.deepEqual(push.restoreKeys, [`${prefix}main-`, prefix]);
  writeFileSync(join(fw, 'sources.json'), '{"x":1}');
  assert.notEqual((await cacheKeys(fw, {}, 'check')).restoreKeys.at(-1), prefix, 'other pins, other entries');
});

test('the profiles a push kept: one entry per commit and profiling shard, the same folder in every job, apart from the tool cache', () => {
  const sha = 'a'.repeat(40);
  assert.equal(profilesKey(sha, 'emulated-2', 'linux', 'x64'), `wasm-mcu-bench-profiles-linux-x64-${sha}-emulated-2`);
  assert.equal(profilesKey(sha, 'a,b c', 'linux', 'arm64'), `wasm-mcu-bench-profiles-linux-arm64-${sha}-a_b_c`, 'no comma in a key');
  assert.notEqual(profilesKey(sha, 'emulated'), profilesKey('b'.repeat(40), 'emulated'));
  assert.doesNotMatch(profilesKey(sha, 'emulated'), /^wasm-mcu-bench-2-/, 'never restored as a tool cache entry by prefix');
  const plan = planShards([variant('a'), variant('b'), variant('c', 'host')], new Map(), { shards: { emulated: 2 }, durations: new Map() });
  const withBoard = { ...plan, shards: [...plan.shards, { name: 'desk-1', target: 'hardware' as const, runsOn: ['self-hosted'], variants: [] }] };
  assert.deepEqual(profilingShards(withBoard), ['emulated-1', 'emulated-2', 'host'], 'a board shard profiles nothing');
  const runnerTemp = join(tmpdir(), 'runner-temp');
  assert.equal(profilesFolder({ RUNNER_TEMP: runnerTemp }), join(runnerTemp, 'wasm-mcu-bench-profiles'));
  assert.ok(!profilesFolder({}).startsWith(cacheRoot()), 'not inside the tool cache, which is saved whole');
});

test('the cache is saved only when a run added to it, not when it only used it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-cache-'));
  const store = new ResultStore(join(dir, 'results'), (w) => assert.fail(w));
  await store.put({ a: 1 }, measured, { run });
  const before = await cacheContent(dir);
  await store.get({ a: 1 }); // touches the entry (its last use)
  assert.equal(await cacheContent(dir), before);
  await store.put({ a: 2 }, measured, { run });
  assert.notEqual(await cacheContent(dir), before);
});

test('a hardware result is reused only when the config opts in (run.reuse: [hardware]), and only from the same board', async () => {
  const { backendsFor, boardPlace } = await import('../src/store/backends.js');
  const { runKey } = await import('../src/store/reuse.js');
  const dir = mkdtempSync(join(tmpdir(), 'wmb-hw-reuse-'));
  const store = new ResultStore(join(dir, 'store'), (w) => assert.fail(w));
  const elf = join(dir, 'firmware.elf');
  writeFileSync(join(dir, 'a.c'), 'void _start(void) { for (;;); }\n');
  // No GNU build id: the hardware backend, when it really runs, stops there before any flasher.
  execFileSync('arm-none-eabi-gcc', ['-mcpu=cortex-m4', '-mthumb', '-nostdlib', '-Wl,--build-id=none', '-o', elf, join(dir, 'a.c')]);
  const variant = { id: 'nucleo_f446re/bare-metal/native/fft@hardware', board: 'nucleo_f446re', target: 'hardware' } as Variant;
  const desk = (name: string, probe: string) => ({ name, board: 'nucleo_f446re', probe, serial: { text: '/dev/null' },
    flasher: { type: 'openocd', options: {}, timeoutMs: 1000 }, where: 'inventory.yml:1:1' }) as unknown as BoardEntry;
  const farm = (b: BoardEntry) => ({ inventory: { file: 'inventory.yml', lockDir: join(dir, 'locks'), lockTimeoutMs: 1000, boards: [b] },
    variants: [variant], boardOf: new Map([[variant.id, b]]) }) as unknown as Farm;
  const ctx = { store, measured, version: async () => 'Open On-Chip Debugger 0.12.0' };
  const hardware = (b: BoardEntry, reuse: Target[]) => backendsFor({ host: { repeat: 1 } as HostSettings, farm: farm(b), workDir: dir,
    analyzerMetric: () => undefined, reuse: { ctx, rerun: false, measured: reuse } }).hardware!;
  const artifact = { elf, variant } as Artifact;
  const one = desk('desk-1', 'P1');
  // What an earlier run of this image on desk-1 stored.
  await store.put(await runKey(artifact, ['openocd'], { ...ctx, placeOf: () => boardPlace(one) }), measured, { run });

  assert.equal((await hardware(one, ['hardware']).run(artifact, 1000)).reused?.commit, measured.commit, 'opted in: reused');
  for (const [b, reuse, why] of [[one, [], 'not opted in'], [one, ['host'], 'opted in for the host only'], [desk('desk-2', 'P2'), ['hardware'], 'another board of the model']] as const) {
    const out = await hardware(b, [...reuse]).run(artifact, 1000);
    assert.equal(out.reused, undefined, why);
    assert.match(out.failure ?? '', /has no GNU build id/, `${why}: the board backend ran`);
  }
});

test('a result stored by a run outside a git checkout is said to come from an earlier run, never "unknown"', async () => {
  const { reusedSection } = await import('../src/report/reused.js');
  const { measuredBy } = await import('../src/types.js');
  const variant = (id: string, commit: string) => ({ id, status: 'ok', reused: { commit, date: '2026-11-30T08:00:00.000Z' }, metrics: {} });
  const text = reusedSection({ variants: [variant('a@emulated', 'unknown'), variant('b@emulated', 'c'.repeat(40))] } as unknown as Parameters<typeof reusedSection>[0]);
  assert.doesNotMatch(text, /unknown/);
  assert.match(text, /an earlier run \(not in a git checkout\) on 2026-11-30: 1/);
  assert.match(text, /\| `a@emulated` \| all \| an earlier run \(not in a git checkout\) \|/);
  assert.match(text, /\| `b@emulated` \| all \| `cccccccccccc` \|/);
  assert.equal(`measured by ${measuredBy('unknown')}`, 'measured by an earlier run (not in a git checkout)');
});

test("the compiler cache's size is walked only when one of ccache's stats files changed", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-ccache-'));
  const record = join(dir, '..', `${dir.split('/').pop()}-size.json`);
  // No stats file (not a ccache folder, or another layout): walked every time.
  mkdirSync(join(dir, 'a', '1'), { recursive: true });
  writeFileSync(join(dir, 'a', '1', 'x.R'), 'x'.repeat(100));
  assert.equal(await ccacheSize(dir, record), 100);
  writeFileSync(join(dir, 'a', '1', 'y.R'), 'y'.repeat(50));
  assert.equal(await ccacheSize(dir, record), 150);
  // With stats files: the size recorded holds while they are unchanged (ccache writes one on every store)...
  writeFileSync(join(dir, 'a', '1', 'stats'), '1\n');
  const walked = await sizeOf(dir);
  assert.equal(await ccacheSize(dir, record), walked);
  writeFileSync(join(dir, 'a', '1', 'z.R'), 'z'.repeat(1000));
  assert.equal(await ccacheSize(dir, record), walked, 'not walked again');
  // ...and is walked again once one changed.
  writeFileSync(join(dir, 'a', '1', 'stats'), '22\n'); // one byte more
  assert.equal(await ccacheSize(dir, record), walked + 1000 + 1);
});
