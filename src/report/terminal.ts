// The same verdict and tables for a terminal: variants that ran with their headline and worst change, the
// rest grouped by reason.
import { markdownTable } from 'markdown-table';
import type { Comparison } from '../compare/compare.js';
import { formatPercent, headline } from './format.js';
import { STATUS_LABEL, verdictLine } from './markdown.js';
import { groupLines, groupReasons } from './groups.js';

export function renderTerminal(c: Comparison, acceptedBy?: string): string {
  const ran = c.variants.filter((v) => v.result && v.status !== 'failed' && v.status !== 'missing' && v.status !== 'not-built');
  const rows = ran.map((v) => {
    const worst = v.changes.filter((m) => m.status === 'regression' || m.status === 'improvement')
      .map((m) => `${m.metric} ${formatPercent(m.percent)}`).join(', ');
    return [v.id, STATUS_LABEL[v.status], v.result ? headline(v.result) : '', worst || (v.reason ?? '').split('\n')[0]!];
  });
  const groups = groupReasons(c.variants).flatMap((g) => groupLines(g, STATUS_LABEL[g.status], (s) => s).map((l, i) => `${i ? '    ' : ''}${l}`));
  return [
    rows.length ? markdownTable([['Variant', 'Status', 'Headline', 'Changes'], ...rows]) : '',
    ...groups,
    verdictLine(c, acceptedBy).replace(/\*\*/g, ''),
  ].filter(Boolean).join('\n');
}
