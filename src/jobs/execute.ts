// Builds, runs and measures each variant, the processes in parallel up to the job count (jobs/slots.ts). A variant that fails to build,
// hangs or prints garbage is recorded as failed with its reason; the rest of the matrix goes on.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { BuildError, buildUnit, configurationOf, memoryNeed, ramNeedFromMap, slug, type Artifact, type BuildOptions } from '../build/cmake.js';
import { notTheImage, replacedImage } from '../build/image.js';
import { planBuilds, type BuildUnit } from '../build/group.js';
import { parseElf } from '../measure/elf.js';
import { imageFacts } from '../measure/facts.js';
import { sizesOf, type SymbolSize } from '../measure/owners.js';
import { metricsFor } from '../measure/metrics.js';
import { parseRecords } from '../measure/protocol.js';
import { hostMetrics } from '../measure/host.js';
import type { BenchmarkSpec } from '../catalogue/benchmark.js';
import { headline } from '../report/format.js';
import type { HostSettings } from '../config/config.js';
import type { Progress } from '../progress.js';
import type { RunBackend } from '../run/backend.js';
import { measuredBy, type Target, type Variant, type VariantResult } from '../types.js';
import { stopSignal } from '../interrupt.js';
import { profileMeasured, type VariantProfile } from '../profile/variant.js';
import { profileHostMeasured } from '../profile/host.js';

/** BuildOptions: `hold` is kept while a unit's images are built, run and measured; `signal` also stops runs. */
interface ExecuteOptions extends BuildOptions {
  host: HostSettings;
  /** The benchmarks' declarations: which records a run writes and the metrics made of them. */
  benchmarks: Record<string, BenchmarkSpec>;
  firmwareDir: string;
  /** CMake definitions a variant needs from the harness (source dirs, wamrc), or why it cannot be built. */
  cmakeDefs: (v: Variant) => Record<string, string> | { failed: string };
  outDir: string;
  /** Where the variants' build folders are (the tool's cache, store/session.ts); `<outDir>/build` by default. */
  buildRoot?: string;
  /** Built in a folder of its own, never in a group (build/group.ts). */
  alone?: (v: Variant) => boolean;
  timeoutMs: number;
  jobs: number;
  progress: Progress;
  /** Run backends by target; the job's own (the hardware backend knows its board inventory). */
  backends: Partial<Record<Target, RunBackend>>;
  /** Variants to profile (instructions by function) after they are measured. */
  profile?: (v: Variant) => boolean;
  /** Keeps each profile made, with the variant's symbols (profile/cache.ts). */
  keepProfile?: (v: Variant, p: VariantProfile, symbols?: SymbolSize[]) => Promise<void>;
}

const base = (v: Variant) => ({ id: v.id, board: v.board, stack: v.stack, runtime: v.runtime, benchmark: v.benchmark, target: v.target });

/** A variant the interruption stopped or never let start: failed, so that no verdict passes on it. */
const interrupted = (v: Variant, signal: AbortSignal | undefined, extra: Partial<VariantResult> = {}): VariantResult =>
  ({ ...base(v), status: 'failed', reason: `interrupted by ${stopSignal(signal)} before it finished`, metrics: {}, ...extra });

