// Compares results with baselines, metric by metric, under thresholds with a direction, a soft percent and
// an optional hard limit on the value itself.
import type { ThresholdSettings } from '../config/config.js';
import { METRICS, type Direction } from '../config/vocabulary.js';
import type { Baselines } from '../baseline/baseline.js';
import type { Metric, Results, VariantResult } from '../types.js';
import { mannWhitneyU, overlap, P_THRESHOLD } from './stats.js';

export const STATUSES = ['regression', 'improvement', 'unchanged', 'new', 'missing', 'failed', 'not-built'] as const;
export type Status = (typeof STATUSES)[number];
export type MetricStatus = 'regression' | 'improvement' | 'unchanged' | 'new';

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
  reason?: string;
  result?: VariantResult;
  changes: MetricChange[];
}

export interface ToolchainChange {
  tool: string;
  baseline: string;
  now: string;
  files: string[];
}

export interface Comparison {
  variants: VariantComparison[];
  counts: Record<Status, number>;
  verdict: 'pass' | 'fail';
  baselineSource: string;
  toolchainChanges: ToolchainChange[];
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
    for (const [tool, version] of Object.entries(f.provenance.toolchain)) {
      const now = results.provenance.toolchain[tool];
      if (now === undefined || now === version) continue;
      const key = `${tool}\0${version}`;
      const c = seen.get(key) ?? { tool, baseline: version, now, files: [] };
      c.files.push(`${f.target}/${f.board}`);
      seen.set(key, c);
    }
  return [...seen.values()];
}

export function compare(results: Results, baselines: Baselines, thresholdsFor: (id: string) => ThresholdSettings): Comparison {
  const variants: VariantComparison[] = results.variants.map((r) => {
    const base = baselines.byId.get(r.id);
    if (r.status === 'failed') return { id: r.id, status: 'failed', reason: r.reason ?? 'failed', result: r, changes: [] };
    if (r.status === 'not-built')
      return base
        ? { id: r.id, status: 'missing', reason: `has a baseline but was not built: ${r.reason}`, result: r, changes: [] }
        : { id: r.id, status: 'not-built', reason: r.reason ?? 'not built', result: r, changes: [] };
    const settings = thresholdsFor(r.id);
    const changes = Object.entries(r.metrics).map(([name, m]) =>
      rankGate(compareMetric(name, m.unit, m.value, base?.metrics[name]?.value, resolveThreshold(name, settings)), m, base?.metrics[name]));
    return { id: r.id, status: base ? worst(changes) : changes.some((c) => c.status === 'regression') ? 'regression' : 'new', result: r, changes };
  });
  const ran = new Set(results.variants.map((r) => r.id));
  for (const id of [...baselines.byId.keys()].filter((id) => !ran.has(id)).sort())
    variants.push({ id, status: 'missing', reason: 'in the baseline but not in this run', changes: [] });
  const counts = Object.fromEntries(STATUSES.map((s) => [s, variants.filter((v) => v.status === s).length])) as Record<Status, number>;
  return {
    variants,
    counts,
    verdict: counts.regression + counts.failed > 0 ? 'fail' : 'pass',
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
