// Facts the TypeScript side states about the firmware, checked against the firmware itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOARDS } from '../src/config/vocabulary.js';
import { FFT_CHECKSUM } from '../src/measure/metrics.js';

test('board capacities and clocks agree with firmware/boards/*/board.cmake', () => {
  for (const b of Object.values(BOARDS)) {
    const cmake = readFileSync(join('firmware', 'boards', b.id, 'board.cmake'), 'utf8');
    const value = (name: string) => Number(cmake.match(new RegExp(`set\\(${name} (\\d+)\\)`))?.[1]);
    assert.equal(value('BOARD_FLASH_BYTES'), b.flashBytes, `${b.id} flash`);
    assert.equal(value('BOARD_RAM_BYTES'), b.ramBytes, `${b.id} RAM`);
    assert.equal(value('BOARD_CORE_HZ'), b.coreHz, `${b.id} clock`);
  }
});

for (const opt of ['-O0', '-O2', '-O3']) {
  test(`the FFT built for the host (gcc ${opt}) gives the checksum the harness expects`, () => {
    const exe = join(mkdtempSync(join(tmpdir(), 'wmb-fft-')), 'fft');
    execFileSync('gcc', ['-std=c99', opt, '-ffp-contract=off', '-Ifirmware/apps/fft', '-o', exe, 'firmware/apps/fft/fft.c', 'firmware/apps/fft/host_main.c']);
    assert.equal(execFileSync(exe, { encoding: 'utf8' }).trim(), FFT_CHECKSUM);
  });
}
