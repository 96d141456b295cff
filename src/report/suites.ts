// The suites in the report: per suite and board x stack x target, a table of each member's slowdown against
// native C per runtime, closed by each runtime's tax (compare/tax.ts: Embench's scoring) on speed and Flash.
import { boardTitle, runtimeTitle, type Catalogue } from '../catalogue/catalogue.js';
import { runtimeTaxes, type RuntimeTax, type TaxPart } from './tax.js';
import type { Results } from '../types.js';
import { ratio } from './charts.js';

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
