// A job, resolved once before any work: the config file and its folder, the firmware tree and its pinned
// sources, the baselines folder, the board inventory. Every mode (one file each beside this one) starts here;
// the modes that build then plan the matrix (planMatrix) and collect results (collect.ts).
import { execa } from 'execa';
import { dirname, join, resolve } from 'node:path';
import { checkBaselineFolder, recoverBaselines } from '../baseline/baseline.js';
import { benchmarkDirsOf, loadConfig, type Config } from '../config/config.js';
import { expandMatrix } from '../config/matrix.js';
import { checkSources, loadCatalogue, sourcesFor, type Catalogue } from '../catalogue/catalogue.js';
import type { Progress } from '../progress.js';
import { TARGETS_WITH_BACKEND } from '../store/backends.js';
import { loadInventory, type Inventory } from '../inventory/inventory.js';
import { assignBoards, type Farm } from '../inventory/assign.js';
import { planShards, selectShard, type ShardPlan } from '../shard/plan.js';
import { buildCell } from '../build/group.js';
import { QEMU } from '../run/qemu.js';
import { loadManifest, markUnavailable, resolveSource, verifier, type Manifest, type ResolvedSource, type SourceDir } from '../sources/sources.js';
import { packageRoot, toolPackageVersion, toolVersion } from '../tools.js';
import { UserError, type Provenance, type Variant } from '../types.js';
import { cacheRoot } from '../sources/sources.js';
import { durationsDir, readDurations } from '../store/session.js';

export interface JobOptions {
  config: string;
  outDir: string;
  progress: Progress;
  /** Firmware tree to build; the tool's own by default. */
  firmwareDir?: string;
  /** The board inventory, instead of the config's `inventory`. */
  boards?: string;
  /** Build this pinned source from this folder instead of its pinned tree (--source). */
  source?: SourceDir;
  /** Aborted by SIGINT/SIGTERM (interrupt.ts): the job stops and writes what finished. */
  signal?: AbortSignal;
  /** Measure every variant again instead of reusing identical earlier results (`--rerun`). */
  rerun?: boolean;
  /** Instead of the config's run.profile (the action's input profile: all on the default branch's pushes). */
  profile?: Config['profile'];
  /** Called with the base commit before an explanation looks for its profiles in the result store (the action
   * restores there those its default branch's runs kept at that commit). */
  baseProfiles?: (commit: string) => Promise<void>;
}

export interface Job {
  options: JobOptions;
  configFile: string;
  /** The config file's folder: its relative paths (baselines, inventory) and the base commit's repository. */
  configDir: string;
  config: Config;
  firmwareDir: string;
  manifest: Manifest;
  /** The config's baselines folder (not yet checked: see baselineFolder). */
  baselineDir: string;
  /** Every cell of the config's matrix, before the upstream sources are looked for. */
  cells: Variant[];
  /** The board inventory, when a cell runs on hardware or one was named. */
  inventory?: Inventory;
  /** The firmware tree's boards, stacks, runtimes and benchmarks (their yml files), loaded once. */
  catalogue: Catalogue;
}

export async function resolveJob(options: JobOptions): Promise<Job> {
  const configFile = resolve(options.config);
  const firmwareDir = resolve(options.firmwareDir ?? join(packageRoot(), 'firmware'));
  const catalogue = await loadCatalogue(firmwareDir, await benchmarkDirsOf(options.config));
  const loaded = await loadConfig(options.config, catalogue);
  const config = options.profile ? { ...loaded, profile: options.profile } : loaded;
  const configDir = dirname(configFile);
  const manifest = await loadManifest(firmwareDir);
  checkSources(catalogue, Object.keys(manifest));
  const cells = expandMatrix(config, catalogue, TARGETS_WITH_BACKEND);
  if (options.source) checkSourceDir(options.source, manifest, catalogue, cells);
  // An inventory named on the command line is checked even when no cell needs it: a typo there is still a typo.
  const hardware = cells.some((v) => v.target === 'hardware' && !v.notBuilt);
  const inventory = hardware || options.boards ? await loadInventory(options.boards ?? resolve(configDir, config.inventory), catalogue) : undefined;
  return {
    options, configFile, configDir, config, catalogue, firmwareDir, manifest, baselineDir: resolve(configDir, config.baselines), cells,
    ...(inventory ? { inventory } : {}),
  };
}

