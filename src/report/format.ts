// Numbers as people read them: thousands grouped, bytes in KiB, the unit always shown.
import { headlineOf } from '../catalogue/benchmark.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Metric, VariantResult } from '../types.js';

export function formatNumber(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return String(v);
  const fixed = Math.abs(v) >= 1000 ? Math.round(v) : Number(v.toFixed(digits));
  return fixed.toLocaleString('en-US', { maximumFractionDigits: digits });
}

export function formatValue(value: number, unit: string): string {
  if (unit === 'B') return value >= 1024 ? `${(value / 1024).toFixed(2)} KiB` : `${value} B`;
  return `${formatNumber(value)} ${unit}`;
}

export function formatPercent(p: number | undefined): string {
  if (p === undefined) return '';
  if (!Number.isFinite(p)) return 'new';
  return `${p > 0 ? '+' : ''}${p.toFixed(2)}%`;
}

/** A change as `baseline -> now unit`: the unit once, but bytes each in the unit that reads best. */
export function formatFromTo(baseline: number | undefined, now: number, unit: string, arrow = '->'): string {
  const was = baseline === undefined ? '' : `${unit === 'B' ? formatValue(baseline, unit) : formatNumber(baseline)} ${arrow} `;
  return `${was}${formatValue(now, unit)}`;
}

/** The metric a variant is summed up by: its speed. */
export function headlineMetric(r: VariantResult, cat: Pick<Catalogue, 'benchmarks'>): [string, Metric] | undefined {
  for (const name of headlineOf(cat, r.benchmark)) {
    const m = r.metrics[name];
    if (m) return [name, m];
  }
  return undefined;
}

export function headline(r: VariantResult, cat: Pick<Catalogue, 'benchmarks'>): string {
  const h = headlineMetric(r, cat);
  return h ? formatValue(h[1].value, h[1].unit) : '';
}

/** How an AOT runtime's code was made, in a few words: what its numbers depend on. */
export function aotNote(r: VariantResult): string {
  const b = r.build;
  if (!b || typeof b.aot_target !== 'string') return '';
  const cpu = b.aot_cpu && b.aot_cpu !== 'generic' ? ` ${String(b.aot_cpu)}` : ' (no CPU given)';
  // The host times the production image (guard pages) and counts one valgrind can run (software checks).
  const split = configurationNote(r);
  if (split) return `${b.aot_target}${cpu}, ${String(b.aot_float_abi)} float; ${split}`;
  // Results from before the host had a timed image: checks "on" there are in software, not guard pages.
  const bounds = b.aot_bounds_checks ? (b.aot_target === 'x86_64' ? 'software bounds checks (not guard pages)' : 'bounds checks on') : 'bounds checks off';
  return `${b.aot_target}${cpu}, ${String(b.aot_float_abi)} float, ${bounds}`;
}

/** Wall time and instruction count from images of different configurations: which number comes from which. */
export function configurationNote(r: VariantResult): string {
  const time = r.metrics.ns?.configuration;
  const count = r.metrics.instructions?.configuration;
  return time && count && time !== count ? `time: ${time}; instructions: ${count}` : '';
}

/** Whether the compiler vectorised a native host build's hot loop, from its own -fopt-info report. */
function vectorNote(r: VariantResult): string {
  const v = r.build?.vectorisation as { hot_loop?: string; vectorised?: boolean; compiler_says?: string[] } | undefined;
  if (!v?.hot_loop) return '';
  if (!v.vectorised) return `${v.hot_loop} not vectorised`;
  const how = (v.compiler_says ?? []).find((s) => s.startsWith('optimized: loop vectorized'))?.replace('optimized: loop vectorized using ', '');
  const versioned = (v.compiler_says ?? []).some((s) => s.includes('versioned'));
  return `${v.hot_loop} vectorised${how ? ` (${how}${versioned ? ', versioned for aliasing' : ''})` : ''}`;
}

/** An engine behind a pipe (V8): the time inside it per iteration, and what the pipe adds to the wall time. */
export function engineNote(r: VariantResult): string {
  const inside = r.metrics.engine_ns?.value;
  const ns = r.metrics.ns?.value;
  if (inside === undefined || ns === undefined) return '';
  const us = (x: number) => `${formatNumber(x / 1000, 1)} µs`;
  const per = r.metrics.ns!.unit.replace(/^ns/, '');
  return `${us(inside)}${per} inside V8, the pipe ${us(ns - inside)}${per}`;
}

/** What a variant's numbers depend on in how it was built and run: AOT settings, native vectorisation, an engine's
 * pipe, or the configuration its build names (WAMR's interpreters on the host: their bounds checks). */
export const buildNote = (r: VariantResult) => aotNote(r) || vectorNote(r) || engineNote(r) || (r.metrics.ns?.configuration ?? '');
