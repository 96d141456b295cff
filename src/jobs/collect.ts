// Where a job's results come from: measured here (build, run, measure the matrix, write results.json) or
// gathered from the shards of a run (merged against the plan: a planned shard that never reported is missing).
import { availableParallelism } from 'node:os';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { executeMatrix } from './execute.js';
import { provenance, type Job, type Matrix } from './job.js';
import type { Progress } from '../progress.js';
import { clearReports } from '../report/exports.js';
import { backendsFor } from '../store/backends.js';
import { QEMU } from '../run/qemu.js';
import { mergeShards, type Merged } from '../shard/merge.js';
import { readShardFolders } from '../shard/files.js';
import { parsePlan } from '../shard/plan.js';
import { cacheRoot, cmakeName, sourceUse } from '../sources/sources.js';
import { sourcesFor } from '../catalogue/catalogue.js';
import { analyzerMetric } from '../catalogue/benchmark.js';
import { cmakeFacts } from '../catalogue/cmake.js';
import { ensureWamrc } from '../build/wamrc.js';
import { compilerCache } from '../build/cmake.js';
import { requireTools, toolVersion } from '../tools.js';
import type { Provenance, Results, Target, Variant } from '../types.js';
import { UserError } from '../types.js';
import { Interrupted, stopSignal } from '../interrupt.js';
import { checkProfileKeeper, type KeptProfiles } from '../profile/cache.js';
import { linkBuilds, openCache, withEnv } from '../store/session.js';
import { slots } from './slots.js';

/** Per variant, the CMake definitions the harness owes it: the catalogue's facts, source directories and the tools its runtime needs (wamrc). */
export async function harnessDefinitions(job: Job, m: Matrix, progress: Progress, signal?: AbortSignal): Promise<(v: Variant) => Record<string, string> | { failed: string }> {
  let wamrc: { path: string } | { failed: string } | undefined;
  const wamr = m.sources.get('wamr');
  const needsWamrc = (v: Variant) => job.catalogue.runtimes[v.runtime]!.needs.includes('wamrc');
  if (wamr?.dir && m.variants.some((v) => !v.notBuilt && needsWamrc(v))) {
    try {
      wamrc = { path: await ensureWamrc(wamr.dir, wamr.tree ?? wamr.pin.commit, cacheRoot(), (line) => progress.note(line), signal, m.verify) };
    } catch (e) {
      if (e instanceof UserError) throw e;
      wamrc = { failed: (e as Error).message };
    }
  }
  return (v) => {
    const defs = cmakeFacts(job.catalogue, v, { studyIterations: job.config.studyIterations });
    for (const name of sourcesFor(job.catalogue, v)) defs[cmakeName(name)] = m.sources.get(name)!.dir!;
    if (needsWamrc(v)) {
      if (!wamrc || 'failed' in wamrc) return { failed: wamrc?.failed ?? 'wamrc unavailable' };
      defs.WMB_WAMRC = wamrc.path;
    }
    return defs;
  };
}

function sourceProvenance(m: Matrix): Provenance['sources'] {
  return Object.fromEntries([...m.sources.values()].filter((s) => s.dir).map((s) => [s.name, sourceUse(s)]));
}

export const writeResults = async (outDir: string, results: Results): Promise<string> => {
  await mkdir(outDir, { recursive: true });
  const resultsPath = join(outDir, 'results.json');
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  return resultsPath;
};

/** ccache settings for builds under `buildRoot` when the machine has it; WASM_MCU_BENCH_CCACHE=0 turns it off (to time builds without it). */
export async function compilerCacheFor(buildRoot: string): Promise<{ ccache?: ReturnType<typeof compilerCache> }> {
  return process.env.WASM_MCU_BENCH_CCACHE !== '0' && (await toolVersion('ccache')) !== 'missing'
    ? { ccache: compilerCache(buildRoot, cacheRoot()) } : {};
}

