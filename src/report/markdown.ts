// The report as markdown: for report.md, the job summary and the pull request comment.
import { ownersSection, runtimeChangeSection } from './owners.js';
import { markdownTable } from 'markdown-table';
import { STATUSES, type BaselineEdit, type Comparison, type MetricChange, type Status } from '../compare/compare.js';
import { stackOverheads, type Slowdown, type StackOverhead } from './ratios.js';
import { studyCell } from '../catalogue/study.js';
import { metricInfo } from '../catalogue/benchmark.js';
import { boardTitle, runtimeTitle, sourcesFor, withRole, type Catalogue } from '../catalogue/catalogue.js';
import type { Results, SourceUse } from '../types.js';
import { envName, verificationText } from '../sources/sources.js';
import { abText, pinChangeText, type PinChange, type SourceAb } from '../compare/pins.js';
import { boardCapacity, footprintSummary, footprintTable, footprintViews, hasReserved, NBSP, ratio, RESERVED_NOTE, SCALE, slowdownSummary, slowdownTable, slowdownViews, timeBar, type SlowdownView } from './charts.js';
import { buildNote, formatFromTo, formatNumber, formatPercent, formatValue, headline } from './format.js';
import { groupLines, groupReasons } from './groups.js';
import { reusedSection } from './reused.js';
import { partsSection } from './parts.js';
import { suiteViews, taxChangeRows, taxChangeSpan, taxesMovedBy, taxMoves } from './suites.js';
import { taxChanges, type CellTaxChange } from './tax.js';

/** Hidden marker by which the pull request comment is found again and updated in place. */
export const MARKER = '<!-- wasm-mcu-bench:report -->';

/**
 * Marks the section after it as one a comment cut to GitHub's size limit must keep (github/comment.ts),
 * beside the report's title section with the verdict, which it always keeps.
 */
export const KEEP = '<!-- wasm-mcu-bench:keep -->';
const keep = (section: string) => section && `${KEEP}\n${section}`;

export const STATUS_LABEL: Record<Status, string> = {
  regression: '🔴 regression',
  improvement: '🟢 improvement',
  unchanged: '⚪ unchanged',
  new: '🆕 new',
  missing: '🟠 missing',
  failed: '❌ failed',
  'not-built': '⬜ not built',
  excluded: '⏭️ left out',
};

