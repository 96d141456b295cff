import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { exactSteps, isExact, noisySteps } from '../src/history/steps.js';
import { addEntry, entryFrom, readStore, RUNS } from '../src/history/store.js';
import { pageData } from '../src/history/data.js';
import { generatedHistory, STEPPED_EXACT, STEPPED_NOISY } from './helpers/history.js';
import { launch, noBrowser } from './helpers/browser.js';
import { ROOT } from './helpers/project.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'wmb-history-'));
const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'history', ...args], { encoding: 'utf8' });
const results = (commit: string, extra: object = {}) => JSON.stringify({
  schemaVersion: 1, provenance: { commit, date: '2026-11-30T10:00:00.000Z', tool: '0', node: 'v20', toolchain: {} },
  variants: [{ id: 'b/bare-metal/native/fft@emulated', board: 'b', stack: 'bare-metal', runtime: 'native', benchmark: 'fft', target: 'emulated', status: 'ok', metrics: { instructions: { value: 10, unit: 'insn/FFT' } } }],
  ...extra,
});

test('exact series: every change is a step; noisy series: binary segmentation finds a real step and no false one', () => {
  assert.deepEqual(exactSteps([5, 5, null, 5, 6, 6, 5]), [4, 6]);
  let seed = 1;
  const noise = () => { seed = (seed * 16807) % 2147483647; return (seed / 2147483647 - 0.5) * 0.1; };
  const flat = Array.from({ length: 200 }, () => 100 * (1 + noise()));
  assert.deepEqual(noisySteps(flat), [], 'no step in noise alone');
  const stepped = Array.from({ length: 200 }, (_, i) => 100 * (1 + noise() + (i >= 120 ? 0.08 : 0)));
  const found = noisySteps(stepped);
  assert.equal(found.length, 1, `one step, found ${found.join(', ')}`);
  assert.ok(Math.abs(found[0]! - 120) <= 2, `near run 120, found ${found[0]}`);
  assert.equal(isExact('emulated', 'instructions', 'insn/FFT'), true);
  assert.equal(isExact('host', 'instructions', 'insn/FFT'), true);
  assert.equal(isExact('host', 'ns', 'ns/FFT'), false);
  assert.equal(isExact('hardware', 'cycles', 'cycles/FFT'), false);
  assert.equal(isExact('hardware', 'flash_bytes', 'B'), true);
});

test('the page data marks the generated history\'s steps where they are', () => {
  const data = pageData(generatedHistory(120));
  const exact = data.series.find((s) => s.id === STEPPED_EXACT && s.metric === 'instructions')!;
  assert.deepEqual(exact.steps, [60]);
  const noisy = data.series.find((s) => s.id === STEPPED_NOISY && s.metric === 'ns')!;
  assert.equal(noisy.exact, false);
  assert.ok(noisy.steps.some((i) => Math.abs(i - 80) <= 2), `a step near run 80: ${noisy.steps.join(', ')}`);
  const other = data.series.find((s) => s.id === 'host/linux/wasm3/fft@host' && s.metric === 'ns')!;
  assert.deepEqual(other.steps, [], 'an unchanged noisy series has no step');
  assert.equal(data.runs.filter((r) => r.tag).length, 1);
});

test('history add: one file per run, racing appends both kept; corrupt, truncated and newer entries are named and skipped', async () => {
  const store = tmp();
  const file = join(tmp(), 'results.json');
  writeFileSync(file, results('a'.repeat(40)));
  // Two appends of the same commit at once (a re-run) are two entries.
  const [x, y] = await Promise.all([addEntry(store, entryFrom(file, results('a'.repeat(40)))), addEntry(store, entryFrom(file, results('a'.repeat(40))))]);
  assert.notEqual(x, y);
  const r = cli('add', file, '--store', store, '--tag', 'v1.0.0', '--event', 'release');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readdirSync(join(store, RUNS)).length, 3);
  writeFileSync(join(store, RUNS, '20261130T100001Z-corrupt.json'), '{"schemaVersion": 1, "commit": ');
  writeFileSync(join(store, RUNS, '20261130T100002Z-wrong.json'), JSON.stringify({ schemaVersion: 1, commit: 'c', date: '2026-11-30T10:00:02Z', variants: { v: { status: 'ok', metrics: { m: { value: 'fast', unit: 'x' } } } } }));
  writeFileSync(join(store, RUNS, '20261130T100003Z-newer.json'), JSON.stringify({ schemaVersion: 2 }));
  const warnings: string[] = [];
  const entries = await readStore(store, (w) => warnings.push(w));
  assert.equal(entries.length, 3);
  assert.equal(entries.filter((e) => e.tag === 'v1.0.0').length, 1);
  assert.equal(warnings.length, 3);
  assert.match(warnings[0]!, /20261130T100001Z-corrupt\.json: not JSON/);
  assert.match(warnings[1]!, /20261130T100002Z-wrong\.json:\d+:\d+: variants\.v\.metrics\.m\.value: expected number/);
  assert.match(warnings[2]!, /20261130T100003Z-newer\.json: history schema version 2 is newer/);
  const built = cli('build', '--store', store, '--out', join(store, 'site'));
  assert.equal(built.status, 0, built.stderr);
  assert.match(built.stderr, /warning: skipped .*corrupt\.json/);
});

test('history add: a results file of a newer schema, or not a results file, is a clear error', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'new.json'), results('b'.repeat(40), { schemaVersion: 2 }));
  writeFileSync(join(dir, 'junk.json'), '[1, 2');
  const newer = cli('add', join(dir, 'new.json'), '--store', join(dir, 'store'));
  assert.equal(newer.status, 2);
  assert.match(newer.stderr, /new\.json: results schema version 2 is newer than this wasm-mcu-bench reads \(1\)/);
  const junk = cli('add', join(dir, 'junk.json'), '--store', join(dir, 'store'));
  assert.equal(junk.status, 2);
  assert.match(junk.stderr, /junk\.json:\d+:\d+: /);
  const missing = cli('build', '--store', join(dir, 'nowhere'), '--out', join(dir, 'site'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nowhere: no history store here/);
});

test('the history page in a real browser: loads without errors, draws the series, a selector changes them', { skip: noBrowser }, async () => {
  const store = tmp();
  for (const e of generatedHistory(300)) await addEntry(store, e);
  const site = join(store, 'site');
  const built = cli('build', '--store', store, '--out', site, '--repo-url', 'https://github.example/o/r');
  assert.equal(built.status, 0, built.stderr);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`file://${join(site, 'index.html')}`);
    await page.waitForFunction('window.__wmb && window.__wmb.ready', { timeout: 30_000 });
    type Drawn = { title: string; unit: string; series: number; points: number }[];
    const charts = await page.evaluate('window.__wmb.charts') as Drawn;
    // The default view: the first board, stack, benchmark and target, every runtime.
    const insn = charts.find((c) => c.title === 'instructions')!;
    assert.ok(insn, `an instructions chart among ${charts.map((c) => c.title).join(', ')}`);
    assert.equal(insn.series, 5, 'five runtimes on nucleo_f446re/bare-metal/fft');
    assert.equal(insn.points, 5 * 300);
    assert.ok(charts.some((c) => c.title === 'slowdown vs native: instructions' && c.series === 4));
    mkdirSync(join(ROOT, 'wasm-mcu-bench-out', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'wasm-mcu-bench-out', 'screenshots', 'history.png'), fullPage: false });
    await page.select('#sel-runtime', 'wasm3');
    const after = await page.evaluate('window.__wmb.charts') as Drawn;
    assert.equal(after.find((c) => c.title === 'instructions')!.series, 1);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
