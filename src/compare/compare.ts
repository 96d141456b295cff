// Compares results with baselines, metric by metric, under thresholds with a direction, a soft percent and
// an optional hard limit on the value itself.
import type { ThresholdSettings } from '../vocabulary.js';
import { METRICS, type Direction } from '../vocabulary.js';
import type { Baselines } from '../baseline/baseline.js';
import type { Metric, Results, VariantResult } from '../types.js';
import { mannWhitneyU, overlap, P_THRESHOLD } from './stats.js';

// missing: should have been compared and was not (makes the check incomplete); excluded: has a baseline but
// was not expected in this run (left out on purpose, another target), listed apart.
export const STATUSES = ['regression', 'improvement', 'unchanged', 'new', 'missing', 'failed', 'not-built', 'excluded'] as const;
export type Status = (typeof STATUSES)[number];
type MetricStatus = 'regression' | 'improvement' | 'unchanged' | 'new';

export interface Threshold {
  direction: Direction;
  percent: number;
  limit?: number;
}

export interface MetricChange {
  metric: string;
  unit: string;
  baseline?: number;
  now: number;
  delta?: number;
  /** Relative change in percent; Infinity when the baseline was 0. */
  percent?: number;
  status: MetricStatus;
  threshold: Threshold;
  /** Why a regression is one, e.g. "+3.1% > 1%" or "over the limit 400000". */
  why?: string;
  /** Timed metrics with samples: the two-sided Mann-Whitney U p-value against the baseline's samples. */
  p?: number;
}

export interface VariantComparison {
  id: string;
  status: Status;
  /** It has a baseline entry. */
  baselined?: boolean;
  reason?: string;
  result?: VariantResult;
  changes: MetricChange[];
}

interface ToolchainChange {
  tool: string;
  baseline: string;
  now: string;
  files: string[];
}

type Verdict = 'pass' | 'fail' | 'incomplete';

export interface Comparison {
  variants: VariantComparison[];
  counts: Record<Status, number>;
  /** fail: a regression or a failed variant; else incomplete: see `incomplete`; else pass. */
  verdict: Verdict;
  /** A variant that should have been compared was not, or nothing was compared at all: never a pass. */
  incomplete: boolean;
  /** Baselined variants compared with their baseline, of those this run should have compared. */
  compared: number;
  baselined: number;
  /** Not one baseline entry was read: the repository has none yet. */
  noBaselines: boolean;
  baselineSource: string;
  toolchainChanges: ToolchainChange[];
}

/** Why a baselined variant is not among the results, and whether that was expected. */
type Absence = (id: string) => { reason: string; expected: boolean };

/** Counts, coverage and verdict of a list of variant comparisons. */
function summarize(variants: VariantComparison[], noBaselines: boolean): Pick<Comparison, 'counts' | 'verdict' | 'incomplete' | 'compared' | 'baselined' | 'noBaselines'> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, variants.filter((v) => v.status === s).length])) as Record<Status, number>;
  const compared = variants.filter((v) => v.baselined && (v.status === 'regression' || v.status === 'improvement' || v.status === 'unchanged')).length;
  const baselined = variants.filter((v) => v.baselined && v.status !== 'excluded').length;
  const incomplete = counts.missing > 0 || compared === 0;
  const verdict = counts.regression + counts.failed > 0 ? 'fail' : incomplete ? 'incomplete' : 'pass';
  return { counts, verdict, incomplete, compared, baselined, noBaselines };
}

/** The command line's exit status for each outcome (2 is an error). */
export const EXIT: Record<Verdict, number> = { pass: 0, fail: 1, incomplete: 3 };

/**
 * What the job reports as its result: a failure unless accepted (by a label or `--accepted-by`), then
 * incomplete unless allowed (`fail-on-incomplete: false`, `--allow-incomplete`), else a pass.
 */
export function outcome(c: Comparison, o: { accepted?: boolean; allowIncomplete?: boolean } = {}): Verdict {
  if (c.verdict === 'fail' && !o.accepted) return 'fail';
  return c.incomplete && !o.allowIncomplete ? 'incomplete' : 'pass';
}

