// The profiling plugin's cost: each emulated FFT cell run plainly and with the plugin, alternately, three
// times each; the fastest of each (the machine's other load only ever adds time). Goal: at most 3x.
import { execa } from 'execa';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Artifact, BuildInfo } from '../src/build/cmake.js';
import { parseElf } from '../src/measure/elf.js';
import { profileImage } from '../src/profile/variant.js';
import { qemuCommand } from '../src/run/qemu.js';
import type { Variant } from '../src/types.js';

export async function profileBench(variants: Variant[], buildRoot: string, firmwareDir: string, outDir: string): Promise<void> {
  console.log('\n5. the profiling plugin (QEMU TCG), fastest of 3 runs each: plain, profiled, ratio (goal <= 3x on FFT)');
  for (const v of variants.filter((x) => x.target === 'emulated' && x.benchmark === 'fft')) {
    const info = JSON.parse(readFileSync(join(buildRoot, v.id.replace(/[/@]/g, '.'), 'wmb-build.json'), 'utf8')) as BuildInfo;
    const artifact: Artifact = { variant: v, elf: info.elf ?? join(buildRoot, v.id.replace(/[/@]/g, '.'), 'firmware.elf'), sha256: '', info, log: '' };
    const image = readFileSync(artifact.elf);
    const elf = parseElf(image, artifact.elf);
    const q = qemuCommand(artifact);
    let plain = Infinity;
    let profiled = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await execa(q[0]!, q.slice(1), { reject: false });
      plain = Math.min(plain, performance.now() - t);
      const p = await profileImage({ artifact, image, elf, firmwareDir, outDir, timeoutMs: 600_000 });
      if ('unavailable' in p) {
        console.log(`   ${v.id.padEnd(56)} profiles unavailable: ${p.unavailable}`);
        break;
      }
      profiled = Math.min(profiled, p.durationMs);
    }
    if (profiled < Infinity) console.log(`   ${v.id.padEnd(56)} ${(plain / 1000).toFixed(2)} s  ${(profiled / 1000).toFixed(2)} s  ${(profiled / plain).toFixed(2)}x`);
  }
}