async function runOne(v: Variant, o: ExecuteOptions, phase: (p: string) => void, built: () => Promise<Artifact | BuildError>): Promise<{ result: VariantResult; log: string }> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  const failed = (reason: string, log: string, extra: Partial<VariantResult> = {}) => o.signal?.aborted
    ? { result: interrupted(v, o.signal, { durationMs: took(), ...extra }), log }
    : { result: { ...base(v), status: 'failed' as const, reason, metrics: {}, durationMs: took(), ...extra }, log };

  phase('build');
  const defs = o.cmakeDefs(v);
  if ('failed' in defs) return failed(defs.failed, defs.failed);
  const artifact = await built();
  if (artifact instanceof BuildError) {
    const e = artifact;
    const buildLog = join('raw', `${slug(v.id)}.build.log`);
    await mkdir(join(o.outDir, 'raw'), { recursive: true });
    await writeFile(join(o.outDir, buildLog), e.log);
    // Too big for the board through this runtime: not built, with the need the linker measured.
    const map = e.dir ? await readFile(join(e.dir, 'firmware.map'), 'utf8').catch(() => '') : '';
    const need = memoryNeed(e.log, v, { RAM: Number(defs.WMB_BOARD_RAM_BYTES), FLASH: Number(defs.WMB_BOARD_FLASH_BYTES) }, ramNeedFromMap(map));
    if (need && !o.signal?.aborted)
      return { result: { ...base(v), status: 'not-built' as const, reason: need, metrics: {}, durationMs: took(), log: buildLog }, log: e.log };
    return failed(e.message, e.log, { log: buildLog });
  }
  const backend = o.backends[v.target];
  if (!backend) return failed(`no run backend for target ${v.target}`, artifact.log);
  // A host build may time another image than the one it counts (Artifact.timed): both are checked.
  const images = [artifact, ...(artifact.timed ? [artifact.timed] : [])];
  for (const i of images) {
    const replaced = await replacedImage(i);
    if (replaced) return failed(replaced, artifact.log);
  }

  phase('run');
  const out = await backend.run(artifact, o.timeoutMs, o.signal);
  const rawName = join('raw', `${slug(v.id)}.log`);
  const raw = [
    `# ${v.id}`, `# command: ${out.command.join(' ')}`,
    `# exit: ${out.timedOut ? `killed after ${o.timeoutMs} ms timeout` : out.exitCode}`,
    ...(out.reused ? [`# reused${out.reused.only ? ` (${out.reused.only})` : ''}: measured by ${measuredBy(out.reused.commit)} on ${out.reused.date}, not run again`] : []),
    '# serial:', out.serial, '# diagnostics:', out.diagnostics,
  ].join('\n');
  await mkdir(join(o.outDir, 'raw'), { recursive: true });
  await writeFile(join(o.outDir, rawName), raw);
  const log = `${artifact.log}$ ${out.command.join(' ')}\n${out.serial}${out.diagnostics}`;
  const keep = { log: rawName, ...(out.reused ? { reused: out.reused } : {}) };
  if (out.failure) return failed(out.failure, log, keep);
  if (out.timedOut) return failed(`timed out after ${o.timeoutMs / 1000} s (hung firmware?)`, log, keep);

  phase('measure');
  try {
    // Checked again after the run: the images measured must still be the ones that ran. Their facts (build id,
    // footprint, owners and symbols) are kept beside each image: a reused run reads neither image nor map.
    const symbols = join('symbols', `${slug(v.id)}.tsv`);
    if (v.target !== 'host') await mkdir(join(o.outDir, 'symbols'), { recursive: true });
    const facts = [];
    for (const i of images) {
      const swapped = await replacedImage(i);
      if (swapped) return failed(swapped, log, keep);
      const f = await imageFacts(i.elf, i.sha256, i === artifact && v.target !== 'host' ? { firmwareDir: o.firmwareDir, symbolsTo: join(o.outDir, symbols) } : {});
      if (!f.buildId) return failed(`${i.elf} has no GNU build id`, log, keep);
      facts.push({ ...f, buildId: f.buildId });
    }
    const { buildId, footprint: fp, owners } = facts[0]!;
    const timedId = facts.at(-1)!.buildId;
    const timed = artifact.timed?.info ?? artifact.info;
    const spec = o.benchmarks[v.benchmark]!;
    const metrics = v.target === 'host'
      ? hostMetrics(v, spec, (out.samples ?? [out.serial]).map((s) => parseRecords(s, timedId)), out.instructions, o.host.clockGhz, {
        timed: configurationOf(timed), counted: configurationOf(artifact.info),
        ...(out.counted !== undefined ? { countedRun: parseRecords(out.counted, buildId) } : {}),
      })
      : { ...metricsFor(v, spec, { flashBytes: artifact.info.flash_bytes_capacity, ramBytes: artifact.info.ram_bytes_capacity }, parseRecords(out.serial, buildId), fp), ...out.metrics };
    if (out.exitCode !== 0) return failed(`emulator exited with status ${out.exitCode}`, log, keep);
    // The timed image's own record beside the counted one's: each says how its runtime was built.
    const build = artifact.timed?.info.runtime_info ? { ...artifact.info.runtime_info, timed: artifact.timed.info.runtime_info } : artifact.info.runtime_info;
    const owned = owners ? { owners, symbols } : {};
    const inSlot = o.slot ?? ((task) => task());
    const stop = (symbols?: SymbolSize[]) => ({ ...(o.signal ? { signal: o.signal } : {}), ...(o.keepProfile ? { keep: (p: VariantProfile) => o.keepProfile!(v, p, symbols) } : {}) });
    const profile = async () => {
      // A profile attributes instructions to the image's symbols: the image and its map are read for it.
      const image = await readFile(artifact.elf);
      const swapped = notTheImage(artifact, image);
      if (swapped) throw new Error(swapped);
      const elf = parseElf(image, artifact.elf);
      const sizes = await sizesOf(artifact.elf, elf, o.firmwareDir);
      return inSlot(() => profileMeasured({ artifact, image, elf, firmwareDir: o.firmwareDir, outDir: o.outDir, timeoutMs: o.timeoutMs, plainSerial: out.serial, plainMs: out.durationMs, ...stop(sizes?.symbols) }));
    };
    const profiled = !o.profile?.(v) ? {}
      : v.target === 'emulated' ? await profile()
        : v.target === 'host' ? await inSlot(() => profileHostMeasured({ artifact, firmwareDir: o.firmwareDir, outDir: o.outDir, timeoutMs: o.timeoutMs, instructions: out.instructions, ...stop() }))
          : {};
    return { result: { ...base(v), status: 'ok', metrics, durationMs: took(), ...keep, ...owned, ...(build ? { build } : {}), ...profiled }, log };
  } catch (e) {
    const why = (e as Error).message;
    return failed(out.exitCode ? `${why} (exit status ${out.exitCode})` : why, log, keep);
  }
}

