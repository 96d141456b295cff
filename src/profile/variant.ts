// Profiles one emulated image: a second QEMU run with the plugin, its regions matched to the result
// records that measured them, mapped to functions and owners, written to the output folder as a flat
// profile (TSV), folded stacks and a speedscope file.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slug, type Artifact } from '../build/cmake.js';
import { SHF_ALLOC, SHF_WRITE, type Elf } from '../measure/elf.js';
import { ownerOf, parseMap, sourceFolders, type InputSection } from '../measure/owners.js';
import { parseRecords, ProtocolError, type ResultRecord } from '../measure/protocol.js';
import { qemuCommand } from '../run/qemu.js';
import { funcsFile, functionsOf, type Func } from './functions.js';
import { ensurePlugin, pluginCommand, refusal, runWithPlugin, type Unavailable } from './plugin.js';
import { floatBuild, lints } from './lints.js';
import { flatTsv, foldedStacks, parsePluginOutput, PluginOutputError, profileOf, speedscope, UNKNOWN, type OwnerOf, type PluginOutput, type RegionCounts } from './profile.js';
import type { Profile } from '../types.js';

/** The function that reads the firmware's counter: each of its loads from the peripheral space opens or closes a region. */
export const COUNTER_READ = 'counter_read';
/** The driver's function that measures a call (firmware/common/wmb_driver.c): the regions it opens are the
 * result records' counts and probes, in order; the others time the load (init, each export found). */
export const MEASURE = 'wmb_driver_measure';

export interface VariantProfile {
  profiles: Profile[];
  /** The result records' counts in the profiled run, in the order of the regions. */
  counts: number[];
  /** Relative to the output folder. */
  files: { flat: string; folded: string; speedscope: string };
  durationMs: number;
  /** What the profile says beside the number (lints.ts). */
  lints: string[];
}

/** Result records that carry a measured count, in the order the firmware measured them; their labels. */
export function measuredRecords(records: ResultRecord[]): { label: string; count: number; regions: number }[] {
  // A record with steady-state probes measured three more regions after its own (run(1), run(2), run(3)).
  return records.flatMap((r) => (r.type === 'result' ? [{ label: r.name, count: r.count, regions: r.probe1 === undefined ? 1 : 4 }] : []));
}

/** Owners of functions through the linker map's input sections (the same attribution as size by owner). */
function ownerLookup(map: InputSection[], folders: Map<string, string>): OwnerOf {
  return (f: Func) => {
    if (f.data) return { owner: 'module', detail: `code loaded into ${f.name.slice('[code in '.length, -1)}` };
    const s = map.find((x) => f.start >= x.addr && f.start < x.addr + x.size && !/^\.debug/.test(x.output));
    return s ? ownerOf(s.object, folders) : { owner: 'unknown', detail: 'unknown' };
  };
}

/** A variant's profiles as files in the output folder: the flat profile, folded stacks and speedscope's JSON. */
export async function writeProfiles(outDir: string, id: string, profiles: Profile[]): Promise<VariantProfile['files']> {
  const base = join('profiles', slug(id));
  const files = { flat: `${base}.tsv`, folded: `${base}.folded`, speedscope: `${base}.speedscope.json` };
  await mkdir(join(outDir, 'profiles'), { recursive: true });
  await writeFile(join(outDir, files.flat), flatTsv(profiles));
  await writeFile(join(outDir, files.folded), foldedStacks(profiles));
  await writeFile(join(outDir, files.speedscope), `${JSON.stringify(speedscope(id, profiles))}\n`);
  return files;
}

/** A region's instructions fetched from RAM (the image's writable sections: a pool, .data) and where they ran. */
export function fromRam(r: RegionCounts, elf: Elf, funcs: Func[]): { count: number; where: string[] } {
  const ram = elf.sections.filter((s) => s.flags & SHF_ALLOC && s.flags & SHF_WRITE && s.size > 0);
  const by = new Map<string, number>();
  let count = 0;
  for (const [addr, n] of r.addresses) {
    if (!ram.some((s) => addr >= s.addr && addr < s.addr + s.size)) continue;
    count += n;
    const f = funcs.find((x) => addr >= x.start && addr < x.end)?.name ?? UNKNOWN;
    by.set(f, (by.get(f) ?? 0) + n);
  }
  return { count, where: [...by].sort((a, b) => b[1] - a[1]).map(([f]) => f) };
}

/** Each measurement's region: of the regions wmb_driver_measure opened, in order, each record's measured call
 * then its probes (the others time the load). Exact whatever the counter's resolution, which only
 * approximates a region's total (the F746ZG stand-in's ticks every 40 instructions). */
