// npm run bench [-- --full]: the tool's own cost, measured side by side in one run.
//   1. a cold check, one job at a time, against the sum of the raw cmake / ninja / qemu commands it runs,
//      done by hand in a fresh directory (goal: at most 1.10x); compiler cache off for both;
//   2. the matrix cold (empty build directories and compiler cache), cold with the compiler cache warm
//      (what variants share is compiled once), and warm (nothing changed: no rebuild, only runs);
//   3. the spread of every count over 10 runs (goal: 0);
//   4. the wall-time gate's false alarms over 20 unchanged host runs and the smallest slowdown it catches (gate.ts).
// The default matrix is bare-metal on the F446RE with every runtime, both benchmarks, emulated (a few
// minutes); --full takes the shipped wasm-mcu-bench.yml (the whole matrix, host included).
import { execa } from 'execa';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureArgs, slug, type BuildInfo } from '../src/build/cmake.js';
import { check } from '../src/jobs/check.js';
import { harnessDefinitions } from '../src/jobs/collect.js';
import { planMatrix, resolveJob } from '../src/jobs/job.js';
import { silentProgress } from '../src/progress.js';
import { qemuCommand } from '../src/run/qemu.js';
import { cacheRoot } from '../src/sources/sources.js';
import { slowdowns } from '../src/report/ratios.js';
import { headline } from '../src/report/format.js';
import { gateBench } from './gate.js';
import { buildDirOf, profileBench } from './profile.js';

const full = process.argv.includes('--full');
const dir = mkdtempSync(join(tmpdir(), 'wmb-bench-'));
// A private cache (the user's pinned sources and wamrc linked in): cold means cold, and no result of an earlier
// bench is reused (bench/reuse.ts measures reuse).
const userCache = cacheRoot();
process.env.WASM_MCU_BENCH_CACHE = join(dir, 'cache');
mkdirSync(cacheRoot());
for (const keep of ['sources', 'wamrc']) if (existsSync(join(userCache, keep))) symlinkSync(join(userCache, keep), join(cacheRoot(), keep));
const config = join(dir, 'wasm-mcu-bench.yml');
writeFileSync(config, full ? readFileSync('wasm-mcu-bench.yml', 'utf8')
  : 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native, wasm3, wamr-classic, wamr-fast, wamr-aot]\nbenchmarks: [toggle, fft]\n');
const oneJob = join(dir, 'one-job.yml');
writeFileSync(oneJob, `${readFileSync(config, 'utf8').replace(/\n\s*jobs: \d+[^\n]*/, '')}\n`.replace(/^run:.*$/m, '') + 'run: { jobs: 1 }\n');

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};
const ccacheDir = join(cacheRoot(), 'ccache');
const clearCompilerCache = () => execa('ccache', ['-C'], { env: { CCACHE_DIR: ccacheDir }, reject: false });

// 1. Raw commands by hand (the emulated variants: QEMU is the runner), against the tool, one job each.
const job = await resolveJob({ config: oneJob, outDir: join(dir, 'tool'), progress: silentProgress });
const p = await planMatrix(job);
const emulated = p.variants.filter((v) => !v.notBuilt && v.target === 'emulated');
const definitions = await harnessDefinitions(job, p, silentProgress);
let raw = 0;
for (const v of emulated) {
  const defs = definitions(v);
  if ('failed' in defs) throw new Error(`${v.id}: ${defs.failed}`);
  const b = join(dir, 'raw', slug(v.id));
  for (const s of [['cmake', ...configureArgs(v, job.firmwareDir, b, defs as Record<string, string>)], ['cmake', '--build', b]])
    raw += (await timed(() => execa(s[0]!, s.slice(1))))[1];
  const info = JSON.parse(readFileSync(join(b, 'wmb-build.json'), 'utf8')) as BuildInfo;
  const q = qemuCommand({ variant: v, elf: info.elf ?? join(b, 'firmware.elf'), info });
  raw += (await timed(() => execa(q[0]!, q.slice(1), { reject: false })))[1];
}
// The tool would use ccache when the machine has it; not here, as the raw commands did not.
process.env.WASM_MCU_BENCH_CCACHE = '0';
const emulatedOnly = join(dir, 'emulated.yml');
writeFileSync(emulatedOnly, readFileSync(oneJob, 'utf8').replace(/^targets:.*$/m, '').concat('targets: [emulated]\n'));
const [, toolMs] = await timed(() => check({ config: emulatedOnly, outDir: join(dir, 'tool-one-job'), progress: silentProgress }));
delete process.env.WASM_MCU_BENCH_CCACHE;

