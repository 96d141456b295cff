import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baselineEdits, compare, compareMetric, EXIT, outcome, resolveThreshold } from '../src/compare/compare.js';
import { verdictLine } from '../src/report/markdown.js';
import { declaredThresholds } from '../src/catalogue/benchmark.js';
import { CATALOGUE } from './helpers/catalogue.js';
import type { Baselines, BaselineFile } from '../src/baseline/baseline.js';
import type { Provenance, Results, VariantResult } from '../src/types.js';

const prov = (gcc = 'gcc 12.2'): Provenance => ({ commit: 'abc', date: '2026-01-01', tool: '0.1.0', node: 'v20', toolchain: { 'arm-none-eabi-gcc': gcc } });
const variant = (id: string, metrics: Record<string, number>, extra: Partial<VariantResult> = {}): VariantResult => {
  const [board, stack, runtime, rest] = id.split('/') as [string, string, string, string];
  const [benchmark, target] = rest.split('@') as [string, 'emulated'];
  return { id, board, stack, runtime, benchmark, target, status: 'ok', metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, { value: v, unit: k.endsWith('bytes') ? 'B' : 'insn/FFT' }])), ...extra };
};
const baselines = (vs: VariantResult[], gcc?: string): Baselines => {
  const file: BaselineFile = { schemaVersion: 1, target: 'emulated', board: 'b', provenance: prov(gcc), variants: Object.fromEntries(vs.map((v) => [v.id, { metrics: v.metrics }])) };
  return { files: [file], byId: new Map(vs.map((v) => [v.id, { metrics: v.metrics, file }])), source: 'working tree' };
};
const results = (vs: VariantResult[], gcc?: string): Results => ({ schemaVersion: 1, provenance: prov(gcc), variants: vs });

test('smaller-is-better: worse beyond the percent is a regression, within it unchanged', () => {
  const t = resolveThreshold('instructions', { instructions: { percent: 1 } });
  assert.equal(compareMetric('instructions', 'insn', 102, 100, t).status, 'regression');
  assert.equal(compareMetric('instructions', 'insn', 100.9, 100, t).status, 'unchanged');
  assert.equal(compareMetric('instructions', 'insn', 98, 100, t).status, 'improvement');
  const r = compareMetric('instructions', 'insn', 102, 100, t);
  assert.equal(r.delta, 2);
  assert.equal(r.percent, 2);
  assert.match(r.why!, /\+2\.00% worse than the 1% threshold/);
});

test('larger-is-better metrics (as a benchmark.yml declares them) regress when they drop', () => {
  const t = resolveThreshold('toggles_per_minsn', declaredThresholds(CATALOGUE, 'toggle', {}));
  assert.equal(t.direction, 'larger');
  assert.equal(compareMetric('toggles_per_minsn', 't', 90, 100, t).status, 'regression');
  assert.equal(compareMetric('toggles_per_minsn', 't', 110, 100, t).status, 'improvement');
});

test('a hard limit is a regression even within the percent, and even without a baseline', () => {
  const t = resolveThreshold('flash_bytes', { flash_bytes: { percent: 50, limit: 1000 } });
  assert.equal(compareMetric('flash_bytes', 'B', 1001, 1000, t).status, 'regression');
  assert.match(compareMetric('flash_bytes', 'B', 1001, 1000, t).why!, /over the limit 1000/);
  assert.equal(compareMetric('flash_bytes', 'B', 1001, undefined, t).status, 'regression');
  assert.equal(compareMetric('flash_bytes', 'B', 999, undefined, t).status, 'new');
});

test('a direction set in the config wins over the metric default', () => {
  const t = resolveThreshold('flash_bytes', { flash_bytes: { direction: 'larger' } });
  assert.equal(compareMetric('flash_bytes', 'B', 80, 100, t).status, 'regression');
});

test('growth from zero is a regression of infinite percent', () => {
  const r = compareMetric('heap_bytes', 'B', 64, 0, resolveThreshold('heap_bytes', {}));
  assert.equal(r.status, 'regression');
  assert.equal(r.percent, Infinity);
});

