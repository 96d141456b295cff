// The whole job: plan, build, run, measure, then compare and report. Results are on disk before any
// comparison can fail; baselines are written only from a run where every built variant succeeded, and
// only the entries of variants that ran are replaced.
import { execa } from 'execa';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { baselinePath, checkBaselineFolder, readBaselines, readBaselinesAt, recoverBaselines, updateBaselines as updatedBaselines, writeBaselines, type Baselines } from './baseline/baseline.js';
import { baselineEdits, compare, type BaselineEdit, type Comparison } from './compare/compare.js';
import { loadConfig, type Config } from './config/config.js';
import { absence, expandMatrix, keepsBaseline, placeOf, thresholdsFor } from './config/matrix.js';
import { checkSources, loadCatalogue, sourcesFor, type Catalogue } from './catalogue/catalogue.js';
import { cmakeFacts } from './catalogue/cmake.js';
import { executeMatrix } from './execute.js';
import type { Progress } from './progress.js';
import { renderMarkdown } from './report/markdown.js';
import { backendsFor, TARGETS_WITH_BACKEND } from './run/index.js';
import type { Farm } from './run/hardware.js';
import { loadInventory } from './inventory/inventory.js';
import { assignBoards } from './inventory/assign.js';
import { parsePlan, planShards, selectShard, type ShardPlan } from './shard/plan.js';
import { mergeShards, withMissing, type Merged } from './shard/merge.js';
import { readShardFolders } from './shard/files.js';
import { clearReports, writeExports } from './report/exports.js';
import { parseResults, withoutMentions } from './report/results.js';
import { QEMU } from './run/qemu.js';
import { cacheRoot, cmakeName, loadManifest, markUnavailable, parseManifest, resolveSource, sourceUse, type Manifest, type ResolvedSource } from './sources/sources.js';
import { pinChanges, type PinChange } from './compare/pins.js';
import { findCommit, repoPath, requireCommit, showAt } from './git.js';
import { ensureWamrc } from './build/wamrc.js';
import { compilerCache } from './build/cmake.js';
import { packageRoot, requireTools, toolPackageVersion, toolVersion } from './tools.js';
import type { Provenance, Results, Target, Variant } from './types.js';
import { UserError } from './types.js';
import { Interrupted, stopSignal } from './interrupt.js';
import { whyMoved } from './profile/report.js';

export interface JobOptions {
  config: string;
  outDir: string;
  progress: Progress;
  /** Firmware tree to build; the tool's own by default. */
  firmwareDir?: string;
  /** The board inventory, instead of the config's `inventory`. */
  boards?: string;
  /** Run only this shard of the plan (`run --shard`). */
  shard?: string;
  /** Aborted by SIGINT/SIGTERM (interrupt.ts): the job stops and writes what finished. */
  signal?: AbortSignal;
}

export interface CheckOptions extends JobOptions {
  /** Compare with the baselines as they are at this commit (a pull request's base). */
  baseRef?: string;
  /** Regressions are accepted explicitly, by this (a pull request label); the report says so. */
  acceptedBy?: string;
}

export interface CheckOutcome {
  results: Results;
  comparison: Comparison;
  report: string;
  reportPath: string;
  resultsPath: string;
  /** The firmware tree's boards, stacks and runtimes the report names. */
  catalogue: Catalogue;
}

const firmwareOf = (o: JobOptions) => resolve(o.firmwareDir ?? join(packageRoot(), 'firmware'));

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

export interface Plan {
  catalogue: Catalogue;
  config: Config;
  variants: Variant[];
  firmwareDir: string;
  manifest: Manifest;
  sources: Map<string, ResolvedSource>;
  /** The board inventory and which board runs each hardware variant, when the matrix has any. */
  farm?: Farm;
  /** The whole matrix cut into shards (before `shard` picks one). */
  shards: ShardPlan;
}

