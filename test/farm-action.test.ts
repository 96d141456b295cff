// The action's modes for sharded runs, run as GitHub runs dist/index.js, against the local GitHub stand-in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { config, makeProject, ROOT, type Project } from './helpers/project.js';
import { startFakeGitHub } from './helpers/github-server.js';
import { MARKER } from '../src/report/markdown.js';

async function action(p: Project, env: Record<string, string>) {
  const output = join(p.dir, `output-${Math.random()}.txt`);
  const summary = join(p.dir, `summary-${Math.random()}.md`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const event = join(p.dir, 'event.json');
  writeFileSync(event, JSON.stringify({ workflow_run: { id: 5 }, repository: { name: 'fw', owner: { login: 'acme' } } }));
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], {
    cwd: p.dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/fw', GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: event, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: p.dir, INPUT_TOKEN: 'comment-token', ...env },
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

test('mode comment posts a downloaded report on the pull request named beside it, and refuses anything else', async (t) => {
  const gh = await startFakeGitHub();
  t.after(() => gh.close());
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]']));
  mkdirSync(join(p.dir, 'report'));
  writeFileSync(join(p.dir, 'report', 'report.md'), `${MARKER}\n## wasm-mcu-bench: ✅ **No regressions**\n`);
  writeFileSync(join(p.dir, 'report', 'pr-number.txt'), '42\n');
  const env = { INPUT_MODE: 'comment', INPUT_REPORT: 'report/report.md', GITHUB_API_URL: gh.url };
  const r = await action(p, env);
  assert.equal(r.status, 0, r.stdout);
  assert.deepEqual([...gh.comments.values()].map((c) => [c.issue, c.body.startsWith(MARKER)]), [[42, true]]);
  await action(p, env);
  assert.equal(gh.comments.size, 1, 'updated in place');

  writeFileSync(join(p.dir, 'report', 'pr-number.txt'), '42\nfoo=bar\n');
  const evil = await action(p, env);
  assert.equal(evil.status, 1);
  assert.match(evil.stdout, /::error::input pull-request: expected a pull request number, got "42%0Afoo=bar"/);
});

test('modes run and report: a shard runs and uploads its results, the report job merges, compares and publishes', async () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'targets: [emulated]']));
  const planned = await action(p, { INPUT_MODE: 'plan', INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_OUT: 'plan' });
  assert.equal(planned.status, 0, planned.stdout);
  const shard = await action(p, { INPUT_MODE: 'run', INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_OUT: 'shard-emulated', INPUT_SHARD: 'emulated' });
  assert.equal(shard.status, 0, shard.stdout);
  assert.equal(JSON.parse(readFileSync(join(p.dir, 'shard-emulated', 'results.json'), 'utf8')).shard, 'emulated');
  const report = await action(p, { INPUT_MODE: 'report', INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_OUT: 'report', INPUT_RESULTS: 'plan\nshard-emulated' });
  assert.equal(report.status, 0, report.stdout);
  assert.equal(report.outputs.verdict, 'pass');
  assert.match(readFileSync(join(p.dir, 'report', 'report.md'), 'utf8'), /✅ \*\*No regressions\*\* \(0 unchanged, 1 new\)/);
  // The emulated shard left out: every one of its variants is missing, and the verdict fails.
  mkdirSync(join(p.dir, 'nothing'), { recursive: true });
  const missing = await action(p, { INPUT_MODE: 'report', INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_OUT: 'report2', INPUT_RESULTS: 'plan\nnothing' });
  assert.equal(missing.status, 1, missing.stdout);
  assert.equal(missing.outputs.verdict, 'fail');
  assert.match(readFileSync(join(p.dir, 'report2', 'report.md'), 'utf8'), /shard emulated never reported/);
});
