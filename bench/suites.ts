// npm run bench (part): what the suites cost the shipped check (issue 12's budget), in one run, side by side, each
// check on a private cache of its own (the pinned sources and wamrc only: no results, builds or compiler cache):
//   the shipped config (with Embench-IoT and CoreMark) cold, against today's shipped check (the same config
//   without the suites) cold: goal <= 3x; then each re-checked with nothing changed: goal <= 1.5x.
// Default: the bare-metal F746ZG cells of both configs (5 cells: each cell's 20 suite programs one build group);
// --full: the whole shipped config, both boards, every stack and the host (an hour or more on 2 cores).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seconds, tracedChecks } from './traced.js';

const full = process.argv.includes('--full');
const root = resolve(import.meta.dirname, '..');
spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'wmb-bench-suites-'));

const shipped = readFileSync(join(root, 'wasm-mcu-bench.yml'), 'utf8').replace(/^baselines:.*$/m, '');
const narrowed = full ? shipped : shipped.replace(/^boards:.*$/m, 'boards: [nucleo_f746zg]').replace(/^stacks:.*$/m, 'stacks: [bare-metal]')
  .replace(/^targets:.*$/m, 'targets: [emulated]');
// Today's shipped check: the same config without the suites (their benchmark entries and their exclude).
const today = narrowed.replace(/^benchmarks: \[[^\]]*\]$/ms, 'benchmarks: [toggle, fft]').replace(/^exclude:\n(?:[ #].*\n)*/m, '');
if (today === narrowed || /embench|coremark/.test(today.replace(/^overrides:\n(?:[ #].*\n)*/m, ''))) throw new Error('the shipped config no longer has the shape this bench removes the suites from');
const configs = { suites: join(dir, 'suites.yml'), today: join(dir, 'today.yml') };
writeFileSync(configs.suites, narrowed);
writeFileSync(configs.today, today);

const { fresh, check, processes } = tracedChecks(root, dir);
const what = (c: ReturnType<typeof check>) => `${c.variants} variants: ${c.ok} ok, ${c.failed} failed, ${c.notBuilt} not built`;

// Each figure printed as soon as it is measured (the whole config takes an hour or more).
console.log(`\nwasm-mcu-bench bench: the suites in the shipped check (${full ? 'the whole shipped config' : 'its bare-metal F746ZG cells; --full for the whole config'})`);
const cacheToday = fresh('cache-today');
const coldToday = check(configs.today, cacheToday);
console.log(`cold (empty cache)        today ${seconds(coldToday.ms)} (${what(coldToday)})`);
const warmToday = check(configs.today, cacheToday);
console.log(`re-check, nothing changed today ${seconds(warmToday.ms)} (${processes(warmToday)})`);
const cacheSuites = fresh('cache-suites');
const coldSuites = check(configs.suites, cacheSuites);
console.log(`cold (empty cache)        with the suites ${seconds(coldSuites.ms)} (${what(coldSuites)})   ratio ${(coldSuites.ms / coldToday.ms).toFixed(2)}x (goal <= 3x)`);
const warmSuites = check(configs.suites, cacheSuites);
console.log(`re-check, nothing changed with the suites ${seconds(warmSuites.ms)} (${processes(warmSuites)})   ratio ${(warmSuites.ms / warmToday.ms).toFixed(2)}x (goal <= 1.5x)`);
