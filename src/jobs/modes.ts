// Every mode and the inputs it takes, declared once for both front doors: the command line (cli.ts) and the
// action (action.ts, action.yml). Each door checks what it was given against this table before any work:
// an input the mode does not take, or a required one missing, is an error before anything is built.
import { UserError } from '../types.js';

/** Every input of either door: its command-line option and its action input, where the door has one. */
export const INPUTS = {
  config: { cli: 'config', action: 'config', default: 'wasm-mcu-bench.yml' },
  out: { cli: 'out', action: 'out', default: 'wasm-mcu-bench-out' },
  firmware: { cli: 'firmware' },
  boards: { cli: 'boards', action: 'boards' },
  token: { action: 'token' },
  base: { cli: 'base', action: 'base-ref' },
  acceptedBy: { cli: 'accepted-by' },
  acceptLabel: { action: 'accept-label', default: 'accept-regression' },
  allowIncomplete: { cli: 'allow-incomplete' },
  failOnIncomplete: { action: 'fail-on-incomplete', default: 'true' },
  failOnRegression: { action: 'fail-on-regression', default: 'true' },
  comment: { action: 'comment', default: 'true' },
  checkRun: { action: 'check-run', default: 'false' },
  historyUrl: { action: 'history-url' },
  targets: { cli: 'targets', action: 'targets' },
  shard: { cli: 'shard', action: 'shard' },
  rerun: { cli: 'rerun', action: 'rerun', default: 'false' },
  // Instead of the config's run.profile: the default branch's pushes profile every variant for later pull requests.
  profile: { action: 'profile' },
  results: { cli: 'results', action: 'results' },
  plan: { cli: 'plan' },
  pullRequest: { cli: 'pull-request' },
  artifact: { action: 'artifact' },
  historyBranch: { action: 'history-branch', default: 'wasm-mcu-bench-data' },
  historyStore: { action: 'history-store', default: 'wasm-mcu-bench-data' },
  historyEvent: { action: 'history-event' },
  // An A/B of one pinned source: the tree under test (NAME=DIR) and, with `against`, the tree it is compared with.
  source: { cli: 'source', action: 'source' },
  against: { cli: 'against', action: 'against', requires: 'source', excludes: 'base' },
} as const satisfies Record<string, { cli?: string; action?: string; default?: string; requires?: string; excludes?: string }>;
export type Input = keyof typeof INPUTS;
type Door = 'cli' | 'action';
/** An input's name at each door, and its default at the action (action.yml's). */
export const input = (i: Input): { cli?: string; action?: string; default?: string; requires?: Input; excludes?: Input } => INPUTS[i];

/** What every mode that reads the config and its matrix takes. */
const JOB: Input[] = ['config', 'out', 'firmware', 'boards', 'token'];
/** How the action publishes a report (job summary, comment, check run, the job's status). */
const PUBLISH: Input[] = ['acceptLabel', 'failOnIncomplete', 'failOnRegression', 'comment', 'checkRun', 'historyUrl'];

interface ModeSpec {
  /** The mode's name at each door that has it. */
  cli?: string;
  action?: string;
  takes: Input[];
  /** Inputs the mode cannot do without (a subset of takes). */
  needs?: Input[];
}

export const MODES = {
  check: { cli: 'check', action: 'check', takes: [...JOB, 'base', 'acceptedBy', 'allowIncomplete', 'rerun', 'profile', ...PUBLISH, 'source', 'against'] },
  'update-baselines': { cli: 'update-baselines', action: 'update-baselines', takes: [...JOB, 'results', 'plan', 'pullRequest', 'rerun'] },
  history: { action: 'history', takes: ['out', 'token', 'historyBranch', 'historyStore', 'historyEvent'] },
  plan: { cli: 'plan', action: 'plan', takes: [...JOB, 'targets'] },
  'run-shard': { cli: 'run', action: 'run', takes: [...JOB, 'shard', 'rerun', 'profile'], needs: ['shard'] },
  report: { cli: 'report', action: 'report', takes: [...JOB, 'results', 'plan', 'base', 'allowIncomplete', 'profile', ...PUBLISH], needs: ['results'] },
  'release-baselines': { action: 'release-baselines', takes: [...JOB, 'results'], needs: ['token'] },
  explain: { cli: 'explain', takes: [...JOB, 'base'] },
  comment: { action: 'comment', takes: ['config', 'out', 'token', 'results', 'acceptLabel', 'artifact'], needs: ['token'] },
} as const satisfies Record<string, ModeSpec>;
export type Mode = keyof typeof MODES;

/** The modes a door has, by the name it gives them. */
export function modesOf(door: Door): Map<string, Mode> {
  return new Map(Object.entries(MODES as Record<Mode, ModeSpec>).flatMap(([mode, spec]) => (spec[door] ? [[spec[door], mode as Mode]] : [])));
}

const spelt = (door: Door, i: Input) => (door === 'cli' ? `--${input(i).cli}` : `input ${input(i).action}`);

/**
 * Refuses, before any work, an input `mode` does not take and a missing one it needs. `given`: the inputs
 * the user set (at the action: a value other than the input's default).
 */
export function checkInputs(door: Door, mode: Mode, given: Input[]): void {
  const spec: ModeSpec = MODES[mode];
  const name = spec[door]!;
  const what = door === 'cli' ? name : `mode ${name}`;
  const wrong = given.find((i) => !spec.takes.includes(i));
  if (wrong) throw new UserError(`${spelt(door, wrong)} does not go with ${what}`);
  for (const i of given) {
    const { requires, excludes } = input(i);
    if (requires && !given.includes(requires)) throw new UserError(`${spelt(door, i)} needs ${spelt(door, requires)}`);
    if (excludes && given.includes(excludes)) throw new UserError(`${spelt(door, i)} does not go with ${spelt(door, excludes)}`);
  }
  const missing = (spec.needs ?? []).find((i) => input(i)[door] !== undefined && !given.includes(i));
  if (missing) throw new UserError(`${what} needs ${spelt(door, missing)}`);
}

/** The inputs a door has, by the name it gives them. */
export function inputsOf(door: Door): Map<string, Input> {
  return new Map((Object.keys(INPUTS) as Input[]).flatMap((i) => {
    const name = input(i)[door];
    return name ? [[name, i]] : [];
  }));
}
