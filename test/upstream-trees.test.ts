// Our WAMR bare-metal platform layer and wasm3 glue follow upstream: one variant per runtime is built and run
// against every tree of that source that is here, through the CLI as a user would with an override. The trees:
// the pinned one (override or cache), any other commit of it in the cache, and upstream's main branch given
// by WASM_MCU_BENCH_TEST_WAMR_MAIN / WASM_MCU_BENCH_TEST_WASM3_MAIN (a checkout or `git archive` of it).
// A tree that is not here is skipped with the reason, never faked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, envName, loadManifest, resolveSource } from '../src/sources/sources.js';
import type { Results } from '../src/types.js';
import { config, makeProject, ROOT } from './helpers/project.js';

const manifest = await loadManifest(join(ROOT, 'firmware'));

interface Tree { label: string; dir?: string; why?: string }

async function treesOf(name: string, mainEnv: string): Promise<Tree[]> {
  const pin = manifest[name]!;
  const pinned = await resolveSource(name, pin, { downloadTimeoutMs: 0 });
  const trees: Tree[] = [{ label: `pinned ${pin.version}`, ...(pinned.dir ? { dir: pinned.dir } : { why: pinned.unavailable! }) }];
  const sources = join(cacheRoot(), 'sources');
  for (const entry of existsSync(sources) ? readdirSync(sources).sort() : []) {
    const commit = entry.slice(name.length + 1);
    const dir = join(sources, entry, name);
    if (entry.startsWith(`${name}-`) && commit !== pin.commit && existsSync(join(dir, '.wmb-source.json'))) trees.push({ label: `cached ${commit.slice(0, 12)}`, dir });
  }
  const main = process.env[mainEnv];
  trees.push(main && existsSync(main) ? { label: 'upstream main', dir: main }
    : { label: 'upstream main', why: `${mainEnv} ${main ? `names ${main}, which does not exist` : 'is not set'} (a tree of ${pin.repo} at its main branch)` });
  return trees;
}

const CASES = [
  { source: 'wamr', runtime: 'wamr-fast', mainEnv: 'WASM_MCU_BENCH_TEST_WAMR_MAIN' },
  { source: 'wasm3', runtime: 'wasm3', mainEnv: 'WASM_MCU_BENCH_TEST_WASM3_MAIN' },
];

for (const c of CASES) {
  for (const tree of await treesOf(c.source, c.mainEnv)) {
    if (tree.why) console.log(`# skipping ${c.runtime} against ${c.source} ${tree.label}: ${tree.why}`);
    test(`${c.runtime} builds against ${c.source} ${tree.label} and runs the FFT with the native checksum`, { skip: tree.why ?? false }, () => {
      const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', `runtimes: [${c.runtime}]`, 'benchmarks: [fft]', 'run: { timeout: 120 }']));
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--out', 'out', '--allow-incomplete'],
        { cwd: p.dir, encoding: 'utf8', env: { ...process.env, [envName(c.source)]: tree.dir! } });
      const results = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results;
      const v = results.variants[0]!;
      // metricsFor has checked the FFT's checksum and the done status: a build that runs wrong is `failed`.
      assert.equal(v.status, 'ok', `${v.id}: ${v.reason}\n${r.stdout}${r.stderr}`);
      assert.equal(r.status, 0, r.stdout + r.stderr); // nothing to compare with: incomplete, allowed
      assert.ok(v.metrics.instructions!.value > 171_657, 'no Wasm runtime beats native');
    });
  }
}
