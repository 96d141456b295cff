// Adding a runtime (with an existing source) or a board is adding one folder: these tests add each to a
// copy of the firmware tree, touch nothing else, and build, run and measure it through the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { config, makeProject, ROOT } from './helpers/project.js';
import type { Results } from '../src/types.js';

const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

/** A project with a copy of the firmware tree plus `folder` (relative to firmware/) holding `contents`. */
function withFolder(configLines: string[], folder: string, contents: Record<string, string>) {
  const p = makeProject(config([...configLines, 'targets: [emulated]', 'run: { jobs: 1 }']));
  const fw = join(p.dir, 'firmware');
  cpSync(join(ROOT, 'firmware'), fw, { recursive: true });
  mkdirSync(join(fw, folder), { recursive: true });
  for (const [name, text] of Object.entries(contents)) writeFileSync(join(fw, folder, name), text);
  // Nothing outside the new folder differs from the shipped tree.
  assert.deepEqual(files(fw).filter((f) => !f.startsWith(folder)), files(join(ROOT, 'firmware')));
  const run = () => {
    const r = p.cli('check', '--firmware', fw, '--out', join(p.dir, 'out'));
    assert.equal(r.status, 3, r.stdout + r.stderr); // no baselines yet: incomplete
    return JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results;
  };
  return { fw, run, where: (f: string) => relative(p.dir, f) };
}

test('a runtime is one folder: WAMR\'s fast interpreter with a bigger pool, from the pinned WAMR under another name', () => {
  const t = withFolder(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [wamr-fast-big]', 'benchmarks: [fft]'], 'runtimes/wamr-fast-big', {
    'runtime.yml': 'title: WAMR (fast interpreter, 40 KiB pool)\ntargets: [emulated, hardware]\nsources: [wamr]\nwasm: true\n',
    'runtime.cmake': 'set(WMB_WAMR_MODE fast)\nset(WMB_WAMR_POOL_BYTES 40960)\ninclude(${CMAKE_CURRENT_LIST_DIR}/../wamr/wamr.cmake)\n',
  });
  const [v] = t.run().variants;
  assert.equal(v?.id, 'nucleo_f446re/bare-metal/wamr-fast-big/fft@emulated');
  assert.equal(v.status, 'ok', v.reason);
  assert.equal(v.metrics.instructions?.unit, 'insn/FFT');
});

/** The minimal board's board.cmake as README's "Extending" shows it (the lines after its comment line). */
const BOARD_CMAKE = readFileSync(join(ROOT, 'README.md'), 'utf8').split('# firmware/boards/mps2_an386/board.cmake')[1]?.split('```')[0]?.split('\n').slice(1).join('\n') ?? '';

test('README\'s minimal board.cmake names the variables and the shared MPS2 files this test builds with', () => {
  assert.equal(BOARD_CMAKE, 'set(BOARD_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR})\nset(BOARD_SOURCES ${WMB_ROOT}/common/board_mps2.c ${WMB_ROOT}/common/counter_fpgaio.c)\n');
});

test('a board is one folder: QEMU\'s mps2-an386 as a Cortex-M4 board of its own, native and Wasm; with no gpio, no toggle', () => {
  const t = withFolder(['boards: [mps2_an386]', 'stacks: [bare-metal]', 'runtimes: [native, wasm3]', 'benchmarks: [fft, toggle]'], 'boards/mps2_an386', {
    'board.yml': [
      "# Arm's MPS2 FPGA image AN386 (a Cortex-M4 with FPU) as QEMU models it: a board with only an emulated target.",
      'title: MPS2 AN386 (QEMU)',
      'targets: [emulated]',
      'cpu: { arch: armv7e-m, core: cortex-m4, fpu: fpv4-sp-d16 }',
      'core_hz: 25000000',
      'flash: { origin: 0x00000000, bytes: 4194304 }',
      'ram: { origin: 0x20000000, bytes: 4194304 }',
      'counter: none',
      'emulated:',
      '  qemu: { machine: mps2-an386, serial: ["-serial", "stdio"] }',
      '  counter: FPGAIO (common/counter_fpgaio.c)',
      '  exact: false   # FPGAIO ticks once per 40 instructions: one call\'s count is not exact',
      '',
    ].join('\n'),
    'board.cmake': BOARD_CMAKE,
    'board_config.h': '/* No LED is toggled on this board. */\n#ifndef BOARD_CONFIG_H\n#define BOARD_CONFIG_H\n#endif\n',
  });
  const r = t.run();
  assert.deepEqual(r.variants.map((v) => [v.id, v.status, v.reason]), [
    ['mps2_an386/bare-metal/native/fft@emulated', 'ok', undefined],
    ['mps2_an386/bare-metal/native/toggle@emulated', 'not-built', 'mps2_an386 has no GPIO for toggle'],
    ['mps2_an386/bare-metal/wasm3/fft@emulated', 'ok', undefined],
    ['mps2_an386/bare-metal/wasm3/toggle@emulated', 'not-built', 'mps2_an386 has no GPIO for toggle'],
  ]);
  for (const v of r.variants.filter((x) => x.status === 'ok')) {
    assert.equal(v.metrics.instructions?.unit, 'insn/FFT');
    assert.equal(v.metrics.flash_bytes?.capacity, 4194304, 'the capacity is the board.yml\'s');
  }
});