test('variant statuses: regression, improvement, unchanged, new, missing, failed, not built', () => {
  const base = baselines([
    variant('x/bare-metal/native/fft@emulated', { instructions: 100 }),
    variant('y/bare-metal/native/fft@emulated', { instructions: 100 }),
    variant('z/bare-metal/native/fft@emulated', { instructions: 100 }),
    variant('gone/bare-metal/native/fft@emulated', { instructions: 100 }),
    variant('f/bare-metal/native/fft@emulated', { instructions: 100 }),
    variant('nb/bare-metal/native/fft@emulated', { instructions: 100 }),
  ]);
  const c = compare(results([
    variant('x/bare-metal/native/fft@emulated', { instructions: 150 }),
    variant('y/bare-metal/native/fft@emulated', { instructions: 50 }),
    variant('z/bare-metal/native/fft@emulated', { instructions: 100 }),
    variant('n/bare-metal/native/fft@emulated', { instructions: 100 }),
    variant('f/bare-metal/native/fft@emulated', {}, { status: 'failed', reason: 'timed out' }),
    variant('nb/bare-metal/native/fft@emulated', {}, { status: 'not-built', reason: 'runtime x not implemented yet' }),
    variant('q/bare-metal/wasm3/fft@emulated', {}, { status: 'not-built', reason: 'runtime wasm3 not implemented yet' }),
  ]), base, () => ({}));
  const by = Object.fromEntries(c.variants.map((v) => [v.id.split('/')[0], v.status]));
  assert.deepEqual(by, { x: 'regression', y: 'improvement', z: 'unchanged', n: 'new', f: 'failed', nb: 'missing', q: 'not-built', gone: 'missing' });
  assert.deepEqual(c.counts, { regression: 1, improvement: 1, unchanged: 1, new: 1, missing: 2, failed: 1, 'not-built': 1, excluded: 0 });
  assert.equal(c.verdict, 'fail');
});

test('a value measured in another configuration than its baseline is new, not compared with it', () => {
  const id = 'host/linux/wamr-aot/fft@host';
  const labelled = (ns: number, configuration: string) => variant(id, {}, { metrics: { ns: { value: ns, unit: 'ns/FFT', configuration } } });
  const t = () => ({ ns: { percent: 5 } });
  const software = labelled(60_000, 'software bounds checks (no guard pages)');
  const hardware = labelled(20_000, 'hardware bounds checks (guard pages)');
  const changed = compare(results([hardware]), baselines([software]), t).variants[0]!;
  assert.equal(changed.changes[0]!.status, 'new');
  assert.equal(changed.changes[0]!.baseline, undefined);
  assert.equal(changed.status, 'unchanged');
  // The same configuration, or a baseline from before values were labelled: compared as always.
  assert.equal(compare(results([hardware]), baselines([labelled(60_000, 'hardware bounds checks (guard pages)')]), t).variants[0]!.changes[0]!.status, 'improvement');
  assert.equal(compare(results([hardware]), baselines([variant(id, {}, { metrics: { ns: { value: 60_000, unit: 'ns/FFT' } } })]), t).variants[0]!.changes[0]!.status, 'improvement');
});

test('an unchanged run passes; a failed variant alone fails the verdict', () => {
  const v = variant('x/bare-metal/native/fft@emulated', { instructions: 100, flash_bytes: 4000 });
  assert.equal(compare(results([v]), baselines([v]), () => ({})).verdict, 'pass');
  assert.equal(compare(results([variant(v.id, {}, { status: 'failed' })]), baselines([v]), () => ({})).verdict, 'fail');
});

test('per-variant thresholds come from the resolver', () => {
  const before = variant('x/bare-metal/native/fft@emulated', { instructions: 100 });
  const after = variant('x/bare-metal/native/fft@emulated', { instructions: 103 });
  assert.equal(compare(results([after]), baselines([before]), () => ({ instructions: { percent: 5 } })).verdict, 'pass');
  assert.equal(compare(results([after]), baselines([before]), () => ({})).verdict, 'fail');
});

test('a toolchain differing from the baseline provenance is called out', () => {
  const v = variant('x/bare-metal/native/fft@emulated', { instructions: 100 });
  const c = compare(results([v], 'gcc 13.1'), baselines([v], 'gcc 12.2'), () => ({}));
  assert.deepEqual(c.toolchainChanges, [{ tool: 'arm-none-eabi-gcc', baseline: 'gcc 12.2', now: 'gcc 13.1', files: ['emulated/b'] }]);
  assert.deepEqual(compare(results([v]), baselines([v]), () => ({})).toolchainChanges, []);
});