/**
 * Results in the order of `variants`, whatever order they finish in. Variants are built by unit (build/group.ts:
 * a group's members configured and built once, its folder held until its last member is measured), run and
 * measured each on its own. Progress counts the cells that are built.
 */
export async function executeMatrix(variants: Variant[], o: ExecuteOptions): Promise<VariantResult[]> {
  const results: VariantResult[] = new Array(variants.length);
  const buildable: { v: Variant; defs: Record<string, string> }[] = [];
  variants.forEach((v, i) => {
    if (v.notBuilt) results[i] = { ...base(v), status: 'not-built', reason: v.notBuilt, metrics: {} };
    else {
      const defs = o.cmakeDefs(v);
      if (!('failed' in defs)) buildable.push({ v, defs });
    }
  });
  const units = planBuilds(buildable, o.alone ?? (() => true));
  const unitOf = new Map(units.flatMap((u) => u.members.map((m) => [m.id, u] as const)));
  const state = new Map<BuildUnit, { held?: Promise<{ release(): Promise<void> } | undefined>; built?: Promise<Map<string, Artifact | BuildError>>; left: number }>(
    units.map((u) => [u, { left: u.members.length }]));
  const index = new Map(variants.map((v, i) => [v.id, i]));
  // A unit's members one after another, so that its folder is held for as short a time as it takes.
  const order = [...units.flatMap((u) => u.members.map((m) => index.get(m.id)!)),
    ...variants.flatMap((v, i) => (results[i] === undefined && !unitOf.has(v.id) ? [i] : []))];
  const total = order.length;
  let next = 0;
  // An error that is not a variant's own (a cached upstream tree edited, found before a build) stops the matrix:
  // no variant starts, the running ones are stopped, and it is thrown once every worker has finished.
  const stop = new AbortController();
  let failure: { error: unknown } | undefined;
  const signal = o.signal ? AbortSignal.any([o.signal, stop.signal]) : stop.signal;
  const io: ExecuteOptions = { ...o, signal };
  const worker = async () => {
    for (let k = next++; k < total && !signal.aborted; k = next++) {
      const i = order[k]!;
      const v = variants[i]!;
      const u = unitOf.get(v.id);
      const s = u && state.get(u)!;
      const what = u && (u.members.length > 1 ? `${u.members.length} variants (${v.board}/${v.stack}/${v.runtime}@${v.target})` : v.id);
      if (s) s.held ??= o.hold?.(u.folder, what!);
      const held = await s?.held;
      const built = () => (s!.built ??= buildUnit(u!, io.firmwareDir, io.buildRoot ?? join(io.outDir, 'build'), io)).then((m) => m.get(v.id)!);
      let done;
      try {
        done = await runOne(v, io, (p) => o.progress.phase(k + 1, total, p, v.id), built)
          .finally(() => (s && --s.left === 0 ? held?.release() : undefined));
      } catch (error) {
        failure ??= { error };
        stop.abort();
        return;
      }
      const { result, log } = done;
      results[i] = result;
      o.progress.done(k + 1, total, result, log, headline(result, { benchmarks: o.benchmarks }));
    }
  };
  // With slots (the processes limited to `jobs`), more variants at a time: the up-to-date and reused ones wait
  // on the file system, not on a process.
  const jobs = (o.jobs > 0 ? o.jobs : availableParallelism()) * (o.slot ? 4 : 1);
  await Promise.all(Array.from({ length: Math.min(jobs, total) }, worker));
  if (failure) throw failure.error;
  variants.forEach((v, i) => {
    results[i] ??= interrupted(v, o.signal);
  });
  return results;
}
