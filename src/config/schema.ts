// JSON schema of wasm-mcu-bench.yml. Validation stops at the first error, reported with its path.
// The names it allows are the firmware tree's folders (the catalogue).
import { TARGETS } from '../types.js';
import { mcu, supporting, type Catalogue } from '../catalogue/catalogue.js';
import { metricNames } from '../catalogue/benchmark.js';

/** run.profile: instructions by function for the variants that moved over a threshold, every one, or none. */
export const PROFILE_CHOICES = ['regressed', 'all', 'off'] as const;

const oneOrMany = (values: readonly string[]) => ({
  anyOf: [{ enum: [...values] }, { type: 'array', items: { enum: [...values] }, minItems: 1 }],
});
const list = (values: readonly string[]) => ({ type: 'array', items: { enum: [...values] }, minItems: 1, uniqueItems: true });

// Flags and definition values are checked in config.ts, where the message can say what CMake would change.
const cflags = { type: 'array', items: { type: 'string', minLength: 1 } };
const defines = {
  type: 'object',
  propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
  additionalProperties: { type: ['string', 'number', 'boolean'] },
};

/** Node's timers hold at most 2^31-1 ms; a longer timeout would fire after 1 ms. */
export const MAX_SECONDS = Math.floor((2 ** 31 - 1) / 1000);
export const seconds = { type: 'number', exclusiveMinimum: 0, maximum: MAX_SECONDS, description: 'seconds, about 24.8 days: the longest timer Node.js has' };
const threshold = {
  type: 'object',
  additionalProperties: false,
  properties: {
    direction: { enum: ['smaller', 'larger'] },
    percent: { type: 'number', minimum: 0 },
    limit: { type: 'number' },
  },
};

export const configSchema = (cat: Catalogue) => {
  const [boards, stacks, runtimes, benchmarks] = [mcu(cat.boards), mcu(cat.stacks), Object.keys(cat.runtimes), Object.keys(cat.benchmarks)];
  // The tool's metrics and every benchmark's (benchmark.yml).
  const thresholds = { type: 'object', propertyNames: { enum: metricNames(cat) }, additionalProperties: threshold };
  return {
  type: 'object',
  additionalProperties: false,
  required: ['boards', 'stacks', 'runtimes', 'benchmarks'],
  properties: {
    boards: list(boards),
    stacks: list(stacks),
    runtimes: list(runtimes),
    benchmarks: list(benchmarks),
    targets: list(TARGETS),
    exclude: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: {
          board: oneOrMany(boards),
          stack: oneOrMany(stacks),
          runtime: oneOrMany(runtimes),
          benchmark: oneOrMany(benchmarks),
          target: oneOrMany(TARGETS),
          // Why the cells are left out on purpose: their baselines are then not missed (see README).
          reason: { type: 'string', minLength: 1 },
        },
      },
    },
    build: {
      type: 'object',
      additionalProperties: false,
      properties: { cflags, defines },
    },
    run: {
      type: 'object',
      additionalProperties: false,
      properties: {
        timeout: seconds,
        // 0: one per CPU. Each job is a compiler or an emulator: more than this only thrashes.
        jobs: { type: 'integer', minimum: 0, maximum: 256, description: 'builds and runs at once; 0 is one per CPU' },
        // Instructions by function: for the variants that moved over a threshold (built at the base too), every one, or none.
        profile: { enum: [...PROFILE_CHOICES] },
        // Emulated counts are exact and always reused; these targets' numbers are not repeatable (wall time, a board's cycles).
        reuse: { type: 'array', items: { enum: ['host', 'hardware'] }, uniqueItems: true },
        // Where a benchmark.yml derives the emulated average from the first and steady iterations: run all of them instead.
        study_iterations: { type: 'boolean' },
        // `plan` cuts each hosted target into up to this many shards, balanced by the last measured durations.
        shards: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(['emulated', 'host'].map((t) => [t, { type: 'integer', minimum: 1, maximum: 256 }])),
        },
        // The tool's cache (result store, build folders, compiler cache) is pruned to this size, least recently used first.
        cache_mb: { type: 'integer', minimum: 64 },
      },
    },
    thresholds,
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['match'],
        properties: {
          match: { type: 'string', minLength: 1 },
          thresholds,
          cflags,
          defines,
        },
      },
    },
    baselines: { type: 'string', minLength: 1 },
    host: {
      type: 'object',
      additionalProperties: false,
      properties: {
        runtimes: list(supporting(cat.runtimes, 'host')),
        repeat: { type: 'integer', minimum: 1, maximum: 1000 },
        clock_ghz: { type: 'number', exclusiveMinimum: 0 },
      },
    },
    inventory: { type: 'string', minLength: 1 },
    benchmark_dirs: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
  },
  } as const;
};
