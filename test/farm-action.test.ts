// The action's modes for sharded runs, run as GitHub runs dist/index.js, against the local GitHub stand-in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { config, makeProject, ROOT, type Project } from './helpers/project.js';
import { startFakeGitHub } from './helpers/github-server.js';
import { MARKER } from '../src/report/markdown.js';

async function action(p: Project, env: Record<string, string>, event: object = { workflow_run: { id: 5 } }) {
  const output = join(p.dir, `output-${Math.random()}.txt`);
  const summary = join(p.dir, `summary-${Math.random()}.md`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const eventFile = join(p.dir, 'event.json');
  writeFileSync(eventFile, JSON.stringify({ ...event, repository: { name: 'fw', owner: { login: 'acme' } } }));
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], {
    cwd: p.dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/fw', GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: eventFile, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: p.dir, INPUT_TOKEN: 'comment-token', ...env },
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const status = await new Promise((r) => child.on('close', r));
  const outputs = Object.fromEntries([...readFileSync(output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]));
  return { status, stdout, outputs };
}

test('mode plan: the matrix as an output and plan.json for the report job', async () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]']));
  const r = await action(p, { INPUT_MODE: 'plan', INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_OUT: 'plan', INPUT_TARGETS: 'emulated,host' });
  assert.equal(r.status, 0, r.stdout);
  assert.deepEqual(JSON.parse(r.outputs.matrix!), { include: [{ shard: 'emulated', target: 'emulated', 'runs-on': 'ubuntu-24.04' }] });
  assert.deepEqual(JSON.parse(readFileSync(join(p.dir, 'plan', 'plan.json'), 'utf8')).shards[0].variants, ['nucleo_f446re/bare-metal/native/fft@emulated']);
});

test('mode comment posts on the pull request GitHub says the run is for, rendered from results.json; a forged number or report is refused or ignored', async (t) => {
  const gh = await startFakeGitHub();
  t.after(() => gh.close());
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'targets: [emulated]']));
  const id = 'nucleo_f446re/bare-metal/native/fft@emulated';
  const prov = { commit: 'c0ffee', date: '2026-11-24T00:00:00Z', tool: '0.1.0', node: 'v20', toolchain: {} };
  mkdirSync(join(p.dir, 'baselines', 'emulated'), { recursive: true });
  p.write('baselines/emulated/nucleo_f446re.json', JSON.stringify({ schemaVersion: 1, target: 'emulated', board: 'nucleo_f446re', provenance: prov,
    variants: { [id]: { metrics: { instructions: { value: 200_000, unit: 'insn/FFT' } } } } }));
  p.git('add', '.');
  p.git('commit', '-qm', 'base');
  const baseSha = p.git('rev-parse', 'HEAD').trim();

  // What the fork's run uploaded: its results (a regression, a failure whose reason pings a team), a forged
  // report that says otherwise, and the number of somebody else's pull request.
  const cell = { board: 'nucleo_f446re', stack: 'bare-metal', runtime: 'native', target: 'emulated' };
  mkdirSync(join(p.dir, 'report'));
  p.write('report/results.json', JSON.stringify({ schemaVersion: 1, provenance: prov, variants: [
    { id, ...cell, benchmark: 'fft', status: 'ok', metrics: { instructions: { value: 300_000, unit: 'insn/FFT' } } },
    { id: 'nucleo_f446re/bare-metal/native/toggle@emulated', ...cell, benchmark: 'toggle', status: 'failed', reason: 'hung; cc @acme/security', metrics: {} },
  ] }));
  p.write('report/report.md', `${MARKER}\n## wasm-mcu-bench: ✅ **No regressions**\n\nFORGED\n`);
  const fork = { sha: 'f0'.repeat(20), ref: 'feature', label: 'mallory:feature', repo: { full_name: 'mallory/fw' } };
  gh.pulls.push(
    { number: 42, state: 'open', head: fork, base: { sha: baseSha }, labels: [] },
    { number: 7, state: 'open', head: { sha: 'a7'.repeat(20), ref: 'release', label: 'acme:release', repo: { full_name: 'acme/fw' } }, base: { sha: baseSha }, labels: [] },
  );
  const forkRun = { workflow_run: { id: 5, event: 'pull_request', head_sha: fork.sha, head_branch: 'feature', head_repository: { full_name: 'mallory/fw', owner: { login: 'mallory' } }, pull_requests: [] } };
  const env = { INPUT_MODE: 'comment', INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_OUT: 'comment-out', INPUT_RESULTS: 'report', INPUT_ARTIFACT: 'bench-report', GITHUB_API_URL: gh.url };

  // The artifact names pull request #7: refused, nothing posted anywhere.
  p.write('report/pr-number.txt', '7\n');
  const evil = await action(p, env, forkRun);
  assert.equal(evil.status, 1);
  assert.match(evil.stdout, /::error::report\/pr-number\.txt: names pull request #7, but run 5 of mallory\/fw@f0f0f0f0f0f0 belongs to #42: not posting/);
  assert.equal(gh.comments.size, 0);
  p.write('report/pr-number.txt', '42\nfoo=bar\n');
  const junk = await action(p, env, forkRun);
  assert.equal(junk.status, 1);
  assert.match(junk.stdout, /::error::report\/pr-number\.txt: expected the pull request number, got "42%0Afoo=bar"/);

  // The right number: the comment is this code's rendering of results.json against the base commit's baselines.
  p.write('report/pr-number.txt', '42\n');
  const r = await action(p, env, forkRun);
  assert.equal(r.status, 0, r.stdout);
  const posted = [...gh.comments.values()];
  assert.deepEqual(posted.map((c) => c.issue), [42]);
  assert.ok(posted[0]!.body.startsWith(MARKER));
  assert.match(posted[0]!.body, /❌ \*\*1 regression over threshold, 1 failed\*\*/);
  assert.match(posted[0]!.body, /\| 200,000 → 300,000 insn\/FFT \|/);
  assert.doesNotMatch(posted[0]!.body, /FORGED|No regressions/);
  assert.match(posted[0]!.body, /hung; cc @\u200bacme\/security/, 'a mention in untrusted text pings nobody');
  assert.match(posted[0]!.body, new RegExp(`baselines from: ${baseSha}`));
  await action(p, env, forkRun);
  assert.equal(gh.comments.size, 1, 'updated in place');

  // The fork pushed again since: the run's commit is no pull request's head any more; nothing is posted.
  const stale = await action(p, env, { workflow_run: { ...forkRun.workflow_run, head_sha: 'e1'.repeat(20) } });
  assert.equal(stale.status, 0, stale.stdout);
  assert.match(stale.stdout, /::warning::no open pull request has mallory\/fw@e1e1e1e1e1e1 as its head/);

  // A branch of this repository: the event lists its pull request, which is read back and checked.
  gh.pulls.push({ number: 8, state: 'open', head: { sha: 'b8'.repeat(20), ref: 'perf', label: 'acme:perf', repo: { full_name: 'acme/fw' } }, base: { sha: baseSha }, labels: [{ name: 'accept-regression' }] });
  p.write('report/pr-number.txt', '8\n');
  const lists = () => gh.requests.filter((q) => q.method === 'GET' && q.path === '/repos/acme/fw/pulls').length;
  const listed = lists();
  const own = await action(p, { ...env, 'INPUT_ACCEPT-LABEL': 'accept-regression' },
    { workflow_run: { id: 6, event: 'pull_request', head_sha: 'b8'.repeat(20), head_branch: 'perf', head_repository: { full_name: 'acme/fw', owner: { login: 'acme' } }, pull_requests: [{ number: 8 }] } });
  assert.equal(own.status, 0, own.stdout);
  const onEight = [...gh.comments.values()].find((c) => c.issue === 8)!;
  assert.match(onEight.body, /⚠️ \*\*1 regression over threshold, 1 failed\*\*, accepted by label `accept-regression`/);
  assert.equal(lists(), listed, 'found from the event, no search of the pulls');
});

