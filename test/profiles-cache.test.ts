// The profiles a push to the default branch keeps reach a later pull request's report job through GitHub's
// cache: saved per commit and shard by the shard that made them, restored by the report before it explains.
// @actions/cache talks here to a stand-in of GitHub's cache service (its v1 API) on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitIn } from './helpers/git.js';
import { config as configText, ROOT } from './helpers/project.js';
import { addExtraWork } from './helpers/extra-work.js';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `wmb-profiles-cache-${name}-`));

/** GitHub's cache service, v1: look up by keys and version, reserve, upload in ranges, commit, download. */
async function cacheService() {
  const entries = new Map<string, { version: string; data: Buffer }>();
  const pending = new Map<number, { key: string; version: string; chunks: { start: number; data: Buffer }[] }>();
  const body = async (req: IncomingMessage) => {
    const parts: Buffer[] = [];
    for await (const c of req) parts.push(c as Buffer);
    return Buffer.concat(parts);
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url!, 'http://x');
    const json = (status: number, v?: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(v === undefined ? undefined : JSON.stringify(v));
    const id = Number(url.pathname.split('/').at(-1));
    if (req.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
      const version = url.searchParams.get('version');
      const hit = url.searchParams.get('keys')!.split(',').find((k) => entries.get(k)?.version === version);
      return hit ? json(200, { cacheKey: hit, archiveLocation: `http://127.0.0.1:${port}/archive/${encodeURIComponent(hit)}` }) : json(204);
    }
    if (req.method === 'GET' && url.pathname.startsWith('/archive/')) return res.writeHead(200).end(entries.get(decodeURIComponent(url.pathname.slice(9)))!.data);
    if (req.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
      const { key, version } = JSON.parse(String(await body(req))) as { key: string; version: string };
      if (entries.has(key)) return json(409, { message: `cache ${key} exists` });
      pending.set(pending.size + 1, { key, version, chunks: [] });
      return json(201, { cacheId: pending.size });
    }
    if (req.method === 'PATCH') {
      pending.get(id)!.chunks.push({ start: Number(/bytes (\d+)-/.exec(req.headers['content-range']!)![1]), data: await body(req) });
      return json(204);
    }
    if (req.method === 'POST') {
      const p = pending.get(id)!;
      entries.set(p.key, { version: p.version, data: Buffer.concat(p.chunks.sort((a, b) => a.start - b.start).map((c) => c.data)) });
      return json(204);
    }
    json(404);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/`, entries, close: () => server.close() };
}

/** What the action wrote to the log (core.info, core.warning) while `f` ran. */
async function logOf<T>(f: () => Promise<T>): Promise<{ value: T; log: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let log = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((log += String(chunk)), true)) as typeof process.stdout.write;
  try {
    return { value: await f(), log };
  } finally {
    process.stdout.write = write;
  }
}

test('a push\'s kept profiles travel apart from the tool cache, by commit and shard; a pull request\'s report finds its base\'s and says which shards had none', async () => {
  const service = await cacheService();
  const workspace = tmp('workspace');
  const pushCache = tmp('push-cache');
  Object.assign(process.env, { ACTIONS_CACHE_URL: service.url, ACTIONS_RUNTIME_TOKEN: 'test-token', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: tmp('runner-temp'), WASM_MCU_BENCH_CACHE: pushCache });
  delete process.env.ACTIONS_CACHE_SERVICE_V2;
  const { checkProfileKeeper, baseProfileKey, profileStore } = await import('../src/profile/cache.js');
  const { profilesKey, restoreProfiles, saveProfiles } = await import('../src/github/cache.js');
  const { ResultStore } = await import('../src/store/store.js');
  const { showAt } = await import('../src/git.js');
  try {
    // The default branch at a clean commit: config and firmware in the repository.
    const repo = tmp('repo');
    const g = gitIn(repo);
    g('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'wasm-mcu-bench.yml'), 'boards: [nucleo_f446re]\n');
    mkdirSync(join(repo, 'firmware'));
    writeFileSync(join(repo, 'firmware', 'sources.json'), '{}\n');
    g('add', '.');
    g('commit', '-qm', 'A');
    const commit = g('rev-parse', 'HEAD');
    const config = join(repo, 'wasm-mcu-bench.yml');
    const keeper = (await checkProfileKeeper({ config, firmwareDir: join(repo, 'firmware'), benchmarkDirs: [], commit, overridden: false, warn: assert.fail }))!;
    assert.ok(keeper, 'a clean commit keeps its profiles');
    const variant = 'nucleo_f446re/bare-metal/native/fft@emulated';
    const profile = { profiles: [{ label: 'fft', total: 10, lost: 0, functions: [], stacks: [] }], counts: [10], lints: [], durationMs: 5, files: { flat: 'a', folded: 'b', speedscope: 'c' } };
    await keeper.keep({ id: variant }, profile as never);
    assert.equal(keeper.kept.files.length, 1);
    assert.match(keeper.kept.files[0]!, /^[0-9a-f]{2}\/[0-9a-f]{64}\.json$/);
    // Another entry of the push's store (a run) is no profile it kept: it does not travel.
    await new ResultStore(keeper.kept.store, assert.fail).put({ image: 'x' }, { commit, date: '2026-11-30' }, { instructions: 7 });

    const saved = await logOf(() => saveProfiles(keeper.kept, 'emulated', process.env));
    assert.deepEqual([...service.entries.keys()], [profilesKey(commit, 'emulated')]);
    assert.match(saved.log, new RegExp(`1 profile\\(s\\) at ${commit.slice(0, 12)} saved as wasm-mcu-bench-profiles-${process.platform}-${process.arch}-${commit}-emulated`));

    // The pull request's report job: another machine, its own tool cache, which holds none of them.
    const prCache = tmp('pr-cache');
    process.env.WASM_MCU_BENCH_CACHE = prCache;
    // The key an explanation against that commit looks its base's profile up by (jobs/explain.ts).
    const key = await baseProfileKey({ commit, configText: (await showAt(config, 'wasm-mcu-bench.yml', commit))!, variant });
    assert.equal(await profileStore(assert.fail).get(key), undefined, 'not there before the restore');
    const restored = await logOf(() => restoreProfiles(profileStore(assert.fail).dir, commit, ['emulated', 'host'], process.env));
    assert.equal(restored.value, 1, restored.log);
    assert.match(restored.log, new RegExp(`base profiles at ${commit.slice(0, 12)}: 1 restored from the run at that commit \\(shard\\(s\\) emulated\\); none cached for host \\(the base is built and profiled for what moved there\\)`));
    const hit = await profileStore(assert.fail).get(key);
    assert.ok(hit && 'profile' in hit.value && hit.value.profile.by === 'check', 'the explanation reads it back as the check\'s at that commit');
    assert.equal(await new ResultStore(join(prCache, 'results'), assert.fail).get({ image: 'x' }), undefined, 'only the kept profiles travelled');

    // A base no push profiled: nothing found, said so, nothing fails.
    const other = 'f'.repeat(40);
    const none = await logOf(() => restoreProfiles(profileStore(assert.fail).dir, other, ['emulated'], process.env));
    assert.equal(none.value, 0);
    assert.match(none.log, /base profiles at ffffffffffff: 0 restored from the run at that commit; none cached for emulated/);
    // A second attempt of the push cannot replace the entry (entries are immutable): no failure either.
    await logOf(() => saveProfiles(keeper.kept, 'emulated', process.env));
    assert.equal(service.entries.size, 1);
  } finally {
    service.close();
  }
});

test('the cache service unreachable: saving and restoring the profiles only warn', async () => {
  const dead = createServer();
  await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
  const port = (dead.address() as AddressInfo).port;
  dead.close();
  Object.assign(process.env, { ACTIONS_CACHE_URL: `http://127.0.0.1:${port}/`, ACTIONS_RUNTIME_TOKEN: 'test-token', GITHUB_WORKSPACE: tmp('workspace'), RUNNER_TEMP: tmp('runner-temp') });
  const { restoreProfiles, saveProfiles } = await import('../src/github/cache.js');
  const store = tmp('store');
  mkdirSync(join(store, 'ab'));
  writeFileSync(join(store, 'ab', `ab${'0'.repeat(62)}.json`), '{}\n');
  const saved = await logOf(() => saveProfiles({ commit: 'a'.repeat(40), store, files: [`ab/ab${'0'.repeat(62)}.json`] }, 'host', process.env));
  assert.match(saved.log, /::warning::/);
  const restored = await logOf(() => restoreProfiles(tmp('pr-store'), 'a'.repeat(40), ['host'], process.env));
  assert.equal(restored.value, 0);
  assert.match(restored.log, /::warning::/);
  assert.equal(existsSync(join(store, 'ab')), true);
});

