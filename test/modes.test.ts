// Each mode declares its inputs once (src/jobs/modes.ts); both front doors refuse, before anything is built,
// an input the mode does not take and a missing one it needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { config, makeProject, ROOT } from './helpers/project.js';
import { checkInputs, INPUTS, MODES, input, type Input, type Mode } from '../src/jobs/modes.js';

// A matrix that would build (native C on an emulated board): a refusal that came after the build would leave `out`.
const BUILDS = config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]']);
const ALL = Object.keys(INPUTS) as Input[];
const modes = Object.entries(MODES) as [Mode, { cli?: string; action?: string; takes: readonly Input[]; needs?: readonly Input[] }][];
// A value each input accepts at either door.
const sample = (i: Input) => (['allowIncomplete', 'pullRequest', 'failOnIncomplete', 'failOnRegression', 'comment'].includes(i) ? 'false' : i === 'checkRun' ? 'true' : 'x');

const cli = (cwd: string, args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
const action = (cwd: string, inputs: Record<string, string>) => spawnSync(process.execPath, [join(ROOT, 'dist', 'index.js')], {
  cwd, encoding: 'utf8',
  env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_REPOSITORY: 'acme/fw', ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) },
});

test('the command line refuses an option its command does not take, and a missing one it needs, before anything is built', () => {
  const p = makeProject(BUILDS);
  let refused = 0;
  for (const [mode, spec] of modes.filter(([, s]) => s.cli)) {
    for (const i of ALL.filter((x) => input(x).cli && !spec.takes.includes(x)).slice(0, 1)) {
      const flag = `--${input(i).cli}`;
      const r = cli(p.dir, [spec.cli!, '--out', 'out', ...(spec.needs ?? []).flatMap((n) => [`--${input(n).cli}`, 'x']), ...(sample(i) === 'false' ? [flag] : [flag, 'x'])]);
      assert.equal(r.status, 2, `${mode} ${flag}: ${r.stdout}${r.stderr}`);
      assert.equal(r.stderr, `wasm-mcu-bench: ${flag} does not go with ${spec.cli}\n`, `${mode} ${flag}`);
      refused++;
    }
    for (const n of spec.needs ?? []) {
      const r = cli(p.dir, [spec.cli!, '--out', 'out']);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stderr, `wasm-mcu-bench: ${spec.cli} needs --${input(n).cli}\n`);
      refused++;
    }
  }
  assert.ok(refused >= 7, `only ${refused} refusals tried`);
  assert.equal(existsSync(join(p.dir, 'out')), false, 'nothing was built');
});

test('the action refuses an input its mode does not take, and a missing one it needs, before anything is built; a default is not an input given', () => {
  const p = makeProject(BUILDS);
  let refused = 0;
  for (const [mode, spec] of modes.filter(([, s]) => s.action)) {
    const needed = Object.fromEntries((spec.needs ?? []).map((n) => [input(n).action!, 'x']));
    for (const i of ALL.filter((x) => input(x).action && !spec.takes.includes(x)).slice(0, 1)) {
      const name = input(i).action!;
      const r = action(p.dir, { mode: spec.action!, out: 'out', ...needed, [name]: sample(i) });
      assert.equal(r.status, 1, `${mode} ${name}: ${r.stdout}`);
      assert.match(r.stdout, new RegExp(`^::error::input ${name} does not go with mode ${spec.action}$`, 'm'), `${mode} ${name}`);
      refused++;
    }
    for (const n of spec.needs ?? []) {
      const r = action(p.dir, { mode: spec.action!, out: 'out', ...needed, [input(n).action!]: '' });
      assert.equal(r.status, 1, r.stdout);
      assert.match(r.stdout, new RegExp(`^::error::mode ${spec.action} needs input ${input(n).action}$`, 'm'));
      refused++;
    }
  }
  assert.ok(refused >= 10, `only ${refused} refusals tried`);
  // Every input at its action.yml default (as GitHub passes them) is no input given: mode history takes no config,
  // yet GitHub sets INPUT_CONFIG to its default. It goes on to its own first check.
  const r = action(p.dir, { mode: 'history', out: 'out', config: INPUTS.config.default, comment: 'true', 'history-event': 'nope' });
  assert.match(r.stdout, /::error::input history-event: expected one of push, release, baselines, got "nope"/);
  assert.equal(existsSync(join(p.dir, 'out')), false, 'nothing was built');
});

test('every mode at each door: each input it does not take and each one it needs missing is refused, what it takes is not', () => {
  for (const door of ['cli', 'action'] as const)
    for (const [mode, spec] of modes.filter(([, s]) => s[door])) {
      const has = ALL.filter((i) => input(i)[door]);
      const needs = (spec.needs ?? []).filter((n) => input(n)[door]);
      for (const i of has.filter((x) => !spec.takes.includes(x)))
        assert.throws(() => checkInputs(door, mode, [...needs, i]), /does not go with/, `${door} ${mode} ${i}`);
      for (const n of needs) assert.throws(() => checkInputs(door, mode, needs.filter((x) => x !== n)), / needs /, `${door} ${mode} ${n}`);
      // Everything it takes at once, but an input another one excludes (--base with --against).
      const takes = has.filter((x) => spec.takes.includes(x));
      checkInputs(door, mode, takes.filter((x) => !takes.some((y) => input(y).excludes === x)));
      // An input that only works with another one, or never with another one, says so.
      for (const i of takes) {
        const { requires, excludes } = input(i);
        if (requires) assert.throws(() => checkInputs(door, mode, [...needs, i]), new RegExp(` needs ${door === 'cli' ? `--${input(requires).cli}` : `input ${input(requires).action}`}$`), `${door} ${mode} ${i}`);
        if (excludes && takes.includes(excludes)) assert.throws(() => checkInputs(door, mode, [...needs, i, ...(requires ? [requires] : []), excludes]), /does not go with/, `${door} ${mode} ${i}`);
      }
    }
});

test('action.yml declares exactly the action inputs of the table, with the same defaults', () => {
  const yml = (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs;
  const table = Object.fromEntries(ALL.filter((i) => input(i).action).map((i) => [input(i).action!, input(i).default ?? '']));
  // A default GitHub computes (the run's token) is no constant: an input given is then one that is not empty.
  const declared = Object.fromEntries(Object.entries(yml).filter(([k]) => k !== 'mode').map(([k, v]) => [k, String(v.default ?? '').startsWith('${{') ? '' : String(v.default ?? '')]));
  assert.deepEqual(declared, table);
  assert.match(yml.mode!.default!, /^check$/);
});
