// The runtime tax (Embench's scoring of a suite) against numbers worked by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embenchScore, runtimeTaxes, suitesOf, taxChange } from '../src/report/tax.js';
import type { Catalogue } from '../src/catalogue/catalogue.js';
import type { Results, VariantResult } from '../src/types.js';
import { baselinesOfRun, runOfBaselines } from '../src/baseline/baseline.js';
import { compare } from '../src/compare/compare.js';
import type { PinChange } from '../src/compare/pins.js';
import type { ThresholdSettings } from '../src/vocabulary.js';
import { renderMarkdown } from '../src/report/markdown.js';
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

// The report from fixed results: Embench's crc32 and cubic (2 of the suite's 19 members) through wasm3 and WAMR
// fast against native; a wasm3 pin change doubles wasm3's instructions on crc32 (3x -> 6x native).
const prov = { commit: 'c0ffee', date: '2026-11-30T00:00:00Z', tool: '0.1.0', node: 'v20', toolchain: {} };
const cell = (runtime: string, benchmark: string, insn: number, flash: number, runtimeFlash?: number): VariantResult => ({
  id: `nucleo_f446re/bare-metal/${runtime}/${benchmark}@emulated`, board: 'nucleo_f446re', stack: 'bare-metal', runtime, benchmark, target: 'emulated', status: 'ok',
  metrics: { instructions: { value: insn, unit: 'insn/pass' }, flash_bytes: { value: flash, unit: 'B' } },
  ...(runtimeFlash ? { owners: { runtime: { flash_bytes: runtimeFlash, static_ram_bytes: 512 }, benchmark: { flash_bytes: flash - runtimeFlash, static_ram_bytes: 0 } } } : {}),
});
const run = (wasm3Crc32: number, wasm3Flash: number): Results => ({ schemaVersion: 1, provenance: prov, variants: [
  cell('native', 'embench-crc32', 1000, 10000), cell('native', 'embench-cubic', 2000, 10000),
  // Slowdowns 3 (or 6) and 8; Flash 4 and 2.5 times native's.
  cell('wasm3', 'embench-crc32', wasm3Crc32, 40000, wasm3Flash), cell('wasm3', 'embench-cubic', 16000, 25000, wasm3Flash),
  // Slowdowns 2 and 2, the same before and after: its tax does not move, and no wasm3 pin builds it.
  cell('wamr-fast', 'embench-crc32', 2000, 20000, 15000), cell('wamr-fast', 'embench-cubic', 4000, 20000, 15000),
] });
const before = run(3000, 10240);
const after = run(6000, 20480);
const PIN: PinChange = { name: 'wasm3', title: 'wasm3', from: 'v0.5.0 (aaaaaaaaaaaa)', to: 'v0.5.1 (bbbbbbbbbbbb)' };
const report = (base: Results, o: { thresholds?: ThresholdSettings; pins?: PinChange[] } = {}) => {
  const baselines = baselinesOfRun(base, 'abc123');
  return renderMarkdown({ results: after, comparison: compare(after, baselines, () => o.thresholds ?? {}), catalogue: CATALOGUE, baselineEdits: [], pins: o.pins ?? [], before: { variants: runOfBaselines(baselines) } });
};

test("the report's top: a runtime tax that moved beyond its members' threshold against the baselines, and only that", () => {
  const md = report(before);
  const lines = md.split('\n');
  const top = lines.indexOf('**Runtime tax moved** beyond the strictest threshold of its members (Embench\'s geometric mean of the ratios against native over a suite, told over the members both runs have):');
  assert.ok(top > 0 && top < lines.indexOf('### Regressions and improvements'), md);
  // sqrt(3 * 8) = 4.90 -> sqrt(6 * 8) = 6.93: +41.42% (sqrt 2), over the members' instructions threshold of 1%. The
  // Flash tax (4 and 2.5: 3.16) and WAMR's (2 and 2) did not move: not listed.
  assert.deepEqual(lines.slice(top + 1, top + 4), ['', '- 🔴 embench on Nucleo-F446RE (bare-metal, emulated), wasm3 (interpreter): slowdown tax 4.90× → 6.93× (+41.42%, threshold ±1%)', '']);
  // The thresholds are the members': at 50% on instructions (the config's thresholds or overrides), the tax's 41% stays below.
  assert.doesNotMatch(report(before, { thresholds: { instructions: { percent: 50 } } }), /Runtime tax moved/);
  // Nothing moved: no line.
  assert.doesNotMatch(report(after), /Runtime tax moved/);
});

