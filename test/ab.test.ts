// An A/B of one source without baselines (check --source NAME=DIR --against NAME=DIR), as a runtime's own
// repository runs it on a pull request: two trees of wasm3, the second with a deliberate change in m3_Call,
// give the same per-variant comparison as the gate (baselines measured from the first, a check of the second).
// Both trees are copies of the cached pinned wasm3 (the cache itself is never touched); skipped with the
// reason when it is not cached. One benchmark, Embench's smallest member (crc32), through wasm3 and natively:
// wasm3's variant is what the change moves, native's is what does not move and gives the A/B a runtime tax.
// The gate's two runs use the A/B's output folders, so they reuse its builds (the same trees, the same stamps).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Results } from '../src/types.js';
import { cacheRoot, cachedDir, envName, loadManifest } from '../src/sources/sources.js';
import { gitIn } from './helpers/git.js';
import { runtimeChangeSection } from '../src/report/owners.js';
import { ratio } from '../src/report/charts.js';
import { config, makeProject, ROOT, sourcesMissing } from './helpers/project.js';

const CONFIG = config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native, wasm3]', 'benchmarks: [embench-crc32]', 'run: { timeout: 120 }']);
const CRC = (runtime: string) => `nucleo_f446re/bare-metal/${runtime}/embench-crc32@emulated`;
const ID = CRC('wasm3');
const pin = (await loadManifest(join(ROOT, 'firmware'))).wasm3!;
const cached = cachedDir(cacheRoot(), 'wasm3', pin);
const skip = existsSync(join(cached, 'source', 'm3_env.c')) ? await sourcesMissing('embench') : `wasm3 ${pin.version} is not in the cache (${cached}): run \`wasm-mcu-bench sources fetch wasm3\``;
if (skip) console.log(`# skipping the A/B test: ${skip}`);

/** A git checkout of the cached wasm3 tree in a temp folder, `edit`ed and committed; returns its folder and commit. */
function tree(edit?: (dir: string) => void): { dir: string; commit: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'wmb-ab-')), 'wasm3');
  cpSync(cached, dir, { recursive: true });
  edit?.(dir);
  const git = gitIn(dir);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'tree');
  return { dir, commit: git('rev-parse', 'HEAD') };
}

// Work m3_Call did not do before, on every call into the module: more instructions per pass, same result.
const slower = (dir: string) => {
  const file = join(dir, 'source', 'm3_env.c');
  const text = readFileSync(file, 'utf8');
  const head = 'M3Result  m3_Call  (IM3Function i_function, uint32_t i_argc, const void * i_argptrs[])\n{\n';
  assert.ok(text.includes(head), 'm3_Call is where it was');
  writeFileSync(file, text.replace(head, `${head}    for (volatile uint32_t wmb_ab = 0; wmb_ab < 5000000u; wmb_ab++) {}\n`));
};

const run = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const e = { ...process.env, ...env };
  if (!env[envName('wasm3')]) delete e[envName('wasm3')];
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: e });
  return { ...r, out: `${r.stdout}${r.stderr}` };
};
const resultsIn = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Results;
const variant = (r: Results, id: string) => r.variants.find((v) => v.id === id)!;
/** crc32's slowdown through wasm3 against native in a run. */
const crcSlowdown = (r: Results) => variant(r, CRC('wasm3')).metrics.instructions!.value / variant(r, CRC('native')).metrics.instructions!.value;
/** The report's rows about the variant's metrics (the changes table and the per-variant details). */
const rowsOf = (report: string) => report.split('\n').filter((l) => l.startsWith('|') && l.includes('instructions'));