test('baseline edits list what a change does to the baselines', () => {
  const a = variant('x/bare-metal/native/fft@emulated', { instructions: 100, flash_bytes: 10 });
  const b = variant('x/bare-metal/native/fft@emulated', { instructions: 90, flash_bytes: 10 });
  const c = variant('y/bare-metal/native/fft@emulated', { instructions: 1 });
  assert.deepEqual(baselineEdits(baselines([a]), baselines([b, c])), [
    { id: a.id, metric: 'instructions', unit: 'insn/FFT', before: 100, after: 90 },
    { id: c.id, metric: 'instructions', unit: 'insn/FFT', after: 1 },
  ]);
});

test('a baselined variant that did not run makes the verdict incomplete, never a pass, and the line says how much was compared', () => {
  const ids = ['a', 'b', 'c', 'd'].map((b) => `${b}/bare-metal/wasm3/fft@emulated`);
  const base = baselines(ids.map((id) => variant(id, { instructions: 100 })));
  const c = compare(results([
    variant(ids[0]!, { instructions: 100 }),
    variant(ids[1]!, {}, { status: 'not-built', reason: 'source unavailable (wasm3): not in the cache' }),
  ]), base, () => ({}), (id) => ({ reason: id.startsWith('c/') ? 'excluded by the config without a reason' : 'in the baseline but not in this run', expected: false }));
  assert.equal(c.verdict, 'incomplete');
  assert.equal(c.incomplete, true);
  assert.deepEqual([c.compared, c.baselined, c.counts.missing], [1, 4, 3]);
  assert.equal(verdictLine(c), '⚠️ **Incomplete: compared 1 of 4 baselined variants** (3 missing, 1 unchanged)');
  assert.equal(EXIT[outcome(c)], 3);
  assert.equal(outcome(c, { allowIncomplete: true }), 'pass');
  // Accepting regressions does not accept what was not compared.
  const worse = compare(results([variant(ids[0]!, { instructions: 200 })]), base, () => ({}));
  assert.equal(worse.verdict, 'fail');
  assert.equal(outcome(worse, { accepted: true }), 'incomplete');
  assert.match(verdictLine(worse, 'label `ok`'), /accepted by label `ok` \(compared 1 of 4 baselined variants; incomplete\)/);
});

test('variants expected not to run are listed apart and do not make the verdict incomplete', () => {
  const here = variant('a/bare-metal/native/fft@emulated', { instructions: 100 });
  const away = variant('a/bare-metal/native/fft@hardware', { instructions: 100 });
  const c = compare(results([here]), baselines([here, away]), () => ({}), () => ({ reason: 'target hardware is not in this run', expected: true }));
  assert.equal(c.verdict, 'pass');
  assert.deepEqual(c.variants.find((v) => v.id === away.id), { id: away.id, status: 'excluded', baselined: true, reason: 'target hardware is not in this run', changes: [] });
  assert.equal(verdictLine(c), '✅ **No regressions** (compared 1 of 1 baselined variant: 1 unchanged; 1 left out as expected)');
});

test('with no baselines at all nothing is compared: "no baselines yet", never "all new: pass"', () => {
  const none = { files: [], byId: new Map(), source: 'working tree' };
  const c = compare(results([variant('a/bare-metal/native/fft@emulated', { instructions: 100 })]), none, () => ({}));
  assert.equal(c.verdict, 'incomplete');
  assert.equal(c.noBaselines, true);
  assert.match(verdictLine(c), /^⚠️ \*\*No baselines yet\*\*: 1 variant measured, nothing compared; create the baselines with `update-baselines`/);
  // Every cell excluded: nothing ran, nothing was compared.
  assert.equal(compare(results([]), baselines([variant('a/bare-metal/native/fft@emulated', { instructions: 1 })]), () => ({}), () => ({ reason: 'excluded by the config: too big', expected: true })).verdict, 'incomplete');
});

test('an entry kept from an earlier run is checked against its own toolchain, not its file\'s', () => {
  const v = variant('x/bare-metal/native/fft@emulated', { instructions: 100 });
  const b = baselines([v], 'gcc 13.1');
  b.files[0]!.variants[v.id]!.provenance = prov('gcc 12.2');
  assert.deepEqual(compare(results([v], 'gcc 13.1'), b, () => ({})).toolchainChanges, [{ tool: 'arm-none-eabi-gcc', baseline: 'gcc 12.2', now: 'gcc 13.1', files: ['emulated/b'] }]);
});