test('the upgrade view: the runtime tax before and after the pin change per cell, and the runtime\'s own footprint against the baselines\' owners, for what the moved source builds', () => {
  const md = report(before, { pins: [PIN] });
  // Only the cells the moved source builds: wasm3's, not WAMR's. GSD of 3 and 8: sqrt(8/3) = 1.63; of 6 and 8: sqrt(4/3) = 1.15;
  // Flash: sqrt(4 * 2.5) = 3.16, GSD sqrt(4 / 2.5) = 1.26.
  assert.ok(md.includes(`<details><summary>The runtime tax before → after, 1 cell: slowdown +41.42%, Flash 0.00%</summary>

Per suite and cell the change's source builds: Embench's geometric mean of the ratios against native, with its geometric standard deviation (GSD), both scored over the members both runs have.

| Suite | Runtime | Board, stack | Slowdown tax, before → after | Flash tax, before → after | Members both have |
| :- | :- | :- | -: | -: | -: |
| embench | wasm3 (interpreter) | Nucleo-F446RE, bare-metal | 4.90× → 6.93× (+41.42%)<br><sub>GSD 1.63 → 1.15</sub> | 3.16× → 3.16× (0.00%)<br><sub>GSD 1.26 → 1.26</sub> | 2 of 19 |

</details>
`), md);
  // In the same place, the runtime's own code from the baselines' owners: 10.0 -> 20.0 KiB Flash.
  assert.match(md, /\*\*What wasm3 v0\.5\.0 \(aaaaaaaaaaaa\) -> v0\.5\.1 \(bbbbbbbbbbbb\) changes\*\*: [^\n]*is below\.\n/);
  assert.match(md, /\| `nucleo_f446re\/bare-metal\/wasm3\/embench-crc32@emulated` +\| +10\.0 → 20\.0 \(\+10,240 B\) \| +0\.5 → 0\.5 \(\+0 B\) \|/);
  assert.doesNotMatch(md, /not known/);
  // Collapsed (a matrix with suites has hundreds of variants) under what moved: the span of the changes.
  assert.match(md, /\n<details><summary>The runtime's own code before → after, 2 variants: Flash \+10,240 B, static RAM \+0 B<\/summary>\n/);
  // WAMR's code does not build from wasm3: its variants are not in the view.
  assert.doesNotMatch(md, /wamr-fast\/embench-crc32@emulated` +\| +14\.6 → /);
  assert.ok(md.indexOf('**What wasm3') < md.indexOf('The runtime tax before → after'));
  // Baselines of an earlier version: no owners and no suite members. The before is said to be not known.
  const old = { ...before, variants: before.variants.filter((v) => v.runtime === 'native').map(({ owners: _, ...v }) => v) };
  const md2 = report(old, { pins: [PIN] });
  assert.match(md2, /so the runtime's own share before the change is not known: after it only\./);
  assert.match(md2, /<details><summary>The runtime's own code after the change, 2 variants<\/summary>/);
  assert.match(md2, /\| `nucleo_f446re\/bare-metal\/wasm3\/embench-crc32@emulated` +\| +20\.0 \| +0\.5 \|/);
  assert.match(md2, /\| embench \| wasm3 \(interpreter\) \| Nucleo-F446RE, bare-metal \| 6\.93×, before not known \| 3\.16×, before not known \| 0 of 19 \|/);
  // No pin change: no upgrade view.
  assert.match(md2, /<details><summary>The runtime tax before → after, 1 cell: slowdown before not known, Flash before not known<\/summary>/);
  assert.doesNotMatch(report(before), /runtime tax before →|What .* changes/);
});

test('the suite table in the report: each member against native per runtime, closed by the two tax rows', () => {
  const md = report(before);
  assert.match(md, /<details><summary>Runtime tax, embench on Nucleo-F446RE \(bare-metal, emulated\): wasm3 6\.93×, wamr-fast 2\.00×<\/summary>/);
  assert.match(md, /\| Benchmark \| wasm3 \(interpreter\) \| WAMR \(fast interpreter\) \|\n\| :- \| -: \| -: \|\n\| embench-crc32 \| 6\.00× \| 2\.00× \|\n\| embench-cubic \| 8\.00× \| 2\.00× \|\n/);
  assert.match(md, /\| Runtime tax: slowdown \| \*\*6\.93×\*\* \(GSD 1\.15, 2 of 19\) \| \*\*2\.00×\*\* \(GSD 1\.00, 2 of 19\) \|\n\| Runtime tax: Flash \| \*\*3\.16×\*\* \(GSD 1\.26, 2 of 19\) \| \*\*2\.00×\*\* \(GSD 1\.00, 2 of 19\) \|/);
});