/** Expands the matrix and finds the upstream sources its buildable cells need. */
export async function plan(o: JobOptions): Promise<Plan> {
  const firmwareDir = firmwareOf(o);
  const catalogue = await loadCatalogue(firmwareDir);
  const config = await loadConfig(o.config, catalogue);
  const manifest = await loadManifest(firmwareDir);
  checkSources(catalogue, Object.keys(manifest));
  const cells = expandMatrix(config, catalogue, TARGETS_WITH_BACKEND);
  const sources = new Map<string, ResolvedSource>();
  for (const name of new Set(cells.filter((v) => !v.notBuilt).flatMap((v) => sourcesFor(catalogue, v))))
    sources.set(name, await resolveSource(name, manifest[name]!));
  return withFarm({ catalogue, config, variants: markUnavailable(cells, (v) => sourcesFor(catalogue, v), sources), firmwareDir, manifest, sources }, o);
}

/** Per variant, the CMake definitions the harness owes it: the catalogue's facts, source directories and the tools its runtime needs (wamrc). */
export async function harnessDefinitions(p: Plan, progress: Progress, signal?: AbortSignal): Promise<(v: Variant) => Record<string, string> | { failed: string }> {
  let wamrc: { path: string } | { failed: string } | undefined;
  const wamr = p.sources.get('wamr');
  const needsWamrc = (v: Variant) => p.catalogue.runtimes[v.runtime]!.needs.includes('wamrc');
  if (wamr?.dir && p.variants.some((v) => !v.notBuilt && needsWamrc(v))) {
    try {
      wamrc = { path: await ensureWamrc(wamr.dir, wamr.tree ?? wamr.pin.commit, cacheRoot(), (line) => progress.note(line), signal) };
    } catch (e) {
      if (e instanceof UserError) throw e;
      wamrc = { failed: (e as Error).message };
    }
  }
  return (v) => {
    const defs = cmakeFacts(p.catalogue, v);
    for (const name of sourcesFor(p.catalogue, v)) defs[cmakeName(name)] = p.sources.get(name)!.dir!;
    if (needsWamrc(v)) {
      if (!wamrc || 'failed' in wamrc) return { failed: wamrc?.failed ?? 'wamrc unavailable' };
      defs.WMB_WAMRC = wamrc.path;
    }
    return defs;
  };
}

function sourceProvenance(p: Plan): Provenance['sources'] {
  return Object.fromEntries([...p.sources.values()].filter((s) => s.dir).map((s) => [s.name, sourceUse(s)]));
}

/** Assigns hardware variants to the inventory's boards, cuts the shards, keeps only `o.shard`'s variants if given. */
async function withFarm(p: Omit<Plan, 'shards'>, o: JobOptions): Promise<Plan> {
  let { variants } = p;
  let farm: Farm | undefined;
  const hardware = variants.some((v) => v.target === 'hardware' && !v.notBuilt);
  // An inventory named on the command line is checked even when no variant needs it: a typo there is still a typo.
  if (hardware || o.boards) {
    const inventory = await loadInventory(o.boards ?? resolve(dirname(resolve(o.config)), p.config.inventory), p.catalogue);
    if (hardware) {
      const a = assignBoards(variants, inventory, p.config.file);
      variants = a.variants;
      farm = { inventory, boardOf: a.boardOf };
    }
  }
  const shards = planShards(variants, farm?.boardOf ?? new Map());
  if (o.shard) variants = selectShard(shards, variants, o.shard);
  return { ...p, variants, shards, ...(farm ? { farm } : {}) };
}

/** ccache settings for builds under `outDir` when the machine has it; WASM_MCU_BENCH_CCACHE=0 turns it off (to time builds without it). */
export async function compilerCacheFor(outDir: string): Promise<{ ccache?: ReturnType<typeof compilerCache> }> {
  return process.env.WASM_MCU_BENCH_CCACHE !== '0' && (await toolVersion('ccache')) !== 'missing'
    ? { ccache: compilerCache(join(outDir, 'build'), cacheRoot()) } : {};
}