/** Builds, runs and measures the matrix (one shard of it when `shard` is given) and writes results.json. */
export async function collect(job: Job, m: Matrix, shard?: string): Promise<{ results: Results; resultsPath: string; kept?: KeptProfiles }> {
  const o = job.options;
  // A board runner builds and flashes; only the emulated target needs QEMU, only the host valgrind.
  const built = m.variants.filter((v) => !v.notBuilt);
  await requireTools([
    ...(built.some((v) => v.target !== 'host') ? ['arm-none-eabi-gcc'] : []),
    ...(built.some((v) => v.target === 'emulated') ? [QEMU] : []),
    ...(built.length ? ['cmake', 'ninja', 'setpriv', 'timeout'] : []),
    ...(built.some((v) => v.target === 'host') ? ['gcc', 'valgrind'] : []),
  ]);
  await mkdir(o.outDir, { recursive: true });
  await clearReports(o.outDir);
  const prov = await provenance(job.configDir);
  const cache = await openCache({ cache: cacheRoot(), config: job.config, firmwareDir: job.firmwareDir, sources: m.sources, rerun: Boolean(o.rerun), measured: { commit: prov.commit, date: prov.date }, progress: o.progress });
  await linkBuilds(o.outDir, cache.buildRoot);
  // A check that profiles every variant at a clean commit keeps them for later explanations against it.
  const keep = job.config.profile === 'all'
    ? await checkProfileKeeper({ config: job.config.file, firmwareDir: job.firmwareDir, benchmarkDirs: job.config.benchmarkDirs, commit: prov.commit,
      overridden: Boolean(o.source), warn: (w) => o.progress.note(`warning: ${w}`) })
    : undefined;
  const ccache = (await compilerCacheFor(cache.buildRoot)).ccache;
  const slot = slots(job.config.jobs > 0 ? job.config.jobs : availableParallelism());
  const variants = await executeMatrix(m.variants, {
    firmwareDir: job.firmwareDir,
    benchmarks: job.catalogue.benchmarks,
    cmakeDefs: await harnessDefinitions(job, m, o.progress, o.signal),
    ...(ccache ? { ccache: withEnv(ccache, cache.ccacheEnv) } : {}),
    buildRoot: cache.buildRoot,
    stampOf: cache.stampOf,
    hold: cache.hold,
    before: m.verify,
    slot,
    alone: (v) => job.catalogue.stacks[v.stack]?.one_image_per_build === true,
    outDir: o.outDir,
    timeoutMs: job.config.timeoutSeconds * 1000,
    host: job.config.host,
    jobs: job.config.jobs,
    progress: o.progress,
    backends: backendsFor({ host: job.config.host, ...(m.farm ? { farm: m.farm } : {}), workDir: join(o.outDir, 'flash'),
      analyzerMetric: (b) => analyzerMetric(job.catalogue.benchmarks[b]!), reuse: cache.reuse, slot }),
    ...(job.config.profile === 'all' ? { profile: () => true } : {}),
    ...(keep ? { keepProfile: keep.keep } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  await cache.finish(variants);
  const stopped = stopSignal(o.signal);
  const results: Results = {
    schemaVersion: 1, ...(shard ? { shard } : {}),
    provenance: { ...prov, sources: sourceProvenance(m) }, variants,
    ...(stopped ? { interrupted: true as const } : {}),
  };
  const resultsPath = await writeResults(o.outDir, results);
  if (stopped) {
    const done = variants.filter((v) => v.status === 'ok').length;
    throw new Interrupted(stopped, `interrupted by ${stopped}: ${resultsPath} holds the ${done} variant(s) that finished, marked interrupted`);
  }
  return { results, resultsPath, ...(keep?.kept.files.length ? { kept: keep.kept } : {}) };
}

export interface ShardResults {
  /** Folders holding the shards' results (downloaded artifacts). */
  results: string[];
  /** The plan.json of the run; else one found among the results, else the plan recomputed from config and inventory. */
  planFile?: string;
}

/** Merges the shards' results against the plan: a planned shard that never reported is missing, never a pass. */
export async function gather(job: Job, m: Matrix, s: ShardResults): Promise<{ merged: Merged; ranTargets: Target[] }> {
  const found = await readShardFolders(s.results);
  const planned = s.planFile ? parsePlan(s.planFile, await readFile(s.planFile, 'utf8')) : found.plan?.plan ?? m.shards;
  return { merged: mergeShards(planned, found.files, await provenance(job.configDir)), ranTargets: [...new Set(planned.shards.map((x) => x.target))] };
}
