// What the firmware tree holds, read from its folders: a board is boards/<b>/board.yml, a stack
// stacks/<s>/stack.yml, a runtime runtimes/<r>/runtime.yml, a benchmark benchmarks/<b>/benchmark.yml.
// The folder's name is the id. The TypeScript takes names, titles, capacities and not-built rules from
// here; CMake gets the board's facts from the same files, passed as -D values (cmakeFacts below).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseWithPositions, validator, type ParsedFile } from '../schema/locate.js';
import { UserError, type Target } from '../types.js';
import { benchmarkSchema, toBenchmark, type BenchmarkSpec } from './benchmark.js';
import { boardSchema, runtimeSchema, stackSchema } from './schema.js';
import { readStudy } from './study.js';

export type { BenchmarkSpec } from './benchmark.js';

export interface Memory {
  origin: number;
  bytes: number;
}
/** A QEMU machine and its serial arguments (the console's port). */
export interface Qemu {
  machine: string;
  serial: string[];
}

export interface BoardSpec {
  id: string;
  title: string;
  targets: Target[];
  /** Absent for the host, which builds for the machine's own CPU. */
  cpu?: { arch: string; core: string; fpu?: string };
  coreHz?: number;
  flash?: Memory;
  ram?: Memory;
  /** The cycle counter of the real board: DWT's CYCCNT, or none (the board's code provides one). */
  counter?: 'dwt' | 'none';
  gpio?: string;
  /** The QEMU stand-in that runs the emulated build, held to the real board's capacities. */
  /** `exact: false`: its counter ticks once per several instructions (FPGAIO at 25 MHz): a single call's count is not exact. */
  emulated?: { qemu: Qemu; counter: string; flash_origin?: number; exact?: boolean };
  /** Zephyr's board for each target (its emulated one has its own QEMU machine). */
  zephyr?: { hardware?: string; emulated?: { board: string; qemu: Qemu } };
  /** Per flasher, the option defaults for this board (an inventory's flasher.options win). */
  flasher: Record<string, Record<string, string>>;
}

/** What a runtime or stack is to the report: `reference`, what the others are measured against (slowdowns
 * against the reference runtime, RTOS overhead against the reference stack); `scalar-reference`, the runtime a
 * scalar engine (Wasm) is also measured against, where it ran. */
export type Role = 'reference' | 'scalar-reference';

export interface StackSpec {
  id: string;
  title: string;
  order?: number;
  role?: 'reference';
  targets: Target[];
  /** Upstream sources it builds from (names in sources.json). */
  sources: string[];
  /** Its timer interrupts run beside the benchmark (an RTOS tick): iterations are not identical in exact counts. */
  ticks?: boolean;
  /** Its build makes one application per configure: its variants are built one per folder, never as a group (build/group.ts). */
  one_image_per_build?: boolean;
}

export interface RuntimeSpec {
  id: string;
  title: string;
  order?: number;
  role?: Role;
  targets: Target[];
  /** Upstream sources it builds from (names in sources.json). */
  sources: string[];
  /** Runs a Wasm module (built from the benchmark's source). */
  wasm: boolean;
  /** Tools the harness builds before the firmware. */
  needs: 'wamrc'[];
  /** Per stack, what the runtime adds to its configuration (Kconfig fragments, relative to the runtime's folder). */
  stacks: { zephyr?: { kconfig?: string[] } };
}

export interface Catalogue {
  firmwareDir: string;
  boards: Record<string, BoardSpec>;
  stacks: Record<string, StackSpec>;
  runtimes: Record<string, RuntimeSpec>;
  benchmarks: Record<string, BenchmarkSpec>;
}

type Raw<T> = Omit<T, 'id'>;
interface RawBoard extends Omit<BoardSpec, 'id' | 'coreHz' | 'flasher'> {
  core_hz?: number;
  flasher?: Record<string, Record<string, string>>;
}

/**
 * A kind of folder: where it lives, the yml that makes a folder one of them, and the CMake file that builds
 * it. A folder with neither is not one: runtimes/wamr and runtimes/wasm-common hold code that runtimes share.
 */
interface Kind<T> {
  dir: string;
  yml: string;
  cmake?: string;
  /** `parsed`: the yml, for errors at a line; `folder`: where the entry lives. */
  read: (id: string, raw: never, parsed: ParsedFile, folder: string) => T;
  schema: object;
}

