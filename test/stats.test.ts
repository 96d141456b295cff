// Wall time that means what it says: the median's interval, the rank test that gates `ns`, pinning and
// interleaving of the timed runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mannWhitneyU, medianInterval, overlap, P_THRESHOLD } from '../src/compare/stats.js';
import { compare, compareMetric, rankGate, resolveThreshold } from '../src/compare/compare.js';
import { parseCpuList, pinned, timingCpu, TimingQueue } from '../src/run/timing.js';
import { slowdowns } from '../src/report/ratios.js';
import { CATALOGUE } from './helpers/catalogue.js';
import type { Metric, Results, VariantResult } from '../src/types.js';

test('the median interval is between order statistics with at least the asked confidence', () => {
  const xs = [9, 1, 5, 3, 11, 7, 2, 10, 4, 8, 6];
  // n = 11: P(B < 2) = 12/2048, so [x(2), x(10)] holds the median with 98.8%; [x(3), x(9)] only 93.5%.
  assert.deepEqual(medianInterval(xs), { lo: 2, hi: 10, level: 1 - 24 / 2048 });
  assert.deepEqual(medianInterval([3, 1, 2]), { lo: 1, hi: 3, level: 0.75 });
  assert.equal(overlap({ lo: 1, hi: 2 }, { lo: 2, hi: 3 }), true);
  assert.equal(overlap({ lo: 1, hi: 2 }, { lo: 2.1, hi: 3 }), false);
});

test('Mann-Whitney U: exact two-sided p-values, ties counted half, the normal approximation for large samples', () => {
  assert.deepEqual(mannWhitneyU([4, 5, 6], [1, 2, 3]), { u: 9, p: 0.1 }); // 2 of the 20 orderings are as extreme
  assert.equal(mannWhitneyU([1, 2, 3], [1, 2, 3]).p, 1);
  const a = Array.from({ length: 11 }, (_, i) => 100 + i);
  // 11 against 11, all apart: p = 2 / C(22, 11), far under the threshold.
  assert.ok(Math.abs(mannWhitneyU(a.map((x) => x + 50), a).p - 2 / 705432) < 1e-12);
  assert.ok(mannWhitneyU(a, a.map((x) => x + 0.5)).p > P_THRESHOLD);
  const big = Array.from({ length: 30 }, (_, i) => i);
  assert.ok(mannWhitneyU(big.map((x) => x + 30), big).p < 1e-9);
  assert.ok(mannWhitneyU(big, big).p > 0.9);
});

const timed = (samples: number[]): Metric => ({ value: [...samples].sort((a, b) => a - b)[samples.length >> 1]!, unit: 'ns/FFT', samples, runs: samples.length });

test('a threshold on ns gates by the rank test against the baseline samples, never by two medians alone', () => {
  const t = resolveThreshold('ns', { ns: { percent: 5 } });
  const base = timed([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110]);
  // The median 10% worse but the samples interleave with the baseline's: not a regression.
  const noisy = timed([80, 90, 99, 104, 110, 116, 117, 118, 150, 160, 170]);
  const c = rankGate(compareMetric('ns', 'ns/FFT', noisy.value, base.value, t), noisy, base);
  assert.equal(c.status, 'unchanged');
  assert.ok(c.p! > P_THRESHOLD);
  // Every sample slower: a regression, with its p-value.
  const slow = timed(base.samples!.map((x) => x * 1.08));
  const r = rankGate(compareMetric('ns', 'ns/FFT', slow.value, base.value, t), slow, base);
  assert.equal(r.status, 'regression');
  assert.match(r.why!, /worse than the 5% threshold, Mann-Whitney p = 2\.0e-5 < 0\.002/);
  // Significant but within the threshold: unchanged (the threshold still says how much matters).
  const tight = timed(base.samples!.map((x) => 100 + (x - 100) / 10));
  const slightly = timed(tight.samples!.map((x) => x + 2));
  assert.equal(rankGate(compareMetric('ns', 'ns/FFT', slightly.value, tight.value, t), slightly, tight).status, 'unchanged');
  // A baseline without samples: only intervals that do not overlap count.
  const old = { ...base, samples: undefined, ci: [101, 109] as [number, number] };
  assert.equal(rankGate(compareMetric('ns', 'ns/FFT', slow.value, old.value, t), { ...slow, ci: [109, 117] }, old).status, 'unchanged');
  assert.equal(rankGate(compareMetric('ns', 'ns/FFT', slow.value, old.value, t), { ...slow, ci: [110, 118] }, old).status, 'regression');
  // The default (no threshold on ns): informational, whatever the samples say.
  assert.equal(rankGate(compareMetric('ns', 'ns/FFT', slow.value, base.value, resolveThreshold('ns', {})), slow, base).status, 'unchanged');
});

test('compare() applies the rank gate to host wall time', () => {
  const v = (samples: number[]): VariantResult => ({ id: 'host/linux/native/fft@host', board: 'host', stack: 'linux', runtime: 'native', benchmark: 'fft', target: 'host', status: 'ok', metrics: { ns: timed(samples) } });
  const base = [100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110];
  const baselines = { byId: new Map([['host/linux/native/fft@host', { metrics: { ns: timed(base) }, file: {} as never }]]), files: [], source: 'test' };
  const results = (s: number[]) => ({ variants: [v(s)], provenance: { toolchain: {} } }) as unknown as Results;
  const gate = () => ({ ns: { percent: 5 } });
  assert.equal(compare(results([80, 90, 99, 104, 110, 116, 117, 118, 150, 160, 170]), baselines, gate).verdict, 'pass');
  assert.equal(compare(results(base.map((x) => x * 1.08)), baselines, gate).verdict, 'fail');
});

test('host variants whose median intervals overlap native are marked not distinguishable', () => {
  const r = (runtime: string, ci: [number, number]): VariantResult => ({ id: `host/linux/${runtime}/fft@host`, board: 'host', stack: 'linux', runtime, benchmark: 'fft', target: 'host', status: 'ok', metrics: { ns: { value: (ci[0] + ci[1]) / 2, unit: 'ns/FFT', ci }, instructions: { value: 1, unit: 'insn/FFT' } } });
  const s = slowdowns([r('native', [100, 120]), r('native-scalar', [110, 130]), r('wasm3', [2000, 2100])], CATALOGUE);
  assert.equal(s.find((x) => x.runtime === 'native-scalar')!.timeDistinguishable, false);
  assert.equal(s.find((x) => x.runtime === 'wasm3')!.timeDistinguishable, true);
});

test('timed runs: pinned to the last allowed CPU with taskset as argv, one at a time, variants in turn (A B A B)', async () => {
  assert.deepEqual(parseCpuList('0-2,5,7-8'), [0, 1, 2, 5, 7, 8]);
  assert.throws(() => parseCpuList('0-x'), /not a CPU list/);
  assert.equal(timingCpu('Name:\tnode\nCpus_allowed_list:\t0-1\n'), 1);
  assert.equal(timingCpu('Name:\tnode\n'), undefined);
  assert.deepEqual(pinned(1, ['/x/firmware.elf']), ['taskset', '--cpu-list', '1', '/x/firmware.elf']);
  const q = new TimingQueue();
  const order: string[] = [];
  let running = 0;
  const variant = async (name: string) => {
    for (let i = 0; i < 3; i++)
      await q.run(async () => {
        assert.equal(++running, 1, 'two timed processes at once');
        order.push(name);
        await new Promise((r) => setTimeout(r, 5));
        running--;
      });
  };
  await Promise.all([variant('A'), variant('B')]);
  assert.deepEqual(order, ['A', 'B', 'A', 'B', 'A', 'B']);
});
