// npm run bench:gate (also the last part of npm run bench): how the wall-time gate behaves on this
// machine. The host native FFT is built once and run 21 x 11 times, each run pinned to one CPU as the
// tool does; one set of 11 is the baseline, each other set an unchanged run of the same binary,
// judged by the gate (a 5% threshold on ns, Mann-Whitney p < 0.002): every flag is a false alarm.
// Twice: the sets one after another (a baseline measured at another time than the change, as in CI),
// and interleaved (run i of every set, then run i + 1: the sets see the same drift, as the tool's
// variants do).
// The smallest change caught is found by slowing those real measured runs down by a known factor
// (synthetic: the samples are scaled, not re-measured with a slower binary) and counting how many of
// the 20 the gate catches.
import { execa } from 'execa';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureArgs, type BuildInfo } from '../src/build/cmake.js';
import { harnessDefinitions } from '../src/jobs/collect.js';
import { planMatrix, resolveJob } from '../src/jobs/job.js';
import { silentProgress } from '../src/progress.js';
import { compareMetric, rankGate, resolveThreshold } from '../src/compare/compare.js';
import { median, medianInterval } from '../src/compare/stats.js';
import { pinned, timingCpu } from '../src/run/timing.js';
import type { Metric } from '../src/types.js';

const RUNS = 11;
const SETS = 21;
const PERCENT = 5;

async function measure(elf: string, cpu: number | undefined): Promise<number> {
  const cmd = cpu === undefined ? [elf] : pinned(cpu, [elf]);
  const r = await execa(cmd[0]!, cmd.slice(1), { stdin: 'ignore' });
  const m = /"iterations":(\d+),"count":(\d+)/.exec(r.stdout);
  if (!m) throw new Error(`no fft record from ${elf}: ${r.stdout.slice(0, 200)}`);
  return Number(m[2]) / Number(m[1]);
}

const metric = (samples: number[]): Metric => {
  const i = medianInterval(samples);
  return { value: median(samples), unit: 'ns/FFT', samples, ci: [i.lo, i.hi], ci_level: i.level };
};

async function judgeSets(label: string, sets: number[][]): Promise<void> {
  const [base, ...runs] = sets.map(metric);
  const t = resolveThreshold('ns', { ns: { percent: PERCENT } });
  const judge = (now: Metric) => rankGate(compareMetric('ns', now.unit, now.value, base!.value, t), now, base);
  const medians = runs.map((m) => (100 * (m.value - base!.value)) / base!.value);
  const alarms = runs.map(judge).filter((c) => c.status !== 'unchanged');
  const mediansAlone = medians.filter((d) => Math.abs(d) > PERCENT).length;
  const scaled = (f: number) => runs.map((m) => metric(m.samples!.map((x) => x * f)));
  const caught = (f: number) => scaled(f).map(judge).filter((c) => c.status === 'regression').length;
  const factors = [1.01, 1.02, 1.03, 1.05, 1.07, 1.1, 1.15, 1.2, 1.3, 1.5, 2, 3, 5];
  const smallest = factors.find((f) => caught(f) >= 19);

  console.log(`   ${label}`);
  console.log(`   baseline median ${base!.value.toFixed(0)} ns/FFT, interval [${base!.ci![0].toFixed(0)}, ${base!.ci![1].toFixed(0)}] (${(100 * base!.ci_level!).toFixed(1)}%)`);
  console.log(`   20 unchanged runs: medians ${Math.min(...medians).toFixed(1)}% to +${Math.max(...medians).toFixed(1)}% from the baseline's`);
  console.log(`   false alarms of the gate          ${alarms.length} of 20${alarms.length ? `: ${alarms.map((c) => c.why ?? c.status).join('; ')}` : ''}`);
  console.log(`   false alarms of medians alone     ${mediansAlone} of 20   (|change| > ${PERCENT}%, what the gate does not do)`);
  console.log(`   slowdowns caught (synthetic: those 20 runs' samples scaled)`);
  for (const f of factors) console.log(`     +${((f - 1) * 100).toFixed(0).padStart(3)}%   ${String(caught(f)).padStart(2)} of 20`);
  console.log(`   smallest slowdown caught in at least 19 of 20: ${smallest ? `+${((smallest - 1) * 100).toFixed(0)}%` : `none up to +${((factors.at(-1)! - 1) * 100).toFixed(0)}%`}`);
}

export async function gateBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-gate-'));
  const build = join(dir, 'native');
  // Configured as the tool configures it (the catalogue's facts as definitions), built by hand.
  const config = join(dir, 'gate.yml');
  writeFileSync(config, 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\ntargets: [host]\n');
  const job = await resolveJob({ config, outDir: dir, progress: silentProgress });
  const m = await planMatrix(job);
  const v = m.variants.find((x) => x.id === 'host/linux/native/fft@host');
  if (!v) throw new Error(`no host/linux/native/fft@host in ${m.variants.map((x) => x.id).join(', ')}`);
  const defs = (await harnessDefinitions(job, m, silentProgress))(v);
  if ('failed' in defs) throw new Error(defs.failed);
  await execa('cmake', configureArgs(v, job.firmwareDir, build, defs));
  await execa('cmake', ['--build', build]);
  const elf = (JSON.parse(readFileSync(join(build, 'wmb-build.json'), 'utf8')) as BuildInfo).elf ?? join(build, 'firmware.elf');
  const cpu = timingCpu(readFileSync('/proc/self/status', 'utf8'));
  console.log(`\n4. the wall-time gate (${PERCENT}% on ns, Mann-Whitney p < 0.002): host native FFT, ${SETS} x ${RUNS} runs${cpu === undefined ? '' : ` pinned to CPU ${cpu}`}, measured`);
  const sequential: number[][] = [];
  for (let s = 0; s < SETS; s++) {
    const xs: number[] = [];
    for (let i = 0; i < RUNS; i++) xs.push(await measure(elf, cpu));
    sequential.push(xs);
  }
  await judgeSets('a. sets one after another', sequential);
  const interleaved: number[][] = Array.from({ length: SETS }, () => []);
  for (let i = 0; i < RUNS; i++) for (const xs of interleaved) xs.push(await measure(elf, cpu));
  await judgeSets('b. sets interleaved', interleaved);
}

if (import.meta.url === `file://${process.argv[1]}`) await gateBench();
