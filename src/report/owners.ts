// Footprint by owner: how much of each image's Flash and static RAM is the runtime's, the RTOS's, the
// benchmark's, our harness's, the C library's... (what the study's memory tables could not separate).
import { markdownTable } from 'markdown-table';
import { boardTitle, type Catalogue } from '../catalogue/catalogue.js';
import type { Results } from '../types.js';

const ORDER = ['runtime', 'rtos', 'module', 'benchmark', 'harness', 'libc', 'compiler runtime', 'linker'];
const TITLE: Record<string, string> = { runtime: 'Runtime', rtos: 'RTOS', module: 'Module', benchmark: 'Benchmark', harness: 'Harness', libc: 'libc', 'compiler runtime': 'libgcc', linker: 'Linker' };
const kib = (b: number) => (b ? (b / 1024).toFixed(1) : '·');
const METRICS = [['flash_bytes', 'Flash'], ['static_ram_bytes', 'static RAM']] as const;

/**
 * Per board and stack, one table of Flash and one of static RAM by owner (KiB): a variant's row with eight owners' Flash and
 * RAM side by side would be wider than a pull-request comment.
 */
export function ownersSection(r: Results, cat: Catalogue): string {
  const owned = r.variants.filter((v) => v.status === 'ok' && v.owners);
  if (!owned.length) return '';
  const present = ORDER.filter((o) => owned.some((v) => v.owners![o]));
  const cells = [...new Set(owned.map((v) => `${v.board}\n${v.stack}`))].map((k) => k.split('\n') as [string, string]);
  const tables = cells.flatMap(([board, stack]) => {
    const on = owned.filter((v) => v.board === board && v.stack === stack);
    return METRICS.map(([m, title]) => {
      const rows = on.map((v) => [`${v.runtime}/${v.benchmark}${v.target === 'emulated' ? '' : `@${v.target}`}`,
        ...present.map((o) => (v.owners![o] ? kib(v.owners![o]![m]) : ''))]);
      return `**${boardTitle(cat, board)}**, ${stack}, ${title} in KiB:\n\n${markdownTable([['Variant', ...present.map((o) => TITLE[o] ?? o)], ...rows], { align: ['l', ...present.map(() => 'r' as const)] })}`;
    });
  });
  const biggest = owned.map((v) => ({ v, share: (v.owners!.runtime?.flash_bytes ?? 0) / (v.metrics.flash_bytes?.value || 1) }))
    .sort((a, b) => b.share - a.share)[0]!;
  const summary = `Footprint by owner: ${owned.length} variants; the runtime's largest share of Flash: ${(100 * biggest.share).toFixed(0)}% in ${biggest.v.id}`;
  return `<details><summary>${summary}</summary>\n\nFrom the linker map: each input section belongs to the object or archive it came from; fill and linker-made stubs are the linker's. The owners add up exactly to each variant's Flash and static RAM. Every symbol's size is in the \`symbols/\` files of the output folder.\n\n${tables.join('\n\n')}\n\n</details>\n`;
}

type Owners = NonNullable<Results['variants'][number]['owners']>;
const signed = (d: number) => `${d >= 0 ? '+' : '−'}${Math.abs(d).toLocaleString('en-US')} B`;
const delta = (b: number, a: number) => `${kib(b)} → ${kib(a)} (${signed(a - b)})`;
const span = (ds: number[]) => (Math.min(...ds) === Math.max(...ds) ? signed(ds[0]!) : `${signed(Math.min(...ds))} to ${signed(Math.max(...ds))}`);

/**
 * What a pin change or an A/B (`what`) does to the runtime's own code, per variant: its Flash and static RAM
 * before and after, collapsed under a summary of the changes (a matrix with suites has hundreds of variants).
 * `before`: the base tree's run of an A/B, or the baselines' entries; baselines written before owners were
 * recorded have none, and the report says the before is not known.
 */
export function runtimeChangeSection(what: string, after: Results, before?: Pick<Results, 'variants'>): string {
  const owned = after.variants.filter((v) => v.status === 'ok' && v.owners?.runtime);
  if (!owned.length) return '';
  const was = new Map((before?.variants ?? []).filter((v) => v.status === 'ok' && v.owners?.runtime).map((v) => [v.id, v.owners!]));
  const cell = (now: Owners, old: Owners | undefined, m: 'flash_bytes' | 'static_ram_bytes') =>
    old?.runtime ? delta(old.runtime[m], now.runtime![m]) : kib(now.runtime![m]);
  const rows = owned.map((v) => [`\`${v.id}\``, cell(v.owners!, was.get(v.id), 'flash_bytes'), cell(v.owners!, was.get(v.id), 'static_ram_bytes')]);
  const compared = owned.filter((v) => was.has(v.id));
  const moved = (m: 'flash_bytes' | 'static_ram_bytes') => span(compared.map((v) => v.owners!.runtime![m] - was.get(v.id)!.runtime![m]));
  const note = compared.length ? ''
    : ' The baselines record no footprint by owner (written by an earlier version: `update-baselines` records it), so the runtime\'s own share before the change is not known: after it only.';
  const summary = compared.length
    ? `The runtime's own code before → after, ${compared.length} variant${compared.length === 1 ? '' : 's'}: Flash ${moved('flash_bytes')}, static RAM ${moved('static_ram_bytes')}`
    : `The runtime's own code after the change, ${owned.length} variant${owned.length === 1 ? '' : 's'}`;
  return `**What ${what} changes**: every variant's metrics before and after are in the table above; the runtime's own code (KiB, from the linker map) is below.${note}\n\n<details><summary>${summary}</summary>\n\n${markdownTable([['Variant', 'Runtime Flash', 'Runtime static RAM'], ...rows], { align: ['l', 'r', 'r'] })}\n\n</details>\n`;
}