export function recordRegions(plugged: PluginOutput, funcs: Func[], measured: ReturnType<typeof measuredRecords>): RegionCounts[] | Unavailable {
  const calls = plugged.regions.filter((r) => funcs[r.opener]?.name === MEASURE);
  const wanted = measured.reduce((n, m) => n + m.regions, 0);
  if (!plugged.finished || calls.length !== wanted)
    return { unavailable: `the plugin saw ${calls.length} region(s) opened by ${MEASURE}${plugged.finished ? '' : ' (and one unfinished)'}, the firmware reported ${measured.length} measurement(s) of ${wanted} region(s)` };
  let next = 0;
  return measured.map((m) => {
    const r = calls[next]!;
    next += m.regions;
    return r;
  });
}

export async function profileImage(o: {
  artifact: Artifact; image: Buffer; elf: Elf; firmwareDir: string; outDir: string; timeoutMs: number; signal?: AbortSignal;
}): Promise<VariantProfile | Unavailable> {
  const plugin = await ensurePlugin();
  if ('unavailable' in plugin) return plugin;
  const funcs = functionsOf(o.image, o.elf);
  const counter = funcs.find((f) => f.name === COUNTER_READ);
  if (!counter) return { unavailable: `${o.artifact.elf} has no ${COUNTER_READ} function to find the measured region by` };
  const work = await mkdtemp(join(tmpdir(), 'wmb-profile-'));
  try {
    const funcsPath = join(work, 'funcs.txt');
    const outPath = join(work, 'profile.txt');
    await writeFile(funcsPath, funcsFile(funcs));
    const run = await runWithPlugin(pluginCommand(qemuCommand(o.artifact), plugin.path, funcsPath, counter, outPath), o.timeoutMs, o.signal);
    const text = await readFile(outPath, 'utf8').catch(() => undefined);
    if (text === undefined)
      return { unavailable: `QEMU did not run the profiling plugin: ${refusal(run.diagnostics) ?? `exit status ${run.exitCode}${run.timedOut ? ' (timed out)' : ''}`}` };
    if (run.timedOut || run.exitCode !== 0) return { unavailable: `the profiled run ${run.timedOut ? 'timed out' : `exited with status ${run.exitCode}`}` };
    let plugged;
    try {
      plugged = parsePluginOutput(outPath, text);
    } catch (e) {
      // A profile that cannot be read is unavailable; it never fails the variant it would explain.
      if (!(e instanceof PluginOutputError)) throw e;
      return { unavailable: e.message };
    }
    let measured;
    try {
      measured = measuredRecords(parseRecords(run.serial, o.elf.buildId ?? ''));
    } catch (e) {
      if (!(e instanceof ProtocolError)) throw e;
      return { unavailable: `the profiled run's output: ${e.message}` };
    }
    const regions = recordRegions(plugged, funcs, measured);
    if ('unavailable' in regions) return regions;
    const mapText = await readFile(o.artifact.elf.replace(/\.elf$/, '.map'), 'utf8').catch(() => '');
    const owner = ownerLookup(parseMap(mapText), await sourceFolders(o.firmwareDir));
    const profiles = regions.map((r, i) => profileOf(measured[i]!.label, r, funcs, owner));
    const files = await writeProfiles(o.outDir, o.artifact.variant.id, profiles);
    return { profiles, counts: measured.map((m) => m.count), files, durationMs: run.durationMs, lints: lints(profiles, { fp: floatBuild(o.image, o.elf), fromRam: regions.map((r) => fromRam(r, o.elf, funcs)) }) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** What a variant's result records of its profile: the files, or why there is none. */
export type ProfileOutcome = { profile: VariantProfile['files'] & { slowdown?: number; lints?: string[] } } | { profileUnavailable: string };

/** A profile as the result records it; `plainMs`: the plain run's wall time, when there is one to compare with. */
export const measured = (p: VariantProfile, plainMs?: number): ProfileOutcome =>
  ({ profile: { ...p.files, ...(plainMs ? { slowdown: Math.round((100 * p.durationMs) / plainMs) / 100 } : {}), ...(p.lints.length ? { lints: p.lints } : {}) } });

/** Keeps a profile that checked out (profile/cache.ts: the base's profile for later explanations). */
export type KeepProfile = (p: VariantProfile) => Promise<void>;

/** Profiles a measured image and checks that the profiled run counted what the plain run counted. */
export async function profileMeasured(o: Parameters<typeof profileImage>[0] & { plainSerial: string; plainMs: number; keep?: KeepProfile }): Promise<ProfileOutcome> {
  const p = await profileImage(o);
  if ('unavailable' in p) return { profileUnavailable: p.unavailable };
  const plain = measuredRecords(parseRecords(o.plainSerial, o.elf.buildId ?? '')).map((m) => m.count);
  if (plain.join() !== p.counts.join())
    return { profileUnavailable: `the profiled run counted ${p.counts.join(', ')} where the plain run counted ${plain.join(', ')}: the plugin changed what it measures` };
  await o.keep?.(p);
  return measured(p, o.plainMs);
}
