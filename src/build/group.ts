// Which variants are built together: variants that differ only by benchmark (same board, stack, runtime,
// target, flags, definitions and harness definitions) are configured once in one build folder, each member an
// executable of its own (firmware/cmake/member/), the stack's and runtime's libraries built once and linked into
// each. A stack that builds one application per configure (stack.yml `one_image_per_build`, Zephyr) keeps one
// variant per folder.
import { createHash } from 'node:crypto';
import { canonical } from '../store/store.js';
import type { Variant } from '../types.js';

/** The harness's definitions that belong to one benchmark (benchmarkFacts): passed per member of a group. */
export const MEMBER_DEFS = ['WMB_BENCHMARK_DIR', 'WMB_ITERATIONS', 'WMB_STEADY_PROBES'] as const;

export interface BuildUnit {
  /** Its build folder's name under the build root: what it builds and a hash of how. */
  folder: string;
  /** Its variants: one, or the members of a group (each built in `<folder>/<benchmark>/`). */
  members: Variant[];
  grouped: boolean;
  /** The harness's CMake definitions every member shares (a group: the union of its members'). */
  defs: Record<string, string>;
  /** A group member's own definitions (MEMBER_DEFS), by variant id. */
  own: Record<string, Record<string, string>>;
}

export const slug = (id: string) => id.replace(/[/@]/g, '.');
const short = (x: unknown) => createHash('sha256').update(canonical(x)).digest('hex').slice(0, 10);
/** What makes two builds of the same variant differ: the config's flags and definitions, the image's target. */
const how = (v: Variant) => ({ cflags: v.cflags, defines: v.defines, image: v.image ?? v.target });

/** The cell whose variants may be one group (they differ only by benchmark; `plan` keeps a cell in one shard). */
export const buildCell = (v: Variant) => canonical({ board: v.board, stack: v.stack, runtime: v.runtime, target: v.target, ...how(v) });

/** The build folder of one variant built alone: its id and a hash of how it is built (two configs never thrash one folder). */
export const buildFolder = (v: Variant) => `${slug(v.id)}-${short(how(v))}`;

const split = (defs: Record<string, string>) => {
  const shared: Record<string, string> = {};
  const own: Record<string, string> = {};
  for (const [k, val] of Object.entries(defs)) ((MEMBER_DEFS as readonly string[]).includes(k) ? own : shared)[k] = val;
  return { shared, own };
};
const agree = (a: Record<string, string>, b: Record<string, string>) => Object.entries(b).every(([k, val]) => a[k] === undefined || a[k] === val);

/** Build units in the order of their first variant; `alone(v)`: v is built in a folder of its own. */
export function planBuilds(variants: { v: Variant; defs: Record<string, string> }[], alone: (v: Variant) => boolean): BuildUnit[] {
  const units: (BuildUnit & { key?: string })[] = [];
  for (const { v, defs } of variants) {
    if (alone(v)) {
      units.push({ folder: buildFolder(v), members: [v], grouped: false, defs, own: {} });
      continue;
    }
    const { shared, own } = split(defs);
    const key = buildCell(v);
    const into = units.find((u) => u.key === key && agree(u.defs, shared) && !u.members.some((m) => m.benchmark === v.benchmark));
    if (into) {
      into.members.push(v);
      Object.assign(into.defs, shared);
      into.own[v.id] = own;
    } else units.push({ key, folder: '', members: [v], grouped: true, defs: { ...shared }, own: { [v.id]: own } });
  }
  return units.map(({ key, ...u }) => {
    if (!u.grouped) return u;
    const v = u.members[0]!;
    return { ...u, folder: `${slug(`${v.board}/${v.stack}/${v.runtime}@${v.target}`)}-${short({ ...how(v), members: u.members.map((m) => m.benchmark), defs: u.defs, own: Object.values(u.own) })}` };
  });
}

/** The CMake definitions of a group's members: WMB_GROUP and each member's own as <NAME>__<benchmark>. */
export function groupDefinitions(u: BuildUnit): Record<string, string> {
  const out: Record<string, string> = { WMB_GROUP: u.members.map((m) => m.benchmark).join(';') };
  for (const m of u.members) for (const [k, val] of Object.entries(u.own[m.id] ?? {})) out[`${k}__${m.benchmark}`] = val;
  return out;
}

/** A failed step's first output: `FAILED: <outputs>` (ninja 1.13 puts `[code=N] ` before them). */
export const stepOutput = (step: string) => step.slice('FAILED: '.length).replace(/^\s*\[code=\d+\]/, '').trim().split(/\s+/)[0] ?? '';

/**
 * The failed steps of a group's `ninja -k 0` output that are a member's own (its objects, module, link), by
 * benchmark, and those of no member (a shared library, CMake). ninja prints each failed step as `FAILED: <outputs>`
 * followed by its output, up to the next step's `[n/m]` line or ninja's own summary.
 */
export function failedSteps(log: string, benchmarks: string[]): { own: Map<string, string[]>; shared: string[] } {
  const own = new Map<string, string[]>();
  const shared: string[] = [];
  let block: string[] | undefined;
  const flush = () => {
    if (!block) return;
    const out = stepOutput(block[0]!);
    const b = benchmarks.find((x) => out.startsWith(`${x}/`) && (!out.includes('/CMakeFiles/') || out.includes(`/CMakeFiles/firmware_${x}.dir/`)));
    if (b) own.set(b, [...(own.get(b) ?? []), block.join('\n')]);
    else shared.push(block.join('\n'));
    block = undefined;
  };
  for (const line of log.split('\n')) {
    if (line.startsWith('FAILED: ')) {
      flush();
      block = [line];
    } else if (/^\[\d+\/\d+\] |^ninja: /.test(line)) flush();
    else block?.push(line);
  }
  flush();
  return { own, shared };
}

/** A link that does not fit the board (build/cmake.ts memoryNeed reads the same lines). */
const MISFIT = /region [`'](?:RAM|FLASH)' overflowed by \d+ bytes|static RAM and stack do not fit/;

/**
 * Whether the `failed` members of a group failed only because their image does not fit the board (their own
 * link step says so, nothing shared failed): an outcome of what the build stamp records, so it may be stamped.
 * A member that failed without a step of its own (an interrupted build) or at another step may not.
 */
export function onlyMisfits(steps: ReturnType<typeof failedSteps>, failed: string[]): boolean {
  return !steps.shared.length && failed.every((b) => (steps.own.get(b) ?? []).some((f) => stepOutput(f) === `${b}/firmware.elf` && MISFIT.test(f)));
}
