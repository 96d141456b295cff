// results.json read back (shard artifacts, the comment job's untrusted artifact) is validated by schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseResults, withoutMentions } from '../src/report/results.js';

const prov = { commit: 'c0ffee', date: '2026-11-24T00:00:00Z', tool: '0.1.0', node: 'v20', toolchain: {} };
const v = { id: 'nucleo_f446re/bare-metal/native/fft@emulated', board: 'nucleo_f446re', stack: 'bare-metal', runtime: 'native', benchmark: 'fft', target: 'emulated', status: 'ok', metrics: {} };
const text = (variants: object[]) => JSON.stringify({ schemaVersion: 1, provenance: prov, variants }, null, 2);

test('a results file is validated: schema version, statuses, names, and ids that say what the cell is', () => {
  assert.equal(parseResults('r.json', text([v])).variants[0]!.id, v.id);
  assert.throws(() => parseResults('r.json', '{"schemaVersion": 2}'), /r\.json: results schema version 2 is newer than this wasm-mcu-bench reads \(1\)/);
  assert.throws(() => parseResults('r.json', '{"schemaVersion": "1"}'), /r\.json: not a wasm-mcu-bench results file of schema version 1 \(schemaVersion "1"\)/);
  assert.throws(() => parseResults('r.json', text([{ ...v, status: 'passed' }])), /r\.json:\d+:\d+: variants\[0\]\.status: "passed" is not known/);
  assert.throws(() => parseResults('r.json', text([{ ...v, board: '../../etc' }])), /r\.json:\d+:\d+: variants\[0\]\.board/);
  assert.throws(() => parseResults('r.json', text([{ ...v, id: 'nucleo_f746zg/bare-metal/native/fft@emulated' }])), /variants\[0\]\.id: "nucleo_f746zg\/bare-metal\/native\/fft@emulated" is not nucleo_f446re\//);
  assert.throws(() => parseResults('r.json', text([{ ...v, metrics: { instructions: { value: 'many', unit: 'insn' } } }])), /metrics\.instructions\.value: expected number/);
});

test('mentions in untrusted text are defused, ids are left alone', () => {
  assert.deepEqual(withoutMentions({ id: 'a/b/c/fft@emulated', reason: '@acme/security see (@bob) `@x`' }),
    { id: 'a/b/c/fft@emulated', reason: '@\u200bacme/security see (@\u200bbob) `@x`' });
});
