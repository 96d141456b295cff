// wasm-mcu-bench.yml: read, validate against the schema, fill in defaults.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError, type Target } from '../types.js';
import { configSchema, type PROFILE_CHOICES } from './schema.js';
import { fail, parseWithPositions, position, validator, type ParsedFile, type Path } from '../schema/locate.js';
import type { ThresholdSettings } from '../vocabulary.js';
import { hostBoard, hostStack, supporting, type Catalogue } from '../catalogue/catalogue.js';

/** The board inventory of a config that names none. */
const DEFAULT_INVENTORY = 'wasm-mcu-bench.boards.yml';

export const AXES = ['board', 'stack', 'runtime', 'benchmark', 'target'] as const;
type Axis = (typeof AXES)[number];
/** Cells left out of the matrix; with a `reason` they are left out on purpose, and their baselines are not missed. */
export type Exclude = Partial<Record<Axis, string | string[]>> & { reason?: string };

export interface Override {
  match: string;
  thresholds?: ThresholdSettings;
  cflags?: string[];
  defines?: Record<string, string | number | boolean>;
}

export interface Config {
  file: string;
  boards: string[];
  stacks: string[];
  runtimes: string[];
  benchmarks: string[];
  targets: Target[];
  exclude: Exclude[];
  cflags: string[];
  defines: Record<string, string>;
  timeoutSeconds: number;
  jobs: number;
  /** Which emulated variants get instructions by function (profile/): those that moved over a threshold, all, none. */
  profile: (typeof PROFILE_CHOICES)[number];
  /** Targets whose not repeatable measurements (host wall time) may be reused from the result store. */
  reuse: Target[];
  /** Emulated runs measure every iteration of benchmark.yml's iterations (the study's method) instead of deriving the average. */
  studyIterations: boolean;
  /** Shards per hosted target for `plan`. */
  shards: Partial<Record<Target, number>>;
  /** Size limit of the tool's cache directory, MiB. */
  cacheMb: number;
  thresholds: ThresholdSettings;
  overrides: Override[];
  baselines: string;
  /** Where the config names the baselines folder (file:line:col), when it does: that folder must exist. */
  baselinesAt?: string;
  host: HostSettings;
  /** The board inventory for target hardware, relative to the config file. */
  inventory: string;
  /** Folders of benchmark folders beside the firmware tree's (absolute; `benchmark_dirs`, relative to the config file). */
  benchmarkDirs: string[];
}

/** The host target: its board and stack (the firmware tree's), which runtimes, how many timed runs (median and spread), the clock for equivalent cycles. */
export interface HostSettings {
  board?: string;
  stack?: string;
  runtimes: string[];
  repeat: number;
  clockGhz: number;
}

interface RawConfig {
  boards: string[];
  stacks: string[];
  runtimes: string[];
  benchmarks: string[];
  targets?: Target[];
  exclude?: Exclude[];
  build?: { cflags?: string[]; defines?: Record<string, string | number | boolean> };
  run?: { timeout?: number; jobs?: number; profile?: Config['profile']; reuse?: Target[]; study_iterations?: boolean; shards?: Partial<Record<Target, number>>; cache_mb?: number };
  thresholds?: ThresholdSettings;
  overrides?: Override[];
  baselines?: string;
  host?: { runtimes?: string[]; repeat?: number; clock_ghz?: number };
  inventory?: string;
  benchmark_dirs?: string[];
}


export const stringDefines = (d: Record<string, string | number | boolean> = {}): Record<string, string> =>
  Object.fromEntries(Object.entries(d).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v)]));

/**
 * Why CMake or the compiler line would not pass a definition value exactly (tested character by character
 * through the firmware's target_compile_definitions with Ninja), or undefined when it passes as written.
 */
export function defineProblem(value: string): string | undefined {
  if (value.includes(';')) return `';' separates CMake list items: it would become a second definition`;
  if (value.includes('#')) return `CMake drops a definition that contains '#'`;
  if (/[[\]]/.test(value)) return `'[' and ']' change how CMake splits the list of definitions`;
  if (value.includes('$')) return `'$' starts CMake generator expressions and make variables ($<...>, $(...))`;
  if (/[\x00-\x1f\x7f]/.test(value)) return 'a control character (newline, tab) cannot be on a compiler command line';
  if (value.trim() !== value) return 'the compiler drops leading and trailing spaces';
  return undefined;
}