/** Builds, runs and measures the matrix and writes results.json. */
export async function collect(o: JobOptions, p: Plan): Promise<{ results: Results; resultsPath: string }> {
  // A board runner builds and flashes; only the emulated target needs QEMU, only the host valgrind.
  const built = p.variants.filter((v) => !v.notBuilt);
  await requireTools([
    ...(built.some((v) => v.target !== 'host') ? ['arm-none-eabi-gcc'] : []),
    ...(built.some((v) => v.target === 'emulated') ? [QEMU] : []),
    ...(built.length ? ['cmake', 'ninja', 'setpriv', 'timeout'] : []),
    ...(built.some((v) => v.target === 'host') ? ['gcc', 'valgrind'] : []),
  ]);
  await mkdir(o.outDir, { recursive: true });
  await clearReports(o.outDir);
  const variants = await executeMatrix(p.variants, {
    firmwareDir: p.firmwareDir,
    cmakeDefs: await harnessDefinitions(p, o.progress, o.signal),
    ...(await compilerCacheFor(o.outDir)),
    outDir: o.outDir,
    timeoutMs: p.config.timeoutSeconds * 1000,
    host: p.config.host,
    jobs: p.config.jobs,
    progress: o.progress,
    backends: backendsFor({ host: p.config.host, ...(p.farm ? { farm: p.farm } : {}), workDir: join(o.outDir, 'flash') }),
    ...(p.config.profile === 'all' ? { profile: () => true } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  const stopped = stopSignal(o.signal);
  const results: Results = {
    schemaVersion: 1, ...(o.shard ? { shard: o.shard } : {}),
    provenance: { ...(await provenance(dirname(resolve(o.config)))), sources: sourceProvenance(p) }, variants,
    ...(stopped ? { interrupted: true as const } : {}),
  };
  const resultsPath = join(o.outDir, 'results.json');
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  if (stopped) {
    const done = variants.filter((v) => v.status === 'ok').length;
    throw new Interrupted(stopped, `interrupted by ${stopped}: ${resultsPath} holds the ${done} variant(s) that finished, marked interrupted`);
  }
  return { results, resultsPath };
}

/**
 * The config's baselines folder, checked before anything is built (see checkBaselineFolder; update-baselines
 * may create a folder the config names), with an interrupted update finished first.
 */
async function baselineFolder(o: JobOptions, config: Config, mayCreate = false): Promise<string> {
  const dir = resolve(dirname(resolve(o.config)), config.baselines);
  await checkBaselineFolder(dir, mayCreate ? undefined : config.baselinesAt);
  const repaired = await recoverBaselines(dir);
  if (repaired) o.progress.note(repaired);
  return dir;
}

/**
 * What a check compares with, read and validated before anything is built: the base commit (a name the
 * user gave, resolved to its SHA), every baseline file there and in the working tree, the base's pins.
 */
async function comparedWith(p: Plan, o: CheckOptions): Promise<{ base: Baselines; edits: BaselineEdit[]; notes: string[]; pins: PinChange[] }> {
  const dir = await baselineFolder(o, p.config);
  const head = await readBaselines(dir);
  if (o.baseRef === undefined) return { base: head, edits: [], notes: [], pins: [] };
  const sha = await requireCommit(dirname(resolve(o.config)), o.baseRef, 'base commit');
  const atBase = (await readBaselinesAt(dir, sha))!;
  return { base: atBase, edits: baselineEdits(atBase, head), notes: [], pins: await pinsAtBase(p, sha) };
}

/** The pinned sources as they were at the base commit (a SHA), when the manifest is in that commit's repository. */
async function pinsAtBase(p: Plan, sha: string): Promise<PinChange[]> {
  const file = join(p.firmwareDir, 'sources.json');
  const path = await repoPath(file);
  if (!path || !(await findCommit(p.firmwareDir, sha))) return [];
  const text = await showAt(file, path, sha);
  return pinChanges(text === undefined ? {} : parseManifest(`${path} at ${sha.slice(0, 12)}`, text), p.manifest);
}

export async function check(o: CheckOptions): Promise<CheckOutcome> {
  const p = await plan(o);
  const { base, edits, notes, pins } = await comparedWith(p, o);
  const { results, resultsPath } = await collect(o, p);
  const comparison = compare(results, base, (id) => thresholdsFor(p.config, id), absence(p.config, p.config.targets));
  const why = p.config.profile === 'off' ? '' : await whyMoved({ ...o, firmwareDir: p.firmwareDir }, results, comparison);
  const report = renderMarkdown({ results, comparison, catalogue: p.catalogue, baselineEdits: edits, notes, pins, ...(o.acceptedBy ? { acceptedBy: o.acceptedBy } : {}) }) + why;
  const reportPath = join(o.outDir, 'report.md');
  await writeFile(reportPath, report);
  await writeExports(o.outDir, results);
  return { results, comparison, report, reportPath, resultsPath, catalogue: p.catalogue };
}

export interface UpdateOutcome {
  results: Results;
  resultsPath: string;
  written: string[];
  /** Files deleted: every entry they had left the config's matrix. */
  deleted: string[];
  /** Entries removed because their variants left the config's matrix. */
  removed: string[];
  /** Entries kept as they were because their variants did not run. */
  kept: string[];
  baselineDir: string;
}

/** What update-baselines did, for the terminal and the action's log. */
export function updateSummary(u: UpdateOutcome): string {
  const list = (title: string, items: string[]) => (items.length ? [`${title}:`, ...items.map((i) => `  ${i}`)] : []);
  return [
    `results: ${u.resultsPath}`,
    ...list('baselines written', u.written),
    ...list("baseline entries removed (no longer in the config's matrix)", u.removed),
    ...list('baseline files deleted (no entry left)', u.deleted),
    ...(u.kept.length ? [`${u.kept.length} baseline entr${u.kept.length === 1 ? 'y' : 'ies'} kept as they were (their variants did not run)`] : []),
  ].join('\n');
}

/** Runs the matrix and updates the baselines of the variants that ran, only if nothing failed. */
export async function updateBaselines(o: JobOptions): Promise<UpdateOutcome> {
  const p = await plan(o);
  const baselineDir = await baselineFolder(o, p.config, true);
  // Read (and validated) before anything is built: their entries that did not run are kept.
  const existing = await readBaselines(baselineDir);
  const { results, resultsPath } = await collect(o, p);
  return { results, resultsPath, ...(await writeBaselinesOf(baselineDir, existing, p.config, results)) };
}

async function writeBaselinesOf(baselineDir: string, existing: Baselines, config: Config, results: Results): Promise<Omit<UpdateOutcome, 'results' | 'resultsPath'>> {
  const failed = results.variants.filter((v) => v.status === 'failed');
  if (failed.length)
    throw new UserError(`refusing to update baselines: ${failed.length} variant(s) failed: ${failed.map((f) => `${f.id} (${(f.reason ?? '').split('\n')[0]})`).join('; ')}`);
  const u = updatedBaselines(existing.files, results.variants, results.provenance, (id) => keepsBaseline(placeOf(config, id)));
  const written = await writeBaselines(baselineDir, u.files, u.emptied);
  const deleted = u.emptied.map((e) => baselinePath(baselineDir, e.target, e.board));
  return { written, deleted, removed: u.removed, kept: u.kept, baselineDir };
}

export interface ShardsOptions extends JobOptions {
  /** Folders holding the shards' results (downloaded artifacts). */
  results: string[];
  /** The plan.json of the run; else one found among the results, else the plan recomputed from config and inventory. */
  planFile?: string;
}

/** Merges the shards' results against the plan: a planned shard that never reported is missing, never a pass. */
async function mergedResults(o: ShardsOptions): Promise<{ p: Plan; merged: Merged; ranTargets: Target[] }> {
  const p = await plan({ ...o, shard: undefined });
  const found = await readShardFolders(o.results);
  const planned = o.planFile ? parsePlan(o.planFile, await readFile(o.planFile, 'utf8')) : found.plan?.plan ?? p.shards;
  return { p, merged: mergeShards(planned, found.files, await provenance(dirname(resolve(o.config)))), ranTargets: [...new Set(planned.shards.map((s) => s.target))] };
}

/** The report job of a sharded run: merge, compare with the baselines, write report.md, results.json and the exports. */
export async function reportShards(o: ShardsOptions & CheckOptions): Promise<CheckOutcome> {
  const { p, merged, ranTargets } = await mergedResults(o);
  const { base, edits, notes, pins } = await comparedWith(p, o);
  await mkdir(o.outDir, { recursive: true });
  const resultsPath = join(o.outDir, 'results.json');
  await writeFile(resultsPath, `${JSON.stringify(merged.results, null, 2)}\n`);
  const comparison = withMissing(compare(merged.results, base, (id) => thresholdsFor(p.config, id), absence(p.config, ranTargets)), merged.missing);
  const report = renderMarkdown({ results: merged.results, comparison, catalogue: p.catalogue, baselineEdits: edits, notes, pins, ...(o.acceptedBy ? { acceptedBy: o.acceptedBy } : {}) });
  const reportPath = join(o.outDir, 'report.md');
  await writeFile(reportPath, report);
  await writeExports(o.outDir, merged.results);
  return { results: merged.results, comparison, report, reportPath, resultsPath, catalogue: p.catalogue };
}

/**
 * The comment job's report, made again by this code from a results.json another run wrote (a fork's pull
 * request controls that run, so the file is untrusted data), compared with the baselines at `baseRef`.
 */
export async function reportFrom(o: CheckOptions & { resultsFile: string }): Promise<CheckOutcome> {
  const catalogue = await loadCatalogue(firmwareOf(o));
  const config = await loadConfig(o.config, catalogue);
  const text = await readFile(o.resultsFile, 'utf8').catch(() => {
    throw new UserError(`${o.resultsFile}: cannot read the results (was the artifact downloaded?)`);
  });
  const results = withoutMentions(parseResults(o.resultsFile, text));
  const dir = resolve(dirname(resolve(o.config)), config.baselines);
  const base = o.baseRef === undefined ? await readBaselines(dir)
    : (await readBaselinesAt(dir, await requireCommit(dirname(resolve(o.config)), o.baseRef, 'base commit')))!;
  // The targets the results hold are the ones that run ran: a baselined variant of another is left out.
  const comparison = compare(results, base, (id) => thresholdsFor(config, id), absence(config, [...new Set(results.variants.map((v) => v.target))]));
  const report = renderMarkdown({ results, comparison, catalogue, baselineEdits: [], ...(o.acceptedBy ? { acceptedBy: o.acceptedBy } : {}) });
  await mkdir(o.outDir, { recursive: true });
  const reportPath = join(o.outDir, 'report.md');
  await writeFile(reportPath, report);
  return { results, comparison, report, reportPath, resultsPath: o.resultsFile, catalogue };
}

/** update-baselines from a sharded run (the release flow): only when every shard reported and nothing failed. */
export async function updateBaselinesFromShards(o: ShardsOptions): Promise<UpdateOutcome> {
  const { p, merged } = await mergedResults(o);
  if (merged.missing.length)
    throw new UserError(`refusing to update baselines: ${merged.missing.length} variant(s) missing: ${[...new Set(merged.missing.map((m) => m.reason))].join('; ')}`);
  const baselineDir = await baselineFolder(o, p.config, true);
  const existing = await readBaselines(baselineDir);
  await mkdir(o.outDir, { recursive: true });
  const resultsPath = join(o.outDir, 'results.json');
  await writeFile(resultsPath, `${JSON.stringify(merged.results, null, 2)}\n`);
  return { results: merged.results, resultsPath, ...(await writeBaselinesOf(baselineDir, existing, p.config, merged.results)) };
}
