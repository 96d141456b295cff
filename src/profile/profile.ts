// Instructions by function: the plugin's counts (per address, per call-tree node) of each measured region
// turned into a flat profile (function, owner, self, inclusive), folded stacks and a speedscope file.
// Pure: the plugin's output, the image's functions and an owner lookup in; values out.
import type { Func } from './functions.js';
import type { FunctionRow, Profile } from '../types.js';

/** One measured region as the plugin counted it. */
export interface RegionCounts {
  total: number;
  /** Returns that matched no open call, or frames beyond the plugin's depth: the stacks may be off there. */
  lost: number;
  /** The function that opened the region (counter_read's caller; index into the functions, -1: unknown). */
  opener: number;
  /** Executed instructions per address. */
  addresses: Map<number, number>;
  /** The call tree: node i's parent (-1: a root), function (index into the functions, -1: none), own count. */
  nodes: { parent: number; func: number; self: number }[];
}

export interface PluginOutput {
  regions: RegionCounts[];
  /** False when QEMU stopped inside a region (the firmware hung or was killed). */
  finished: boolean;
}

export class PluginOutputError extends Error {
  override name = 'PluginOutputError';
}

/** The plugin's output file: "region N TOTAL lost L", then "a ADDR COUNT" and "n ID PARENT FUNC SELF" lines, "end N". */
export function parsePluginOutput(file: string, text: string): PluginOutput {
  const lines = text.split('\n');
  if (!/^wmb_profile 1 /.test(lines[0] ?? '')) throw new PluginOutputError(`${file}: not the output of wasm-mcu-bench's QEMU plugin`);
  const regions: RegionCounts[] = [];
  let finished = false;
  lines.slice(1).forEach((line, i) => {
    if (!line) return;
    const f = line.split(' ');
    const r = regions[regions.length - 1];
    if (f[0] === 'region' && f.length === 7 && f[5] === 'opener') regions.push({ total: Number(f[2]), lost: Number(f[4]), opener: Number(f[6]), addresses: new Map(), nodes: [] });
    else if (f[0] === 'a' && r && f.length === 3) r.addresses.set(parseInt(f[1]!, 16), Number(f[2]));
    else if (f[0] === 'n' && r && f.length === 5 && Number(f[1]) === r.nodes.length) r.nodes.push({ parent: Number(f[2]), func: Number(f[3]), self: Number(f[4]) });
    else if (f[0] === 'end') finished = f.length === 2;
    else throw new PluginOutputError(`${file}:${i + 2}: unexpected line ${JSON.stringify(line.slice(0, 80))}`);
  });
  return { regions, finished };
}

export type OwnerOf = (f: Func) => { owner: string; detail: string };

export const UNKNOWN = '[unknown]';

/** The profile of one region. Self counts come from the per-address counters (exact per instruction),
 * inclusive counts from the call tree; both add up to the region's total. */
export function profileOf(label: string, r: RegionCounts, funcs: Func[], ownerOf: OwnerOf): Profile {
  const name = (i: number) => funcs[i]?.name ?? UNKNOWN;
  const rows = new Map<string, FunctionRow>();
  const row = (i: number) => {
    const n = name(i);
    let x = rows.get(n);
    if (!x) rows.set(n, (x = { name: n, ...(funcs[i] ? ownerOf(funcs[i]) : { owner: 'unknown', detail: 'unknown' }), self: 0, inclusive: 0 }));
    return x;
  };
  for (const [addr, count] of r.addresses) row(funcIndex(funcs, addr)).self += count;
  // Parents come before their children (the plugin creates a node after its parent).
  const inclusive = r.nodes.map((n) => n.self);
  for (let i = r.nodes.length - 1; i >= 0; i--) {
    const p = r.nodes[i]!.parent;
    if (p >= 0) inclusive[p]! += inclusive[i]!;
  }
  const stacks: Profile['stacks'] = [];
  r.nodes.forEach((n, i) => {
    const path: number[] = [];
    for (let j = i; j >= 0; j = r.nodes[j]!.parent) path.unshift(r.nodes[j]!.func);
    // A recursive function's inclusive count is taken at its outermost frame only.
    if (path.indexOf(n.func) === path.length - 1) row(n.func).inclusive += inclusive[i]!;
    if (n.self) stacks.push({ frames: path.map(name), count: n.self });
  });
  for (const x of rows.values()) x.inclusive = Math.max(x.inclusive, x.self);
  return {
    label, total: r.total, lost: r.lost,
    functions: [...rows.values()].filter((x) => x.self || x.inclusive).sort((a, b) => b.self - a.self || b.inclusive - a.inclusive || a.name.localeCompare(b.name)),
    stacks,
  };
}

function funcIndex(funcs: Func[], addr: number): number {
  let lo = 0;
  let hi = funcs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = funcs[mid]!;
    if (addr < f.start) hi = mid - 1;
    else if (addr >= f.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Folded stacks (Brendan Gregg's format, flamegraph.pl and speedscope read it): one "a;b;c count" per
 * line; with several regions, each stack starts with its region's label. */
export function foldedStacks(profiles: Profile[]): string {
  const several = profiles.length > 1;
  return profiles.flatMap((p) => p.stacks.map((s) => `${[...(several ? [p.label] : []), ...s.frames].join(';')} ${s.count}`)).join('\n') + '\n';
}

/** The flat profile as a tab-separated file: region, function, owner, self, inclusive; biggest self first. */
export function flatTsv(profiles: Profile[]): string {
  return ['region\tfunction\towner\tdetail\tself\tinclusive\tself_percent',
    ...profiles.flatMap((p) => p.functions.map((f) => `${p.label}\t${f.name}\t${f.owner}\t${f.detail}\t${f.self}\t${f.inclusive}\t${(100 * f.self / (p.total || 1)).toFixed(2)}`)),
  ].join('\n') + '\n';
}

/** speedscope's file format (https://www.speedscope.app/file-format-schema.json): one sampled profile per
 * region, a "sample" per distinct stack weighted by its instruction count. */
export function speedscope(name: string, profiles: Profile[]): object {
  const frames: { name: string }[] = [];
  const index = new Map<string, number>();
  const frame = (n: string) => {
    let i = index.get(n);
    if (i === undefined) {
      index.set(n, (i = frames.length));
      frames.push({ name: n });
    }
    return i;
  };
  const sampled = profiles.map((p) => ({
    type: 'sampled', name: `${name} ${p.label}`, unit: 'none', startValue: 0, endValue: p.total,
    samples: p.stacks.map((s) => s.frames.map(frame)), weights: p.stacks.map((s) => s.count),
  }));
  return { $schema: 'https://www.speedscope.app/file-format-schema.json', name, exporter: 'wasm-mcu-bench', activeProfileIndex: 0, shared: { frames }, profiles: sampled };
}
