// The report for a terminal, in the markdown's order: the verdict and counts, what changed, what was not
// compared (grouped by reason), then the charts, the footprint and what ran; the verdict again last, where a
// terminal leaves the eye. Every line fits WIDTH columns.
import { markdownTable } from 'markdown-table';
import { STATUSES, type Comparison } from '../compare/compare.js';
import { metricInfo } from '../catalogue/benchmark.js';
import { formatFromTo, formatPercent, headline } from './format.js';
import { STATUS_LABEL, verdictLine } from './markdown.js';
import { groupLines, groupReasons } from './groups.js';
import { boardTitle, type Catalogue } from '../catalogue/catalogue.js';
import { boardCapacity, footprintTable, footprintViews, hasReserved, RESERVED_NOTE, SCALE, slowdownTable, slowdownViews } from './charts.js';

const WIDTH = 120;

/** Columns a line takes in a terminal: an emoji takes two, a variation selector none. */
export const columns = (s: string) => [...s.replace(/\uFE0F/g, '')].length + (s.match(/\p{Extended_Pictographic}/gu)?.length ?? 0);

/** A line cut at spaces into lines of at most `width` columns, the rest indented. */
export function wrap(line: string, indent = '    ', width = WIDTH): string[] {
  const out: string[] = [];
  let rest = line;
  while (columns(rest) > width) {
    let cut = rest.lastIndexOf(' ', width);
    while (cut > 0 && columns(rest.slice(0, cut)) > width) cut = rest.lastIndexOf(' ', cut - 1);
    if (cut <= indent.length) break;
    out.push(rest.slice(0, cut));
    rest = indent + rest.slice(cut + 1);
  }
  return [...out, rest];
}

/** Padded to line up in a fixed-width font; bars are left-aligned so that their lengths compare. */
const padded = (rows: string[][], left: number) => markdownTable(rows, { stringLength: columns, align: rows[0]!.map((_, k) => (k < left ? 'l' : 'r')) });

export function renderTerminal(c: Comparison, cat: Catalogue, acceptedBy?: string): string {
  const verdict = verdictLine(c, acceptedBy).replace(/\*\*/g, '');
  const counts = STATUSES.filter((s) => c.counts[s]).map((s) => `${STATUS_LABEL[s]} ${c.counts[s]}`).join(' · ');
  const changes = c.variants.flatMap((v) => v.changes.filter((m) => m.status === 'regression' || m.status === 'improvement').map((m) => ({ v, m })))
    .sort((a, b) => Number(b.m.status === 'regression') - Number(a.m.status === 'regression'))
    .flatMap(({ v, m }) => [...wrap(`${STATUS_LABEL[m.status]} ${v.id}: ${metricInfo(cat, v.result?.benchmark ?? '', m.metric)?.title ?? m.metric} ${formatPercent(m.percent)} (${formatFromTo(m.baseline, m.now, m.unit)})`),
      ...(m.why ? wrap(`    ${m.why}`, '      ') : [])]);
  const groups = groupReasons(c.variants).flatMap((g) => groupLines(g, STATUS_LABEL[g.status], (s) => s).flatMap((l, i) => wrap(`${i ? '    ' : ''}${l}`, '      ')));
  const results = { variants: c.variants.flatMap((v) => (v.result ? [v.result] : [])) };
  const charts = slowdownViews(results, cat).map((v) => {
    const title = `Slowdown vs native C, ${v.benchmark} on ${boardTitle(cat, v.board)} (${v.target}); bars: ${SCALE}`;
    return `${title}\n${padded(slowdownTable(v, { runtime: (x) => x.runtime, long: false }), Infinity)}`;
  });
  const views = footprintViews(results, cat);
  const footprint = views.map((v) => `Footprint on ${boardTitle(cat, v.board)}${boardCapacity(cat, v.board)}, Flash / RAM in KiB\n${padded(footprintTable(v, (rt) => rt, '*'), 2)}`);
  const ran = c.variants.filter((v) => v.result && v.status !== 'failed' && v.status !== 'missing' && v.status !== 'not-built');
  const matrix = ran.length ? padded([['Variant', 'Status', 'Headline'], ...ran.map((v) => [v.id, STATUS_LABEL[v.status], v.result ? headline(v.result, cat) : ''])], 2) : '';
  return [
    [verdict, counts].join('\n'),
    changes.join('\n'),
    groups.join('\n'),
    ...charts,
    ...footprint,
    views.some(hasReserved) ? wrap(`* ${RESERVED_NOTE.replace(/`/g, '')}`, '  ').join('\n') : '',
    matrix,
    verdict,
  ].filter(Boolean).join('\n\n');
}