// 2. Cold, cold with a warm compiler cache, warm; jobs as configured (one per core by default). The builds and
// results of 1. are in the cache (build folders are named by what they build): cold means without them.
await clearCompilerCache();
for (const made of ['builds', 'results']) rmSync(join(cacheRoot(), made), { recursive: true, force: true });
const [cold, coldMs] = await timed(() => check({ config, outDir: join(dir, 'cold'), progress: silentProgress }));
if (cold.comparison.counts.failed) throw new Error('a variant failed; see the report');
for (const made of ['builds', 'results']) rmSync(join(cacheRoot(), made), { recursive: true, force: true });
const [, ccacheMs] = await timed(() => check({ config, outDir: join(dir, 'cold-ccache'), progress: silentProgress }));
const built = cold.results.variants.filter((v) => v.status === 'ok');
const elves = p.variants.filter((v) => built.some((r) => r.id === v.id)).map((v) => buildDirOf(v, join(dir, 'cold', 'build')));
const stamp = (d: string) => statSync(join(d, 'wmb-build.json')).mtimeMs;
const before = elves.map(stamp);
const [, warmMs] = await timed(() => check({ config, outDir: join(dir, 'cold'), progress: silentProgress }));
const reconfigured = elves.filter((d, i) => stamp(d) !== before[i]).length;

// 3. Spread of every count over 10 runs.
const COUNTS = ['instructions', 'call_instructions', 'cycles', 'call_cycles'];
const seen = new Map<string, number[]>();
for (let i = 0; i < 10; i++) {
  const r = await check({ config, outDir: join(dir, 'cold'), progress: silentProgress, rerun: true });
  for (const v of r.results.variants)
    for (const m of COUNTS) {
      const value = v.metrics[m]?.value;
      if (value !== undefined) seen.set(`${v.id} ${m}`, [...(seen.get(`${v.id} ${m}`) ?? []), value]);
    }
}

console.log(`wasm-mcu-bench bench (${full ? 'the shipped matrix' : 'bare-metal F446RE, every runtime; --full for the shipped matrix'}): ${built.length} variants\n`);
console.log(`1. ${emulated.length} emulated variants, one job at a time, no compiler cache`);
console.log(`   raw cmake + ninja + qemu commands   ${seconds(raw)}`);
console.log(`   wasm-mcu-bench check                ${seconds(toolMs)}`);
console.log(`   ratio                               ${(toolMs / raw).toFixed(3)}x   (goal <= 1.10x)`);
console.log('\n2. the matrix, one job per core');
console.log(`   cold (no build dirs, empty ccache)  ${seconds(coldMs)}`);
console.log(`   cold build dirs, warm ccache        ${seconds(ccacheMs)}`);
console.log(`   warm (nothing changed)              ${seconds(warmMs)}   (${reconfigured} variants reconfigured; goal 0; results reused)`);
console.log('\n   per variant (headline) and against native on the same board, stack and target');
const ratios = new Map(slowdowns(cold.results.variants, cold.catalogue).map((x) => [x.id, x]));
for (const v of built) {
  const x = ratios.get(v.id);
  const vs = x ? `  ${x.vsNative.toFixed(2)}x native${x.vsNativeScalar !== undefined ? `, ${x.vsNativeScalar.toFixed(2)}x scalar` : ''}${x.vsNativeCall !== undefined ? `, ${x.vsNativeCall.toFixed(2)}x via the call` : ''}` : '';
  console.log(`   ${v.id.padEnd(56)} ${headline(v, cold.catalogue).padStart(22)}${vs}`);
}
console.log('\n3. spread of counts over 10 runs, each measured again (--rerun; max - min)');
const spreads = [...seen.values()].map((vs) => Math.max(...vs) - Math.min(...vs));
console.log(`   ${seen.size} counts, largest spread ${Math.max(0, ...spreads)}   (goal 0)`);
for (const [k, vs] of seen) if (Math.max(...vs) !== Math.min(...vs)) console.log(`   ${k}: ${vs.join(', ')}`);

await gateBench();
await profileBench(p.variants.filter((v) => built.some((r) => r.id === v.id)), join(dir, 'cold', 'build'), job.firmwareDir, join(dir, 'profile'));
