// The release flow and the check run against the local stand-in for GitHub's API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as github from '@actions/github';
import { config, makeProject, ROOT } from './helpers/project.js';
import { startFakeGitHub } from './helpers/github-server.js';
import { annotations, locateIn, publishCheckRun } from '../src/github/checks.js';
import { pullRequestBody } from '../src/github/release.js';
import { compare } from '../src/compare/compare.js';
import { readBaselines } from '../src/baseline/baseline.js';
import type { Results } from '../src/types.js';

const MATRIX = ['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'run: { timeout: 60 }'];

test('update-baselines --pull-request: a branch, one commit and a pull request; the default branch is never written', async (t) => {
  const gh = await startFakeGitHub();
  t.after(() => gh.close());
  const p = makeProject(config(MATRIX));
  const first = p.cli('update-baselines', '--out', 'out');
  assert.equal(first.status, 0, first.stderr);
  p.git('add', '.');
  p.git('commit', '-qm', 'v1 baselines');
  p.write('wasm-mcu-bench.yml', config([...MATRIX, 'build: { cflags: [-O1] }']));

  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'update-baselines', '--out', 'out', '--pull-request'], {
    cwd: p.dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_TOKEN: 'release-token', GITHUB_REPOSITORY: 'acme/fw', GITHUB_API_URL: gh.url, GITHUB_REF_NAME: 'v1.2.0' },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  assert.equal(await new Promise((r) => child.on('close', r)), 0, out);
  assert.match(out, /pull request #1: https:\/\/github\.example\/pull\/1 \(onto main, commit [0-9a-f]{40}\)/);

  assert.equal(gh.refs.get('main'), 'c0ffee0000000000000000000000000000000000', 'the default branch did not move');
  assert.ok(!gh.requests.some((r) => r.method === 'PATCH' && /\/git\/refs\/heads\/main$/.test(r.path)));
  const branch = gh.refs.get('wasm-mcu-bench/baselines-v1.2.0')!;
  const commit = gh.objects.get(branch)!;
  assert.deepEqual(commit.parents, [{ sha: 'c0ffee0000000000000000000000000000000000' }]);
  const tree = gh.objects.get((commit.tree as { sha: string }).sha)!;
  assert.equal(tree.base_tree, 'feed000000000000000000000000000000000000');
  const entries = tree.tree as { path: string; sha: string; mode: string }[];
  assert.deepEqual(entries.map((e) => [e.path, e.mode]), [['baselines/emulated/nucleo_f446re.json', '100644']]);
  assert.equal(gh.objects.get(entries[0]!.sha)!.content, readFileSync(join(p.dir, 'baselines/emulated/nucleo_f446re.json'), 'utf8'));
  const pr = gh.pulls[0]!;
  assert.equal(pr.head, 'wasm-mcu-bench/baselines-v1.2.0');
  assert.equal(pr.base, 'main');
  assert.equal(pr.title, 'Baselines for v1.2.0');
  assert.match(String(pr.body), /\| `nucleo_f446re\/bare-metal\/native\/fft@emulated` \| instructions \| [\d,]+ insn\/FFT \| [\d,]+ insn\/FFT \| [+-]\d+\.\d+% \|/);
  assert.ok(gh.requests.every((r) => r.auth === 'token release-token'));
});

test('the pull request body lists every moved value, biggest moves first, within a comment\'s size', () => {
  const body = pullRequestBody([
    { id: 'a@emulated', metric: 'flash_bytes', unit: 'B', before: 1000, after: 1010 },
    { id: 'a@emulated', metric: 'instructions', unit: 'insn/FFT', before: 100, after: 150 },
    { id: 'b@emulated', metric: 'instructions', unit: 'insn/FFT', after: 7 },
  ], [{ path: 'baselines/emulated/x.json', content: '' }], 'wasm-mcu-bench on v1');
  const rows = body.split('\n').filter((l) => l.startsWith('| `'));
  assert.deepEqual(rows.map((r) => r.split(' | ')[1]), ['instructions', 'instructions', 'flash_bytes']);
  assert.match(rows[1]!, /\| 100 insn\/FFT \| 150 insn\/FFT \| \+50\.00% \|$/);
  const many = pullRequestBody(Array.from({ length: 5000 }, (_, i) => ({ id: `v${i}@emulated`, metric: 'instructions', unit: 'insn/FFT', before: 1, after: 2 })), [], 'x');
  assert.ok(many.length < 65_000);
  assert.match(many, /… and \d+ more \(see the diff\)\.$/);
});

test('a check run with one annotation per regression, on the baseline file\'s line', async (t) => {
  const gh = await startFakeGitHub();
  t.after(() => gh.close());
  const p = makeProject(config(MATRIX));
  mkdirSync(join(p.dir, 'baselines', 'emulated'), { recursive: true });
  p.write('baselines/emulated/nucleo_f446re.json', `${JSON.stringify({
    schemaVersion: 1, target: 'emulated', board: 'nucleo_f446re', provenance: { commit: 'x', date: 'd', toolchain: {} },
    variants: { 'nucleo_f446re/bare-metal/native/fft@emulated': { metrics: { instructions: { value: 100, unit: 'insn/FFT' }, flash_bytes: { value: 4000, unit: 'B' } } } },
  }, null, 2)}\n`);
  const results: Results = { schemaVersion: 1, provenance: { commit: 'y', date: 'd', tool: 't', node: 'n', toolchain: {} }, variants: [
    { id: 'nucleo_f446re/bare-metal/native/fft@emulated', board: 'nucleo_f446re', stack: 'bare-metal', runtime: 'native', benchmark: 'fft', target: 'emulated', status: 'ok',
      metrics: { instructions: { value: 120, unit: 'insn/FFT' }, flash_bytes: { value: 4000, unit: 'B' } } },
  ] };
  const c = compare(results, await readBaselines(join(p.dir, 'baselines')), () => ({}));
  const notes = annotations(c, locateIn(p.config, join(p.dir, 'baselines')), p.dir);
  assert.deepEqual(notes, [{
    path: 'baselines/emulated/nucleo_f446re.json', start_line: 13, end_line: 13, annotation_level: 'failure',
    title: 'nucleo_f446re/bare-metal/native/fft@emulated: instructions regression',
    message: 'instructions: baseline 100 insn/FFT, now 120 insn/FFT (+20.00%; +20.00% worse than the 1% threshold)',
  }]);
  assert.match(readFileSync(join(p.dir, 'baselines/emulated/nucleo_f446re.json'), 'utf8').split('\n')[12]!, /"instructions"/);
  const octokit = github.getOctokit('check-token', { baseUrl: gh.url });
  const many = Array.from({ length: 120 }, () => notes[0]!);
  await publishCheckRun(octokit, { owner: 'acme', repo: 'fw', headSha: 'abc' }, c, '## report', many);
  const run = gh.checkRuns[0]!;
  assert.equal(run.name, 'wasm-mcu-bench');
  assert.equal(run.head_sha, 'abc');
  assert.equal(run.conclusion, 'failure');
  assert.equal((run.output as { annotations: unknown[] }).annotations.length, 120, 'sent 50 at a time');
  assert.equal(gh.requests.filter((r) => r.method === 'PATCH').length, 2);
});

test('a baseline file left with no entry is deleted by the release pull request (a null sha in its tree)', async (t) => {
  const gh = await startFakeGitHub();
  t.after(() => gh.close());
  const { baselineChanges, openBaselinePullRequest } = await import('../src/github/release.js');
  const { baselinesFrom, writeBaselines } = await import('../src/baseline/baseline.js');
  const p = makeProject(config(MATRIX));
  const dir = join(p.dir, 'baselines');
  const prov = { commit: 'c', date: 'd', tool: '0.1.0', node: 'v20', toolchain: {} };
  const ok = (board: string, value: number) => ({ id: `${board}/bare-metal/native/fft@emulated`, board, stack: 'bare-metal', runtime: 'native', benchmark: 'fft', target: 'emulated' as const, status: 'ok' as const, metrics: { instructions: { value, unit: 'insn/FFT' } } });
  await writeBaselines(dir, baselinesFrom([ok('nucleo_f446re', 1), ok('nucleo_f746zg', 2)], prov));
  p.git('add', '.');
  p.git('commit', '-qm', 'v1 baselines');
  const gone = join(dir, 'emulated', 'nucleo_f746zg.json');
  const written = await writeBaselines(dir, baselinesFrom([ok('nucleo_f446re', 3)], prov), [{ target: 'emulated', board: 'nucleo_f746zg' }]);
  const { files, edits } = await baselineChanges(dir, written, [gone]);
  assert.deepEqual(files.map((f) => [f.path, f.content === null]), [['baselines/emulated/nucleo_f446re.json', false], ['baselines/emulated/nucleo_f746zg.json', true]]);
  assert.ok(edits.some((e) => e.id === 'nucleo_f746zg/bare-metal/native/fft@emulated' && e.after === undefined));
  assert.match(pullRequestBody(edits, files, 'x'), /`baselines\/emulated\/nucleo_f746zg\.json` \(deleted\)/);
  await openBaselinePullRequest(github.getOctokit('t', { baseUrl: gh.url }), { owner: 'acme', repo: 'fw', branch: 'b', title: 't', body: 'b', files });
  const commit = gh.objects.get(gh.refs.get('b')!)!;
  const tree = gh.objects.get((commit.tree as { sha: string }).sha)!.tree as { path: string; sha: string | null }[];
  assert.deepEqual(tree.map((e) => [e.path, e.sha === null]), [['baselines/emulated/nucleo_f446re.json', false], ['baselines/emulated/nucleo_f746zg.json', true]]);
});
