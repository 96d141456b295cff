// The results in formats other tools read: github-action-benchmark's custom JSON (one file per direction,
// as its tool setting is per file) and Bencher Metric Format. Failed and unbuilt variants export nothing.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { metricInfo } from '../catalogue/benchmark.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Results } from '../types.js';

interface BenchmarkEntry {
  name: string;
  unit: string;
  value: number;
  extra?: string;
}

/** `customSmallerIsBetter` and `customBiggerIsBetter` entries, named `<variant id> <metric>`; extra says the commit and
 * the configuration the value comes from, if its build named one. */
export function githubActionBenchmark(r: Results, cat: Pick<Catalogue, 'benchmarks'>): { smaller: BenchmarkEntry[]; bigger: BenchmarkEntry[] } {
  const out = { smaller: [] as BenchmarkEntry[], bigger: [] as BenchmarkEntry[] };
  for (const v of r.variants.filter((x) => x.status === 'ok'))
    for (const [metric, m] of Object.entries(v.metrics))
      ((metricInfo(cat, v.benchmark, metric)?.direction ?? 'smaller') === 'smaller' ? out.smaller : out.bigger).push({
        name: `${v.id} ${metric}`, unit: m.unit, value: m.value, extra: `commit ${r.provenance.commit.slice(0, 12)}${m.configuration ? `, ${m.configuration}` : ''}`,
      });
  return out;
}

/** Bencher Metric Format: benchmark (the variant id) -> measure slug (the metric, kebab-case) -> { value }. */
export function bencherMetricFormat(r: Results): Record<string, Record<string, { value: number }>> {
  const out: Record<string, Record<string, { value: number }>> = {};
  for (const v of r.variants.filter((x) => x.status === 'ok'))
    out[v.id] = Object.fromEntries(Object.entries(v.metrics).map(([metric, m]) => [metric.replace(/_/g, '-'), { value: m.value }]));
  return out;
}

const EXPORT_FILES = {
  smaller: 'benchmark-smaller-is-better.json',
  bigger: 'benchmark-bigger-is-better.json',
  bencher: 'bencher.json',
} as const;

/** The files a run writes after comparing: removed before a run starts, so that an interrupted or failed
 * run never leaves an earlier run's report beside its own results. */
export async function clearReports(outDir: string): Promise<void> {
  for (const name of ['report.md', ...Object.values(EXPORT_FILES)]) await rm(join(outDir, name), { force: true });
}

export async function writeExports(outDir: string, r: Results, cat: Pick<Catalogue, 'benchmarks'>): Promise<string[]> {
  const gab = githubActionBenchmark(r, cat);
  const files: [string, unknown][] = [
    [EXPORT_FILES.smaller, gab.smaller],
    [EXPORT_FILES.bigger, gab.bigger],
    [EXPORT_FILES.bencher, bencherMetricFormat(r)],
  ];
  for (const [name, data] of files) await writeFile(join(outDir, name), `${JSON.stringify(data, null, 2)}\n`);
  return files.map(([name]) => join(outDir, name));
}