test('an A/B of two wasm3 trees without baselines gives the per-variant deltas the gate gives', { skip }, () => {
  const a = tree();
  const b = tree(slower);
  const p = makeProject(CONFIG);

  const ab = run(p.dir, ['check', '--out', 'ab', '--source', `wasm3=${b.dir}`, '--against', `wasm3=${a.dir}`]);
  const report = readFileSync(join(p.dir, 'ab', 'report.md'), 'utf8');
  // Both runs' results are on disk: the base tree's in ab/against, the tree under test's where a check puts them.
  const runA = resultsIn(join(p.dir, 'ab', 'against', 'results.json'));
  const runB = resultsIn(join(p.dir, 'ab', 'results.json'));
  for (const r of [runA, runB]) for (const id of [CRC('native'), ID]) assert.equal(variant(r, id)?.status, 'ok', `${id}: ${JSON.stringify(r.variants)}\n${ab.out}`);
  assert.equal(runA.provenance.sources!.wasm3!.origin, 'override');
  assert.notEqual(runA.provenance.sources!.wasm3!.tree, runB.provenance.sources!.wasm3!.tree);
  const ia = variant(runA, ID).metrics.instructions!.value;
  const ib = variant(runB, ID).metrics.instructions!.value;
  assert.ok(ib > ia, `the slower tree runs more instructions per pass (${ia} -> ${ib})`);
  // The report says what was compared: the source, each tree's commit and tree hash, and nothing committed.
  const short = (t: string) => t.slice(0, 'sha256:'.length + 12);
  assert.equal(report.split('\n')[1], `**A/B of wasm3: A commit ${a.commit.slice(0, 12)}, tree ${short(runA.provenance.sources!.wasm3!.tree!)} vs B commit ${b.commit.slice(0, 12)}, tree ${short(runB.provenance.sources!.wasm3!.tree!)}**`);
  assert.match(report, /compared 2 of 2 baselined variants/);
  assert.match(report, /🔴 regression 1 · 🟢 improvement 0 · ⚪ unchanged 1 /);
  assert.equal(ab.status, 1, ab.out);
  // What the A/B changes in the runtime's own code: its Flash before and after, from both runs' owners.
  const ra = variant(runA, ID).owners!.runtime!.flash_bytes;
  const rb = variant(runB, ID).owners!.runtime!.flash_bytes;
  assert.ok(report.includes(`**What the A/B of wasm3: A commit ${a.commit.slice(0, 12)}`), report);
  assert.match(report, new RegExp(`\\| \`${ID.replace(/[/@]/g, '.')}\` +\\| +${(ra / 1024).toFixed(1)} → ${(rb / 1024).toFixed(1)} \\(\\+${(rb - ra).toLocaleString('en-US')} B\\)`));
  assert.ok(!existsSync(join(p.dir, 'baselines')), 'an A/B writes no baselines');
  // The runtime tax (here over crc32, 1 of Embench's 19) before and after, and its move at the top of the report.
  const [sa, sb] = [crcSlowdown(runA), crcSlowdown(runB)];
  assert.ok(sb > sa, `crc32 through the slower tree is slower against native (${sa} -> ${sb})`);
  const change = `${ratio(sa)} → ${ratio(sb)} (+${(100 * (sb / sa - 1)).toFixed(2)}%`;
  const moved = `- 🔴 embench on Nucleo-F446RE (bare-metal, emulated), wasm3 (interpreter): slowdown tax ${change}, threshold ±1%)`;
  assert.ok(report.indexOf(moved) > 0 && report.indexOf(moved) < report.indexOf('### Regressions and improvements'), report);
  assert.ok(report.includes(`| embench | wasm3 (interpreter) | Nucleo-F446RE, bare-metal | ${change})<br><sub>GSD 1.00 → 1.00</sub> |`), report);
  assert.match(report, /\| 1 of 19 \|\n/);

  // The gate over the same two trees: baselines measured from A, a check of B against them (each in the
  // output folder of the A/B's run of its tree: its builds are reused, the A/B's report was read above).
  const base = run(p.dir, ['update-baselines', '--out', join('ab', 'against')], { [envName('wasm3')]: a.dir });
  assert.equal(base.status, 0, base.out);
  // The baselines keep each variant's footprint by owner, what a pin change's report tells the runtime's own code against.
  const baselined = JSON.parse(readFileSync(join(p.dir, 'baselines', 'emulated', 'nucleo_f446re.json'), 'utf8')) as { variants: Record<string, { owners?: unknown }> };
  assert.deepEqual(baselined.variants[ID]!.owners, variant(runA, ID).owners);
  const gate = run(p.dir, ['check', '--out', 'ab'], { [envName('wasm3')]: b.dir });
  assert.equal(gate.status, ab.status, gate.out);
  const gateReport = readFileSync(join(p.dir, 'ab', 'report.md'), 'utf8');
  assert.ok(rowsOf(report).length > 0, report);
  assert.deepEqual(rowsOf(report), rowsOf(gateReport));
  assert.ok(gateReport.includes(moved), gateReport);
  assert.deepEqual(variant(runB, ID).metrics, variant(resultsIn(join(p.dir, 'ab', 'results.json')), ID).metrics);
});

