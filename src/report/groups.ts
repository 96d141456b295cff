// Variants without numbers, grouped by the reason they share: sixty variants whose source is unavailable
// make one line with a count per source, not sixty lines with the same sentence.
import type { Status, VariantComparison } from '../compare/compare.js';

interface ReasonGroup {
  status: Status;
  /** They have baseline entries. */
  baselined: boolean;
  /** What happened to them: "failed", "not built", "not run", "left out". */
  verb: string;
  /** The reason they share, without its subject: "source unavailable". */
  reason: string;
  ids: string[];
  /** Raw serial logs, by variant id. */
  logs: Map<string, string>;
  /** The subjects the reason names, and how many variants each: [["wasm3", 20], ["wamr", 32]]. */
  subjects: [string, number][];
  /** The rest of each reason (what to do), with the subjects it was said of. */
  details: [string, string[]][];
}

/** Shown in this order: what makes the verdict bad first. */
const ORDER: Status[] = ['failed', 'missing', 'excluded', 'not-built'];

// "source unavailable (wasm3): not in the cache...": a reason, its one-word subject, the rest.
const SUBJECT = /^([^:()\n]+?) \(([^()\s:,]+)\)(?:: (.*))?$/;

function verb(v: VariantComparison): string {
  if (v.status === 'failed') return 'failed';
  if (v.status === 'excluded') return 'left out';
  return v.result?.status === 'not-built' ? 'not built' : 'not run';
}

export function groupReasons(variants: VariantComparison[]): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup & { bySubject: Map<string, number>; byDetail: Map<string, string[]> }>();
  for (const v of variants) {
    if (!ORDER.includes(v.status)) continue;
    const first = (v.reason ?? '').split('\n')[0]!;
    const m = SUBJECT.exec(first);
    const reason = m ? m[1]! : first;
    const baselined = Boolean(v.baselined);
    const key = [v.status, baselined, verb(v), reason].join('\0');
    const g = groups.get(key) ?? { status: v.status, baselined, verb: verb(v), reason, ids: [] as string[], logs: new Map<string, string>(), subjects: [], details: [], bySubject: new Map<string, number>(), byDetail: new Map<string, string[]>() };
    g.ids.push(v.id);
    if (v.result?.log) g.logs.set(v.id, v.result.log);
    if (m) {
      g.bySubject.set(m[2]!, (g.bySubject.get(m[2]!) ?? 0) + 1);
      if (m[3]) {
        const said = g.byDetail.get(m[3]) ?? [];
        if (!said.includes(m[2]!)) g.byDetail.set(m[3], [...said, m[2]!]);
      }
    }
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || b.ids.length - a.ids.length)
    .map(({ bySubject, byDetail, ...g }) => ({ ...g, subjects: [...bySubject], details: [...byDetail] }));
}

/** Ids are named up to this many per group; beyond, the full matrix lists them. */
const NAMED = 5;

/**
 * A group as one line, plus a line per detail when its subjects have different ones. `label` is the
 * status label ("🟠 missing"); `code` quotes an id or a path (backticks in markdown).
 */
export function groupLines(g: ReasonGroup, label: string, code: (s: string) => string): string[] {
  const named = (id: string) => `${code(id)}${g.logs.has(id) ? ` (raw output: ${code(g.logs.get(id)!)})` : ''}`;
  const one = g.ids.length === 1;
  const subjects = g.subjects.length ? ` (${g.subjects.map(([s, n]) => (one ? s : `${s} ×${n}`)).join(', ')})` : '';
  const why = `${g.reason}${subjects}${g.details.length === 1 ? `: ${g.details[0]![0]}` : ''}`;
  const more = g.details.length > 1 ? g.details.map(([d, said]) => `${said.join(', ')}: ${d}`) : [];
  // One variant reads as before: its status, its id, why; "not built" is said since its reason does not say it.
  if (one) return [`${label} ${named(g.ids[0]!)}: ${g.verb === 'not built' && g.status !== 'not-built' ? 'not built: ' : ''}${why}`, ...more];
  const emoji = label.split(' ')[0];
  const ids = g.ids.length <= NAMED ? ` — ${g.ids.map(named).join(', ')}` : '';
  return [`${emoji} ${g.ids.length} ${g.baselined ? 'baselined ' : ''}variants ${g.verb}: ${why}${ids}`, ...more];
}