/** A program run while this process serves the cache (spawnSync would block the stand-in). */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const c = spawn(cmd, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => (stdout += String(d)));
    c.stderr.on('data', (d) => (stderr += String(d)));
    c.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/**
 * The action's own repository (uses: ./, its firmware pinned by the commit) at commit A with its baselines, FFT's
 * bit_reverse given more work by a definition; the action and CLI run against the cache stand-in.
 */
async function actionRepo(service: { url: string }) {
  const repo = tmp('action-repo');
  for (const f of ['package.json', 'dist', 'firmware', 'tools']) cpSync(join(ROOT, f), join(repo, f), { recursive: true });
  addExtraWork(join(repo, 'firmware'));
  const lines = ['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'targets: [emulated]', 'run: { timeout: 120 }'];
  writeFileSync(join(repo, 'wasm-mcu-bench.yml'), configText(lines));
  const g = gitIn(repo);
  g('init', '-q', '-b', 'main');
  const base: NodeJS.ProcessEnv = { ...process.env, WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS: '0', GITHUB_WORKSPACE: repo, RUNNER_TEMP: tmp('runner-temp'), ACTIONS_CACHE_URL: service.url, ACTIONS_RUNTIME_TOKEN: 'test-token', GITHUB_REPOSITORY: 'acme/fw' };
  delete base.ACTIONS_CACHE_SERVICE_V2;
  const cli = (cache: string, ...args: string[]) => run(process.execPath, [join(repo, 'dist', 'cli.js'), ...args], repo, { ...base, WASM_MCU_BENCH_CACHE: cache });
  const action = (cache: string, inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}) => {
    const io = tmp('io');
    writeFileSync(join(io, 'output'), '');
    writeFileSync(join(io, 'summary'), '');
    return run(process.execPath, [join(repo, 'dist', 'index.js')], repo, {
      ...base, WASM_MCU_BENCH_CACHE: cache, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: join(io, 'output'), GITHUB_STEP_SUMMARY: join(io, 'summary'),
      INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_TOKEN: 'test-token', ...inputs, ...extra,
    });
  };
  const pushCache = tmp('push-cache');
  const baselines = await cli(pushCache, 'update-baselines', '--out', join(tmp('out'), 'base'));
  assert.equal(baselines.status, 0, baselines.stdout + baselines.stderr);
  g('add', '.');
  g('commit', '-qm', 'A');
  const a = g('rev-parse', 'HEAD');
  /** The pull request's commit B: the definition on. */
  const commitB = () => {
    writeFileSync(join(repo, 'wasm-mcu-bench.yml'), configText([...lines, 'build: { defines: { WMB_EXTRA_WORK: 1 } }']));
    g('commit', '-qam', 'B');
    const event = join(tmp('event'), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: a, ref: 'main' }, head: { sha: g('rev-parse', 'HEAD'), ref: 'feature' }, labels: [] } }));
    return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main', GITHUB_RUN_ID: '2' };
  };
  return { a, pushCache, cli, action, commitB, push: { GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: '1' } };
}

