// npm run bench (part): what result reuse and build stamps save (issue 11), in one run, on a private cache:
//   1. cold check (empty cache: every variant built and run) against today's method, --rerun with the study's
//      iteration counts (run.study_iterations: every emulated FFT of the 100 measured, not derived); and with the
//      builds present but the result store cold (the measuring alone) against today's method on its builds;
//   2. an unchanged re-check: its time and the processes it started (QEMU, callgrind, compilers, CMake, ninja; goal 0);
//   3. one runtime's compiler flags changed: the variants rebuilt and rerun (goal: that runtime's only);
//   4. the planned critical path of the shipped matrix on 1, 4 and 16 runners, from the durations measured here.
// Every program the tool could start is a logging wrapper on PATH (traced.ts), so the counts are counted, not assumed.
// Default matrix: bare-metal on the F446RE, native, wasm3 and WAMR fast, both benchmarks; --full: the shipped config.
// --warm: only 2., on the user's own cache (see below).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtTogether, resolveJob } from '../src/jobs/job.js';
import { silentProgress } from '../src/progress.js';
import { criticalPathMs, planShards } from '../src/shard/plan.js';
import { durationsDir, readDurations } from '../src/store/session.js';
import { seconds, tracedChecks } from './traced.js';

const full = process.argv.includes('--full');
const root = resolve(import.meta.dirname, '..');
spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'wmb-bench-reuse-'));
const matrix = full ? readFileSync(join(root, 'wasm-mcu-bench.yml'), 'utf8').replace(/^baselines:.*$/m, '')
  : 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native, wasm3, wamr-fast]\nbenchmarks: [toggle, fft]\n';
const config = join(dir, 'wasm-mcu-bench.yml');
writeFileSync(config, matrix);
// Today's method: every iteration the study ran, measured (no derived averages).
const studyConfig = join(dir, 'study.yml');
writeFileSync(studyConfig, /^run:[ \t]*$/m.test(matrix) ? matrix.replace(/^run:[ \t]*$/m, 'run:\n  study_iterations: true') : `${matrix}\nrun: { study_iterations: true }\n`);

const { fresh, check: checkWith, processes } = tracedChecks(root, dir);
const check = (cache: string, ...args: string[]) => checkWith(config, cache, ...args);

// --warm: only the unchanged re-check, on the user's own cache (filled by a check of this tree, `npm run check`
// for the shipped matrix): minutes instead of the hours a cold shipped matrix takes on 2 cores.
if (process.argv.includes('--warm')) {
  const own = resolve(process.env.WASM_MCU_BENCH_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'wasm-mcu-bench'));
  const first = check(own);
  const again = [check(own), check(own), check(own)];
  const ms = again.map((c) => c.ms).sort((a, b) => a - b);
  console.log(`\nwasm-mcu-bench bench: unchanged re-check of ${full ? 'the shipped matrix' : 'the small matrix'} on ${own} (${again[0]!.variants} variants: ${again[0]!.ok} ok, ${again[0]!.notBuilt} not built)`);
  console.log(`first check: ${seconds(first.ms)} (${processes(first)}); then 3 re-checks: min ${seconds(ms[0]!)}, median ${seconds(ms[1]!)}, max ${seconds(ms[2]!)} (goal <= 5 s)`);
  for (const c of again) console.log(`   ${processes(c)}`);
  process.exit(0);
}

const cache = fresh('cache');
const cold = check(cache);
const unchanged = check(cache);
const rerun = check(cache, '--rerun');
const rerunCache = fresh('cache-rerun');
const coldRerun = checkWith(studyConfig, rerunCache, '--rerun');
const rerunStudy = checkWith(studyConfig, rerunCache, '--rerun');
// Builds present, the result store cold: what the measuring itself costs, the part result reuse and derived
// averages change, against today's method on its own builds (rerunStudy).
rmSync(join(cache, 'results'), { recursive: true, force: true });
const storeCold = check(cache);
writeFileSync(config, `${matrix}\noverrides:\n  - match: "*/*/wasm3/*@*"\n    cflags: [-fno-schedule-insns2]\n`);
const flag = check(cache);

const shipped = await resolveJob({ config: join(root, 'wasm-mcu-bench.yml'), outDir: join(dir, 'plan'), progress: silentProgress });
const variants = shipped.cells;
const durations = await readDurations(durationsDir(cache));
const built = variants.filter((v) => !v.notBuilt);

console.log(`\nwasm-mcu-bench bench: result reuse and build stamps (${full ? 'the shipped matrix' : 'bare-metal F446RE, native, wasm3, WAMR fast, toggle and fft; --full for the shipped matrix'})`);
console.log(`1. cold check (empty cache)                    ${seconds(cold.ms)}   (${processes(cold)})`);
console.log(`   today's method: --rerun, the study's iterations, empty cache   ${seconds(coldRerun.ms)}   ratio ${(cold.ms / coldRerun.ms).toFixed(2)}x (goal <= 0.5x)`);
console.log(`   --rerun with every build up to date         ${seconds(rerun.ms)}   (${processes(rerun)})`);
console.log(`   the same, the study's iterations            ${seconds(rerunStudy.ms)}   ratio ${(rerun.ms / rerunStudy.ms).toFixed(2)}x (the emulated runs alone)`);
console.log(`   builds present, result store cold           ${seconds(storeCold.ms)}   ratio ${(storeCold.ms / rerunStudy.ms).toFixed(2)}x against today's method on its builds (goal <= 0.5x; ${processes(storeCold)})`);
console.log(`2. unchanged re-check                          ${seconds(unchanged.ms)}   (${processes(unchanged)}; goal 0 and <= 5 s)`);
console.log(`3. wasm3's cflags changed                      ${seconds(flag.ms)}   rebuilt ${flag.rebuilt.size}: ${[...flag.rebuilt].join(', ') || 'none'}; rerun ${flag.rerun.size}: ${[...flag.rerun].join(', ') || 'none (same image)'}`);
console.log(`4. planned critical path of the shipped matrix (${built.length} built variants; ${built.filter((v) => durations.has(v.id)).length} with a duration measured here, the rest at their target's median)`);
for (const n of [1, 4, 16]) {
  const plan = planShards(variants, new Map(), { shards: { emulated: n, host: n }, durations, together: builtTogether(shipped) });
  console.log(`   ${String(n).padStart(2)} runner(s) per hosted target: ${plan.shards.length} shard(s), critical path ${seconds(criticalPathMs(plan))}`);
}
