// npm run bench (part): what the suites cost the shipped check (issue 12's budget), in one run, side by side, each
// check on a private cache of its own (the pinned sources and wamrc only: no results, builds or compiler cache):
//   the shipped config (with Embench-IoT and CoreMark) cold, against today's shipped check (the same config
//   without the suites) cold: goal <= 3x; then each re-checked with nothing changed: goal <= 1.5x.
// Default: the bare-metal F746ZG cells of both configs (5 cells: each cell's 20 suite programs one build group);
// --full: the whole shipped config, both boards, every stack and the host (an hour or more on 2 cores).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const full = process.argv.includes('--full');
const root = resolve(import.meta.dirname, '..');
spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'wmb-bench-suites-'));

const shipped = readFileSync(join(root, 'wasm-mcu-bench.yml'), 'utf8').replace(/^baselines:.*$/m, '');
const narrowed = full ? shipped : shipped.replace(/^boards:.*$/m, 'boards: [nucleo_f746zg]').replace(/^stacks:.*$/m, 'stacks: [bare-metal]')
  .replace(/^targets:.*$/m, 'targets: [emulated]');
// Today's shipped check: the same config without the suites (their benchmark entries and their exclude).
const today = narrowed.replace(/^benchmarks: \[[^\]]*\]$/ms, 'benchmarks: [toggle, fft]').replace(/^exclude:\n(?:[ #].*\n)*/m, '');
if (today === narrowed || /embench|coremark/.test(today)) throw new Error('the shipped config no longer has the shape this bench removes the suites from');
const configs = { suites: join(dir, 'suites.yml'), today: join(dir, 'today.yml') };
writeFileSync(configs.suites, narrowed);
writeFileSync(configs.today, today);

const shared = resolve(process.env.WASM_MCU_BENCH_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'wasm-mcu-bench'));
const fresh = (name: string) => {
  const c = join(dir, name);
  mkdirSync(c);
  for (const keep of ['sources', 'wamrc']) if (existsSync(join(shared, keep))) symlinkSync(join(shared, keep), join(c, keep));
  return c;
};

const check = (config: string, cache: string) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', '--config', config, '--out', join(dir, 'out')],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, WASM_MCU_BENCH_CACHE: cache } });
  const ms = performance.now() - t;
  // 1: a verdict (a failed variant, a regression) is still a timed check; 2 is an error.
  if (r.status === 2 || r.status === null) throw new Error(`check failed (${r.status}):\n${r.stderr}${r.stdout}`);
  const results = JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8')) as { variants: { status: string }[] };
  const count = (s: string) => results.variants.filter((v) => v.status === s).length;
  return { ms, variants: results.variants.length, ok: count('ok'), failed: count('failed'), notBuilt: count('not-built') };
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const what = (c: ReturnType<typeof check>) => `${c.variants} variants: ${c.ok} ok, ${c.failed} failed, ${c.notBuilt} not built`;

// Interleaved, so that the machine's load weighs on both alike.
const cacheToday = fresh('cache-today');
const cacheSuites = fresh('cache-suites');
const coldToday = check(configs.today, cacheToday);
const coldSuites = check(configs.suites, cacheSuites);
const warmToday = check(configs.today, cacheToday);
const warmSuites = check(configs.suites, cacheSuites);

console.log(`\nwasm-mcu-bench bench: the suites in the shipped check (${full ? 'the whole shipped config' : 'its bare-metal F746ZG cells; --full for the whole config'})`);
console.log(`cold (empty cache)        today ${seconds(coldToday.ms)} (${what(coldToday)})`);
console.log(`                          with the suites ${seconds(coldSuites.ms)} (${what(coldSuites)})   ratio ${(coldSuites.ms / coldToday.ms).toFixed(2)}x (goal <= 3x)`);
console.log(`re-check, nothing changed today ${seconds(warmToday.ms)}, with the suites ${seconds(warmSuites.ms)}   ratio ${(warmSuites.ms / warmToday.ms).toFixed(2)}x (goal <= 1.5x)`);
