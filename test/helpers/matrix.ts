// The shipped matrix as results: the committed baselines (baselines/) read back as a run whose every
// variant measured its baseline exactly. Realistic reports without a firmware build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project.js';
import { parseBaseline, type Baselines, type BaselineFile } from '../../src/baseline/baseline.js';
import type { Results, VariantResult } from '../../src/types.js';

export function committedBaselines(): Baselines {
  const files: BaselineFile[] = readdirSync(join(ROOT, 'baselines'), { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort()
    .map((f) => parseBaseline(f, readFileSync(join(ROOT, 'baselines', f), 'utf8'), f));
  const byId = new Map(files.flatMap((file) => Object.entries(file.variants).map(([id, v]) => [id, { metrics: v.metrics, file }] as const)));
  return { files, byId, source: 'abc123' };
}

/** Every baselined variant, ok, with its baseline's metrics (`edit` changes one's before it is returned). */
export function matrixResults(b: Baselines = committedBaselines(), edit: (r: VariantResult) => VariantResult = (r) => r): Results {
  const variants = [...b.byId].map(([id, { metrics }]) => {
    const [cell, target] = id.split('@') as [string, VariantResult['target']];
    const [board, stack, runtime, benchmark] = cell.split('/') as [string, string, string, string];
    return edit({ id, board, stack, runtime, benchmark, target, status: 'ok', metrics: structuredClone(metrics) });
  });
  return { schemaVersion: 1, provenance: b.files[0]!.provenance, variants };
}
