// The report's "why": for every emulated variant that moved over a threshold, the functions whose
// instruction counts and the symbols whose sizes moved most against the base commit (built and profiled
// for those variants only), and a note for every profile that could not be made.
import type { Comparison } from '../compare/compare.js';
import type { Progress } from '../progress.js';
import type { Results } from '../types.js';
import { deltaSummary, deltaTable } from '../profile/delta.js';
import { baseSource, explainAll, type Explanation } from './explain.js';

/** A host variant's metrics that callgrind does not count: a profile of instructions cannot explain them. */
const HOST_UNCOUNTED = new Set(['ns', 'equivalent_cycles', 'rss_bytes', 'engine_ns']);

/** Emulated variants with a metric over its threshold, either way; host ones with an instruction count over it. */
export function movedVariants(c: Comparison): string[] {
  const moved = (m: Comparison['variants'][number]['changes'][number]) => m.status === 'regression' || m.status === 'improvement';
  return c.variants
    .filter((v) => (v.result?.target === 'emulated' && v.changes.some(moved)) || (v.result?.target === 'host' && v.changes.some((m) => moved(m) && !HOST_UNCOUNTED.has(m.metric))))
    .map((v) => v.id);
}

export function explanationMarkdown(e: Explanation): string {
  const top = e.instructions.flatMap((d) => d.rows.slice(0, 1).map((r) => `\`${r.name}\` ${r.delta > 0 ? '+' : ''}${r.delta.toLocaleString('en-US')} (${r.share.toFixed(0)}% of the change)`));
  const parts = [
    `<details><summary>Why ${e.variant} moved${top.length ? `: ${top.join('; ')}` : ''}</summary>`, '',
    `Against the base commit ${e.base.commit.slice(0, 12)}: ${baseSource(e)}.`, '',
  ];
  for (const d of e.instructions)
    parts.push(`Instructions by function, ${deltaSummary(d, 'instructions in the measured region')}`, '', d.rows.length ? deltaTable(d, 'Function') : 'No function moved.', '');
  if (e.size?.rows.length) parts.push(`Size by symbol, ${deltaSummary(e.size, 'bytes')}`, '', deltaTable(e.size, 'Symbol'), '');
  parts.push(...e.lints.map((l) => `${l}\n`), ...e.unavailable.map((u) => `${u}\n`));
  if (e.files.length) parts.push(`Flame graphs: ${e.files.map((f) => `\`${f}\``).join(', ')} in the output folder (speedscope.app opens the JSON; flamegraph.pl draws the differential folded stacks).`, '');
  return `${parts.join('\n')}\n</details>\n`;
}

/** Profiles that were asked for and could not be made, said once per reason; what the profiles that were made say. */
export function profileNotes(r: Results): string {
  const by = new Map<string, string[]>();
  for (const v of r.variants) if (v.profileUnavailable) by.set(v.profileUnavailable, [...(by.get(v.profileUnavailable) ?? []), v.id]);
  const lints = r.variants.flatMap((v) => (v.profile?.lints ?? []).map((l) => `- ${v.id}: ${l}\n`));
  return [...by].map(([why, ids]) => `> profiles unavailable: ${why} (${ids.length === 1 ? ids[0] : `${ids.length} variants`})\n`).join('')
    + (lints.length ? `\n### What the profiles say\n\n${lints.join('')}` : '');
}

/** The report's section for the variants that moved; never fails the check (a failure becomes a note). */
export async function whyMoved(o: { config: string; firmwareDir?: string; baseRef?: string; outDir: string; progress: Progress; signal?: AbortSignal; baseProfiles?: (commit: string) => Promise<void> },
  results: Results, comparison: Comparison): Promise<string> {
  const moved = movedVariants(comparison);
  let section = profileNotes(results);
  if (!moved.length) return section;
  try {
    const es = await explainAll({ ...o, ...(o.baseRef ? { base: o.baseRef } : {}), variants: moved });
    section += `\n### Why they moved\n\n${es.map(explanationMarkdown).join('\n')}`;
  } catch (e) {
    // The check's own verdict stands whatever happens here: the note says what went wrong.
    section += `\n> profiles unavailable: could not explain ${moved.join(', ')}: ${(e as Error).message}\n`;
  }
  return section;
}
