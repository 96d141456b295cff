import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gitIn } from './helpers/git.js';
import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baselinesFrom, checkBaselineFolder, parseBaseline, readBaselines, readBaselinesAt, recoverBaselines, runOfBaselines, stageBaselines, updateBaselines, writeBaselines } from '../src/baseline/baseline.js';
import type { Provenance, VariantResult } from '../src/types.js';

const prov: Provenance = { commit: 'abc', date: '2026-11-24', tool: '0.1.0', node: 'v20', toolchain: { cmake: 'cmake version 3.25.1' } };
const result = (board: string, benchmark: string, value: number, status: VariantResult['status'] = 'ok'): VariantResult => ({
  id: `${board}/bare-metal/native/${benchmark}@emulated`, board, stack: 'bare-metal', runtime: 'native', benchmark, target: 'emulated', status,
  metrics: status === 'ok' ? { instructions: { value, unit: 'insn/FFT' } } : {},
});
const tmp = () => mkdtempSync(join(tmpdir(), 'wmb-baseline-'));

test('baselines are grouped per target and board, from the variants that ran ok', () => {
  const files = baselinesFrom([result('nucleo_f446re', 'fft', 1), result('nucleo_f446re', 'toggle', 2), result('nucleo_f746zg', 'fft', 3), result('nucleo_f746zg', 'toggle', 0, 'not-built')], prov);
  assert.deepEqual(files.map((f) => [f.target, f.board, Object.keys(f.variants).length]), [['emulated', 'nucleo_f446re', 2], ['emulated', 'nucleo_f746zg', 1]]);
});

test('written baselines read back; no temporary file is left', async () => {
  const dir = join(tmp(), 'baselines');
  const written = await writeBaselines(dir, baselinesFrom([result('nucleo_f446re', 'fft', 1), result('nucleo_f746zg', 'fft', 3)], prov));
  assert.deepEqual(written.map((w) => w.slice(dir.length)), ['/emulated/nucleo_f446re.json', '/emulated/nucleo_f746zg.json']);
  assert.deepEqual(readdirSync(join(dir, 'emulated')).sort(), ['nucleo_f446re.json', 'nucleo_f746zg.json']);
  const b = await readBaselines(dir);
  assert.equal(b.byId.get('nucleo_f746zg/bare-metal/native/fft@emulated')?.metrics.instructions?.value, 3);
});

test('a failed write leaves the old baselines whole and no temporary files', async () => {
  const dir = join(tmp(), 'baselines');
  await writeBaselines(dir, baselinesFrom([result('nucleo_f446re', 'fft', 1)], prov));
  const before = readFileSync(join(dir, 'emulated', 'nucleo_f446re.json'), 'utf8');
  // The second file's folder cannot be created: the whole update must be abandoned.
  writeFileSync(join(dir, 'hardware'), 'not a folder');
  const files = baselinesFrom([result('nucleo_f446re', 'fft', 99)], prov);
  files.push({ ...files[0]!, target: 'hardware' });
  await assert.rejects(writeBaselines(dir, files));
  assert.equal(readFileSync(join(dir, 'emulated', 'nucleo_f446re.json'), 'utf8'), before);
  assert.deepEqual(readdirSync(join(dir, 'emulated')), ['nucleo_f446re.json']);
});

test('a malformed baseline file is named with its line and path', () => {
  assert.throws(() => parseBaseline('baselines/emulated/nucleo_f446re.json', '{"schemaVersion": 2}'),
    /^UserError: baselines\/emulated\/nucleo_f446re\.json:1:19: schemaVersion: schema version 2 is not supported/);
  const good = JSON.stringify({ schemaVersion: 1, target: 'emulated', board: 'nucleo_f446re', provenance: prov, variants: { 'nucleo_f446re/bare-metal/native/fft@emulated': { metrics: { instructions: { value: 'fast', unit: 'insn' } } } } }, null, 2);
  assert.throws(() => parseBaseline('b.json', good), /^UserError: b\.json:\d+:\d+: variants\.nucleo_f446re\/bare-metal\/native\/fft@emulated\.metrics\.instructions\.value: expected number, got string "fast"/);
  assert.throws(() => parseBaseline('b.json', '{ "schemaVersion": 1,'), /^UserError: b\.json:1:\d+: /);
});

