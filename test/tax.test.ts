// The runtime tax (Embench's scoring of a suite) against numbers worked by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embenchScore, runtimeTaxes, suitesOf, taxChange } from '../src/report/tax.js';
import type { Catalogue } from '../src/catalogue/catalogue.js';
import type { VariantResult } from '../src/types.js';
import { suiteViews } from '../src/report/suites.js';
import { CATALOGUE } from './helpers/catalogue.js';

const close = (actual: number | undefined, expected: number) => assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-9, `${actual} is not ${expected}`);

test("Embench's score: geometric mean, geometric standard deviation over n, geometric range", () => {
  // 2 and 8: mean sqrt(16) = 4; ln(2/4) = -ln 2, ln(8/4) = ln 2, so the deviation is exp(sqrt(2 ln²2 / 2)) = 2;
  // range 4 * 2 - 4 / 2 = 6.
  const s = embenchScore([2, 8])!;
  close(s.mean, 4);
  close(s.sd, 2);
  close(s.range, 6);
  assert.equal(s.count, 2);
  // 1, 4, 16: mean 4; logs -2 ln 2, 0, 2 ln 2, so the deviation is exp(ln 2 * sqrt(8/3)) = 2^1.63299... = 3.10156...
  const t = embenchScore([1, 4, 16])!;
  close(t.mean, 4);
  close(t.sd, 2 ** Math.sqrt(8 / 3));
  assert.ok(Math.abs(t.sd - 3.10156) < 1e-5);
  // All equal: no spread, deviation 1, range 0.
  const u = embenchScore([5, 5, 5])!;
  close(u.mean, 5);
  close(u.sd, 1);
  close(u.range, 0);
  assert.equal(embenchScore([]), undefined);
  assert.throws(() => embenchScore([1, 0]), /positive and finite, not 0/);
});

test('the runtime tax of a cell: slowdowns and Flash against native over the suite, members without a ratio listed', () => {
  const v = (runtime: string, benchmark: string, metrics: Record<string, number>, status: VariantResult['status'] = 'ok'): VariantResult => ({
    id: `b/bare-metal/${runtime}/${benchmark}@emulated`, board: 'b', stack: 'bare-metal', runtime, benchmark, target: 'emulated', status,
    metrics: Object.fromEntries(Object.entries(metrics).map(([k, value]) => [k, { value, unit: k }])),
  });
  const results = [
    v('native', 'fft', { instructions: 100, flash_bytes: 1000 }),
    v('wasm3', 'fft', { instructions: 300, flash_bytes: 4000 }),
    // The toggle's headline is a rate (larger is better): native 80 per million instructions, wasm3 10 is 8x slower.
    v('native', 'toggle', { toggles_per_minsn: 80, flash_bytes: 1000 }),
    v('wasm3', 'toggle', { toggles_per_minsn: 10, flash_bytes: 1000 }),
    v('native', 'late', { instructions: 50, flash_bytes: 1000 }),
    v('wasm3', 'late', {}, 'not-built'),
    v('wasm3', 'other', { instructions: 7, flash_bytes: 7 }),
  ];
  // A suite "demo" of the shipped fft and toggle (their headlines: instructions, and a rate) and a member that was not built.
  const b = CATALOGUE.benchmarks;
  const cat: Catalogue = { ...CATALOGUE, benchmarks: { fft: { ...b.fft!, suite: 'demo' }, toggle: { ...b.toggle!, suite: 'demo' }, late: { ...b.fft!, id: 'late', suite: 'demo' }, other: { ...b.fft!, id: 'other' } } };
  assert.deepEqual(suitesOf(cat), { demo: ['fft', 'toggle', 'late'] });
  const [tax, ...more] = runtimeTaxes(results, cat);
  assert.equal(more.length, 0);
  assert.deepEqual([tax!.suite, tax!.board, tax!.stack, tax!.runtime, tax!.target], ['demo', 'b', 'bare-metal', 'wasm3', 'emulated']);
  // Speed: 3 and 8, mean sqrt(24) = 4.899, deviation sqrt(8/3) = 1.633, range sqrt(64) - sqrt(9) = 5.
  assert.deepEqual(tax!.speed.ratios, { fft: 3, toggle: 8 });
  close(tax!.speed.score!.mean, Math.sqrt(24));
  close(tax!.speed.score!.sd, Math.sqrt(8 / 3));
  close(tax!.speed.score!.range, 5);
  assert.deepEqual(tax!.speed.missing, ['late']);
  // Flash: 4 and 1, mean 2, deviation 2, range 3.
  assert.deepEqual(tax!.size.ratios, { fft: 4, toggle: 1 });
  close(tax!.size.score!.mean, 2);
  close(tax!.size.score!.sd, 2);
  close(tax!.size.score!.range, 3);
  assert.deepEqual(tax!.size.missing, ['late']);
  // In the report: the members down, the runtimes across, the two taxes last (over 2 of the 3 members).
  const [view, ...others] = suiteViews({ variants: results }, cat);
  assert.equal(others.length, 0);
  assert.equal(view!.summary, 'Runtime tax, demo on b (bare-metal, emulated): wasm3 4.90×');
  assert.deepEqual(view!.rows, [
    ['Benchmark', CATALOGUE.runtimes.wasm3!.title],
    ['fft', '3.00×'], ['toggle', '8.00×'], ['late', '—'],
    ['Runtime tax: slowdown', '**4.90×** (GSD 1.63, 2 of 3)'],
    ['Runtime tax: Flash', '**2.00×** (GSD 2.00, 2 of 3)'],
  ]);
});

test("a tax's change against the baseline is scored over the members both sides have", () => {
  const c = taxChange({ ratios: { fft: 3, toggle: 8 }, missing: [] }, { ratios: { fft: 6, toggle: 8, crc32: 2 }, missing: [] });
  assert.deepEqual(c.common, ['fft', 'toggle']);
  close(c.before!.mean, Math.sqrt(24));
  close(c.after!.mean, Math.sqrt(48));
  close(c.change!, Math.SQRT2);
  assert.deepEqual(taxChange({ ratios: {}, missing: ['fft'] }, { ratios: { fft: 2 }, missing: [] }), { common: [] });
});