/** The tool cache entry a pull request restores is its own branch's newest, which holds none of the push's profiles: dropped here. */
const dropToolCache = (entries: Map<string, unknown>) => {
  for (const k of [...entries.keys()]) if (k.startsWith('wasm-mcu-bench-2-')) entries.delete(k);
};

const WHY = (a: string) => new RegExp(`<summary>Why nucleo_f446re/bare-metal/native/fft@emulated moved: \`bit_reverse\` \\+[\\d,]+ \\((9\\d|100)% of the change\\)</summary>\\n\\nAgainst the base commit ${a.slice(0, 12)}: the base's profile reused from the check run at that commit \\(profiled \\d{4}-\\d\\d-\\d\\d\\), not built again\\.`);

test('on GitHub: the push at A profiles with input profile: all and saves its profiles; the pull request\'s report at B restores them and explains its regression without building A', async () => {
  const service = await cacheService();
  try {
    const r = await actionRepo(service);
    // history.yml's shard at A, a push: profile: all.
    const shard = await r.action(r.pushCache, { INPUT_MODE: 'run', INPUT_SHARD: 'emulated', INPUT_PROFILE: 'all', INPUT_OUT: join(tmp('out'), 'a') }, r.push);
    assert.equal(shard.status, 0, shard.stdout + shard.stderr);
    const key = `wasm-mcu-bench-profiles-${process.platform}-${process.arch}-${r.a}-emulated`;
    assert.match(shard.stdout, new RegExp(`^1 profile\\(s\\) at ${r.a.slice(0, 12)} saved as ${key},`, 'm'));
    assert.ok(service.entries.has(key));
    dropToolCache(service.entries);

    // The pull request at B: its shards run on other machines (with profile: all, as a config may ask: a pull
    // request's commit is no later base, so nothing is saved), then bench.yml's report job on yet another.
    const env = r.commitB();
    const shards = tmp('shards');
    const prCache = tmp('pr-cache');
    assert.equal((await r.cli(prCache, 'plan', '--out', join(shards, 'wasm-mcu-bench-plan'))).status, 0);
    const pr = await r.action(prCache, { INPUT_MODE: 'run', INPUT_SHARD: 'emulated', INPUT_PROFILE: 'all', INPUT_OUT: join(shards, 'wasm-mcu-bench-shard-emulated') }, env);
    assert.equal(pr.status, 0, pr.stdout + pr.stderr);
    assert.deepEqual([...service.entries.keys()].filter((k) => k.startsWith('wasm-mcu-bench-profiles-')), [key], 'the pull request saved no profiles');
    dropToolCache(service.entries);
    const out = join(tmp('out'), 'report');
    const report = await r.action(tmp('report-cache'), { INPUT_MODE: 'report', INPUT_RESULTS: shards, INPUT_OUT: out, INPUT_COMMENT: 'false' }, env);
    assert.equal(report.status, 1, report.stdout + report.stderr);
    assert.match(report.stdout, /^::error::1 regression\(s\) over threshold/m);
    assert.match(report.stdout, new RegExp(`^base profiles at ${r.a.slice(0, 12)}: 1 restored from the run at that commit \\(shard\\(s\\) emulated\\)$`, 'm'));
    assert.doesNotMatch(report.stdout, /wmb-base-/, 'the base is not built');
    assert.match(readFileSync(join(out, 'report.md'), 'utf8'), WHY(r.a));
  } finally {
    service.close();
  }
});