export function resolveThreshold(metric: string, settings: ThresholdSettings): Threshold {
  const info = METRICS[metric];
  const s = settings[metric] ?? {};
  return {
    direction: s.direction ?? info?.direction ?? 'smaller',
    percent: s.percent ?? info?.percent ?? 1,
    ...(s.limit !== undefined ? { limit: s.limit } : {}),
  };
}

export function compareMetric(metric: string, unit: string, now: number, baseline: number | undefined, t: Threshold): MetricChange {
  const overLimit = t.limit !== undefined && (t.direction === 'smaller' ? now > t.limit : now < t.limit);
  const limitWhy = `${t.direction === 'smaller' ? 'over' : 'under'} the limit ${t.limit}`;
  if (baseline === undefined)
    return { metric, unit, now, status: overLimit ? 'regression' : 'new', threshold: t, ...(overLimit ? { why: limitWhy } : {}) };
  const delta = now - baseline;
  const percent = baseline === 0 ? (delta === 0 ? 0 : Infinity) : (100 * delta) / Math.abs(baseline);
  const worse = t.direction === 'smaller' ? delta > 0 : delta < 0;
  const beyond = Math.abs(percent) > t.percent;
  const status: MetricStatus = overLimit || (worse && beyond) ? 'regression' : !worse && delta !== 0 && beyond ? 'improvement' : 'unchanged';
  const pctText = Number.isFinite(percent) ? `${percent > 0 ? '+' : ''}${percent.toFixed(2)}%` : 'from 0';
  const why = overLimit ? limitWhy : status === 'regression' ? `${pctText} worse than the ${t.percent}% threshold` : undefined;
  return { metric, unit, now, baseline, delta, percent, status, threshold: t, ...(why ? { why } : {}) };
}

/**
 * A timed metric (host wall time): a change beyond the threshold counts only when the samples say so,
 * never two medians alone. With the baseline's samples, a Mann-Whitney U test at p < P_THRESHOLD (as
 * asv); without them, only when the two medians' confidence intervals do not overlap. A hard limit is
 * on the median and stays.
 */
export function rankGate(c: MetricChange, now: Metric, base: Metric | undefined): MetricChange {
  if ((c.status !== 'regression' && c.status !== 'improvement') || !now.samples || !base) return c;
  const t = c.threshold;
  if (t.limit !== undefined && (t.direction === 'smaller' ? c.now > t.limit : c.now < t.limit)) return c;
  if (base.samples?.length) {
    const { p } = mannWhitneyU(now.samples, base.samples);
    const pText = `Mann-Whitney p = ${p < 0.0001 ? p.toExponential(1) : p.toFixed(4)}`;
    if (p < P_THRESHOLD) return { ...c, p, ...(c.why ? { why: `${c.why}, ${pText} < ${P_THRESHOLD}` } : {}) };
    const { why: _, ...rest } = c;
    return { ...rest, p, status: 'unchanged' };
  }
  if (now.ci && base.ci && !overlap({ lo: now.ci[0], hi: now.ci[1] }, { lo: base.ci[0], hi: base.ci[1] }))
    return { ...c, ...(c.why ? { why: `${c.why}, confidence intervals apart (the baseline has no samples)` } : {}) };
  const { why: _, ...rest } = c;
  return { ...rest, status: 'unchanged' };
}

function worst(changes: MetricChange[]): Status {
  if (changes.some((c) => c.status === 'regression')) return 'regression';
  if (changes.some((c) => c.status === 'improvement')) return 'improvement';
  return 'unchanged';
}

function toolchainChanges(results: Results, baselines: Baselines): ToolchainChange[] {
  const seen = new Map<string, ToolchainChange>();
  for (const f of baselines.files)
    for (const p of [f.provenance, ...Object.values(f.variants).flatMap((v) => (v.provenance ? [v.provenance] : []))])
      for (const [tool, version] of Object.entries(p.toolchain)) {
        const now = results.provenance.toolchain[tool];
        if (now === undefined || now === version) continue;
        const key = `${tool}\0${version}`;
        const c = seen.get(key) ?? { tool, baseline: version, now, files: [] };
        if (!c.files.includes(`${f.target}/${f.board}`)) c.files.push(`${f.target}/${f.board}`);
        seen.set(key, c);
      }
  return [...seen.values()];
}

