import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, withMissing } from '../src/compare/compare.js';
import { parseInventory } from '../src/inventory/inventory.js';
import { CATALOGUE } from './helpers/catalogue.js';
import { assignBoards } from '../src/inventory/assign.js';
import { bencherMetricFormat, githubActionBenchmark } from '../src/report/exports.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { mergeShards } from '../src/shard/merge.js';
import { onlyTargets, planShards, selectShard, strategyMatrix } from '../src/shard/plan.js';
import type { Results, Variant, VariantResult } from '../src/types.js';

const variant = (board: string, bench: string, target: Variant['target']): Variant =>
  ({ id: `${board}/bare-metal/native/${bench}@${target}`, board, stack: 'bare-metal', runtime: 'native', benchmark: bench, target, cflags: [], defines: {} });
const inventory = parseInventory('boards.yml', [
  'boards:',
  '  - { name: f446-a, board: nucleo_f446re, probe: A, serial: /dev/ttyACM0, flasher: { type: pyocd }, runner: wmb-lab-1 }',
  '  - { name: f746-a, board: nucleo_f746zg, probe: B, serial: /dev/ttyACM1, flasher: { type: pyocd }, runner: [wmb-lab-2, big] }',
].join('\n'), CATALOGUE);
const all = ['nucleo_f446re', 'nucleo_f746zg'].flatMap((b) => ['toggle', 'fft'].flatMap((x) => [variant(b, x, 'emulated'), variant(b, x, 'hardware')]));
const { variants, boardOf } = assignBoards(all, inventory, 'cfg.yml');
const plan = planShards(variants, boardOf);
const provenance = { commit: 'abc123', date: '2026-11-24', tool: '0.1.0', node: 'v20', toolchain: {} };
const ok = (id: string, value: number): VariantResult => {
  const v = variants.find((x) => x.id === id)!;
  return { id, board: v.board, stack: v.stack, runtime: v.runtime, benchmark: v.benchmark, target: v.target, status: 'ok',
    metrics: { instructions: { value, unit: 'insn/FFT' }, toggles_per_minsn: { value: 5, unit: 'toggles/Minsn' } } };
};
const shardResults = (shard: string, value = 100): Results =>
  ({ schemaVersion: 1, shard, provenance, variants: plan.shards.find((s) => s.name === shard)!.variants.map((id) => ok(id, value)) });

test('one shard per hosted target and per inventory board, on its runner', () => {
  assert.deepEqual(strategyMatrix(plan), { include: [
    { shard: 'emulated', target: 'emulated', 'runs-on': 'ubuntu-24.04' },
    { shard: 'f446-a', target: 'hardware', 'runs-on': ['self-hosted', 'wmb-lab-1'], board: 'nucleo_f446re' },
    { shard: 'f746-a', target: 'hardware', 'runs-on': ['self-hosted', 'wmb-lab-2', 'big'], board: 'nucleo_f746zg' },
  ] });
  assert.equal(plan.shards[0]!.variants.length, 4);
  assert.deepEqual(plan.shards[1]!.variants, ['nucleo_f446re/bare-metal/native/toggle@hardware', 'nucleo_f446re/bare-metal/native/fft@hardware']);
  assert.deepEqual(selectShard(plan, variants, 'f746-a').map((v) => v.id), plan.shards[2]!.variants);
  assert.throws(() => selectShard(plan, variants, 'f999'), /no shard "f999" in the plan; the shards are: emulated, f446-a, f746-a/);
  assert.deepEqual(onlyTargets(plan, ['emulated', 'host']).shards.map((s) => s.name), ['emulated']);
});

