// Bad input, careless or hostile: a value never becomes another program's option, never changes on its way,
// and everything that can be checked is checked before anything is built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { config, ROOT } from './helpers/project.js';
import { gitIn } from './helpers/git.js';
import { freePort } from './helpers/boards.js';
import { MARKER } from '../src/report/markdown.js';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `wmb-inputs-${name}-`));
// wasm3 from an empty cache with downloads off: every cell is "not built", so a run is quick and builds nothing.
const NOTHING_BUILT = ['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [wasm3]', 'benchmarks: [fft]'];
const env = (cache: string): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, WASM_MCU_BENCH_CACHE: cache, WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS: '0' };
  delete e.WASM_MCU_BENCH_SOURCE_WASM3;
  return e;
};
const cli = (cwd: string, args: string[], e: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: e });

/** An "origin" repository with two commits and a shallow clone of it holding only the second. */
function shallowClone(): { origin: string; clone: string; first: string } {
  const dir = tmp('git');
  const origin = join(dir, 'origin');
  mkdirSync(origin);
  const g = gitIn(origin);
  g('init', '-q', '-b', 'main');
  writeFileSync(join(origin, 'wasm-mcu-bench.yml'), config(NOTHING_BUILT));
  g('add', '.');
  g('commit', '-qm', 'one');
  const first = g('rev-parse', 'HEAD');
  g('commit', '-qm', 'two', '--allow-empty');
  const clone = join(dir, 'clone');
  execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin}`, clone]);
  return { origin, clone, first };
}

test('--base=--upload-pack=... never reaches git as an option: refused before anything runs, no command executed', () => {
  const { clone } = shallowClone();
  const marker = join(tmp('marker'), 'injected');
  const out = join(clone, 'out');
  const r = cli(clone, ['check', '--out', out, `--base=--upload-pack=touch ${marker};`], env(tmp('cache')));
  assert.equal(existsSync(marker), false, 'the injected upload-pack command ran');
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /^wasm-mcu-bench: base commit "--upload-pack=touch .*" is not a commit name: it starts with "-" \(git would read it as an option\)\n$/);
  assert.equal(existsSync(out), false, 'nothing built');
});

test('commit names reach git after --end-of-options; a refspec is never fetched; a missing base commit is fetched by its SHA', async () => {
  const { findCommit, requireCommit } = await import('../src/git.js');
  const { clone, first } = shallowClone();
  const marker = join(tmp('marker'), 'injected');
  for (const ref of [`--upload-pack=touch ${marker};`, '--output=/tmp/x', 'main:refs/heads/owned', '+main', 'HEAD bad'])
    assert.equal(await findCommit(clone, ref), undefined, ref);
  assert.equal(existsSync(marker), false);
  assert.equal(gitIn(clone)('branch', '--list', 'owned'), '', 'a refspec wrote a branch');
  // The first commit is not in the shallow clone: fetched by its SHA, as a pull request's base is.
  assert.equal(await findCommit(clone, first), first);
  assert.equal(await findCommit(clone, 'HEAD'), gitIn(clone)('rev-parse', 'HEAD'));
  await assert.rejects(requireCommit(clone, 'f'.repeat(40), 'base commit'), /^UserError: base commit f{40}: no such commit here, and fetching it from origin failed/);
  await assert.rejects(requireCommit(tmp('nogit'), 'main', 'base commit'), /is not in a git repository/);
});

test('an unknown base commit, a broken or misplaced baseline file stop the check with exit 2 before anything is built', () => {
  const { clone } = shallowClone();
  const out = join(clone, 'out');
  const e = env(tmp('cache'));
  const unknown = cli(clone, ['check', '--out', out, '--base', 'no-such-branch'], e);
  assert.equal(unknown.status, 2, unknown.stderr);
  assert.match(unknown.stderr, /base commit no-such-branch: no such commit here/);
  assert.equal(existsSync(out), false);

  mkdirSync(join(clone, 'baselines', 'emulated'), { recursive: true });
  const file = join(clone, 'baselines', 'emulated', 'nucleo_f446re.json');
  writeFileSync(file, JSON.stringify({ schemaVersion: 2, target: 'emulated', board: 'nucleo_f446re', provenance: {}, variants: {} }));
  const version = cli(clone, ['check', '--out', out], e);
  assert.equal(version.status, 2);
  assert.match(version.stderr, /nucleo_f446re\.json:1:\d+: schemaVersion: schema version 2 is not supported/);
  assert.equal(existsSync(out), false, 'nothing built');

  const provenance = { commit: 'x', date: 'd', toolchain: {} };
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, target: 'emulated', board: 'nucleo_f746zg', provenance, variants: {} }));
  const misplaced = cli(clone, ['check', '--out', out], e);
  assert.equal(misplaced.status, 2);
  assert.match(misplaced.stderr, /nucleo_f446re\.json: holds target emulated, board nucleo_f746zg, so it belongs in emulated\/nucleo_f746zg\.json/);
  assert.equal(existsSync(out), false, 'nothing built');
});

test('a board inventory named with --boards is checked even when no variant needs it, before anything is built', () => {
  const { clone } = shallowClone();
  writeFileSync(join(clone, 'boards.yml'), 'boards:\n  - name: f446-a\n    board: nucleo_f446re\n    probe: "--help"\n');
  const r = cli(clone, ['check', '--out', 'out', '--boards', 'boards.yml'], env(tmp('cache')));
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /^wasm-mcu-bench: boards\.yml:\d+:\d+: boards\[0\]: missing key "serial"/);
  assert.equal(existsSync(join(clone, 'out')), false, 'nothing built');
});

test('an image\'s path is absolute, so an --out starting with "-" never becomes an emulator\'s, flasher\'s or valgrind\'s option', async () => {
  const { buildFirmware } = await import('../src/build/cmake.js');
  const fw = tmp('stub-fw');
  // A stub build that records an image's sha256 the way the firmware's post-build step does.
  writeFileSync(join(fw, 'CMakeLists.txt'), 'cmake_minimum_required(VERSION 3.20)\nproject(stub NONE)\n'
    + 'file(WRITE ${CMAKE_BINARY_DIR}/wmb-image.sha256 "' + '0'.repeat(64) + '\\n")\n'
    + 'file(WRITE ${CMAKE_BINARY_DIR}/wmb-build.json "{\\"image_sha256\\": \\"${CMAKE_BINARY_DIR}/wmb-image.sha256\\"}")\nadd_custom_target(stub ALL)\n');
  const cwd = process.cwd();
  process.chdir(tmp('dash-out'));
  try {
    const v = { id: 'nucleo_f446re/bare-metal/native/fft@emulated', board: 'nucleo_f446re', stack: 'bare-metal', runtime: 'native', benchmark: 'fft', target: 'emulated' as const, cflags: [], defines: {} };
    const a = await buildFirmware(v, fw, join('-out', 'build'));
    assert.ok(a.elf.startsWith('/'), a.elf);
    assert.match(a.elf, /\/-out\/build\/nucleo_f446re\.bare-metal\.native\.fft\.emulated-[0-9a-f]{10}\/firmware\.elf$/);
  } finally {
    process.chdir(cwd);
  }
});

test('the base commit\'s baselines and sources.json are validated before anything is built', () => {
  const dir = tmp('base');
  const g = gitIn(dir);
  g('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'wasm-mcu-bench.yml'), config(NOTHING_BUILT));
  cpSync(join(ROOT, 'firmware'), join(dir, 'firmware'), { recursive: true });
  const sources = join(dir, 'firmware', 'sources.json');
  const good = readFileSync(sources, 'utf8');
  writeFileSync(sources, good.replace(/"commit": "[0-9a-f]{40}"/, '"commit": "main"'));
  g('add', '.');
  g('commit', '-qm', 'base with a broken pin');
  const base = g('rev-parse', 'HEAD');
  writeFileSync(sources, good);
  const out = join(dir, 'out');
  const r = cli(dir, ['check', '--out', out, '--firmware', join(dir, 'firmware'), '--base', base], env(tmp('cache')));
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, new RegExp(`firmware/sources\\.json at ${base.slice(0, 12)}:\\d+:\\d+: \\w+\\.commit: "main" is not allowed here`));
  assert.equal(existsSync(out), false, 'nothing built');

  writeFileSync(sources, good);
  mkdirSync(join(dir, 'baselines', 'emulated'), { recursive: true });
  writeFileSync(join(dir, 'baselines', 'emulated', 'nucleo_f446re.json'), '{"schemaVersion": 1, "target": "emulated"}');
  g('add', '.');
  g('commit', '-qm', 'a broken baseline');
  rmSync(join(dir, 'baselines'), { recursive: true });
  const broken = cli(dir, ['check', '--out', out, '--firmware', join(dir, 'firmware'), '--base', 'HEAD'], env(tmp('cache')));
  assert.equal(broken.status, 2, broken.stdout + broken.stderr);
  assert.match(broken.stderr, new RegExp(`baselines/emulated/nucleo_f446re\\.json at [0-9a-f]{12}:1:1: \\(top level\\): missing key "board"`));
  assert.equal(existsSync(out), false, 'nothing built');
});

test('a definition value reaches the compiler exactly as written: quotes, backslashes, spaces (the firmware\'s own compile line)', async () => {
  const { parseConfig } = await import('../src/config/config.js');
  const { expandMatrix } = await import('../src/config/matrix.js');
  const { configureArgs } = await import('../src/build/cmake.js');
  const { cmakeFacts } = await import('../src/catalogue/cmake.js');
  const { CATALOGUE } = await import('./helpers/catalogue.js');
  const values: Record<string, string> = { WMB_T_STR: '"a \\"quoted\\" \\\\ b"', WMB_T_CHAR: "'x'", WMB_T_EXPR: '(1 + 2) * 3 < 10 && 1 | 2', WMB_T_PATH: 'a/b.c:d,e=f@g%h!i~j' };
  const yaml = `${config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]'])}build:\n  defines:\n${Object.entries(values).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`).join('\n')}\n`;
  const fw = join(ROOT, 'firmware');
  const [v] = expandMatrix(parseConfig('cfg.yml', yaml, CATALOGUE), CATALOGUE, ['emulated']);
  const build = tmp('defs');
  execFileSync('cmake', configureArgs(v!, fw, build, cmakeFacts(CATALOGUE, v!)), { stdio: 'pipe' });
  const compile = execFileSync('ninja', ['-C', build, '-t', 'commands', 'firmware.elf'], { encoding: 'utf8' }).split('\n').find((l) => /wmb_driver\.c\b/.test(l) && / -c /.test(l));
  assert.ok(compile, 'the compile command of common/wmb_driver.c');
  // The same command, preprocessing only and printing every macro the compiler ends up with.
  const macros = execFileSync('sh', ['-c', compile.replace(/ -o \S+/, ' -o -').replace(/ -c /, ' -E -dM -c ')], { cwd: build, encoding: 'utf8' });
  for (const [k, want] of Object.entries(values)) assert.equal(macros.match(new RegExp(`^#define ${k} (.*)$`, 'm'))?.[1], want, k);
  rmSync(build, { recursive: true, force: true });
});

