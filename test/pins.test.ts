import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinChanges, pinChangeText } from '../src/compare/pins.js';
import type { Manifest, SourcePin } from '../src/sources/sources.js';
import { config, makeProject, ROOT } from './helpers/project.js';

const pin = (version: string, commit: string): SourcePin => ({ title: 'WAMR', repo: 'bytecodealliance/wasm-micro-runtime', commit: commit.repeat(40).slice(0, 40), version, tree: `sha256:${'0'.repeat(64)}` });

test('pin changes: moved, added and removed sources; unchanged ones are not listed', () => {
  const base: Manifest = { wamr: pin('WAMR-2.4.4', 'a'), wasm3: pin('v0.5.0', 'c'), old: pin('x', 'd') };
  const head: Manifest = { wamr: pin('WAMR-2.4.5', 'b'), wasm3: pin('v0.5.0', 'c'), fresh: pin('y', 'e') };
  assert.deepEqual(pinChanges(base, head).map(pinChangeText), [
    'WAMR (none) -> y (eeeeeeeeeeee)',
    'WAMR x (dddddddddddd) -> (removed)',
    'WAMR WAMR-2.4.4 (aaaaaaaaaaaa) -> WAMR-2.4.5 (bbbbbbbbbbbb)',
  ]);
});

test('a pull request that moves a pin gets it at the top of its report; an accepted regression passes and says by whom', () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]']));
  cpSync(join(ROOT, 'firmware'), join(p.dir, 'firmware'), { recursive: true });
  assert.equal(p.cli('update-baselines', '--out', 'out', '--firmware', 'firmware').status, 0);
  p.git('add', '.');
  p.git('commit', '-qm', 'base');
  const base = p.git('rev-parse', 'HEAD');
  const manifest = JSON.parse(readFileSync(join(p.dir, 'firmware', 'sources.json'), 'utf8'));
  manifest.wasm3.version = 'v0.6.0';
  manifest.wasm3.commit = 'f'.repeat(40);
  writeFileSync(join(p.dir, 'firmware', 'sources.json'), JSON.stringify(manifest, null, 2));
  const c = p.cli('check', '--out', 'out', '--firmware', 'firmware', '--base', base);
  assert.equal(c.status, 0, c.stderr);
  const report = readFileSync(join(p.dir, 'out', 'report.md'), 'utf8');
  assert.match(report.split('\n')[1]!, /^\*\*wasm3 v0\.5\.0-master-2026-08-22 \(c9b579d8c048\) -> v0\.6\.0 \(ffffffffffff\)\*\*$/);

  p.write('wasm-mcu-bench.yml', config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'build: { cflags: [-O0] }']));
  assert.equal(p.cli('check', '--out', 'out', '--firmware', 'firmware', '--base', base).status, 1);
  const accepted = p.cli('check', '--out', 'out', '--firmware', 'firmware', '--base', base, '--accepted-by', 'label `accept-regression`');
  assert.equal(accepted.status, 0);
  assert.match(readFileSync(join(p.dir, 'out', 'report.md'), 'utf8'), /## wasm-mcu-bench: ⚠️ \*\*1 regression over threshold\*\*, accepted by label `accept-regression`/);
});