const KINDS = {
  boards: { dir: 'boards', yml: 'board.yml', cmake: 'board.cmake', schema: boardSchema,
    read: (id: string, { core_hz, flasher, ...r }: RawBoard): BoardSpec => ({ id, ...r, ...(core_hz ? { coreHz: core_hz } : {}), flasher: flasher ?? {} }) },
  stacks: { dir: 'stacks', yml: 'stack.yml', cmake: 'stack.cmake', schema: stackSchema,
    read: (id: string, r: Omit<Raw<StackSpec>, 'sources'> & { sources?: string[] }): StackSpec => ({ sources: [], id, ...r }) },
  runtimes: { dir: 'runtimes', yml: 'runtime.yml', cmake: 'runtime.cmake', schema: runtimeSchema,
    read: (id: string, r: Partial<Raw<RuntimeSpec>> & { title: string; targets: Target[] }): RuntimeSpec =>
      ({ sources: [], wasm: false, needs: [], stacks: {}, id, ...r }) },
  benchmarks: { dir: 'benchmarks', yml: 'benchmark.yml', cmake: 'benchmark.cmake', schema: benchmarkSchema, read: toBenchmark },
} satisfies Record<string, Kind<unknown>>;

const byOrder = <T extends { id: string; order?: number }>(a: T, b: T) =>
  (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id);

/** What a group's build folder holds beside its members' folders (CMake's own, FetchContent's, WAMR's library). */
const GROUP_FOLDERS = ['CMakeFiles', '_deps', 'wamr'];

async function readKind<T extends { id: string }>(root: string, kind: Kind<T>): Promise<Record<string, T>> {
  const dir = join(root, kind.dir);
  const folders = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const validate = validator<never>(kind.schema);
  const out: T[] = [];
  for (const id of folders) {
    const yml = join(dir, id, kind.yml);
    const where = join(dir, id);
    const hasYml = existsSync(yml);
    const hasCmake = kind.cmake !== undefined && existsSync(join(dir, id, kind.cmake));
    if (!hasYml && hasCmake) throw new UserError(`${where}: has ${kind.cmake} but no ${kind.yml}: every folder of ${kind.dir}/ that builds says what it is in ${kind.yml} (see README, "Extending")`);
    if (!hasYml) {
      // Shared code (runtimes/wamr), not one of them; but boards and stacks have no such folders.
      if (kind.dir === 'boards' || kind.dir === 'stacks') throw new UserError(`${where}: no ${kind.yml} in this folder of ${kind.dir}/`);
      continue;
    }
    if (kind.cmake && !hasCmake) throw new UserError(`${where}: has ${kind.yml} but no ${kind.cmake} to build it`);
    // Never a leading "-": ids become paths on command lines (ninja's targets, image folders).
    if (!/^\w[\w-]*$/.test(id)) throw new UserError(`${where}: a folder name is an id in variant ids: letters, digits, "_" and "-" only, not starting with "-"`);
    if (kind.yml === KINDS.benchmarks.yml && GROUP_FOLDERS.includes(id))
      throw new UserError(`${where}: "${id}" is a folder every build group has (a benchmark builds in <group>/<benchmark>/, beside ${GROUP_FOLDERS.join(', ')}): rename the benchmark's folder`);
    const parsed = parseWithPositions(yml, await readFile(yml, 'utf8'));
    out.push(kind.read(id, validate(parsed), parsed, join(dir, id)));
  }
  return Object.fromEntries((out as (T & { order?: number })[]).sort(byOrder).map((x) => [x.id, x]));
}