test('modes run and report: a shard runs and uploads its results, the report job merges, compares and publishes', async () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'targets: [emulated]']));
  const planned = await action(p, { INPUT_MODE: 'plan', INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_OUT: 'plan' });
  assert.equal(planned.status, 0, planned.stdout);
  const shard = await action(p, { INPUT_MODE: 'run', INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_OUT: 'shard-emulated', INPUT_SHARD: 'emulated' });
  assert.equal(shard.status, 0, shard.stdout);
  assert.equal(JSON.parse(readFileSync(join(p.dir, 'shard-emulated', 'results.json'), 'utf8')).shard, 'emulated');
  // No baselines yet: nothing compared, incomplete; fail-on-incomplete false lets the job pass with a warning.
  const report = await action(p, { INPUT_MODE: 'report', INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_OUT: 'report', INPUT_RESULTS: 'plan\nshard-emulated', 'INPUT_FAIL-ON-INCOMPLETE': 'false' });
  assert.equal(report.status, 0, report.stdout);
  assert.equal(report.outputs.verdict, 'incomplete');
  assert.match(report.stdout, /::warning::no baselines yet: nothing was compared/);
  assert.match(readFileSync(join(p.dir, 'report', 'report.md'), 'utf8'), /⚠️ \*\*No baselines yet\*\*: 1 variant measured, nothing compared/);
  // The emulated shard left out: every one of its variants is missing, and the job fails.
  mkdirSync(join(p.dir, 'nothing'), { recursive: true });
  const missing = await action(p, { INPUT_MODE: 'report', INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_OUT: 'report2', INPUT_RESULTS: 'plan\nnothing' });
  assert.equal(missing.status, 1, missing.stdout);
  assert.equal(missing.outputs.verdict, 'incomplete');
  assert.equal(missing.outputs.incomplete, '1');
  assert.match(readFileSync(join(p.dir, 'report2', 'report.md'), 'utf8'), /shard emulated never reported/);
});
