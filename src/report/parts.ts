// What a first call costs beside the figure the study averages (issue 11): the runtime's load and instantiation,
// the first iteration (lazy compilation, relocation) and one iteration at the steady state, per variant that has them.
import { markdownTable } from 'markdown-table';
import { partName } from '../catalogue/benchmark.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Results } from '../types.js';
import { formatValue, headlineMetric } from './format.js';

/** Markdown, collapsed: one row per measured variant with a load or a first iteration; '' when none has. */
export function partsSection(r: Results, cat: Pick<Catalogue, 'benchmarks'>): string {
  const rows: string[][] = [];
  for (const v of r.variants) {
    const h = v.status === 'ok' ? headlineMetric(v, cat) : undefined;
    const load = v.metrics.load_instructions ?? v.metrics.load_cycles;
    if (!h || !load) continue;
    const [name, average] = h;
    const part = (p: 'first' | 'steady') => v.metrics[partName(p, '', name)];
    const cell = (m: typeof average | undefined) => (m ? formatValue(m.value, m.unit) : '');
    rows.push([`\`${v.id}\``, cell(load), cell(part('first')), cell(part('steady')), cell(average)]);
  }
  if (!rows.length) return '';
  const head = ['Variant', 'load and instantiate', 'first iteration', 'steady state', 'average (headline)'];
  return `<details><summary>Load, first iteration and steady state: ${rows.length} variants</summary>\n\n`
    + 'The runtime loads and instantiates the module and finds its exports (wasm3 compiles a function when it is found) before the '
    + 'first call; the first iteration is that call (AOT code runs relocated); the steady state is one iteration of the calls after it, '
    + 'call excluded. Under emulation with exact counts (no timer tick, an exact counter) the average is derived from the two, (first + (n − 1) × steady) / n '
    + 'over the study\'s n iterations: exactly what n measured iterations give.\n\n'
    + `${markdownTable([head, ...rows], { alignDelimiters: false, align: ['l', 'r', 'r', 'r', 'r'] })}\n\n</details>\n`;
}