const NOT_IN_RUN: Absence = () => ({ reason: 'in the baseline but not in this run', expected: false });

export function compare(results: Results, baselines: Baselines, thresholdsFor: (id: string) => ThresholdSettings, absent: Absence = NOT_IN_RUN): Comparison {
  const variants: VariantComparison[] = results.variants.map((r) => {
    const base = baselines.byId.get(r.id);
    const baselined = base ? { baselined: true } : {};
    if (r.status === 'failed') return { id: r.id, status: 'failed', ...baselined, reason: r.reason ?? 'failed', result: r, changes: [] };
    if (r.status === 'not-built')
      return { id: r.id, status: base ? 'missing' : 'not-built', ...baselined, reason: r.reason ?? 'not built', result: r, changes: [] };
    const settings = thresholdsFor(r.id);
    const changes = Object.entries(r.metrics).map(([name, m]) => {
      // A value from another configuration than its baseline's (host AOT: guard pages, software checks) is new.
      const b = base?.metrics[name];
      const same = !(b?.configuration && m.configuration && b.configuration !== m.configuration) ? b : undefined;
      return rankGate(compareMetric(name, m.unit, m.value, same?.value, resolveThreshold(name, settings)), m, same);
    });
    return { id: r.id, status: base ? worst(changes) : changes.some((c) => c.status === 'regression') ? 'regression' : 'new', ...baselined, result: r, changes };
  });
  const ran = new Set(results.variants.map((r) => r.id));
  for (const id of [...baselines.byId.keys()].filter((id) => !ran.has(id)).sort()) {
    const why = absent(id);
    variants.push({ id, status: why.expected ? 'excluded' : 'missing', baselined: true, reason: why.reason, changes: [] });
  }
  return {
    variants,
    ...summarize(variants, baselines.byId.size === 0),
    baselineSource: baselines.source,
    toolchainChanges: toolchainChanges(results, baselines),
  };
}

export interface BaselineEdit {
  id: string;
  metric: string;
  unit: string;
  before?: number;
  after?: number;
}

/** What a change does to the baselines themselves: every metric added, removed or changed. */
export function baselineEdits(before: Baselines, after: Baselines): BaselineEdit[] {
  const edits: BaselineEdit[] = [];
  const ids = [...new Set([...before.byId.keys(), ...after.byId.keys()])].sort();
  for (const id of ids) {
    const b = before.byId.get(id)?.metrics ?? {};
    const a = after.byId.get(id)?.metrics ?? {};
    for (const metric of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
      if (b[metric]?.value === a[metric]?.value) continue;
      edits.push({
        id, metric, unit: (a[metric] ?? b[metric])!.unit,
        ...(b[metric] ? { before: b[metric].value } : {}),
        ...(a[metric] ? { after: a[metric].value } : {}),
      });
    }
  }
  return edits;
}

/** A variant a shard of the run should have reported and did not. */
export interface Missing {
  id: string;
  reason: string;
}

/** The comparison with every unreported variant as `missing` (replacing "in the baseline but not in this run"): incomplete, never a pass. */
export function withMissing(c: Comparison, missing: Missing[]): Comparison {
  if (!missing.length) return c;
  const before = new Map(c.variants.map((v) => [v.id, v]));
  const gone = new Set(missing.map((m) => m.id));
  const variants: VariantComparison[] = [
    ...c.variants.filter((v) => !gone.has(v.id)),
    ...missing.map((m) => ({ id: m.id, status: 'missing' as const, ...(before.get(m.id)?.baselined ? { baselined: true } : {}), reason: m.reason, changes: [] })),
  ];
  return { ...c, variants, ...summarize(variants, c.noBaselines) };
}