test("baselines record each variant's footprint by owner; a file written before owners were recorded still loads, without them", async () => {
  const owners = { runtime: { flash_bytes: 40960, static_ram_bytes: 2048 }, harness: { flash_bytes: 1024, static_ram_bytes: 64 } };
  const dir = join(tmp(), 'baselines');
  await writeBaselines(dir, baselinesFrom([{ ...result('nucleo_f446re', 'fft', 1), runtime: 'wasm3', id: 'nucleo_f446re/bare-metal/wasm3/fft@emulated', owners }, result('nucleo_f446re', 'toggle', 2)], prov));
  const text = readFileSync(join(dir, 'emulated', 'nucleo_f446re.json'), 'utf8');
  assert.deepEqual(JSON.parse(text).variants['nucleo_f446re/bare-metal/wasm3/fft@emulated'].owners, owners);
  // Read back as the run they were measured by: cells, metrics and owners; the entry without owners has none.
  const run = runOfBaselines(await readBaselines(dir));
  assert.deepEqual(run.map((v) => [v.id, v.board, v.stack, v.runtime, v.benchmark, v.target, v.status, v.metrics.instructions?.value, v.owners]), [
    ['nucleo_f446re/bare-metal/wasm3/fft@emulated', 'nucleo_f446re', 'bare-metal', 'wasm3', 'fft', 'emulated', 'ok', 1, owners],
    ['nucleo_f446re/bare-metal/native/toggle@emulated', 'nucleo_f446re', 'bare-metal', 'native', 'toggle', 'emulated', 'ok', 2, undefined],
  ]);
  // An owner's bytes are checked like every other field; a file of an earlier version has no owners and loads.
  const bad = text.replace('"static_ram_bytes": 2048', '"static_ram_bytes": "2 KiB"');
  assert.throws(() => parseBaseline('b.json', bad), /^UserError: b\.json:\d+:\d+: variants\.nucleo_f446re\/bare-metal\/wasm3\/fft@emulated\.owners\.runtime\.static_ram_bytes: expected number/);
  const old = JSON.parse(text);
  delete old.variants['nucleo_f446re/bare-metal/wasm3/fft@emulated'].owners;
  assert.equal(parseBaseline('b.json', JSON.stringify(old)).variants['nucleo_f446re/bare-metal/wasm3/fft@emulated']!.owners, undefined);
  // An id that is not board/stack/runtime/benchmark@target is refused, not read as some other cell.
  const odd = JSON.stringify({ ...old, variants: { 'nucleo_f446re/native/fft@emulated': { metrics: {} } } });
  assert.throws(() => parseBaseline('b.json', odd), /^UserError: b\.json: variants\.nucleo_f446re\/native\/fft@emulated: not a variant id <board>\/<stack>\/<runtime>\/<benchmark>@<target>/);
});

test('a variant filed under another board is refused', () => {
  const text = JSON.stringify({ schemaVersion: 1, target: 'emulated', board: 'nucleo_f446re', provenance: prov, variants: { 'nucleo_f746zg/bare-metal/native/fft@emulated': { metrics: {} } } });
  assert.throws(() => parseBaseline('b.json', text), /belongs to another board or target/);
});

test('baselines are read as they were at a commit; a file added later is absent there', async () => {
  const repo = tmp();
  const git = gitIn(repo);
  git('init', '-q');
  const dir = join(repo, 'baselines');
  await writeBaselines(dir, baselinesFrom([result('nucleo_f446re', 'fft', 100)], prov));
  git('add', '.');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  await writeBaselines(dir, baselinesFrom([result('nucleo_f446re', 'fft', 90), result('nucleo_f746zg', 'fft', 5)], prov));
  git('add', '.');
  git('commit', '-qm', 'head');
  const at = await readBaselinesAt(dir, base);
  assert.ok(at);
  assert.equal(at.source, base);
  assert.equal(at.byId.get('nucleo_f446re/bare-metal/native/fft@emulated')?.metrics.instructions?.value, 100);
  assert.equal(at.byId.has('nucleo_f746zg/bare-metal/native/fft@emulated'), false);
  assert.equal((await readBaselines(dir)).byId.get('nucleo_f446re/bare-metal/native/fft@emulated')?.metrics.instructions?.value, 90);
  assert.equal(await readBaselinesAt(dir, 'f'.repeat(40)), undefined);
});

test('a missing baselines folder is no baselines, not an error', async () => {
  assert.equal((await readBaselines(join(tmp(), 'nope'))).byId.size, 0);
});

