// A check never passes on nothing, end to end through dist/: no baselines, a misnamed baselines folder,
// baselined variants whose source is unavailable, update-baselines keeping what did not run, an update
// interrupted between renames. wasm3 comes from an empty private cache with downloads off, so its variants
// are "not built: source unavailable" and nothing is built or run: no toolchain or QEMU is involved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { config, makeProject, ROOT, type Project } from './helpers/project.js';
import { baselinesFrom, stageBaselines } from '../src/baseline/baseline.js';
import type { VariantResult } from '../src/types.js';

const MATRIX = ['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [wasm3]', 'benchmarks: [toggle, fft]'];
const prov = { commit: 'abc', date: '2026-11-24', tool: '0.1.0', node: 'v20', toolchain: {} };
const entry = (board: string, runtime: string, benchmark: string, value: number): VariantResult => ({
  id: `${board}/bare-metal/${runtime}/${benchmark}@emulated`, board, stack: 'bare-metal', runtime, benchmark, target: 'emulated', status: 'ok',
  metrics: { instructions: { value, unit: 'insn/FFT' } },
});
const BASELINED = [entry('nucleo_f446re', 'wasm3', 'fft', 1000), entry('nucleo_f446re', 'wasm3', 'toggle', 20), entry('nucleo_f746zg', 'native', 'fft', 300)];

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, WASM_MCU_BENCH_CACHE: mkdtempSync(join(tmpdir(), 'wmb-empty-cache-')), WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS: '0' };
  for (const k of Object.keys(e)) if (k.startsWith('WASM_MCU_BENCH_SOURCE_')) delete e[k];
  return e;
}
const cli = (p: Project, ...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: p.dir, encoding: 'utf8', env: env() });

async function withBaselines(lines = MATRIX): Promise<Project> {
  const p = makeProject(config(lines));
  const { writeBaselines } = await import('../src/baseline/baseline.js');
  await writeBaselines(join(p.dir, 'baselines'), baselinesFrom(BASELINED, prov));
  return p;
}

test('no baselines yet: check says so and exits 3, never "all new: pass"', () => {
  const p = makeProject(config(MATRIX));
  const r = cli(p, 'check', '--out', 'out');
  assert.equal(r.status, 3, r.stdout + r.stderr);
  assert.match(r.stdout, /⚠️ No baselines yet: 0 variants measured, nothing compared; create the baselines with `update-baselines`/);
  assert.match(readFileSync(join(p.dir, 'out', 'report.md'), 'utf8'), /^## wasm-mcu-bench: ⚠️ \*\*No baselines yet\*\*/m);
});

test('a baselines folder the config names but that does not exist, or that is a file, stops before anything is built (exit 2)', () => {
  const p = makeProject(config([...MATRIX, 'baselines: baseline']));
  const r = cli(p, 'check', '--out', 'out');
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.equal(r.stderr, `wasm-mcu-bench: wasm-mcu-bench.yml:5:12: baselines: ${join(p.dir, 'baseline')} does not exist (a misspelt name? if this repository has no baselines yet, \`wasm-mcu-bench update-baselines\` creates them)\n`);
  assert.equal(existsSync(join(p.dir, 'out')), false, 'nothing built, no output folder');
  writeFileSync(join(p.dir, 'baseline'), '');
  const file = cli(p, 'check', '--out', 'out');
  assert.equal(file.status, 2);
  assert.match(file.stderr, /baseline: the baselines folder is not a folder \(named at wasm-mcu-bench\.yml:5:12\)/);
});

test('baselined variants whose source is unavailable make the check incomplete (exit 3), grouped by reason; a variant gone from the matrix is listed apart', async () => {
  const p = await withBaselines();
  const r = cli(p, 'check', '--out', 'out');
  assert.equal(r.status, 3, r.stdout + r.stderr);
  assert.match(r.stdout, /^🟠 2 baselined variants not built: source unavailable \(wasm3 ×2\): not in the cache and downloads are off;\s+set\s+WASM_MCU_BENCH_SOURCE_WASM3/m, 'wrapped at a space to fit 120 columns');
  assert.match(r.stdout, /^⏭️ left out nucleo_f746zg\/bare-metal\/native\/fft@emulated: no longer in the config's matrix \(update-baselines removes its\s+entry\)$/m);
  assert.match(r.stdout.trimEnd().split('\n').at(-3)!, /^⚠️ Incomplete: compared 0 of 2 baselined variants \(2 missing; 1 left out as expected\)$/);
  assert.equal(cli(p, 'check', '--out', 'out', '--allow-incomplete').status, 0);
  assert.equal(cli(p, 'update-baselines', '--out', 'out', '--allow-incomplete').status, 2, '--allow-incomplete goes with check');
});

test('update-baselines keeps the entries of variants that did not run and removes, and names, only those gone from the matrix', async () => {
  const p = await withBaselines();
  const f446 = readFileSync(join(p.dir, 'baselines', 'emulated', 'nucleo_f446re.json'), 'utf8');
  const u = cli(p, 'update-baselines', '--out', 'out');
  assert.equal(u.status, 0, u.stdout + u.stderr);
  assert.match(u.stdout, /baseline entries removed \(no longer in the config's matrix\):\n {2}nucleo_f746zg\/bare-metal\/native\/fft@emulated\n/);
  assert.match(u.stdout, /baseline files deleted \(no entry left\):\n {2}.*baselines\/emulated\/nucleo_f746zg\.json\n/);
  assert.match(u.stdout, /2 baseline entries kept as they were \(their variants did not run\)/);
  assert.equal(readFileSync(join(p.dir, 'baselines', 'emulated', 'nucleo_f446re.json'), 'utf8'), f446, 'untouched');
  assert.deepEqual(readdirSync(join(p.dir, 'baselines', 'emulated')), ['nucleo_f446re.json']);
});

test('an update interrupted between renames is finished by the next check before it compares', async () => {
  const p = await withBaselines([...MATRIX, 'exclude:', '  - { benchmark: toggle, reason: "no GPIO model" }']);
  const dir = join(p.dir, 'baselines');
  const journal = await stageBaselines(dir, baselinesFrom([entry('nucleo_f446re', 'wasm3', 'fft', 900), entry('nucleo_f446re', 'wasm3', 'toggle', 25), entry('nucleo_f746zg', 'native', 'fft', 250)], prov));
  renameSync(join(dir, journal.renames[0]![0]), join(dir, journal.renames[0]![1]));
  mkdirSync(join(dir, 'host'));
  writeFileSync(join(dir, 'host', 'host.json.4242.tmp'), '{"half":');
  const r = cli(p, 'check', '--out', 'out');
  assert.match(r.stdout + r.stderr, /finished an interrupted baseline update \(2 file\(s\) written, 0 deleted\); deleted 1 temporary file\(s\)/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'emulated', 'nucleo_f746zg.json'), 'utf8')).variants['nucleo_f746zg/bare-metal/native/fft@emulated'].metrics.instructions.value, 250);
  assert.deepEqual(readdirSync(dir).sort(), ['emulated', 'host']);
  assert.deepEqual(readdirSync(join(dir, 'host')), []);
  // The toggle, excluded with a reason, is listed apart; the FFT's source is unavailable: still incomplete.
  assert.match(r.stdout, /^⏭️ left out nucleo_f446re\/bare-metal\/wasm3\/toggle@emulated: excluded by the config: no GPIO model$/m);
  assert.equal(r.status, 3);
});
