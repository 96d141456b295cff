// Charts drawn in text: bars of Unicode block characters with their value beside them, which read the same
// in a pull request comment, the job summary and a terminal. One view per benchmark and board (runtimes down,
// each runtime's stacks side by side, the study's figure beside ours) and one footprint view per board.
import { slowdowns, type Slowdown } from './ratios.js';
import { boardTitle, type Catalogue } from '../catalogue/catalogue.js';
import type { BenchmarkSpec } from '../catalogue/benchmark.js';
import type { Results, VariantResult } from '../types.js';
import { formatValue } from './format.js';
import { studyCell, type StudyCell } from '../catalogue/study.js';

/** Blocks per tenfold slowdown: 1000x is 18 blocks, which fits a table cell and a terminal column. */
const PER_DECADE = 6;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A slowdown as a bar on a log scale (1x: a hairline), to within an eighth of a block. */
export function bar(x: number): string {
  const eighths = Math.round(Math.max(0, Math.log10(x)) * PER_DECADE * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]! || '▏';
}

export const ratio = (x: number | undefined) => (x === undefined ? '' : `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`);

/** A space a browser does not break at: in a narrow table cell of a comment, a value stays beside its bar. */
export const NBSP = '\u00a0';

/** A bar with its value beside it: what a reader reads without a scale. */
export const barred = (x: number | undefined, gap = ' ') => (x === undefined ? '' : `${bar(x)}${gap}${ratio(x)}`);

/** The scale, stated once above each chart as slowdowns. */
export const SCALE = `log scale: ${bar(1)} 1×, ${bar(10)} 10×, ${bar(100)} 100×`;

/** What a headline metric counts, for a column header: its benchmark.yml counter, a rate of iterations per
 * second (cycles at the board's clock, or an instrument's Hz), or wall time. */
function counted(b: BenchmarkSpec | undefined, metric: string): string {
  if (metric === 'ns') return 'wall time';
  const d = b?.metrics[metric];
  if (d) return d.counter === 'cycles' && d.rate === 'core_hz' ? `${b!.iteration} rate` : d.counter;
  return b?.external[metric] ? `${b.iteration} rate` : metric;
}

/** What the study's figure counts (a rate: the benchmark's, in words) and where it was measured, as its study.yml says. */
const studyCounted = (s: StudyCell, v: SlowdownView): [string, string] => [s.counted === 'rate' ? v.rate : s.counted, s.where];

interface SlowdownRow {
  x: Slowdown;
  study?: StudyCell;
}

export interface SlowdownView {
  board: string;
  benchmark: string;
  target: string;
  /** What ours count (the headline of most rows), and in words. */
  metric: string;
  counted: string;
  /** The benchmark's iterations per second, in words. */
  rate: string;
  stacks: string[];
  rows: SlowdownRow[];
  /** The title of native's other figure (a prefixed result of benchmark.yml), when the rows have it. */
  call?: string;
  scalar: boolean;
  time: boolean;
}

/** Where an id goes in tables: the catalogue's order (runtime.yml's and stack.yml's `order`), unknown ids last. */
const order = (entries: Record<string, unknown>, x: string) => {
  const i = Object.keys(entries).indexOf(x);
  return i < 0 ? Infinity : i;
};

/** One view per benchmark and board (and target): rows by runtime, then stack. */
export function slowdownViews(r: Pick<Results, 'variants'>, cat: Catalogue): SlowdownView[] {
  const views = new Map<string, SlowdownView>();
  for (const x of slowdowns(r.variants, cat)) {
    const key = `${x.board}/${x.benchmark}@${x.target}`;
    const spec = cat.benchmarks[x.benchmark];
    const v: SlowdownView = views.get(key) ?? { board: x.board, benchmark: x.benchmark, target: x.target, metric: x.metric, counted: '',
      rate: `${spec?.iteration ?? x.benchmark} rate`, stacks: [], rows: [], scalar: false, time: false };
    const study = studyCell(cat, x);
    v.rows.push({ x, ...(study ? { study } : {}) });
    if (!v.stacks.includes(x.stack)) v.stacks.push(x.stack);
    if (x.metric !== 'ns') v.metric = x.metric;
    if (x.vsNativeCall !== undefined) v.call = Object.values(spec?.results ?? {}).find((r) => r.prefix)?.title ?? 'other';
    v.scalar ||= x.vsNativeScalar !== undefined;
    v.time ||= x.vsNativeTime !== undefined;
    views.set(key, v);
  }
  for (const v of views.values()) {
    v.counted = counted(cat.benchmarks[v.benchmark], v.metric);
    v.stacks.sort((a, b) => order(cat.stacks, a) - order(cat.stacks, b));
    v.rows.sort((a, b) => order(cat.runtimes, a.x.runtime) - order(cat.runtimes, b.x.runtime) || order(cat.stacks, a.x.stack) - order(cat.stacks, b.x.stack));
  }
  return [...views.values()];
}