test('update: entries of variants that did not run are kept as they were; only variants gone from the matrix lose theirs', () => {
  const old = baselinesFrom([result('nucleo_f446re', 'fft', 1), result('nucleo_f446re', 'toggle', 2), result('nucleo_f746zg', 'fft', 3)], { ...prov, commit: 'old' });
  // This run: only the F446RE's FFT ran (its toggle was not built); the F746ZG left the config's matrix.
  const u = updateBaselines(old, [result('nucleo_f446re', 'fft', 10), result('nucleo_f446re', 'toggle', 0, 'not-built')], prov, (id) => !id.startsWith('nucleo_f746zg/'));
  assert.deepEqual(u.kept, ['nucleo_f446re/bare-metal/native/toggle@emulated']);
  assert.deepEqual(u.removed, ['nucleo_f746zg/bare-metal/native/fft@emulated']);
  assert.deepEqual(u.emptied, [{ target: 'emulated', board: 'nucleo_f746zg' }]);
  assert.equal(u.files.length, 1);
  assert.deepEqual(Object.fromEntries(Object.entries(u.files[0]!.variants).map(([id, v]) => [id, [v.metrics.instructions?.value, v.provenance?.commit]])), {
    'nucleo_f446re/bare-metal/native/fft@emulated': [10, undefined], 'nucleo_f446re/bare-metal/native/toggle@emulated': [2, 'old'],
  });
  assert.equal(u.files[0]!.provenance.commit, 'abc', "the file's provenance is the run's; the kept entry carries its own");
  // Its own provenance is read back and validated.
  assert.equal(parseBaseline('b.json', JSON.stringify(u.files[0])).variants['nucleo_f446re/bare-metal/native/toggle@emulated']!.provenance?.commit, 'old');
  // A file none of whose variants ran, and none left the matrix, is not rewritten.
  assert.deepEqual(updateBaselines(old, [], prov, () => true), { files: [], emptied: [], removed: [], kept: Object.values(old).flatMap((f) => Object.keys(f.variants)) });
});

test('an update interrupted between renames is finished by the next run, which removes its temporary files', async () => {
  const dir = join(tmp(), 'baselines');
  await writeBaselines(dir, baselinesFrom([result('nucleo_f446re', 'fft', 1), result('nucleo_f746zg', 'fft', 3), result('nucleo_f746zg', 'toggle', 4)], prov));
  // The new set is on disk under temporary names with its journal; the process dies after the first rename.
  const journal = await stageBaselines(dir, baselinesFrom([result('nucleo_f446re', 'fft', 100), result('nucleo_f746zg', 'fft', 300)], prov));
  assert.equal(journal.renames.length, 2);
  renameSync(join(dir, journal.renames[0]![0]), join(dir, journal.renames[0]![1]));
  // And a temporary file of an earlier update that died before its journal was written.
  writeFileSync(join(dir, 'emulated', 'nucleo_f746zg.json.999999.tmp'), '{');
  const half = await readBaselines(dir);
  assert.deepEqual([half.byId.get('nucleo_f446re/bare-metal/native/fft@emulated')?.metrics.instructions?.value, half.byId.get('nucleo_f746zg/bare-metal/native/fft@emulated')?.metrics.instructions?.value], [100, 3], 'a half-applied set');

  const note = await recoverBaselines(dir);
  assert.match(note!, /: finished an interrupted baseline update \(2 file\(s\) written, 0 deleted\); deleted 1 temporary file\(s\) of an interrupted baseline update$/);
  const b = await readBaselines(dir);
  assert.equal(b.byId.get('nucleo_f446re/bare-metal/native/fft@emulated')?.metrics.instructions?.value, 100);
  assert.equal(b.byId.get('nucleo_f746zg/bare-metal/native/fft@emulated')?.metrics.instructions?.value, 300);
  assert.deepEqual(readdirSync(dir).sort(), ['emulated']);
  assert.deepEqual(readdirSync(join(dir, 'emulated')).sort(), ['nucleo_f446re.json', 'nucleo_f746zg.json']);
  assert.equal(await recoverBaselines(dir), undefined, 'nothing left to repair');

  // A journal that points outside the folder is refused, not followed.
  writeFileSync(join(dir, '.wasm-mcu-bench-update.json'), JSON.stringify({ renames: [['../x', 'emulated/a.json']], deletes: [] }));
  await assert.rejects(recoverBaselines(dir), /is not a path inside the baselines folder/);
});

test('the baselines folder: a file in its place, or a folder the config names that does not exist, is an error naming it', async () => {
  const root = tmp();
  writeFileSync(join(root, 'file'), '');
  await assert.rejects(checkBaselineFolder(join(root, 'file'), undefined), /file: the baselines folder is not a folder/);
  await assert.rejects(checkBaselineFolder(join(root, 'baseline'), 'wasm-mcu-bench.yml:9:12'),
    /^UserError: wasm-mcu-bench\.yml:9:12: baselines: .*baseline does not exist \(a misspelt name\? if this repository has no baselines yet, `wasm-mcu-bench update-baselines` creates them\)/);
  // Under its default name, an absent folder is a repository with no baselines yet.
  await checkBaselineFolder(join(root, 'baselines'), undefined);
});
