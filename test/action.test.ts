// End to end: dist/index.js run the way GitHub runs it, against a local stand-in for GitHub's API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { config, makeProject, ROOT } from './helpers/project.js';
import { startFakeGitHub } from './helpers/github-server.js';
import { MARKER } from '../src/report/markdown.js';

const MATRIX = ['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'run: { timeout: 60 }'];

test('the action comments once on the pull request, updates that comment, writes summary and outputs', async (t) => {
  const gh = await startFakeGitHub();
  t.after(() => gh.close());
  const p = makeProject(config(MATRIX));
  const u = p.cli('update-baselines', '--out', 'out');
  assert.equal(u.status, 0, u.stderr);
  p.git('add', '.');
  p.git('commit', '-qm', 'base');
  const base = p.git('rev-parse', 'HEAD');
  const event = join(p.dir, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: base } }, repository: { name: 'fw', owner: { login: 'acme' } } }));
  assert.equal(gh.checkRuns.length, 0);

  // Asynchronous: the stand-in for GitHub lives in this process and must keep answering.
  const runAction = async (inputs: Record<string, string>) => {
    const summary = join(p.dir, `summary-${Math.random()}.md`);
    const output = join(p.dir, `output-${Math.random()}.txt`);
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/fw', GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, GITHUB_WORKSPACE: p.dir,
      'INPUT_MODE': 'check', 'INPUT_CONFIG': 'wasm-mcu-bench.yml', 'INPUT_OUT': 'out', 'INPUT_TOKEN': 'test-token',
      'INPUT_FAIL-ON-REGRESSION': 'true', 'INPUT_COMMENT': 'true', 'INPUT_BASE-REF': '',
      ...inputs,
    };
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], { cwd: p.dir, env, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const status = await new Promise<number | null>((r) => child.on('close', r));
    return { status, stdout, stderr, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') };
  };
  const outputs = (text: string) => Object.fromEntries([...text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]));

  const first = await runAction({});
  assert.equal(first.status, 0, first.stdout + first.stderr);
  assert.equal(gh.comments.size, 1);
  const [comment] = [...gh.comments.values()];
  assert.equal(comment!.issue, 7);
  assert.ok(comment!.body.startsWith(MARKER));
  assert.match(comment!.body, /✅ \*\*No regressions\*\* \(compared 1 of 1 baselined variant: 1 unchanged\)/);
  assert.match(first.summary, /✅ \*\*No regressions\*\*/);
  assert.ok(gh.requests.every((r) => r.auth === 'token test-token'));
  assert.ok(gh.requests.some((r) => r.method === 'POST' && r.path === '/repos/acme/fw/issues/7/comments'));
  const o1 = outputs(first.output);
  assert.equal(o1.verdict, 'pass');
  assert.equal(o1.regressions, '0');
  assert.equal(o1['report-path'], 'out/report.md');
  assert.equal(o1['results-path'], 'out/results.json');
  assert.match(first.stdout, /::group::\[1\/1\] nucleo_f446re\/bare-metal\/native\/fft@emulated: ok/);

  // The pull request makes the FFT slower: the same comment is updated, the job fails.
  p.write('wasm-mcu-bench.yml', config([...MATRIX, 'build: { cflags: [-O0] }']));
  const second = await runAction({ 'INPUT_CHECK-RUN': 'true' });
  assert.equal(second.status, 1);
  // Beside the comment: a failing check run with annotations for the regression, on the baseline file.
  assert.equal(gh.checkRuns.length, 1);
  const run = gh.checkRuns[0] as { name: string; head_sha: string; conclusion: string; output: { annotations: { path: string; message: string }[] } };
  assert.equal(run.name, 'wasm-mcu-bench');
  assert.equal(run.head_sha, base);
  assert.equal(run.conclusion, 'failure');
  // -O0 makes the FFT slower, bigger and deeper in stack: one annotation per metric over its threshold.
  assert.ok(run.output.annotations.length >= 1);
  for (const a of run.output.annotations) assert.equal(a.path, 'baselines/emulated/nucleo_f446re.json');
  assert.ok(run.output.annotations.some((a) => /instructions/.test(a.message)));
  assert.match(second.stdout, /::error::1 regression\(s\) over threshold/);
  assert.equal(gh.comments.size, 1, 'never a second comment');
  assert.match([...gh.comments.values()][0]!.body, /❌ \*\*1 regression over threshold\*\*/);
  assert.ok(gh.requests.some((r) => r.method === 'PATCH' && r.path === `/repos/acme/fw/issues/comments/${comment!.id}`));
  assert.equal(outputs(second.output).verdict, 'fail');

  // A maintainer may let it pass: the verdict stays fail, the job does not.
  const third = await runAction({ 'INPUT_FAIL-ON-REGRESSION': 'false' });
  assert.equal(third.status, 0);
  assert.match(third.stdout, /::warning::1 regression\(s\) over threshold.*fail-on-regression is false/);
  assert.equal(gh.comments.size, 1);

  // A maintainer's label accepts the regression explicitly: the job passes and the comment says by which label.
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base }, labels: [{ name: 'accept-regression' }] }, repository: { name: 'fw', owner: { login: 'acme' } } }));
  const fourth = await runAction({ 'INPUT_ACCEPT-LABEL': 'accept-regression' });
  assert.equal(fourth.status, 0, fourth.stdout);
  assert.equal(outputs(fourth.output).accepted, 'true');
  assert.match([...gh.comments.values()][0]!.body, /⚠️ \*\*1 regression over threshold\*\*, accepted by label `accept-regression`/);

  // The only variant excluded without a reason: its baseline is not compared. Incomplete fails the job
  // unless fail-on-incomplete is false; the label accepts regressions, not what was never compared.
  p.write('wasm-mcu-bench.yml', config([...MATRIX, 'exclude: [{ runtime: native }]']));
  const fifth = await runAction({});
  assert.equal(fifth.status, 1, fifth.stdout);
  assert.match(fifth.stdout, /::error::incomplete: compared 0 of 1 baselined variants, 1 missing; see the job summary/);
  assert.deepEqual([outputs(fifth.output).verdict, outputs(fifth.output).incomplete, outputs(fifth.output).compared], ['incomplete', '1', '0/1']);
  assert.match([...gh.comments.values()][0]!.body, /⚠️ \*\*Incomplete: compared 0 of 1 baselined variant\*\*/);
  const sixth = await runAction({ 'INPUT_FAIL-ON-INCOMPLETE': 'false' });
  assert.equal(sixth.status, 0, sixth.stdout);
  assert.match(sixth.stdout, /::warning::incomplete: .*\(fail-on-incomplete is false\)/);
});

test('bad action input fails with a clear message', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'index.js')], {
    env: { PATH: process.env.PATH, INPUT_MODE: 'benchmark' }, encoding: 'utf8',
  });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /::error::input mode: expected one of check, update-baselines, history, plan, run, report, release-baselines, comment, got "benchmark"/);
});
