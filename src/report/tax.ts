// The runtime tax: what running a suite of benchmarks through a runtime costs against native C, as one
// number per board x stack x runtime x target. Scored as Embench scores a suite (its pylib/embench_core.py):
// the geometric mean of the per-benchmark ratios, the geometric standard deviation around it (over n, not
// n - 1) and the geometric range of one deviation either side. Pure functions over results.
import { withRole, type Catalogue } from '../catalogue/catalogue.js';
import type { VariantResult } from '../types.js';
import { slowdowns } from './ratios.js';

export interface Score {
  /** Geometric mean of the ratios. */
  mean: number;
  /** Geometric standard deviation: exp of the root mean square of ln(ratio / mean); 1 when all ratios are equal. */
  sd: number;
  /** mean * sd - mean / sd: the width of one geometric standard deviation either side of the mean. */
  range: number;
  count: number;
}

/** Embench's score of positive, finite ratios; undefined for none. */
export function embenchScore(ratios: readonly number[]): Score | undefined {
  if (ratios.length === 0) return undefined;
  const bad = ratios.find((r) => !(r > 0 && Number.isFinite(r)));
  if (bad !== undefined) throw new Error(`embenchScore: a ratio must be positive and finite, not ${bad}`);
  const logs = ratios.map(Math.log);
  const lnMean = logs.reduce((a, b) => a + b, 0) / ratios.length;
  const sd = Math.exp(Math.sqrt(logs.reduce((a, l) => a + (l - lnMean) ** 2, 0) / ratios.length));
  const mean = Math.exp(lnMean);
  return { mean, sd, range: mean * sd - mean / sd, count: ratios.length };
}

export interface TaxPart {
  /** Per member benchmark that has both a native and a runtime value: runtime over native. */
  ratios: Record<string, number>;
  score?: Score;
  /** Members without a ratio in this cell (not built, failed, or no native to compare with). */
  missing: string[];
}

export interface RuntimeTax {
  suite: string;
  board: string;
  stack: string;
  runtime: string;
  target: string;
  /** Slowdowns against native (headline metric, >1 = slower). */
  speed: TaxPart;
  /** Flash over native's. */
  size: TaxPart;
}

function part(members: readonly string[], ratios: Map<string, number>): TaxPart {
  const have = members.filter((m) => ratios.has(m));
  const score = embenchScore(have.map((m) => ratios.get(m)!));
  return { ratios: Object.fromEntries(have.map((m) => [m, ratios.get(m)!])), ...(score ? { score } : {}), missing: members.filter((m) => !ratios.has(m)) };
}

/** Each suite's member benchmarks, from their benchmark.yml's `suite`. */
export function suitesOf(cat: Pick<Catalogue, 'benchmarks'>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const b of Object.values(cat.benchmarks)) if (b.suite) (out[b.suite] ??= []).push(b.id);
  return out;
}

/** One tax per suite and board x stack x runtime x target that ran at least one member, native excluded. */
export function runtimeTaxes(results: VariantResult[], cat: Catalogue): RuntimeTax[] {
  const cellKey = (r: { board: string; stack: string; runtime: string; target: string }) => `${r.board}/${r.stack}/${r.runtime}@${r.target}`;
  const speed = new Map<string, Map<string, number>>();
  for (const s of slowdowns(results, cat)) {
    const m = speed.get(cellKey(s)) ?? new Map<string, number>();
    speed.set(cellKey(s), m.set(s.benchmark, s.vsNative));
  }
  const reference = withRole(cat.runtimes, 'reference');
  const nativeFlash = new Map(results.filter((r) => r.status === 'ok' && r.runtime === reference && r.metrics.flash_bytes)
    .map((r) => [`${r.board}/${r.stack}/${r.benchmark}@${r.target}`, r.metrics.flash_bytes!.value]));
  const size = new Map<string, Map<string, number>>();
  const cells = new Map<string, VariantResult>();
  for (const r of results) {
    if (r.runtime === reference) continue;
    if (!cells.has(cellKey(r))) cells.set(cellKey(r), r);
    const native = nativeFlash.get(`${r.board}/${r.stack}/${r.benchmark}@${r.target}`);
    const flash = r.status === 'ok' ? r.metrics.flash_bytes?.value : undefined;
    if (!native || !flash) continue;
    const m = size.get(cellKey(r)) ?? new Map<string, number>();
    size.set(cellKey(r), m.set(r.benchmark, flash / native));
  }
  const out: RuntimeTax[] = [];
  for (const [suite, members] of Object.entries(suitesOf(cat))) {
    for (const [key, r] of cells) {
      if (!results.some((x) => cellKey(x) === key && members.includes(x.benchmark))) continue;
      out.push({
        suite, board: r.board, stack: r.stack, runtime: r.runtime, target: r.target,
        speed: part(members, speed.get(key) ?? new Map()), size: part(members, size.get(key) ?? new Map()),
      });
    }
  }
  return out;
}

export interface TaxChange {
  /** The members both sides have a ratio for: the only ones a change can be told over. */
  common: string[];
  before?: Score;
  after?: Score;
  /** after.mean / before.mean: >1 = the runtime got relatively more expensive. */
  change?: number;
}

/** A tax against the baseline's, both scored over the members both have. */
export function taxChange(before: TaxPart, after: TaxPart): TaxChange {
  const common = Object.keys(after.ratios).filter((b) => b in before.ratios).sort();
  const b = embenchScore(common.map((m) => before.ratios[m]!));
  const a = embenchScore(common.map((m) => after.ratios[m]!));
  return { common, ...(b ? { before: b } : {}), ...(a ? { after: a } : {}), ...(a && b ? { change: a.mean / b.mean } : {}) };
}

/** A cell's taxes against the same suite and cell's in another run (the baselines, an A/B's tree A). */
export interface CellTaxChange {
  /** The tax now. */
  tax: RuntimeTax;
  speed: TaxChange;
  size: TaxChange;
}

const taxKey = (t: RuntimeTax) => `${t.suite}:${t.board}/${t.stack}/${t.runtime}@${t.target}`;

/** Every tax of `after` against `before`'s for the same suite and cell (none there: nothing in common). */
export function taxChanges(before: VariantResult[], after: VariantResult[], cat: Catalogue): CellTaxChange[] {
  const was = new Map(runtimeTaxes(before, cat).map((t) => [taxKey(t), t]));
  const none: TaxPart = { ratios: {}, missing: [] };
  return runtimeTaxes(after, cat).map((tax) => {
    const old = was.get(taxKey(tax));
    return { tax, speed: taxChange(old?.speed ?? none, tax.speed), size: taxChange(old?.size ?? none, tax.size) };
  });
}