test('sources import of a missing folder or of a file is a clear error; `sources | head -1` exits quietly', () => {
  for (const [dir, why] of [['/nonexistent/wasm3', 'no such folder'], [join(ROOT, 'package.json'), 'not a folder']] as const) {
    const r = cli(ROOT, ['sources', 'import', 'wasm3', dir], env(tmp('cache')));
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `wasm-mcu-bench: sources import wasm3 ${dir}: ${why}${why === 'not a folder' ? ' (give the top folder of a checkout)' : ''}\n`);
  }
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" dist/cli.js sources | head -1`], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.stdout.split('\n').length, 2);
});

/** dist/index.js as GitHub runs it, synchronously (no test server in this process). */
function action(dir: string, inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}) {
  const output = join(dir, `output-${Math.random()}.txt`);
  const summary = join(dir, `summary-${Math.random()}.md`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'index.js')], {
    cwd: dir, encoding: 'utf8', timeout: 60_000,
    env: {
      ...env(tmp('cache')), GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/fw', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary,
      GITHUB_WORKSPACE: dir, INPUT_MODE: 'check', INPUT_CONFIG: 'wasm-mcu-bench.yml', INPUT_OUT: 'out', INPUT_TOKEN: 'test-token', ...inputs, ...extra,
    },
  });
  return { ...r, output: readFileSync(output, 'utf8') };
}

