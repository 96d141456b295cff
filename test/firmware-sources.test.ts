// Facts the TypeScript side states about the firmware, checked against the firmware itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOGUE } from './helpers/catalogue.js';

for (const opt of ['-O0', '-O2', '-O3']) {
  test(`the FFT built for the host (gcc ${opt}) gives the checksum the harness expects`, () => {
    const exe = join(mkdtempSync(join(tmpdir(), 'wmb-fft-')), 'fft');
    execFileSync('gcc', ['-std=c99', opt, '-ffp-contract=off', '-Ifirmware/benchmarks/fft', '-o', exe, 'firmware/benchmarks/fft/fft.c', 'firmware/benchmarks/fft/host_main.c']);
    assert.equal(execFileSync(exe, { encoding: 'utf8' }).trim(), CATALOGUE.benchmarks.fft!.checksum);
  });
}