/** Why a compiler flag would not reach the compiler as written, or undefined. */
export function cflagProblem(flag: string): string | undefined {
  if (!flag.startsWith('-')) return 'a flag starts with "-" (anything else is an input file to the compiler)';
  if (/[;\s]/.test(flag)) return `one flag per list item, without spaces or ';'`;
  if (/["'\\]/.test(flag)) return 'the firmware splits flags like a shell command line, so quotes and backslashes would vanish (give a value with quotes under build.defines)';
  if (flag.includes('$')) return `'$' starts CMake generator expressions and make variables ($<...>, $(...))`;
  return undefined;
}

function checkBuildSettings(parsed: ParsedFile, at: Path, cflags: string[] = [], defines: Record<string, unknown> = {}): void {
  cflags.forEach((f, i) => {
    const why = cflagProblem(f);
    if (why) fail(parsed, [...at, 'cflags', i], `${JSON.stringify(f)} cannot be passed exactly: ${why}`);
  });
  for (const [name, value] of Object.entries(defines)) {
    const why = typeof value === 'string' ? defineProblem(value) : undefined;
    if (why) fail(parsed, [...at, 'defines', name], `${JSON.stringify(value)} cannot be passed exactly: ${why}`);
  }
}

/** Parses and validates config text against the firmware tree's names; `file` is only used to name the file in errors. */
export function parseConfig(file: string, text: string, cat: Catalogue): Config {
  const parsed = parseWithPositions(file, text);
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value))
    fail(parsed, [], 'expected a mapping with boards, stacks, runtimes and benchmarks');
  const raw = validator<RawConfig>(configSchema(cat))(parsed);
  checkBuildSettings(parsed, ['build'], raw.build?.cflags, raw.build?.defines);
  (raw.overrides ?? []).forEach((o, i) => {
    checkBuildSettings(parsed, ['overrides', i], o.cflags, o.defines);
    if (!/^[\w*?.-]+\/[\w*?.-]+\/[\w*?.-]+\/[\w*?.-]+@[\w*?-]+$/.test(o.match))
      fail(parsed, ['overrides', i, 'match'], `"${o.match}" is not a variant pattern <board>/<stack>/<runtime>/<benchmark>@<target> (* and ? allowed)`);
  });
  (raw.exclude ?? []).forEach((ex, i) => {
    // A reason alone would match, and drop, every cell.
    if (!AXES.some((a) => a in ex)) fail(parsed, ['exclude', i], `an exclude entry needs at least one of ${AXES.join(', ')}`);
  });
  return {
    file,
    boards: raw.boards,
    stacks: raw.stacks,
    runtimes: raw.runtimes,
    benchmarks: raw.benchmarks,
    targets: raw.targets ?? ['emulated'],
    exclude: raw.exclude ?? [],
    cflags: raw.build?.cflags ?? [],
    defines: stringDefines(raw.build?.defines),
    timeoutSeconds: raw.run?.timeout ?? 300,
    jobs: raw.run?.jobs ?? 0,
    profile: raw.run?.profile ?? 'regressed',
    reuse: raw.run?.reuse ?? [],
    studyIterations: raw.run?.study_iterations ?? false,
    shards: raw.run?.shards ?? {},
    cacheMb: raw.run?.cache_mb ?? 5120,
    thresholds: raw.thresholds ?? {},
    overrides: raw.overrides ?? [],
    baselines: raw.baselines ?? 'baselines',
    ...(raw.baselines !== undefined ? { baselinesAt: position(parsed, ['baselines']) } : {}),
    host: {
      ...(hostBoard(cat) ? { board: hostBoard(cat) } : {}),
      ...(hostStack(cat) ? { stack: hostStack(cat) } : {}),
      runtimes: raw.host?.runtimes ?? supporting(cat.runtimes, 'host'),
      repeat: raw.host?.repeat ?? 11,
      // The study's host (an i5-9600K pinned at 3.7 GHz), so equivalent cycles compare with its table.
      clockGhz: raw.host?.clock_ghz ?? 3.7,
    },
    inventory: raw.inventory ?? DEFAULT_INVENTORY,
    benchmarkDirs: (raw.benchmark_dirs ?? []).map((d) => resolve(dirname(file), d)),
  };
}

async function configText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new UserError(`${file}: cannot read the config file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

export async function loadConfig(file: string, cat: Catalogue): Promise<Config> {
  return parseConfig(file, await configText(file), cat);
}

/**
 * The config's benchmark_dirs, resolved against its folder, each an existing folder: read before the rest, since
 * the catalogue the config is validated against includes their benchmarks.
 */
export async function benchmarkDirsOf(file: string): Promise<string[]> {
  const parsed = parseWithPositions(file, await configText(file));
  const dirs = (parsed.value as { benchmark_dirs?: unknown } | null)?.benchmark_dirs;
  if (dirs === undefined) return [];
  if (!Array.isArray(dirs) || !dirs.every((d) => typeof d === 'string' && d))
    fail(parsed, ['benchmark_dirs'], 'a list of folders holding benchmark folders, relative to this file');
  return (dirs as string[]).map((d, i) => {
    const dir = resolve(dirname(file), d);
    if (!existsSync(dir)) fail(parsed, ['benchmark_dirs', i], `no folder ${dir}`);
    if (!statSync(dir).isDirectory()) fail(parsed, ['benchmark_dirs', i], `${dir} is a file, not a folder of benchmark folders`);
    return dir;
  });
}