export interface ReportInput {
  results: Results;
  comparison: Comparison;
  /** The firmware tree's boards and runtimes: titles, capacities, table order. */
  catalogue: Catalogue;
  baselineEdits: BaselineEdit[];
  /** Lines shown under the verdict: a base commit that could not be had... */
  notes?: string[];
  /** Upstream pins this change moves: shown first, as `WAMR <old> -> <new>`. */
  pins?: PinChange[];
  /** An A/B of one source: shown first, like a pin change; the baselines are tree A's run, `before`. */
  ab?: SourceAb;
  /** What the results are compared with, as a run: an A/B's tree A run, else the baselines' entries
   * (runOfBaselines). The runtime taxes and the runtime's own footprint are told against it. */
  before?: Pick<Results, 'variants'>;
  /** The label (or person) that accepted the regressions of this change. */
  acceptedBy?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The one-line verdict: what it is, and how much of what has a baseline was compared. */
export function verdictLine(c: Comparison, acceptedBy?: string): string {
  const n = c.counts;
  const coverage = `compared ${c.compared} of ${plural(c.baselined, 'baselined variant')}`;
  const after = [n.new && `${n.new} new`, n.excluded && `${n.excluded} left out as expected`].filter(Boolean).map((x) => `; ${x}`).join('');
  const moved = [n.unchanged && `${n.unchanged} unchanged`, n.improvement && `${n.improvement} improved`].filter(Boolean);
  if (c.verdict === 'pass') return `✅ **No regressions** (${coverage}: ${moved.join(', ')}${after})`;
  if (c.verdict === 'incomplete') {
    if (c.noBaselines)
      return `⚠️ **No baselines yet**: ${plural(n.new, 'variant')} measured, nothing compared; create the baselines with \`update-baselines\` and commit them`;
    return `⚠️ **Incomplete: ${coverage}** (${[n.missing && `${n.missing} missing`, ...moved].filter(Boolean).join(', ') || 'nothing compared'}${after})`;
  }
  const parts = [n.regression && `${n.regression} regression${n.regression > 1 ? 's' : ''} over threshold`, n.failed && `${n.failed} failed`, n.missing && `${n.missing} missing`].filter(Boolean);
  return acceptedBy
    ? `⚠️ **${parts.join(', ')}**, accepted by ${acceptedBy} (${coverage}${c.incomplete ? '; incomplete' : ''})`
    : `❌ **${parts.join(', ')}** (${coverage})`;
}

const code = (s: string) => `\`${s}\``;

// Unpadded: a comment has a size limit and GitHub renders the table the same.
const table = (rows: string[][], align?: string[]) => markdownTable(rows, { alignDelimiters: false, ...(align ? { align } : {}) });

/** A collapsed block: below the first screen, its summary line says what is in it. */
const details = (summary: string, body: string) => `<details><summary>${summary}</summary>\n\n${body.trimEnd()}\n\n</details>\n`;

/** The threshold a change is measured against, and only what the comparison's reason adds to it (a limit, a rank test). */
function thresholdCell(m: MetricChange): string {
  const plain = `±${m.threshold.percent}%`;
  // The reason's usual opening repeats the Change column.
  const usual = `${formatPercent(m.percent)} worse than the ${m.threshold.percent}% threshold`;
  if (!m.why || m.why === usual) return plain;
  return m.why.startsWith(`${usual}, `) ? `${plain}, ${m.why.slice(usual.length + 2)}` : m.why;
}

function changesTable(c: Comparison, cat: Catalogue): string {
  const rows = c.variants.flatMap((v) => v.changes
    .filter((m) => m.status === 'regression' || m.status === 'improvement')
    .map((m) => [
      m.status === 'regression' ? '🔴' : '🟢', code(v.id), metricInfo(cat, v.result?.benchmark ?? '', m.metric)?.title ?? m.metric,
      formatFromTo(m.baseline, m.now, m.unit, '→'), formatPercent(m.percent), thresholdCell(m),
    ]));
  if (!rows.length) return '';
  rows.sort((a, b) => (a[0] === b[0] ? 0 : a[0] === '🔴' ? -1 : 1));
  // Six columns, the values in one: at a comment's width the table fits without a sideways scroll.
  return `### Regressions and improvements\n\n${table([['', 'Variant', 'Metric', 'Baseline → now', 'Change', 'Threshold'], ...rows], ['c', 'l', 'l', 'r', 'r', 'l'])}\n`;
}

/** Variants without numbers, grouped by reason: what makes the verdict bad, then what was expected. */
function notCompared(c: Comparison): string {
  const groups = groupReasons(c.variants);
  const list = (want: (s: Status) => boolean) => groups.filter((g) => want(g.status))
    .flatMap((g) => groupLines(g, STATUS_LABEL[g.status], code).map((l, i) => `${i ? '  ' : ''}- ${l}`)).join('\n');
  const bad = list((s) => s === 'failed' || s === 'missing');
  const expected = list((s) => s === 'excluded' || s === 'not-built');
  const n = c.counts;
  const what = [n.excluded && `${n.excluded} left out`, n['not-built'] && `${n['not-built']} not built`].filter(Boolean).join(', ');
  return [
    bad && `### Failed and missing\n\n${bad}\n`,
    expected && details(`Left out or not built, as expected: ${what}`, expected),
  ].filter(Boolean).join('\n');
}

/** One compact view per board: Flash and RAM by runtime and benchmark down, stacks across. */
function footprintSection(r: Results, cat: Catalogue): string {
  const views = footprintViews(r, cat);
  if (!views.length) return '';
  // After a blank line: a line right under a table would be read as one more row.
  const star = views.some(hasReserved) ? `\n\n\\* ${RESERVED_NOTE}` : '';
  const tables = views.map((v) => {
    const rows = footprintTable(v, (rt) => runtimeTitle(cat, rt), '\\*');
    return `**${boardTitle(cat, v.board)}**${boardCapacity(cat, v.board)}, Flash / RAM in KiB:\n\n${table(rows, rows[0]!.map((_, k) => (k < 2 ? 'l' : 'r')))}`;
  });
  return details(footprintSummary(r, cat), `Flash = text + rodata + data; RAM = static RAM (data + bss, from the ELF's section flags) + dynamic RAM (stack high-water, painted, + heap high-water; under an RTOS, also its task stack and heap high-water), measured at run time. Each variant's own figures are in \`results.json\`.\n\n${tables.join('\n\n')}${star}`);
}

/** The runtime's name, with how its AOT code was made, or whether native code was vectorised. */
function runtimeCell(r: Results, cat: Catalogue, id: string, runtime: string): string {
  const v = r.variants.find((x) => x.id === id);
  const note = v ? buildNote(v) : '';
  return `${runtimeTitle(cat, runtime)}${note ? ` <sub>${note}</sub>` : ''}`;
}

/**
 * Host wall time against native -O3, in a table of its own (beside the three other figures of a host view its
 * bars and intervals would not fit a comment's width): the ratio of medians, this variant's median and interval.
 */
function timeTable(r: Results, cat: Catalogue, v: SlowdownView): string {
  const timed = v.rows.filter(({ x }) => x.vsNativeTime !== undefined);
  if (!timed.length) return '';
  const stack = v.stacks.length > 1;
  const us = (n: number) => formatNumber(n / 1000, 1);
  const rows = timed.map(({ x }, j) => {
    const ns = r.variants.find((y) => y.id === x.id)?.metrics.ns;
    return [j && timed[j - 1]!.x.runtime === x.runtime ? '' : runtimeCell(r, cat, x.id, x.runtime), ...(stack ? [x.stack] : []),
      timeBar(x, NBSP), ns?.ci ? `${us(ns.value)} [${us(ns.ci[0])}–${us(ns.ci[1])}]` : ''];
  });
  const header = ['Runtime', ...(stack ? ['Stack'] : []), 'vs native -O3 (wall time)', `Median µs [${ciPercent(r)}% interval]`];
  return `\n\n${table([header, ...rows], header.map((_, k) => (k === header.length - 1 ? 'r' : 'l')))}`;
}

const ciPercent = (r: Results) => Math.round(100 * (r.variants.find((v) => v.metrics.ns?.ci_level)?.metrics.ns?.ci_level ?? 0.95));

/** Native's own median and interval, the reference of the ≈ marks. */
function ciLine(r: Results, cat: Catalogue, x: Slowdown): string {
  const ns = r.variants.find((v) => v.runtime === withRole(cat.runtimes, 'reference') && v.board === x.board && v.stack === x.stack && v.benchmark === x.benchmark && v.target === x.target)?.metrics.ns;
  const us = (n: number) => formatNumber(n / 1000, 1);
  return ns?.ci ? `native -O3: ${us(ns.value)} µs [${us(ns.ci[0])}–${us(ns.ci[1])}] per ${ns.unit.replace(/^ns\//, '')}, ${ns.runs} runs` : 'native -O3 has no interval';
}

/** Said once, in the first chart: why our ratios and the study's are not the same number. */
const WHY_THEY_DIFFER = 'Ours are ratios of instructions counted exactly (QEMU on the emulated boards, callgrind on the host), the study\'s are ratios of cycles on its real boards (or of wall time on its host): flash wait states, pipeline stalls and FPU latency cost cycles that an instruction count does not see, and they cost an interpreter and native code differently, so the two ratios differ.';

/**
 * One chart per benchmark and board: runtimes down, each runtime's stacks side by side, a bar with its value
 * for ours and one for the study's, the unit of each in its header.
 */
function slowdownCharts(r: Results, cat: Catalogue): string {
  const views = slowdownViews(r, cat);
  if (!views.length) return details('Slowdown against native C: no runtime other than native C ran', '_No runtime other than native C ran in this matrix yet._');
  // Said where ours are instruction counts: on real boards ours are cycles, as the study's are.
  const explained = views.findIndex((v) => v.target !== 'hardware');
  // Where the study's figures come from: each benchmark's study.yml says (the same study, said once).
  const sources = [...new Set(views.flatMap((v) => cat.benchmarks[v.benchmark]?.study?.source ?? []))];
  return views.map((v, i) => {
    // The counted figures; the wall time follows in its own table, with the engines measured by time only.
    const counted = { ...v, time: false, rows: v.rows.filter(({ x }) => x.metric !== 'ns') };
    const rows = slowdownTable(counted, { runtime: (x) => runtimeCell(r, cat, x.id, x.runtime), long: true });
    const same = v.rows.some(({ x }) => x.timeDistinguishable === false)
      ? `\n\n≈ not distinguishable from native -O3: the ${ciPercent(r)}% confidence intervals of the two median wall times overlap (${ciLine(r, cat, v.rows[0]!.x)}).`
      : '';
    const why = i === explained ? `\n\n${WHY_THEY_DIFFER}${sources.length ? ` <sub>Study figures: ${sources.join('; ')}.</sub>` : ''}` : '';
    const main = counted.rows.length ? `\n\n${table(rows, rows[0]!.map(() => 'l'))}` : '';
    return details(slowdownSummary(v, cat), `Bars: ${SCALE}.${main}${timeTable(r, cat, v)}${same}${why}`);
  }).join('\n');
}

/** Each suite's members against native per runtime, and each runtime's tax over the suite. */
function suiteTables(r: Results, cat: Catalogue): string {
  return suiteViews(r, cat).map((v) => details(v.summary, `Slowdown of each member against native C (its headline metric), then each runtime's tax over the suite: the geometric mean of the ratios with their geometric standard deviation, Embench's own scoring; Flash likewise, over native's image.\n\n${table(v.rows, v.rows[0]!.map((_, i) => (i ? 'r' : 'l')))}`)).join('\n');
}

/** The runtime taxes that moved beyond their members' thresholds against the baselines: at the top. */
function taxMovesSection(changes: CellTaxChange[], c: Comparison, cat: Catalogue): string {
  const lines = taxMoves(changes, c, cat);
  if (!lines.length) return '';
  return `**Runtime tax moved** beyond the strictest threshold of its members (Embench's geometric mean of the ratios against native over a suite, told over the members both runs have):\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`;
}

/** The upgrade view's runtime taxes before and after the change of `sources`, per cell. */
function taxChangeSection(changes: CellTaxChange[], cat: Catalogue, sources: string[]): string {
  const moved = taxesMovedBy(changes, cat, sources);
  if (!moved.length) return '';
  const rows = taxChangeRows(moved, cat);
  return details(`The runtime tax before → after, ${plural(moved.length, 'cell')}: ${taxChangeSpan(moved)}`,
    `Per suite and cell the change's source builds: Embench's geometric mean of the ratios against native, with its geometric standard deviation (GSD), both scored over the members both runs have.\n\n${table(rows, rows[0]!.map((_, i) => (i < 3 ? 'l' : 'r')))}`);
}

/** One table per board: runtime and benchmark down, each RTOS's ratio to the reference stack (bare metal) and the study's across. */
function overheadTable(r: Results, cat: Catalogue): string {
  const o = stackOverheads(r.variants, cat);
  if (!o.length) return '';
  const stacks = [...new Set(o.map((x) => x.stack))];
  const row = (x: StackOverhead) => `${x.runtime}/${x.benchmark}@${x.target}`;
  const tables = [...new Set(o.map((x) => x.board))].map((board) => {
    const mine = o.filter((x) => x.board === board);
    const firsts = mine.filter((x, i) => mine.findIndex((y) => row(y) === row(x)) === i);
    const rows = firsts.map((x, j) => [j && firsts[j - 1]!.runtime === x.runtime ? '' : runtimeTitle(cat, x.runtime),
      x.target === 'emulated' ? x.benchmark : `${x.benchmark}@${x.target}`,
      ...stacks.flatMap((s) => {
        const y = mine.find((z) => row(z) === row(x) && z.stack === s);
        return y ? [`${y.vsBareMetal.toFixed(3)}×`, ratio(studyOverhead(y, cat))] : ['', ''];
      })]);
    const header = ['Runtime', 'Benchmark', ...stacks.flatMap((s) => [s, 'study'])];
    return `**${boardTitle(cat, board)}**:\n\n${table([header, ...rows], header.map((_, k) => (k < 2 ? 'l' : 'r')))}`;
  });
  const [lo, hi] = [o.reduce((a, b) => (b.vsBareMetal < a.vsBareMetal ? b : a)), o.reduce((a, b) => (b.vsBareMetal > a.vsBareMetal ? b : a))];
  const summary = `RTOS overhead against ${withRole(cat.stacks, 'reference')}: ${o.length} variants, ${lo.vsBareMetal.toFixed(2)}× to ${hi.vsBareMetal.toFixed(2)}× (most: ${hi.stack}/${hi.runtime}/${hi.benchmark} on ${boardTitle(cat, hi.board)})`;
  return details(summary, `The same runtime, benchmark and board on each stack, as a ratio of the headline metric (1 = no overhead); the study's own ratio beside ours.\n\n${tables.join('\n\n')}`);
}

/** The study's own RTOS overhead: its stack's figure over its reference stack's for that runtime. */
function studyOverhead(x: StackOverhead, cat: Catalogue): number | undefined {
  const rtos = studyCell(cat, x);
  const bare = studyCell(cat, { ...x, stack: withRole(cat.stacks, 'reference') ?? '' });
  const larger = metricInfo(cat, x.benchmark, x.metric)?.direction === 'larger';
  return rtos && bare ? (larger ? bare.value / rtos.value : rtos.value / bare.value) : undefined;
}

function matrixDetails(c: Comparison, cat: Catalogue): string {
  const rows = c.variants.map((v) => [code(v.id), STATUS_LABEL[v.status], v.result ? headline(v.result, cat) : '',
    ((v.reason ?? '').split('\n')[0]! || (v.result ? buildNote(v.result) : '')).replace(/\|/g, '\\|')]);
  return `<details><summary>Full matrix (${c.variants.length} variants)</summary>\n\n${table([['Variant', 'Status', 'Headline', 'Reason or build'], ...rows])}\n\n</details>\n`;
}

function editsSection(edits: BaselineEdit[]): string {
  if (!edits.length) return '';
  const rows = edits.map((e) => [code(e.id), e.metric, e.before === undefined ? '(none)' : formatValue(e.before, e.unit), e.after === undefined ? '(removed)' : formatValue(e.after, e.unit)]);
  const variants = new Set(edits.map((e) => e.id)).size;
  return details(`Baselines changed by this pull request: ${edits.length} entr${edits.length === 1 ? 'y' : 'ies'} of ${variants} variant${variants === 1 ? '' : 's'}`,
    table([['Variant', 'Metric', 'Base commit', 'This pull request'], ...rows], ['l', 'l', 'r', 'r']));
}

function provenanceSection(r: Results, c: Comparison): string {
  const p = r.provenance;
  const tools = Object.entries(p.toolchain).map(([k, v]) => `- ${k}: ${v}`).join('\n');
  const sources = Object.values(p.sources ?? {});
  const differ = sources.filter((s) => s.verification === 'differs').length;
  const trees = sources.length ? `; ${sources.length} upstream source${sources.length === 1 ? '' : 's'}${differ ? `, ${differ} not the pinned tree` : ''}` : '';
  return `<details><summary>Provenance: commit ${p.commit.slice(0, 12)}, wasm-mcu-bench ${p.tool}, baselines from ${c.baselineSource}${trees}</summary>\n\n- commit: ${code(p.commit)}\n- date: ${p.date}\n- wasm-mcu-bench ${p.tool}, Node ${p.node}\n- baselines from: ${c.baselineSource}\n${tools}\n${sourcesSection(r)}\n</details>\n`;
}

const ORIGIN: Record<SourceUse['origin'], string> = { download: 'downloaded', cache: 'cache', override: 'override' };

/** Every upstream source the run built from: its pin, where it came from, and whether it is the pinned tree. */
function sourcesSection(r: Results): string {
  const sources = Object.entries(r.provenance.sources ?? {});
  if (!sources.length) return '';
  const mark = { verified: '✅', differs: '❌', unverified: '⚠️' };
  const rows = sources.map(([name, s]) => [code(name), `${s.title} ${s.version} ${code(s.commit.slice(0, 12))}`,
    s.origin === 'override' ? `override ${code(envName(name))}` : ORIGIN[s.origin],
    // The hash's first 12 digits: the whole one is in results.json, and the table must fit a comment's width.
    `${s.verification ? `${mark[s.verification]} ` : ''}${verificationText(s, (h) => code(h.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1…')))}`]);
  return `\nUpstream sources (pins in \`firmware/sources.json\`):\n\n${table([['Source', 'Pin', 'From', 'Tree'], ...rows])}\n`;
}

/** The sources built from a tree that is not the pinned one (but `except`, an A/B's): named under the verdict. */
export function sourceNotes(r: Results, except?: string): string[] {
  return Object.entries(r.provenance.sources ?? {}).filter(([name, s]) => s.verification === 'differs' && name !== except).map(([name, s]) =>
    `⚠️ ${s.title} (${code(name)}) is not the pinned tree ${s.version}: built from the override ${code(envName(name))} (${code(s.tree ?? '')}); differences may come from it.`);
}

export function renderMarkdown(input: ReportInput): string {
  const { results, comparison: c, catalogue: cat } = input;
  const counts = STATUSES.map((s) => `${STATUS_LABEL[s]} ${c.counts[s]}`).join(' · ');
  const toolchain = c.toolchainChanges.length
    ? `> [!WARNING]\n> The toolchain differs from the one the baselines were measured with; differences may come from it:\n${c.toolchainChanges.map((t) => `> - ${t.tool}: baseline ${code(t.baseline)}, now ${code(t.now)} (${t.files.join(', ')})`).join('\n')}\n`
    : '';
  // An A/B's two trees are overrides by design: the headline names them.
  const notes = [...sourceNotes(results, input.ab?.name), ...(input.notes ?? [])].map((n) => `> ${n}`).join('\n>\n');
  const pins = [...(input.ab ? [abText(input.ab)] : []), ...(input.pins ?? []).map(pinChangeText)].map((p) => `**${p}**`).join('<br>');
  const taxes = input.before ? taxChanges(input.before.variants, results.variants, cat) : [];
  const changed = input.ab ? [input.ab.name] : (input.pins ?? []).map((p) => p.name);
  return [
    MARKER,
    pins && `${pins}\n`,
    `## wasm-mcu-bench: ${verdictLine(c, input.acceptedBy)}\n`,
    `${counts}\n`,
    notes && `${notes}\n`,
    reusedSection(results),
    toolchain,
    keep(taxMovesSection(taxes, c, cat)),
    keep(changesTable(c, cat)),
    // The variants the moved sources build: another runtime's code does not change.
    changed.length && runtimeChangeSection(input.ab ? abText(input.ab).replace(/^A\/B/, 'the A/B') : (input.pins ?? []).map(pinChangeText).join(', '),
      { ...results, variants: results.variants.filter((v) => sourcesFor(cat, v).some((s) => changed.includes(s))) }, input.before),
    changed.length && taxChangeSection(taxes, cat, changed),
    notCompared(c),
    footprintSection(results, cat),
    ownersSection(results, cat),
    slowdownCharts(results, cat),
    suiteTables(results, cat),
    overheadTable(results, cat),
    partsSection(results, cat),
    editsSection(input.baselineEdits),
    matrixDetails(c, cat),
    keep(provenanceSection(results, c)),
  ].filter(Boolean).join('\n');
}
