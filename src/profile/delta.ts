// Why a number moved: the functions whose instruction counts moved most between a base profile and now,
// and the symbols whose size moved most. Pure.
import { markdownTable } from 'markdown-table';
import type { SymbolSize } from '../measure/owners.js';
import type { Profile } from '../types.js';

export interface DeltaRow {
  name: string;
  owner: string;
  base: number;
  now: number;
  delta: number;
  /** delta / the total delta, in percent (the total is the sum of the signed deltas). */
  share: number;
}

export interface Delta {
  /** The region (the result record's name) or `size`. */
  label: string;
  baseTotal: number;
  nowTotal: number;
  rows: DeltaRow[];
}

type Entry = { name: string; owner: string; base: number; now: number };

function deltaRows(entries: Map<string, Entry>, totalDelta: number, top: number): DeltaRow[] {
  return [...entries.values()]
    .map((e) => ({ name: e.name, owner: e.owner, base: e.base, now: e.now, delta: e.now - e.base, share: totalDelta ? (100 * (e.now - e.base)) / totalDelta : 0 }))
    .filter((r) => r.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.name.localeCompare(b.name))
    .slice(0, top);
}

/** Self counts by function, base against now, per region the two runs share (matched by label). */
export function instructionDeltas(base: Profile[], now: Profile[], top = 10): Delta[] {
  return now.flatMap((n) => {
    const b = base.find((p) => p.label === n.label);
    if (!b) return [];
    const entries = new Map<string, Entry>();
    for (const f of b.functions) entries.set(f.name, { name: f.name, owner: f.owner, base: f.self, now: 0 });
    for (const f of n.functions) entries.set(f.name, { name: f.name, owner: f.owner, base: entries.get(f.name)?.base ?? 0, now: f.self });
    return [{ label: n.label, baseTotal: b.total, nowTotal: n.total, rows: deltaRows(entries, n.total - b.total, top) }];
  });
}

/** Sizes by symbol (name and owner: the same static name in two objects stays two symbols). */
export function sizeDelta(base: SymbolSize[], now: SymbolSize[], top = 10): Delta {
  const entries = new Map<string, Entry>();
  const add = (xs: SymbolSize[], side: 'base' | 'now') => {
    for (const s of xs) {
      const k = `${s.name}\u0000${s.owner}`;
      const e = entries.get(k) ?? { name: s.name, owner: s.owner, base: 0, now: 0 };
      e[side] += s.size;
      entries.set(k, e);
    }
  };
  add(base, 'base');
  add(now, 'now');
  const sum = (xs: SymbolSize[]) => xs.reduce((n, s) => n + s.size, 0);
  return { label: 'all symbols', baseTotal: sum(base), nowTotal: sum(now), rows: deltaRows(entries, sum(now) - sum(base), top) };
}

/** Folded stacks of both runs in the two-column form FlameGraph's difffolded.pl writes ("stack base now"),
 * which `flamegraph.pl` draws as a differential flame graph. */
export function diffFolded(base: Profile[], now: Profile[]): string {
  const several = new Set([...base, ...now].map((p) => p.label)).size > 1;
  const counts = new Map<string, [number, number]>();
  const add = (ps: Profile[], i: 0 | 1) => {
    for (const p of ps)
      for (const s of p.stacks) {
        const k = [...(several ? [p.label] : []), ...s.frames].join(';');
        const c = counts.get(k) ?? [0, 0];
        c[i] += s.count;
        counts.set(k, c);
      }
  };
  add(base, 0);
  add(now, 1);
  return [...counts].map(([k, [b, n]]) => `${k} ${b} ${n}`).join('\n') + '\n';
}

const signed = (n: number) => (n > 0 ? `+${n.toLocaleString('en-US')}` : n.toLocaleString('en-US'));

/** A delta as a markdown table (the report's; also readable in a terminal). */
export function deltaTable(d: Delta, what: string): string {
  return markdownTable([
    [what, 'Owner', 'Base', 'Now', 'Delta', 'Share of delta'],
    ...d.rows.map((r) => [`\`${r.name}\``, r.owner, r.base.toLocaleString('en-US'), r.now.toLocaleString('en-US'), signed(r.delta), `${r.share.toFixed(1)}%`]),
  ], { align: ['l', 'l', 'r', 'r', 'r', 'r'] });
}

/** The heading line of a delta: totals and their change. */
export function deltaSummary(d: Delta, unit: string): string {
  const change = d.nowTotal - d.baseTotal;
  const pct = d.baseTotal ? ` (${change >= 0 ? '+' : ''}${((100 * change) / d.baseTotal).toFixed(2)}%)` : '';
  return `${d.label}: ${d.baseTotal.toLocaleString('en-US')} -> ${d.nowTotal.toLocaleString('en-US')} ${unit}, ${signed(change)}${pct}`;
}
