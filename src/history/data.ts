// The history as the page draws it: runs in time order, and per variant and metric one series of values
// aligned to the runs (null where the run did not measure it), with the steps already found.
import { exactSteps, isExact, noisySteps } from './steps.js';
import type { HistoryEntry } from './store.js';

interface PageRun {
  commit: string;
  /** Seconds since the epoch (the charts' x axis). */
  t: number;
  tag?: string;
  run?: string;
  event?: string;
}

interface PageSeries {
  id: string;
  metric: string;
  unit: string;
  values: (number | null)[];
  /** Indices into `values` where the series stepped. */
  steps: number[];
  exact: boolean;
}

export interface PageData {
  title: string;
  /** https://github.com/<owner>/<repo>, for links to commits; absent locally. */
  repoUrl?: string;
  runs: PageRun[];
  series: PageSeries[];
}

/** Variant ids read `<board>/<stack>/<runtime>/<benchmark>@<target>`. */
const targetOf = (id: string) => id.slice(id.lastIndexOf('@') + 1);

export function pageData(entries: HistoryEntry[], o: { title?: string; repoUrl?: string } = {}): PageData {
  const runs = entries.map((e) => ({
    commit: e.commit, t: Math.round(Date.parse(e.date) / 1000),
    ...(e.tag ? { tag: e.tag } : {}), ...(e.run ? { run: e.run } : {}), ...(e.event ? { event: e.event } : {}),
  }));
  const byKey = new Map<string, PageSeries>();
  entries.forEach((e, i) => {
    for (const [id, v] of Object.entries(e.variants)) {
      if (v.status !== 'ok') continue;
      for (const [metric, m] of Object.entries(v.metrics)) {
        // A unit change (a benchmark redefined) starts a new series rather than joining unlike numbers.
        const key = `${id}\u0000${metric}\u0000${m.unit}`;
        let s = byKey.get(key);
        if (!s) byKey.set(key, s = { id, metric, unit: m.unit, values: new Array<number | null>(entries.length).fill(null), steps: [], exact: isExact(targetOf(id), metric, m.unit) });
        s.values[i] = m.value;
      }
    }
  });
  const series = [...byKey.values()].sort((a, b) => a.id.localeCompare(b.id) || a.metric.localeCompare(b.metric));
  for (const s of series) s.steps = s.exact ? exactSteps(s.values) : noisySteps(s.values);
  return { title: o.title ?? 'wasm-mcu-bench history', ...(o.repoUrl ? { repoUrl: o.repoUrl } : {}), runs, series };
}
