// scripts/test.mjs, run on a folder of its own: node's summary lines stay intact, every skipped test is
// listed after them with its reason, and the exit status is node's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

test('the runner lists every skipped test with its reason after node\'s summary and keeps node\'s exit status', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-runner-'));
  mkdirSync(join(dir, 'test'));
  mkdirSync(join(dir, 'scripts'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'scripts', 'build.mjs'), '');   // nothing to bundle here
  writeFileSync(join(dir, 'test', 'a.test.ts'), [
    "import { test } from 'node:test';",
    "test('runs', () => {});",
    "test('needs wasm3', { skip: 'source unavailable (wasm3): not in the cache' }, () => {});",
    "test('needs zephyr', (t) => { t.skip('source unavailable (zephyr): set WASM_MCU_BENCH_SOURCE_ZEPHYR'); });",
    '',
  ].join('\n'));
  // Without NODE_TEST_CONTEXT, which would make the inner node --test report to this one instead of printing.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_TEST_CONTEXT'));
  const run = () => spawnSync(process.execPath, [resolve('scripts/test.mjs')], { cwd: dir, encoding: 'utf8', env });
  const ok = run();
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  const lines = ok.stdout.trimEnd().split('\n');
  const at = lines.findIndex((l) => l.startsWith('ℹ tests 3'));
  assert.ok(at > 0, ok.stdout);
  assert.deepEqual(lines.slice(at, at + 8).map((l) => l.replace(/\d+(\.\d+)?$/, 'N')),
    ['ℹ tests N', 'ℹ suites N', 'ℹ pass N', 'ℹ fail N', 'ℹ cancelled N', 'ℹ skipped N', 'ℹ todo N', 'ℹ duration_ms N']);
  assert.ok(lines.includes('ℹ skipped 2'));
  assert.deepEqual(lines.slice(at + 8).filter(Boolean), [
    'skipped: 2',
    '- test/a.test.ts: needs wasm3: source unavailable (wasm3): not in the cache',
    '- test/a.test.ts: needs zephyr: source unavailable (zephyr): set WASM_MCU_BENCH_SOURCE_ZEPHYR',
  ]);

  writeFileSync(join(dir, 'test', 'b.test.ts'), "import { test } from 'node:test';\ntest('fails', () => { throw new Error('no'); });\n");
  const bad = run();
  assert.equal(bad.status, 1, 'node\'s exit status');
  assert.match(bad.stdout, /ℹ fail 1\n[\s\S]*\nskipped: 2\n/);
});