test('action inputs are checked before any work: comment: maybe fails before the matrix runs and before any verdict', () => {
  const { clone } = shallowClone();
  for (const [input, value] of [['INPUT_COMMENT', 'maybe'], ['INPUT_FAIL-ON-REGRESSION', 'sometimes'], ['INPUT_CHECK-RUN', 'y']] as const) {
    const r = action(clone, { [input]: value });
    assert.equal(r.status, 1, input);
    const name = input.slice('INPUT_'.length).toLowerCase();
    assert.match(r.stdout, new RegExp(`^::error::input ${name}: expected true or false, got "${value}"$`, 'm'));
    assert.equal(r.output, '', 'no output (no verdict) was set');
    assert.equal(existsSync(join(clone, 'out')), false, 'nothing built');
  }
});

test('action input profile: one of regressed, all, off, checked before any work; only for the modes that profile; it overrides run.profile', async () => {
  const { clone } = shallowClone();
  const r = action(clone, { INPUT_PROFILE: 'maybe' });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^::error::input profile: expected one of regressed, all, off, got "maybe"$/m);
  assert.equal(r.output, '', 'no output (no verdict) was set');
  assert.equal(existsSync(join(clone, 'out')), false, 'nothing built');
  const plan = action(clone, { INPUT_MODE: 'plan', INPUT_PROFILE: 'all' });
  assert.equal(plan.status, 1);
  assert.match(plan.stdout, /^::error::input profile does not go with mode plan$/m);
  const { resolveJob } = await import('../src/jobs/job.js');
  const o = { config: join(clone, 'wasm-mcu-bench.yml'), outDir: join(clone, 'out'), progress: { note: () => undefined } as never };
  assert.equal((await resolveJob(o)).config.profile, 'regressed', 'the config\'s default');
  assert.equal((await resolveJob({ ...o, profile: 'all' })).config.profile, 'all');
});