/** A tree given for a source (--source, --against) must be of a pinned source that a variant of the matrix builds from. */
export function checkSourceDir(s: SourceDir, manifest: Manifest, catalogue: Catalogue, cells: Variant[]): void {
  if (!manifest[s.name]) throw new UserError(`source ${s.name}=${s.dir}: ${s.name} is not a pinned source (firmware/sources.json pins ${Object.keys(manifest).join(', ')})`);
  if (!cells.some((v) => !v.notBuilt && sourcesFor(catalogue, v).includes(s.name)))
    throw new UserError(`source ${s.name}=${s.dir}: no variant of the config's matrix builds from ${s.name}`);
}

/**
 * The baselines folder, checked before anything is built (see checkBaselineFolder; update-baselines may
 * create a folder the config names), with an interrupted update finished first.
 */
export async function baselineFolder(job: Job, mayCreate = false): Promise<string> {
  await checkBaselineFolder(job.baselineDir, mayCreate ? undefined : job.config.baselinesAt);
  const repaired = await recoverBaselines(job.baselineDir);
  if (repaired) job.options.progress.note(repaired);
  return job.baselineDir;
}

export interface Matrix {
  variants: Variant[];
  sources: Map<string, ResolvedSource>;
  /** Verifies the cached trees of `sources` (once): before anything is built from them. */
  verify: () => Promise<void>;
  /** The board inventory and which board runs each hardware variant, when the matrix has any. */
  farm?: Farm;
  /** The whole matrix cut into shards (before `shard` picks one). */
  shards: ShardPlan;
}

/**
 * The matrix to build: the upstream sources its buildable cells need, the hardware variants dealt to the
 * inventory's boards, cut into shards; only `shard`'s variants when one is given.
 */
/** Which variants are built as one group (build/group.ts): `plan` keeps them in one shard. */
export const builtTogether = (job: Job) => (v: Variant) => (job.catalogue.stacks[v.stack]?.one_image_per_build ? v.id : buildCell(v));

export async function planMatrix(job: Job, shard?: string): Promise<Matrix> {
  // Cached trees lazily: a check whose builds are all up to date reads none of their files. One at a time: a
  // download has a timeout of its own.
  const sources = new Map<string, ResolvedSource>();
  for (const name of new Set(job.cells.filter((v) => !v.notBuilt).flatMap((v) => sourcesFor(job.catalogue, v))))
    sources.set(name, await resolveSource(name, job.manifest[name]!, { lazy: true, ...(job.options.source?.name === name ? { override: job.options.source.dir } : {}) }));
  let variants = markUnavailable(job.cells, (v) => sourcesFor(job.catalogue, v), sources);
  const farm = job.inventory && variants.some((v) => v.target === 'hardware' && !v.notBuilt)
    ? assignBoards(variants, job.inventory, job.config.file) : undefined;
  if (farm) variants = farm.variants;
  const shards = planShards(variants, farm?.boardOf ?? new Map(), {
    shards: job.config.shards, durations: await readDurations(durationsDir(cacheRoot())),
    together: builtTogether(job),
  });
  if (shard) variants = selectShard(shards, variants, shard);
  return { variants, sources, verify: verifier(sources.values()), shards, ...(farm ? { farm } : {}) };
}

export async function provenance(cwd: string): Promise<Provenance> {
  const commit = await execa('git', ['rev-parse', 'HEAD'], { cwd, reject: false });
  const tools = ['arm-none-eabi-gcc', 'cmake', 'ninja', QEMU, 'gcc', 'valgrind'];
  const versions = await Promise.all(tools.map(toolVersion));
  return {
    commit: commit.failed ? 'unknown' : String(commit.stdout).trim(),
    date: new Date().toISOString(),
    tool: toolPackageVersion(),
    node: process.version,
    toolchain: Object.fromEntries(tools.map((t, i) => [t, versions[i]!])),
  };
}
