// The same verdict and tables for a terminal: built variants with their headline and worst change.
import { markdownTable } from 'markdown-table';
import type { Comparison } from '../compare/compare.js';
import { formatPercent, headline } from './format.js';
import { STATUS_LABEL, verdictLine } from './markdown.js';

export function renderTerminal(c: Comparison, acceptedBy?: string): string {
  const shown = c.variants.filter((v) => v.status !== 'not-built');
  const notBuilt = c.counts['not-built'];
  const rows = shown.map((v) => {
    const worst = v.changes.filter((m) => m.status === 'regression' || m.status === 'improvement')
      .map((m) => `${m.metric} ${formatPercent(m.percent)}`).join(', ');
    return [v.id, STATUS_LABEL[v.status], v.result ? headline(v.result) : '', worst || (v.reason ?? '').split('\n')[0]!];
  });
  return [
    markdownTable([['Variant', 'Status', 'Headline', 'Changes'], ...rows]),
    notBuilt ? `(${notBuilt} more cells of the matrix not built; see report.md)` : '',
    verdictLine(c, acceptedBy).replace(/\*\*/g, ''),
  ].filter(Boolean).join('\n');
}
