// The suites in the report: per suite and board x stack x target, a table of each member's slowdown against
// native C per runtime, closed by each runtime's tax (report/tax.ts: Embench's scoring) on speed and Flash.
import { boardTitle, runtimeTitle, sourcesFor, withRole, type Catalogue } from '../catalogue/catalogue.js';
import { runtimeTaxes, suitesOf, type CellTaxChange, type RuntimeTax, type TaxChange, type TaxPart } from './tax.js';
import type { Comparison } from '../compare/compare.js';
import type { Results } from '../types.js';
import { ratio } from './charts.js';
import { formatPercent, headlineMetric } from './format.js';

export interface SuiteView {
  summary: string;
  /** Header, one row per member, then the speed tax and the Flash tax. */
  rows: string[][];
}

const taxCell = (p: TaxPart) => (p.score
  ? `**${ratio(p.score.mean)}** (GSD ${p.score.sd.toFixed(2)}${p.missing.length ? `, ${p.score.count} of ${p.score.count + p.missing.length}` : ''})`
  : '—');

export function suiteViews(r: Pick<Results, 'variants'>, cat: Catalogue): SuiteView[] {
  const groups = new Map<string, RuntimeTax[]>();
  for (const t of runtimeTaxes(r.variants, cat)) {
    const key = `${t.suite}/${t.board}/${t.stack}@${t.target}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()].map((taxes) => {
    const { suite, board, stack, target } = taxes[0]!;
    const members = [...new Set(taxes.flatMap((t) => [...Object.keys(t.speed.ratios), ...t.speed.missing]))];
    const rows = [
      ['Benchmark', ...taxes.map((t) => runtimeTitle(cat, t.runtime))],
      ...members.map((m) => [m, ...taxes.map((t) => ratio(t.speed.ratios[m]) || '—')]),
      ['Runtime tax: slowdown', ...taxes.map((t) => taxCell(t.speed))],
      ['Runtime tax: Flash', ...taxes.map((t) => taxCell(t.size))],
    ];
    const heads = taxes.filter((t) => t.speed.score).map((t) => `${t.runtime} ${ratio(t.speed.score!.mean)}`).join(', ');
    return { summary: `Runtime tax, ${suite} on ${boardTitle(cat, board)} (${stack}, ${target}): ${heads || 'no runtime has a ratio'}`, rows };
  });
}

const cellText = (t: RuntimeTax, cat: Catalogue) => `${t.suite} on ${boardTitle(cat, t.board)} (${t.stack}, ${t.target}), ${runtimeTitle(cat, t.runtime)}`;
const percentOf = (ch: TaxChange) => 100 * (ch.change! - 1);

/**
 * The threshold a tax's change is told with: the strictest of those its members' variants (the runtime's and
 * native's) are gated with, on the headline metric for speed and on Flash for size; undefined when none of
 * them was compared. So a tax is set as its members are: `thresholds:` and `overrides:` of the config.
 */
export function taxThreshold(c: Comparison, cat: Catalogue, ch: CellTaxChange, kind: 'speed' | 'size'): number | undefined {
  const byId = new Map(c.variants.map((v) => [v.id, v]));
  const { board, stack, runtime, target } = ch.tax;
  const percents = ch[kind].common.flatMap((m) => [runtime, withRole(cat.runtimes, 'reference')].flatMap((rt) => {
    const v = byId.get(`${board}/${stack}/${rt}/${m}@${target}`);
    const metric = kind === 'size' ? 'flash_bytes' : v?.result && headlineMetric(v.result, cat)?.[0];
    const t = v?.changes.find((x) => x.metric === metric && x.baseline !== undefined)?.threshold.percent;
    return t === undefined ? [] : [t];
  }));
  return percents.length ? Math.min(...percents) : undefined;
}

/** One line per tax that moved beyond its threshold against the baselines (worse first): the report's top. */
export function taxMoves(changes: CellTaxChange[], c: Comparison, cat: Catalogue): string[] {
  const moves = changes.flatMap((ch) => (['speed', 'size'] as const).flatMap((kind) => {
    const t = taxThreshold(c, cat, ch, kind);
    const x = ch[kind];
    if (x.change === undefined || t === undefined || !(Math.abs(percentOf(x)) > t)) return [];
    const what = kind === 'speed' ? 'slowdown' : 'Flash';
    const over = x.common.length < Object.keys(ch.tax[kind].ratios).length ? `, over the ${x.common.length} members both have` : '';
    return [{ worse: x.change > 1, line: `${x.change > 1 ? '🔴' : '🟢'} ${cellText(ch.tax, cat)}: ${what} tax ${ratio(x.before!.mean)} → ${ratio(x.after!.mean)} (${formatPercent(percentOf(x))}, threshold ±${t}%${over})` }];
  }));
  return [...moves.filter((m) => m.worse), ...moves.filter((m) => !m.worse)].map((m) => m.line);
}

// The deviation under the means, small: at a comment's width the table fits without a sideways scroll.
const fromTo = (x: TaxChange, now: TaxPart) => (x.before && x.after
  ? `${ratio(x.before.mean)} → ${ratio(x.after.mean)} (${formatPercent(percentOf(x))})<br><sub>GSD ${x.before.sd.toFixed(2)} → ${x.after.sd.toFixed(2)}</sub>`
  : now.score ? `${ratio(now.score.mean)}, before not known` : '—');

/** The taxes a change of upstream `sources` (a pin change, an A/B's source) can move: the cells whose runtime or a member of whose suite builds from one of them. */
export function taxesMovedBy(changes: CellTaxChange[], cat: Catalogue, sources: readonly string[]): CellTaxChange[] {
  const suites = suitesOf(cat);
  return changes.filter(({ tax: t }) => (suites[t.suite] ?? []).some((m) => sourcesFor(cat, { stack: t.stack, runtime: t.runtime, benchmark: m }).some((s) => sources.includes(s))));
}

/** Each tax before and after, one row per cell, header first. */
export function taxChangeRows(changes: CellTaxChange[], cat: Catalogue): string[][] {
  const suites = suitesOf(cat);
  return [
    ['Suite', 'Runtime', 'Board, stack', 'Slowdown tax, before → after', 'Flash tax, before → after', 'Members both have'],
    ...changes.map(({ tax: t, speed, size }) => [t.suite, runtimeTitle(cat, t.runtime), `${boardTitle(cat, t.board)}, ${t.stack}${t.target === 'emulated' ? '' : `, ${t.target}`}`,
      fromTo(speed, t.speed), fromTo(size, t.size), `${speed.common.length} of ${(suites[t.suite] ?? []).length}`]),
  ];
}

/** The span of the taxes' changes, for a summary line: `slowdown +0.10% to +2.00%, Flash 0.00%`. */
export function taxChangeSpan(changes: CellTaxChange[]): string {
  const span = (kind: 'speed' | 'size') => {
    const ps = changes.flatMap((ch) => (ch[kind].change === undefined ? [] : [percentOf(ch[kind])]));
    if (!ps.length) return 'before not known';
    const [lo, hi] = [formatPercent(Math.min(...ps)), formatPercent(Math.max(...ps))];
    return lo === hi ? lo : `${lo} to ${hi}`;
  };
  return `slowdown ${span('speed')}, Flash ${span('size')}`;
}