test('an A/B refuses bad input before anything is built', { skip }, () => {
  const a = tree();
  const p = makeProject(CONFIG);
  const refused = (args: string[], message: string) => {
    const r = run(p.dir, ['check', '--out', 'out', ...args]);
    assert.equal(r.status, 2, r.out);
    assert.equal(r.stderr, `wasm-mcu-bench: ${message}\n`);
    assert.ok(!existsSync(join(p.dir, 'out')), `${args.join(' ')}: nothing was built`);
  };
  const missing = join(tmpdir(), 'wmb-ab-no-such-folder');
  refused(['--against', `wasm3=${a.dir}`], '--against needs --source');
  refused(['--source', `wasm3=${missing}`, '--against', `wasm3=${a.dir}`], `--source wasm3=${missing}: no such folder`);
  refused(['--source', `wasm3=${a.dir}`, '--against', `wasm3=${join(a.dir, 'README.md')}`], `--against wasm3=${join(a.dir, 'README.md')}: not a folder`);
  refused(['--source', `wasm3=${a.dir}`, '--against', a.dir], `--against ${JSON.stringify(a.dir)}: expected NAME=DIR, a pinned source's name (as in firmware/sources.json) and a folder holding its tree`);
  refused(['--source', `wamr3=${a.dir}`, '--against', `wamr3=${a.dir}`], `source wamr3=${a.dir}: wamr3 is not a pinned source (firmware/sources.json pins ${Object.keys(JSON.parse(readFileSync(join(ROOT, 'firmware', 'sources.json'), 'utf8'))).join(', ')})`);
  refused(['--source', `wamr=${a.dir}`, '--against', `wamr=${a.dir}`], `source wamr=${a.dir}: no variant of the config's matrix builds from wamr`);
  refused(['--source', `wasm3=${a.dir}`, '--against', `wamr=${a.dir}`], 'source wasm3 and against wamr name different sources: an A/B compares two trees of one source');
  refused(['--source', `wasm3=${a.dir}`, '--against', `wasm3=${a.dir}`, '--base', 'HEAD'], '--against does not go with --base');
  // At the action, the same table: against without source is refused before any work.
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'index.js')], {
    cwd: p.dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_REPOSITORY: 'acme/fw', INPUT_AGAINST: `wasm3=${a.dir}` },
  });
  assert.match(r.stdout, /::error::input against needs input source/);
  assert.ok(!existsSync(join(p.dir, 'wasm-mcu-bench-out')));
});

test('a pin change compared with baselines that record no owners (an earlier version\'s) says the runtime footprint before it is not known', () => {
  const after = { schemaVersion: 1, provenance: {}, variants: [{ id: ID, status: 'ok', metrics: {}, owners: { runtime: { flash_bytes: 2048, static_ram_bytes: 512 } } }] } as unknown as Results;
  const section = runtimeChangeSection('WAMR WAMR-2.4.4 (8c18e3f68b16) -> WAMR-2.4.5 (25bd7eb63e82)', after);
  assert.match(section, /^\*\*What WAMR WAMR-2\.4\.4 \(8c18e3f68b16\) -> WAMR-2\.4\.5 \(25bd7eb63e82\) changes\*\*/);
  assert.match(section, /before the change is not known/);
  assert.match(section, /\| +2\.0 \| +0\.5 \|/);
  const before = { ...after, variants: [{ ...after.variants[0]!, owners: { runtime: { flash_bytes: 1024, static_ram_bytes: 512 } } }] } as Results;
  assert.match(runtimeChangeSection('x', after, before), /\| +1\.0 → 2\.0 \(\+1,024 B\) \| +0\.5 → 0\.5 \(\+0 B\) \|/);
});