const WHERE: Record<string, string> = { emulated: 'QEMU', host: 'callgrind', hardware: 'board' };

/**
 * A view as table rows, header first: runtime (named once per group of rows), stack, our bar, the other
 * references, the study's bar; each figure's unit in its header. `long`: full headers, the stack always and
 * each bar held to its value (markdown); short ones, and the stack only when there are several, to fit a terminal.
 */
export function slowdownTable(v: SlowdownView, style: { runtime: (x: Slowdown) => string; long: boolean }): string[][] {
  const { long } = style;
  const gap = long ? NBSP : ' ';
  const study = v.rows.find((x) => x.study)?.study;
  const [what, where] = study ? studyCounted(study, v) : [];
  const stack = long || v.stacks.length > 1;
  const native = v.target === 'host' ? 'native -O3' : 'native';
  const header = ['Runtime', ...(stack ? ['Stack'] : []),
    long ? `Ours, ${v.counted} vs ${native} (${WHERE[v.target] ?? v.target})` : `Ours (${v.counted}, ${WHERE[v.target] ?? v.target})`,
    ...(v.call ? [long ? `vs native ${v.call}` : v.call] : []),
    ...(v.scalar ? [long ? 'vs native scalar (instructions)' : 'vs scalar'] : []),
    ...(v.time ? [long ? 'vs native -O3 (wall time)' : 'wall time'] : []),
    ...(study ? [long ? `Study, ${what} (${where})` : `Study (${what}, ${where})`] : [])];
  const rows = v.rows.map(({ x, study: s }, j) => [j && v.rows[j - 1]!.x.runtime === x.runtime ? '' : style.runtime(x), ...(stack ? [x.stack] : []),
    // A runtime measured by time only (a JIT engine in another process) has no instruction ratio.
    x.metric === 'ns' ? '' : barred(x.vsNative, gap),
    ...(v.call ? [ratio(x.vsNativeCall)] : []), ...(v.scalar ? [x.metric === 'ns' ? '' : ratio(x.vsNativeScalar)] : []),
    ...(v.time ? [timeBar(x, gap)] : []),
    ...(study ? [barred(s?.slowdown, gap)] : [])]);
  return [header, ...rows];
}

/** Wall time against native -O3, ≈ when the two medians' intervals overlap. */
export const timeBar = (x: Slowdown, gap = ' ') => `${x.timeDistinguishable === false ? `≈${gap}` : ''}${barred(x.vsNativeTime, gap)}`;

/** A view in one line: each runtime's slowdown, as a range over the stacks. */
export function slowdownSummary(v: SlowdownView, cat: Catalogue): string {
  const byRuntime = new Map<string, number[]>();
  for (const { x } of v.rows) if (x.metric === v.metric) byRuntime.set(x.runtime, [...(byRuntime.get(x.runtime) ?? []), x.vsNative]);
  const range = (xs: number[]) => {
    const [lo, hi] = [ratio(Math.min(...xs)), ratio(Math.max(...xs))];
    return lo === hi ? lo : `${lo.slice(0, -1)}–${hi}`;
  };
  const stacks = v.stacks.length > 1 ? `, ${v.stacks.length} stacks` : '';
  return `Slowdown vs native C, ${v.benchmark} on ${boardTitle(cat, v.board)} (${v.target}, ${v.counted}${stacks}): ${[...byRuntime].map(([rt, xs]) => `${rt} ${range(xs)}`).join(', ')}`;
}

interface FootprintCell {
  flash: number;
  ram: number;
  /** Static RAM includes memory reserved as static arrays. */
  reserved: boolean;
}