/** Reads the tree's boards, stacks, runtimes and benchmarks, and the benchmarks of each of `benchmarkDirs` (folders holding benchmark folders). */
export async function loadCatalogue(firmwareDir: string, benchmarkDirs: string[] = []): Promise<Catalogue> {
  const benchmarks = await readKind(firmwareDir, KINDS.benchmarks);
  for (const extra of benchmarkDirs) {
    // A benchmark folder named itself, instead of the folder that holds it, would add nothing, silently.
    if (existsSync(join(extra, KINDS.benchmarks.yml)))
      throw new UserError(`${extra}: benchmark_dirs names folders that hold benchmark folders, and this is a benchmark folder: name ${dirname(extra)}`);
    const found = await readKind(extra, { ...KINDS.benchmarks, dir: '.' });
    if (Object.keys(found).length === 0) throw new UserError(`${extra}: a benchmark_dirs folder with no benchmark folder (<name>/${KINDS.benchmarks.yml}) in it`);
    for (const [id, b] of Object.entries(found)) {
      if (benchmarks[id]) throw new UserError(`${b.dir}: benchmark "${id}" is also ${benchmarks[id].dir}: a benchmark's folder name is its id, once in the tree and the config's benchmark_dirs`);
      benchmarks[id] = b;
    }
  }
  const cat: Catalogue = {
    firmwareDir,
    boards: await readKind(firmwareDir, KINDS.boards),
    stacks: await readKind(firmwareDir, KINDS.stacks),
    runtimes: await readKind(firmwareDir, KINDS.runtimes),
    benchmarks,
  };
  // A benchmark's study.yml names boards, stacks and runtimes: read once they are known.
  for (const b of Object.values(benchmarks)) {
    const study = await readStudy(b.dir, cat);
    if (study) b.study = study;
  }
  for (const kind of ['boards', 'stacks'] as const) {
    const host = Object.values(cat[kind]).filter((x) => x.targets.includes('host'));
    if (host.length > 1) throw new UserError(`${firmwareDir}/${kind}: ${host.map((x) => x.id).join(' and ')} both have target host; the host is one ${kind.slice(0, -1)}`);
  }
  for (const kind of ['stacks', 'runtimes'] as const)
    for (const role of new Set(Object.values(cat[kind]).flatMap((x) => (x.role ? [x.role] : [])))) {
      const holders = Object.values(cat[kind]).filter((x) => x.role === role).map((x) => join(firmwareDir, kind, x.id, KINDS[kind].yml));
      if (holders.length > 1) throw new UserError(`${holders.join(' and ')}: both say role: ${role}; one ${kind.slice(0, -1)} has it`);
    }
  return cat;
}

/** The ids of the entries that build for `target`. */
export const supporting = (entries: Record<string, { targets: Target[] }>, target: Target): string[] =>
  Object.keys(entries).filter((id) => entries[id]!.targets.includes(target));

/** The ids of the entries a config lists for the MCU targets: everything not only for the host. */
export const mcu = (entries: Record<string, { targets: Target[] }>): string[] =>
  Object.keys(entries).filter((id) => entries[id]!.targets.some((t) => t !== 'host'));

/** The host's own board and stack (the folders whose targets include host), if the tree has them. */
export const hostBoard = (c: Catalogue): string | undefined => supporting(c.boards, 'host')[0];
export const hostStack = (c: Catalogue): string | undefined => supporting(c.stacks, 'host')[0];

/** The upstream sources a variant builds from: its stack's, its runtime's and its benchmark's, by sources.json name. */
export const sourcesFor = (c: Catalogue, v: { stack: string; runtime: string; benchmark: string }): string[] =>
  [...new Set([...(c.stacks[v.stack]?.sources ?? []), ...(c.runtimes[v.runtime]?.sources ?? []), ...(c.benchmarks[v.benchmark]?.sources ?? [])])];

/** A clear error for a stack.yml or runtime.yml naming a source that `pinned` (sources.json's names) lacks. */
export function checkSources(c: Catalogue, pinned: string[]): void {
  for (const kind of ['stacks', 'runtimes', 'benchmarks'] as const)
    for (const x of Object.values(c[kind]))
      for (const s of x.sources)
        if (!pinned.includes(s))
          throw new UserError(`${join(c.firmwareDir, kind, x.id, KINDS[kind].yml)}: sources: "${s}" is not pinned in sources.json (pinned: ${pinned.join(', ')})`);
}

/** The runtime or stack whose yml declares `role` (runtime.yml's, stack.yml's `role:`), if one does. */
export const withRole = (entries: Record<string, { id: string; role?: Role }>, role: Role): string | undefined =>
  Object.values(entries).find((x) => x.role === role)?.id;

export const boardTitle = (c: Catalogue, board: string) => c.boards[board]?.title ?? board;
export const runtimeTitle = (c: Catalogue, runtime: string) => c.runtimes[runtime]?.title ?? runtime;