test('merged shards; a shard that never reported is missing, never a pass', () => {
  const files = [{ file: 'a/results.json', results: shardResults('emulated') }, { file: 'b/results.json', results: shardResults('f446-a') }];
  const merged = mergeShards(plan, files, provenance);
  assert.equal(merged.results.variants.length, 6);
  assert.deepEqual(merged.missing.map((m) => m.reason), ['shard f746-a never reported', 'shard f746-a never reported']);
  const empty = { files: [], byId: new Map(), source: 'working tree' };
  const c = withMissing(compare(merged.results, empty, () => ({})), merged.missing);
  assert.equal(c.verdict, 'incomplete');
  assert.equal(c.counts.missing, 2);
  assert.equal(c.counts.new, 6);
  const md = renderMarkdown({ catalogue: CATALOGUE, results: merged.results, comparison: c, baselineEdits: [] });
  assert.match(md, /## wasm-mcu-bench: ⚠️ \*\*No baselines yet\*\*/);
  assert.match(md, /🟠 2 variants not run: shard f746-a never reported — `nucleo_f746zg\/bare-metal\/native\/toggle@hardware`, `nucleo_f746zg\/bare-metal\/native\/fft@hardware`/);
  assert.throws(() => mergeShards(plan, [files[0]!, files[0]!], provenance), /shard "emulated" reported twice: a\/results\.json and a\/results\.json/);
  assert.throws(() => mergeShards(plan, [{ file: 'c/results.json', results: { ...shardResults('emulated'), shard: 'f999' } }], provenance), /c\/results\.json: shard "f999" is not in the plan/);
  const all3 = mergeShards(plan, [...files, { file: 'c/results.json', results: shardResults('f746-a') }], provenance);
  assert.equal(withMissing(compare(all3.results, empty, () => ({})), all3.missing).verdict, 'incomplete', 'nothing compared');
  assert.equal(all3.results.interrupted, undefined);
  // A shard stopped by SIGTERM (its job cancelled): the merged results say so.
  const stopped = mergeShards(plan, [...files, { file: 'c/results.json', results: { ...shardResults('f746-a'), interrupted: true } }], provenance);
  assert.equal(stopped.results.interrupted, true);
  // With baselines: an unreported shard's baselined variants are missing, the rest compared.
  const byId = new Map(all3.results.variants.map((v) => [v.id, { metrics: v.metrics, file: undefined as never }]));
  const full = { files: [], byId, source: 'working tree' };
  assert.equal(withMissing(compare(all3.results, full, () => ({})), all3.missing).verdict, 'pass');
  const part = withMissing(compare(merged.results, full, () => ({})), merged.missing);
  assert.deepEqual([part.verdict, part.compared, part.baselined], ['incomplete', 6, 8]);
});

test('exports: github-action-benchmark per direction, Bencher Metric Format', () => {
  const r = shardResults('emulated', 250);
  const gab = githubActionBenchmark(r, CATALOGUE);
  assert.deepEqual(gab.smaller[0], { name: 'nucleo_f446re/bare-metal/native/toggle@emulated instructions', unit: 'insn/FFT', value: 250, extra: 'commit abc123' });
  assert.ok(gab.bigger.every((e) => e.name.endsWith(' toggles_per_minsn')));
  assert.equal(gab.smaller.length + gab.bigger.length, 8);
  assert.deepEqual(bencherMetricFormat(r)['nucleo_f746zg/bare-metal/native/fft@emulated'], { instructions: { value: 250 }, 'toggles-per-minsn': { value: 5 } });
});

test('merged provenance: tool versions the shards agree on stay, differing ones name each shard', async () => {
  const { mergeProvenance } = await import('../src/shard/merge.js');
  const prov = (shard: string, qemu: string, gcc: string) => ({ file: `${shard}.json`, results: { schemaVersion: 1 as const, shard, variants: [],
    provenance: { commit: 'c', date: 'd', tool: '0.1.0', node: 'v20', toolchain: { 'qemu-system-arm': qemu, 'arm-none-eabi-gcc': gcc } } } });
  const m = mergeProvenance([prov('emulated', 'QEMU 7.2', 'gcc 12'), prov('f446-lab1', 'QEMU 8.2', 'gcc 12'), prov('f746-lab1', 'QEMU 7.2', 'gcc 12')]);
  assert.equal(m.toolchain['arm-none-eabi-gcc'], 'gcc 12');
  assert.equal(m.toolchain['qemu-system-arm'], 'QEMU 7.2 (emulated, f746-lab1); QEMU 8.2 (f446-lab1)');
});
