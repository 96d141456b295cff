// A runtime upgrade through the gate, as a maintainer does it: pin WAMR-2.4.4 with `sources pin`, measure the
// baselines, pin WAMR-2.4.5, and check against the base commit. Needs a git checkout of WAMR with both tags in
// WASM_MCU_BENCH_TEST_WAMR_CHECKOUT (a clone of bytecodealliance/wasm-micro-runtime); skipped with the reason without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Results } from '../src/types.js';
import { config, makeProject, ROOT } from './helpers/project.js';

const checkout = process.env.WASM_MCU_BENCH_TEST_WAMR_CHECKOUT;
const skip = !checkout ? 'WASM_MCU_BENCH_TEST_WAMR_CHECKOUT is not set (a git clone of WAMR with tags WAMR-2.4.4 and WAMR-2.4.5)'
  : !existsSync(join(checkout, '.git')) ? `WASM_MCU_BENCH_TEST_WAMR_CHECKOUT=${checkout} is not a git checkout` : false;
if (skip) console.log(`# skipping the WAMR upgrade gate test: ${skip}`);

test('WAMR-2.4.4 -> WAMR-2.4.5 through the gate: the pin change on top, the variant compared with the base', { skip }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [wamr-fast]', 'benchmarks: [fft]', 'run: { timeout: 120 }']));
  // The firmware as shipped (the module sources are in its benchmark folders): this repository's copy is the one that moves.
  cpSync(join(ROOT, 'firmware'), join(p.dir, 'firmware'), { recursive: true });
  // A private cache: `sources pin` fills it, and every build takes the pinned tree from it.
  const env: NodeJS.ProcessEnv = { ...process.env, WASM_MCU_BENCH_CACHE: mkdtempSync(join(tmpdir(), 'wmb-gate-cache-')) };
  delete env.WASM_MCU_BENCH_SOURCE_WAMR;
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args, '--firmware', 'firmware'], { cwd: p.dir, encoding: 'utf8', env });
    return { ...r, out: `${r.stdout}${r.stderr}` };
  };
  const pin = (tag: string) => {
    const r = cli('sources', 'pin', 'wamr', tag, '--from', checkout!);
    assert.equal(r.status, 0, r.out);
  };

  pin('WAMR-2.4.4');
  const baseline = cli('update-baselines', '--out', 'base-out');
  assert.equal(baseline.status, 0, baseline.out);
  p.write('.gitignore', 'base-out/\nout/\n');
  p.git('add', '-A');
  p.git('commit', '-qm', 'WAMR-2.4.4 and its baselines');
  const base = p.git('rev-parse', 'HEAD');
  pin('WAMR-2.4.5');
  p.git('commit', '-qam', 'WAMR-2.4.5');

  const c = cli('check', '--out', 'out', '--base', base);
  const report = readFileSync(join(p.dir, 'out', 'report.md'), 'utf8');
  const v = (JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results).variants[0]!;
  assert.equal(v.status, 'ok', `${v.id}: ${v.reason}`);
  assert.equal(v.id, 'nucleo_f446re/bare-metal/wamr-fast/fft@emulated');
  // The pin change is the report's headline, right under the verdict.
  assert.match(report.split('\n').slice(0, 5).join('\n'), /\*\*WAMR WAMR-2\.4\.4 \(8c18e3f68b16\) -> WAMR-2\.4\.5 \(25bd7eb63e82\)\*\*/);
  const counts = /🔴 regression (\d+) · 🟢 improvement (\d+) · ⚪ unchanged (\d+) · 🆕 new 0 · 🟠 missing 0 · ❌ failed 0/.exec(report);
  assert.ok(counts, report);
  assert.equal(Number(counts[1]) + Number(counts[2]) + Number(counts[3]), 1, 'the one variant is compared with its 2.4.4 baseline');
  assert.equal(c.status, Number(counts[1]) ? 1 : 0, c.out);
  const baselined = (JSON.parse(readFileSync(join(p.dir, 'baselines', 'emulated', 'nucleo_f446re.json'), 'utf8')) as { variants: Record<string, { metrics: Results['variants'][number]['metrics']; owners?: Results['variants'][number]['owners'] }> }).variants[v.id]!;
  const before = baselined.metrics;
  // The runtime's own code before (the baselines' owners) and after the upgrade.
  const [ra, rb] = [baselined.owners!.runtime!.flash_bytes, v.owners!.runtime!.flash_bytes];
  const signed = (d: number) => `${d >= 0 ? '+' : '−'}${Math.abs(d).toLocaleString('en-US')} B`;
  assert.ok(report.includes(`<details><summary>The runtime's own code before → after, 1 variant: Flash ${signed(rb - ra)}, static RAM `), report);
  console.log(`# ${v.id}: instructions ${before.instructions!.value} (2.4.4) -> ${v.metrics.instructions!.value} (2.4.5)`);
  assert.notEqual(before.instructions, undefined);
});