test('an event file that is not JSON is an ::error:: naming it, not a SyntaxError', () => {
  const dir = tmp('event');
  const event = join(dir, 'event.json');
  writeFileSync(event, 'not json {');
  const r = action(dir, {}, { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' });
  assert.equal(r.status, 1);
  assert.match(r.stdout, new RegExp(`^::error::event file ${event} \\(GITHUB_EVENT_PATH\\): not JSON \\(Unexpected token`, 'm'));
  assert.doesNotMatch(r.stdout + r.stderr, /SyntaxError|    at /);
  writeFileSync(event, JSON.stringify({ pull_request: { number: 'seven' } }));
  assert.match(action(dir, {}, { GITHUB_EVENT_PATH: event }).stdout, /::error::event file .*: pull_request\.number is not a pull request number/);
});

test('mode comment: an unreachable GitHub API is one clear line, not a stack trace', async () => {
  const dir = tmp('comment');
  mkdirSync(join(dir, 'report'));
  writeFileSync(join(dir, 'report', 'pr-number.txt'), '7\n');
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ workflow_run: { id: 5, event: 'pull_request', head_sha: 'ab'.repeat(20), head_branch: 'perf', head_repository: { full_name: 'acme/fw', owner: { login: 'acme' } }, pull_requests: [{ number: 7 }] } }));
  const port = await freePort();
  const r = action(dir, { INPUT_MODE: 'comment', INPUT_RESULTS: 'report' }, { GITHUB_API_URL: `http://127.0.0.1:${port}`, GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event });
  assert.equal(r.status, 1);
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
  assert.equal(errors.length, 1, r.stdout);
  assert.match(errors[0]!, new RegExp(`^::error::GitHub API GET http://127\\.0\\.0\\.1:${port}/repos/acme/fw/pulls\\S*: connect ECONNREFUSED 127\\.0\\.0\\.1:${port}$`));
  assert.doesNotMatch(r.stdout + r.stderr, /    at /);
});
