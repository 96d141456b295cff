// wasm-mcu-bench.yml: read, validate against the schema, fill in defaults.
import { readFile } from 'node:fs/promises';
import { UserError, type Target } from '../types.js';
import { configSchema } from './schema.js';
import { fail, parseWithPositions, validator } from './locate.js';
import { HOST_RUNTIMES, type Direction } from './vocabulary.js';
import { DEFAULT_INVENTORY } from '../inventory/inventory.js';

export interface ThresholdSetting {
  direction?: Direction;
  percent?: number;
  limit?: number;
}
export type ThresholdSettings = Record<string, ThresholdSetting>;
type Axis = 'board' | 'stack' | 'runtime' | 'benchmark' | 'target';
export type Exclude = Partial<Record<Axis, string | string[]>>;

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
  thresholds: ThresholdSettings;
  overrides: Override[];
  baselines: string;
  host: HostSettings;
  /** The board inventory for target hardware, relative to the config file. */
  inventory: string;
}

/** The host target: which runtimes, how many timed runs (median and spread), the clock for equivalent cycles. */
export interface HostSettings {
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
  run?: { timeout?: number; jobs?: number };
  thresholds?: ThresholdSettings;
  overrides?: Override[];
  baselines?: string;
  host?: { runtimes?: string[]; repeat?: number; clock_ghz?: number };
  inventory?: string;
}

const validate = validator<RawConfig>(configSchema);

export const stringDefines = (d: Record<string, string | number | boolean> = {}): Record<string, string> =>
  Object.fromEntries(Object.entries(d).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v)]));

/** Parses and validates config text; `file` is only used to name the file in errors. */
export function parseConfig(file: string, text: string): Config {
  const parsed = parseWithPositions(file, text);
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value))
    fail(parsed, [], 'expected a mapping with boards, stacks, runtimes and benchmarks');
  const raw = validate(parsed);
  (raw.overrides ?? []).forEach((o, i) => {
    if (!/^[\w*?.-]+\/[\w*?.-]+\/[\w*?.-]+\/[\w*?.-]+@[\w*?-]+$/.test(o.match))
      fail(parsed, ['overrides', i, 'match'], `"${o.match}" is not a variant pattern <board>/<stack>/<runtime>/<benchmark>@<target> (* and ? allowed)`);
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
    thresholds: raw.thresholds ?? {},
    overrides: raw.overrides ?? [],
    baselines: raw.baselines ?? 'baselines',
    host: {
      runtimes: raw.host?.runtimes ?? [...HOST_RUNTIMES],
      repeat: raw.host?.repeat ?? 11,
      // The study's host (an i5-9600K pinned at 3.7 GHz), so equivalent cycles compare with its table.
      clockGhz: raw.host?.clock_ghz ?? 3.7,
    },
    inventory: raw.inventory ?? DEFAULT_INVENTORY,
  };
}

export async function loadConfig(file: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UserError(`${file}: cannot read the config file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return parseConfig(file, text);
}
