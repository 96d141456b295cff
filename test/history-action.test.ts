// Mode history as GitHub runs it (dist/index.js) against the local stand-in for GitHub's API: two runs
// appending at once both land on the data branch, the default branch is untouched, the page is built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/project.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/github-server.js';
import { getOctokit } from '@actions/github';
import { appendToBranch } from '../src/github/history.js';

const results = (commit: string, value: number) => JSON.stringify({
  schemaVersion: 1, provenance: { commit, date: new Date().toISOString(), tool: '0', node: 'v20', toolchain: {} },
  variants: [{ id: 'b/bare-metal/native/fft@emulated', board: 'b', stack: 'bare-metal', runtime: 'native', benchmark: 'fft', target: 'emulated', status: 'ok', metrics: { instructions: { value, unit: 'insn/FFT' } } }],
});

/** Every file of a commit's tree on the stand-in (its trees are stored as a base tree plus entries). */
function files(gh: FakeGitHub, commit: string): string[] {
  const tree = (sha: string | undefined): string[] => {
    const t = sha ? gh.objects.get(sha) as { base_tree?: string; tree?: { path: string }[] } | undefined : undefined;
    return t ? [...tree(t.base_tree), ...(t.tree ?? []).map((e) => e.path)] : [];
  };
  return tree((gh.objects.get(commit) as { tree: { sha: string } }).tree.sha);
}

test('mode history: concurrent runs both append to the data branch, never to main, and the page is built', async (t) => {
  const gh = await startFakeGitHub();
  t.after(() => gh.close());
  const run = (dir: string, ref: string, runId: string) => {
    const summary = join(dir, 'summary.md');
    const output = join(dir, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/fw', GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: 'https://github.example', GITHUB_REF: ref, GITHUB_RUN_ID: runId,
      GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, GITHUB_WORKSPACE: dir,
      INPUT_MODE: 'history', INPUT_OUT: 'out', INPUT_TOKEN: 'test-token', 'INPUT_HISTORY-STORE': 'data', 'INPUT_HISTORY-BRANCH': 'wasm-mcu-bench-data',
    };
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], { cwd: dir, env, timeout: 60_000 });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    return new Promise<{ status: number | null; text: string; output: string }>((r) => child.on('close', (status) => r({ status, text, output: readFileSync(output, 'utf8') })));
  };
  const job = (commit: string, value: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'wmb-history-job-'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'results.json'), results(commit, value));
    return dir;
  };
  const a = job('a'.repeat(40), 100);
  const b = job('b'.repeat(40), 110);
  const [ra, rb] = await Promise.all([run(a, 'refs/heads/main', '1'), run(b, 'refs/tags/v1.0.0', '2')]);
  assert.equal(ra.status, 0, ra.text);
  assert.equal(rb.status, 0, rb.text);
  const head = gh.refs.get('wasm-mcu-bench-data')!;
  const stored = files(gh, head).filter((f) => f.startsWith('runs/'));
  assert.equal(stored.length, 2, `both entries on the branch: ${stored.join(', ')}`);
  assert.ok(stored.some((f) => f.includes('-aaaaaaaaaaaa-')) && stored.some((f) => f.includes('-bbbbbbbbbbbb-')));
  assert.equal(gh.refs.get('main'), 'c0ffee0000000000000000000000000000000000', 'the default branch is untouched');
  // The release run's entry carries its tag and its run's link.
  const blobs = [...gh.objects.values()].filter((o) => o.type === 'blob').map((o) => JSON.parse(String(o.content)) as { tag?: string; run?: string; event?: string });
  assert.ok(blobs.some((e) => e.tag === 'v1.0.0' && e.event === 'release' && e.run === 'https://github.example/acme/fw/actions/runs/2'));
  for (const [dir, r] of [[a, ra], [b, rb]] as const) {
    assert.ok(existsSync(join(dir, 'out', 'history-site', 'index.html')));
    assert.match(r.output, /history-site<<\S+\nout\/history-site\n/);
    assert.equal(readdirSync(join(dir, 'data', 'runs')).length, 1);
  }
});

test('mode history: refuses to write to the default branch; a missing results.json is a clear error', async (t) => {
  const gh = await startFakeGitHub();
  t.after(() => gh.close());
  const dir = mkdtempSync(join(tmpdir(), 'wmb-history-job-'));
  const env = (inputs: Record<string, string>): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/fw', GITHUB_API_URL: gh.url,
    GITHUB_WORKSPACE: dir, INPUT_MODE: 'history', INPUT_OUT: 'out', INPUT_TOKEN: 't', ...inputs,
  });
  const go = (inputs: Record<string, string>) => new Promise<string>((r) => {
    const c = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], { cwd: dir, env: env(inputs) });
    let s = '';
    c.stdout.on('data', (d) => (s += d));
    c.on('close', () => r(s));
  });
  assert.match(await go({}), /::error::mode history: no results at out\/results\.json/);
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'out', 'results.json'), results('c'.repeat(40), 1));
  assert.match(await go({ 'INPUT_HISTORY-BRANCH': 'main' }), /::error::.*refusing to write the history to the default branch main/);
  assert.equal(gh.refs.get('main'), 'c0ffee0000000000000000000000000000000000');
});

test('an append that loses the race to another rebuilds its commit on the new head: both entries kept', async (t) => {
  const gh = await startFakeGitHub();
  t.after(() => gh.close());
  const octokit = getOctokit('t', { baseUrl: gh.url });
  const where = { owner: 'acme', repo: 'fw', branch: 'data', message: 'm' };
  await appendToBranch(octokit, { ...where, path: 'runs/0.json', content: '0' });
  // Just before our first fast-forward, another run appends: ours is refused once, then rebuilt on top.
  let raced = false;
  octokit.hook.before('request', async (o) => {
    if (!raced && o.method === 'PATCH') {
      raced = true;
      await appendToBranch(getOctokit('t', { baseUrl: gh.url }), { ...where, path: 'runs/other.json', content: 'x' });
    }
  });
  const r = await appendToBranch(octokit, { ...where, path: 'runs/ours.json', content: 'y' });
  assert.equal(r.attempts, 2);
  assert.deepEqual(files(gh, gh.refs.get('data')!).sort(), ['runs/0.json', 'runs/other.json', 'runs/ours.json']);
});
