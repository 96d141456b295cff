// The shipped matrix as results: the committed baselines (baselines/) read back as a run whose every
// variant measured its baseline exactly. Realistic reports without a firmware build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project.js';
import { parseBaseline, runOfBaselines, type Baselines, type BaselineFile } from '../../src/baseline/baseline.js';
import { compare, type Comparison } from '../../src/compare/compare.js';
import type { Results, VariantResult } from '../../src/types.js';

/** The study's matrix (fft and toggle): the report tests' figures are its; the suites' baselines have tests of their own. */
const study = (id: string) => /\/(fft|toggle)@/.test(id);

export function committedBaselines(): Baselines {
  const files: BaselineFile[] = readdirSync(join(ROOT, 'baselines'), { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort()
    .map((f) => parseBaseline(f, readFileSync(join(ROOT, 'baselines', f), 'utf8'), f))
    .map((f) => ({ ...f, variants: Object.fromEntries(Object.entries(f.variants).filter(([id]) => study(id))) }));
  const byId = new Map(files.flatMap((file) => Object.entries(file.variants).map(([id, v]) => [id, { metrics: v.metrics, file }] as const)));
  return { files, byId, source: 'abc123' };
}

/**
 * Every baselined variant, ok, with its baseline's metrics, as the product reads baselines back into a run
 * (`edit` changes a copy of one before it is returned).
 */
export function matrixResults(b: Baselines = committedBaselines(), edit: (r: VariantResult) => VariantResult = (r) => r): Results {
  const variants = runOfBaselines(b).map((v) => edit(structuredClone(v)));
  return { schemaVersion: 1, provenance: b.files[0]!.provenance, variants };
}

/** Two regressions (wasm3 on the F446RE, wamr-fast under Zephyr on the F746ZG: +8% instructions) and one improvement (Flash). */
export function regressedResults(b: Baselines = committedBaselines()): Results {
  return matrixResults(b, (v) => {
    if (v.id === 'nucleo_f446re/bare-metal/wasm3/fft@emulated' || v.id === 'nucleo_f746zg/zephyr/wamr-fast/fft@emulated') v.metrics.instructions!.value *= 1.08;
    if (v.id === 'nucleo_f446re/freertos/wamr-aot/fft@emulated') v.metrics.flash_bytes!.value -= 2000;
    return v;
  });
}

/** An incomplete run: every wasm3 variant not built (its source unavailable), one variant left out of the config as expected. */
export function incompleteRun(b: Baselines = committedBaselines()): { results: Results; comparison: Comparison } {
  const results = matrixResults(b, (v) => (v.runtime === 'wasm3' ? { ...v, status: 'not-built', reason: 'source unavailable (wasm3): not in the cache and downloads are off', metrics: {} } : v));
  results.variants = results.variants.filter((v) => v.id !== 'nucleo_f746zg/zephyr/native/toggle@emulated');
  return { results, comparison: compare(results, b, () => ({}), () => ({ reason: 'no longer in the config\'s matrix', expected: true })) };
}
