import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gitIn } from './helpers/git.js';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baselinesFrom, parseBaseline, readBaselines, readBaselinesAt, writeBaselines } from '../src/baseline/baseline.js';
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
