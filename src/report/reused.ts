// Which results this run took from the result store instead of measuring (store/reuse.ts), and who measured them.
import { measuredBy, type Results } from '../types.js';


/** A commit as code; a run outside a git checkout in words. */
const by = (commit: string) => (commit === 'unknown' ? measuredBy(commit) : `\`${measuredBy(commit)}\``);

/** Markdown: a line saying how many results were reused and from which runs, the variants in a fold; '' when none. */
export function reusedSection(r: Results): string {
  const reused = r.variants.filter((v) => v.status === 'ok' && v.reused);
  if (!reused.length) return '';
  const whole = reused.filter((v) => !v.reused!.only);
  const runs = new Map<string, number>();
  for (const v of reused) {
    const k = `${by(v.reused!.commit)} on ${v.reused!.date.slice(0, 10)}`;
    runs.set(k, (runs.get(k) ?? 0) + 1);
  }
  const ok = r.variants.filter((v) => v.status === 'ok').length;
  const parts = [
    whole.length && `${whole.length} of ${ok} results were reused, not run again: an earlier run of the same image on the same runner and command line measured them`,
    reused.length - whole.length && `${reused.length - whole.length} host instruction count(s) were reused (same binary, same valgrind)`,
  ].filter(Boolean);
  const rows = reused.map((v) => `| \`${v.id}\` | ${v.reused!.only ?? 'all'} | ${by(v.reused!.commit)} | ${v.reused!.date} |`);
  return [
    `♻️ ${parts.join('; ')} (${[...runs].map(([k, n]) => `${k}: ${n}`).join(', ')}). \`--rerun\` (input \`rerun\`) measures them again.\n`,
    `<details><summary>Reused results</summary>\n\n| variant | reused | measured by | on |\n|---|---|---|---|\n${rows.join('\n')}\n\n</details>\n`,
  ].join('\n');
}
