import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]);

// `npm test` rebuilds dist/ before the tests (they run the bundle) and names the files that rebuild changed.
test('the dist/ this run started from was a fresh build of src/ (GitHub runs the committed dist/)', () => {
  const stale = (process.env.WASM_MCU_BENCH_STALE_DIST ?? '').split('\n').filter(Boolean);
  assert.deepEqual(stale, [], `dist/ was stale and has been rebuilt: commit it (${stale.join(', ')})`);
});

test('dist/ is what a fresh build of src/ gives', () => {
  const out = mkdtempSync(join(tmpdir(), 'wmb-dist-'));
  execFileSync(process.execPath, ['scripts/build.mjs', out]);
  const fresh = walk(out).map((f) => relative(out, f)).sort();
  assert.deepEqual(walk('dist').map((f) => relative('dist', f)).sort(), fresh, 'dist/ has other files than a fresh build: run npm run build');
  for (const f of fresh)
    assert.ok(readFileSync(join(out, f)).equals(readFileSync(join('dist', f))), `dist/${f} is stale: run npm run build`);
});

test('action.yml runs dist/index.js on node24', () => {
  const yml = readFileSync('action.yml', 'utf8');
  assert.match(yml, /using: node24/);
  assert.match(yml, /main: dist\/index\.js/);
});