interface FootprintView {
  board: string;
  stacks: string[];
  /** By runtime and benchmark, each stack's cell. */
  rows: { runtime: string; benchmark: string; target: string; cells: Map<string, FootprintCell> }[];
}

const totalRam = (v: VariantResult) => (v.metrics.static_ram_bytes?.value ?? 0) + (v.metrics.dynamic_ram_bytes?.value ?? 0);
const withFootprint = (r: Pick<Results, 'variants'>) => r.variants.filter((v) => v.status === 'ok' && v.metrics.flash_bytes);

export function footprintViews(r: Pick<Results, 'variants'>, cat: Catalogue): FootprintView[] {
  const views = new Map<string, FootprintView>();
  for (const v of withFootprint(r)) {
    const view = views.get(v.board) ?? { board: v.board, stacks: [], rows: [] };
    if (!view.stacks.includes(v.stack)) view.stacks.push(v.stack);
    let row = view.rows.find((x) => x.runtime === v.runtime && x.benchmark === v.benchmark && x.target === v.target);
    if (!row) view.rows.push(row = { runtime: v.runtime, benchmark: v.benchmark, target: v.target, cells: new Map() });
    row.cells.set(v.stack, { flash: v.metrics.flash_bytes!.value, ram: totalRam(v), reserved: Boolean(v.metrics.static_reserved_bytes) });
    views.set(v.board, view);
  }
  for (const v of views.values()) {
    v.stacks.sort((a, b) => order(cat.stacks, a) - order(cat.stacks, b));
    v.rows.sort((a, b) => order(cat.runtimes, a.runtime) - order(cat.runtimes, b.runtime) || a.benchmark.localeCompare(b.benchmark) || a.target.localeCompare(b.target));
  }
  return [...views.values()];
}

const kib = (b: number) => (b / 1024).toFixed(1);

export const boardCapacity = (cat: Catalogue, board: string) => {
  const { flash, ram } = cat.boards[board] ?? {};
  return flash && ram ? ` (${flash.bytes / 1024} KiB Flash, ${ram.bytes / 1024} KiB RAM)` : '';
};

export const hasReserved = (v: FootprintView) => v.rows.some((x) => [...x.cells.values()].some((c) => c.reserved));

/** What a `star` after a RAM figure means. */
export const RESERVED_NOTE = 'Static RAM includes memory reserved as static arrays (the study\'s `*` case): an RTOS heap pool and task stack, whose used part is counted again in dynamic RAM, or a runtime\'s memory pool (WAMR), whose used part is `pool_bytes`.';

/** A board's view as table rows, header first: runtime (named once) and benchmark down, Flash / RAM in KiB by stack across. */
export function footprintTable(v: FootprintView, name: (runtime: string) => string, star: string): string[][] {
  const rows = v.rows.map((x, j) => [j && v.rows[j - 1]!.runtime === x.runtime ? '' : name(x.runtime), x.target === 'emulated' ? x.benchmark : `${x.benchmark}@${x.target}`,
    ...v.stacks.map((s) => {
      const c = x.cells.get(s);
      return c ? `${kib(c.flash)} / ${kib(c.ram)}${c.reserved ? star : ''}` : '';
    })]);
  return [['Runtime', 'Benchmark', ...v.stacks], ...rows];
}

/** The footprint in one line: how many variants, and the largest Flash and RAM against their board's capacity. */
export function footprintSummary(r: Results, cat: Catalogue): string {
  const ok = withFootprint(r);
  const most = (size: (v: VariantResult) => number, cap: (b: string) => number | undefined) => {
    const share = (v: VariantResult) => size(v) / (cap(v.board) ?? Infinity);
    const v = [...ok].sort((a, b) => share(b) - share(a) || size(b) - size(a))[0]!;
    const c = cap(v.board);
    return `${v.stack}/${v.runtime}/${v.benchmark} on ${boardTitle(cat, v.board)}, ${formatValue(size(v), 'B')}${c ? ` (${((100 * size(v)) / c).toFixed(1)}%)` : ''}`;
  };
  return `Footprint: ${ok.length} variant${ok.length === 1 ? '' : 's'}; most Flash: ${most((v) => v.metrics.flash_bytes!.value, (b) => cat.boards[b]?.flash?.bytes)}; most RAM: ${most(totalRam, (b) => cat.boards[b]?.ram?.bytes)}`;
}