test('on GitHub, one check job: the push\'s check at A saves its profiles as "check"; the pull request\'s check at B explains with them', async () => {
  const service = await cacheService();
  try {
    const r = await actionRepo(service);
    const push = await r.action(r.pushCache, { INPUT_MODE: 'check', INPUT_PROFILE: 'all', INPUT_OUT: join(tmp('out'), 'a'), INPUT_COMMENT: 'false' }, r.push);
    assert.equal(push.status, 0, push.stdout + push.stderr);
    const key = `wasm-mcu-bench-profiles-${process.platform}-${process.arch}-${r.a}-check`;
    assert.ok(service.entries.has(key), [...service.entries.keys()].join('\n'));
    dropToolCache(service.entries);
    const out = join(tmp('out'), 'b');
    const pr = await r.action(tmp('pr-cache'), { INPUT_MODE: 'check', INPUT_OUT: out, INPUT_COMMENT: 'false' }, r.commitB());
    assert.equal(pr.status, 1, pr.stdout + pr.stderr);
    assert.match(pr.stdout, new RegExp(`^base profiles at ${r.a.slice(0, 12)}: 1 restored from the run at that commit \\(shard\\(s\\) check\\)$`, 'm'));
    assert.match(readFileSync(join(out, 'report.md'), 'utf8'), WHY(r.a));
  } finally {
    service.close();
  }
});
