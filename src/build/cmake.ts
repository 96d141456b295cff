// Turns Variants into Artifacts through the firmware's single CMake entry, a build unit (build/group.ts) at a
// time: one variant, or a group of them configured once and built by one ninja call. An unchanged unit is
// neither configured nor built (its stamp); a changed one is configured once and then left to ninja.
import { mkdir, readFile, realpath, rm, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { runGuarded } from '../child.js';
import { dirname, join, resolve } from 'node:path';
import type { Variant } from '../types.js';
import { dropStamp, stale, STAMP, writeStamp, type FileHashes, type StampInputs } from './stamp.js';
import { buildFolder, failedSteps, groupDefinitions, onlyMisfits, slug, type BuildUnit } from './group.js';
import { sizeOf } from '../store/prune.js';
import { replacedImage } from './image.js';
import type { Slot } from '../jobs/slots.js';

/** What the tool reads of what the firmware build writes beside the image (wmb-build.json, firmware/CMakeLists.txt). */
export interface BuildInfo {
  /** The image to run and measure; stacks with their own build (Zephyr) put it elsewhere. */
  elf?: string;
  /** Where the build records the sha256 of the image it linked (firmware/cmake/wmb_image_record.cmake). */
  image_sha256?: string;
  qemu: { binary: string; machine: string; args: string[] } | null;
  /** What the runtime was built from and how (source commit; AOT target, CPU, float ABI, bounds checks). */
  runtime_info?: Record<string, unknown>;
  /** Host: the wmb-build.json of a second build of the variant whose image is timed while this one is counted
   * (a production configuration valgrind cannot run: WAMR AOT's guard pages). */
  timed_build?: string;
  /** The board's capacities the image was linked against (board.yml, through the build). */
  flash_bytes_capacity: number;
  ram_bytes_capacity: number;
}

/** What an image's numbers depend on, in a few words, as its build says (runtime_info.configuration). */
export const configurationOf = (info: BuildInfo): string | undefined =>
  typeof info.runtime_info?.configuration === 'string' ? info.runtime_info.configuration : undefined;

/** An image a build linked. */
export interface Image {
  elf: string;
  /** sha256 of the image as the build linked it (hex). */
  sha256: string;
  info: BuildInfo;
}

export interface Artifact extends Image {
  variant: Variant;
  /** Build output, for the log group and for a failed build's reason. */
  log: string;
  /** The image whose wall time is reported, when the build names another one (BuildInfo.timed_build). */
  timed?: Image;
}

export class BuildError extends Error {
  override name = 'BuildError';
  /** `dir`: the image's build folder (its firmware.map, for what a link that does not fit needed). */
  constructor(message: string, readonly log: string, readonly dir?: string) {
    super(message);
  }
}

export { slug };

/**
 * `extra`: CMake cache definitions from the harness (source directories, tools), NAME -> value. A group
 * (`group`: WMB_GROUP and its members' own definitions, build/group.ts) names no BENCHMARK.
 */
export function configureArgs(v: Variant, firmwareDir: string, buildDir: string, extra: Record<string, string> = {}, group?: Record<string, string>): string[] {
  const defines = Object.entries(v.defines).map(([k, val]) => `${k}=${val}`);
  return [
    '-G', 'Ninja', '-S', firmwareDir, '-B', buildDir,
    `-DBOARD=${v.board}`, `-DSTACK=${v.stack}`, `-DRUNTIME=${v.runtime}`,
    `-DBENCHMARK=${group ? '' : v.benchmark}`, `-DTARGET=${v.image ?? v.target}`,
    `-DWMB_CFLAGS=${v.cflags.join(';')}`, `-DWMB_DEFINES=${defines.join(';')}`,
    ...Object.entries({ ...extra, ...group }).sort().map(([k, val]) => `-D${k}=${val}`),
  ];
}

/** The lines that say what went wrong (compiler and CMake errors), else the last ones; the whole log is kept in raw/. */
export function buildFailure(log: string, lines = 6): string {
  const all = log.split('\n').map((l) => l.trim()).filter(Boolean);
  const errors = all.filter((l) => /\berror\b|CMake Error|FATAL|undefined reference|overflowed|will not fit/i.test(l));
  return (errors.length ? errors : all).slice(-lines).map((l) => (l.length > 300 ? `${l.slice(0, 297)}...` : l)).join('\n');
}

/**
 * The RAM an image needs as its failed link laid it out (the map ld writes even then, common/wmb.ld.in):
 * static RAM up to `__wmb_heap_start` and the main stack above it; undefined when the map lacks them.
 */
export function ramNeedFromMap(map: string): number | undefined {
  const ram = /^RAM\s+0x([0-9a-f]+)\s/m.exec(map)?.[1];
  const heap = /^\s+0x([0-9a-f]+)\s+__wmb_heap_start = /m.exec(map)?.[1];
  const stack = /^\s+0x([0-9a-f]+)\s+WMB_STACK_SIZE = /m.exec(map)?.[1];
  if (ram === undefined || heap === undefined || stack === undefined) return undefined;
  return parseInt(heap, 16) - parseInt(ram, 16) + parseInt(stack, 16);
}

/**
 * Why an image cannot be built for its board, as the linker measured it: what the link needed beyond the
 * board's RAM or flash (ld's "region `RAM' overflowed by N bytes", or the linker script's check that static RAM
 * and the stack fit), against the capacities the build was given (bytes by region); undefined when the log has
 * no such failure. `ramNeed` (ramNeedFromMap): static RAM and stack together, which the overflow alone leaves out.
 */
export function memoryNeed(log: string, v: Pick<Variant, 'runtime' | 'board'>, capacity: Record<'RAM' | 'FLASH', number>, ramNeed?: number): string | undefined {
  const need = new Map<'RAM' | 'FLASH', number>();
  for (const m of log.matchAll(/region [`'](RAM|FLASH)' overflowed by (\d+) bytes/g)) {
    const region = m[1] as 'RAM' | 'FLASH';
    need.set(region, Math.max(need.get(region) ?? 0, capacity[region] + Number(m[2])));
  }
  if (ramNeed !== undefined && ramNeed > capacity.RAM && (need.has('RAM') || log.includes('static RAM and stack do not fit')))
    need.set('RAM', Math.max(need.get('RAM') ?? 0, ramNeed));
  if (!need.size) return undefined;
  const kib = (bytes: number) => Math.ceil(bytes / 1024);
  return [...need].sort(([a], [b]) => (a === 'RAM' ? -1 : b === 'RAM' ? 1 : 0))
    .map(([region, bytes]) => `needs ${kib(bytes)} KiB ${region === 'RAM' ? 'RAM' : 'flash'} through ${v.runtime}, ${v.board} has ${kib(capacity[region])} KiB`).join('; ');
}

/**
 * Variants share most of what they compile (a runtime library for one board is the same under every
 * stack and benchmark; the kernels likewise): with ccache on the machine, each is compiled once across
 * the matrix. Paths under the build root are made relative, so every variant's directory looks alike.
 */
export function compilerCache(buildRoot: string, cacheDir: string): { args: string[]; env: Record<string, string> } {
  return {
    args: ['-DCMAKE_C_COMPILER_LAUNCHER=ccache'],
    env: { CCACHE_DIR: join(cacheDir, 'ccache'), CCACHE_BASEDIR: resolve(buildRoot), CCACHE_NOHASHDIR: 'true', CCACHE_COMPILERCHECK: 'content' },
  };
}

/** CMake's own record of where a build directory was configured from and into. */
const cacheEntry = (cache: string, name: string) => new RegExp(`^${name}:INTERNAL=(.*)$`, 'm').exec(cache)?.[1];

/**
 * Why the CMake cache in a build directory belongs elsewhere (the output folder was copied or moved, or the
 * firmware tree is another one), or undefined. CMake refuses such a cache, and ninja would build into the
 * old place. `here`/`source`: the directories as the tool names them and as the filesystem resolves them.
 */
export function foreignCache(cache: string, here: string[], source: string[]): string | undefined {
  const dir = cacheEntry(cache, 'CMAKE_CACHEFILE_DIR');
  const home = cacheEntry(cache, 'CMAKE_HOME_DIRECTORY');
  if (dir !== undefined && !here.includes(dir)) return `configured in ${dir}`;
  if (home !== undefined && !source.includes(home)) return `configured from ${home}`;
  return undefined;
}

/** The artifact a finished build in `dir` left, with its image's recorded sha256. */
async function artifactIn(v: Variant, dir: string, log: string): Promise<Artifact> {
  const image = await builtImage(join(dir, 'wmb-build.json'), log);
  const timed = image.info.timed_build ? await builtImage(image.info.timed_build, log) : undefined;
  return { variant: v, ...image, log, ...(timed ? { timed } : {}) };
}

/**
 * The unit's images in `dir` when its stamp says nothing they were made from changed and each is the image its
 * build linked (a member whose link failed: that failure again); else undefined, the folder emptied first when
 * it was built by another toolchain.
 */
async function upToDate(u: BuildUnit, dir: string, stamp: { wanted: StampInputs; hashes: FileHashes }): Promise<Map<string, Artifact | BuildError> | undefined> {
  const changed = await stale(dir, stamp.wanted, stamp.hashes);
  if (changed.why !== undefined) {
    if (changed.clean) {
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
    }
    return undefined;
  }
  const note = `# ${dir}: up to date (its build stamp ${STAMP} matches): neither configured nor built\n`;
  const done = new Map<string, Artifact | BuildError>();
  for (const v of u.members) {
    const failed = changed.failed[v.id];
    if (failed) {
      done.set(v.id, new BuildError(failed.message, `${note}${failed.log}`, imageDir(u, dir, v)));
      continue;
    }
    const a = await artifactIn(v, imageDir(u, dir, v), note).catch(() => undefined);
    if (!a) return undefined;
    for (const i of [a, ...(a.timed ? [a.timed] : [])]) if (await replacedImage(i)) return undefined;
    done.set(v.id, a);
  }
  // Its last use, for pruning the cache least recently used first.
  const now = new Date();
  await utimes(join(dir, STAMP), now, now).catch(() => undefined);
  return done;
}

/** Where a member's image is built: the unit's folder, or a group member's `<benchmark>/` in it (firmware/cmake/member/). */
const imageDir = (u: BuildUnit, dir: string, v: Variant) => (u.grouped ? join(dir, v.benchmark) : dir);

export interface BuildOptions {
  ccache?: { args: string[]; env: Record<string, string> };
  signal?: AbortSignal;
  /** What a unit is built from (build/stamp.ts): an up-to-date unit starts no process. */
  stampOf?: (u: BuildUnit) => { wanted: StampInputs; hashes: FileHashes };
  /** Takes a build folder while it is built (runs sharing the cache take turns): a group's members built alone. */
  hold?: (folder: string, what: string) => Promise<{ release(): Promise<void> }>;
  /** Before a unit that is not up to date is configured or built: the upstream trees verified (Matrix.verify). */
  before?: () => Promise<void>;
  /** Taken while CMake and ninja run (jobs/slots.ts); an up-to-date unit takes none. */
  slot?: Slot;
}

/** One variant in its own build folder (build/group.ts buildFolder). */
export async function buildFirmware(v: Variant, firmwareDir: string, buildRoot: string, extra: Record<string, string> = {}, o: BuildOptions = {}): Promise<Artifact> {
  const u: BuildUnit = { folder: buildFolder(v), members: [v], grouped: false, defs: extra, own: {} };
  const held = await o.hold?.(u.folder, v.id);
  const built = (await buildUnit(u, firmwareDir, buildRoot, o).finally(() => held?.release())).get(v.id)!;
  if (built instanceof BuildError) throw built;
  return built;
}

/**
 * Builds a unit's images: one configure, one ninja call (`-k 0`: a member that fails to compile or link fails
 * alone, with the steps of its own that failed). `stamp`: what the unit is built from; an up-to-date unit
 * (build/stamp.ts) starts no process. Each member's Artifact, or its BuildError, by variant id.
 */
export async function buildUnit(u: BuildUnit, firmwareDir: string, buildRoot: string, o: BuildOptions = {}): Promise<Map<string, Artifact | BuildError>> {
  const stamp = o.stampOf?.(u);
  // Absolute: the image's path is an argument of emulators, flashers and valgrind, where "-out/..." would be an
  // option; and the configure stamp below changes when the build root moves.
  const dir = resolve(buildRoot, u.folder);
  const source = resolve(firmwareDir);
  await mkdir(dir, { recursive: true });
  let log = '';
  const cache = await readFile(join(dir, 'CMakeCache.txt'), 'utf8').catch(() => undefined);
  const foreign = cache === undefined ? undefined
    : foreignCache(cache, [dir, await realpath(dir)], [source, await realpath(source).catch(() => source)]);
  if (foreign) {
    log += `# ${dir} was ${foreign}: cleared and configured anew\n`;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
  }
  if (stamp && !foreign) {
    const done = await upToDate(u, dir, stamp);
    if (done) return done;
  }
  await o.before?.();
  // Members built alone after a failed configure are built inside this slot: they take none of their own.
  const build = () => configureAndBuild(u, firmwareDir, buildRoot, dir, log, stamp, { ...o, slot: undefined });
  return o.slot ? o.slot(build) : build();
}

async function configureAndBuild(u: BuildUnit, firmwareDir: string, buildRoot: string, dir: string, log: string,
  stamp: ReturnType<NonNullable<BuildOptions['stampOf']>> | undefined, o: BuildOptions): Promise<Map<string, Artifact | BuildError>> {
  const { ccache, signal } = o;
  const all = (e: (v: Variant) => Artifact | BuildError) => new Map(u.members.map((v) => [v.id, e(v)]));
  // Interrupted while it waited for a slot: not started.
  if (signal?.aborted) return all((v) => new BuildError('interrupted before it was built', log, imageDir(u, dir, v)));
  if (stamp) await dropStamp(dir);
  const args = [...configureArgs(u.members[0]!, firmwareDir, dir, u.defs, u.grouped ? groupDefinitions(u) : undefined), ...(ccache?.args ?? [])];
  const configureStamp = join(dir, 'wmb-configure-args.json');
  const wanted = JSON.stringify(args);
  const run = (a: string[]) => runGuarded(['cmake', ...a], { all: true, env: ccache?.env ?? {}, ...(signal ? { signal } : {}) });
  const configured = existsSync(join(dir, 'CMakeCache.txt')) && (await readFile(configureStamp, 'utf8').catch(() => '')) === wanted;
  if (!configured) {
    const r = await run(args);
    log += `$ cmake ${args.join(' ')}\n${r.all}\n`;
    if (r.failed && u.grouped && u.members.length > 1) {
      // One member's benchmark.cmake may stop the group's configure: each is then built alone, so that it
      // fails alone with its own reason and the others build.
      const alone = new Map<string, Artifact | BuildError>();
      for (const v of u.members) {
        const one: BuildUnit = { folder: buildFolder(v), members: [v], grouped: false, defs: { ...u.defs, ...u.own[v.id] }, own: {} };
        const held = await o.hold?.(one.folder, v.id);
        alone.set(v.id, (await buildUnit(one, firmwareDir, buildRoot, o).finally(() => held?.release())).get(v.id)!);
      }
      return alone;
    }
    if (r.failed) return all((v) => new BuildError(`configure failed: ${buildFailure(String(r.all))}`, log, imageDir(u, dir, v)));
    await writeFile(configureStamp, wanted);
  }
  const build = u.grouped ? ['--build', dir, '--', '-k', '0'] : ['--build', dir];
  const r = await run(build);
  log += `$ cmake ${build.join(' ')}\n${r.all}\n`;
  if (!r.failed) {
    const out = new Map<string, Artifact | BuildError>();
    for (const v of u.members) out.set(v.id, await artifactIn(v, imageDir(u, dir, v), log).catch((e: Error) => e instanceof BuildError ? e : new BuildError(e.message, log, imageDir(u, dir, v))));
    if (stamp && [...out.values()].every((a) => !(a instanceof BuildError))) await writeStamp(dir, stamp.wanted, stamp.hashes, await sizeOf(dir));
    return out;
  }
  if (!u.grouped) return all((v) => new BuildError(`build failed: ${buildFailure(String(r.all))}`, log, dir));
  // A group's failure is each member's own: its failed steps, else whatever no member owns (a shared library)
  // when ninja says its image is not up to date; a member whose image is up to date was built.
  const steps = failedSteps(String(r.all), u.members.map((v) => v.benchmark));
  const out = new Map<string, Artifact | BuildError>();
  for (const v of u.members) {
    const own = steps.own.get(v.benchmark);
    const at = imageDir(u, dir, v);
    const pending = own ? true : !/no work to do/.test(String((await runGuarded(['ninja', '-C', dir, '-n', `${v.benchmark}/firmware.elf`], { all: true })).all));
    if (!pending) {
      const a = await artifactIn(v, at, log).catch(() => undefined);
      if (a) {
        out.set(v.id, a);
        continue;
      }
    }
    const why = (own ?? steps.shared).join('\n');
    out.set(v.id, new BuildError(`build failed: ${buildFailure(why || String(r.all))}`, `${log.slice(0, log.indexOf('$ cmake --build'))}$ cmake ${build.join(' ')} (${v.benchmark}'s part)\n${why || r.all}\n`, at));
  }
  // Only images that do not fit are stamped as failed (build/stamp.ts): a deterministic outcome of what the stamp
  // records, every object compiled with its dependencies known. Anything else (a compile error, a full disk, a
  // killed linker, an interrupted build) is built again next time.
  const failed = Object.fromEntries([...out].flatMap(([id, a]) => (a instanceof BuildError ? [[id, { message: a.message, log: a.log }]] : [])));
  if (stamp && !signal?.aborted && onlyMisfits(steps, u.members.filter((v) => failed[v.id]).map((v) => v.benchmark)))
    await writeStamp(dir, stamp.wanted, stamp.hashes, await sizeOf(dir), failed);
  return out;
}

/** The image a build's wmb-build.json describes, with the sha256 the build recorded when it linked it. */
async function builtImage(json: string, log: string): Promise<Image> {
  const info = JSON.parse(await readFile(json, 'utf8')) as BuildInfo;
  const recorded = info.image_sha256 ? (await readFile(info.image_sha256, 'utf8').catch(() => '')).trim() : '';
  if (!/^[0-9a-f]{64}$/.test(recorded))
    throw new BuildError(`the build recorded no sha256 of its image (${info.image_sha256 ?? `no image_sha256 in ${json}`}): a firmware tree without firmware/cmake/wmb_image_record.cmake?`, log);
  return { elf: info.elf ?? join(dirname(json), 'firmware.elf'), sha256: recorded, info };
}

