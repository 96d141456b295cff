// What profiling costs, each profiled run beside the plain one it adds to, alternately, three times each; the
// fastest of each (the machine's other load only ever adds time):
//   - emulated: each FFT cell under QEMU plainly and with our TCG plugin (goal: at most 3x);
//   - host: the FFT cells' plain callgrind count (what a check runs) and callgrind with the profile's call
//     stacks and per-instruction costs (what explain and run.profile add).
import { execa } from 'execa';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Artifact, BuildInfo } from '../src/build/cmake.js';
import { check } from '../src/jobs/check.js';
import { planMatrix, resolveJob } from '../src/jobs/job.js';
import { parseElf } from '../src/measure/elf.js';
import { profileHostImage } from '../src/profile/host.js';
import { profileImage } from '../src/profile/variant.js';
import type { Unavailable } from '../src/profile/plugin.js';
import { silentProgress } from '../src/progress.js';
import { callgrindCommand } from '../src/run/host.js';
import { qemuCommand } from '../src/run/qemu.js';
import type { Variant } from '../src/types.js';

/** A variant's build folder under the build root: its own, or its group member's (build/group.ts), by its build record. */
export function buildDirOf(v: Variant, buildRoot: string): string {
  for (const folder of readdirSync(buildRoot)) {
    for (const dir of [join(buildRoot, folder), join(buildRoot, folder, v.benchmark)]) {
      const file = join(dir, 'wmb-build.json');
      if (!existsSync(file)) continue;
      const info = JSON.parse(readFileSync(file, 'utf8')) as BuildInfo & Record<string, unknown>;
      if (info.board === v.board && info.stack === v.stack && info.runtime === v.runtime && info.benchmark === v.benchmark && info.target === (v.image ?? v.target))
        return dir;
    }
  }
  throw new Error(`no build of ${v.id} under ${buildRoot}`);
}

function artifactOf(v: Variant, buildRoot: string): Artifact {
  const info = JSON.parse(readFileSync(join(buildDirOf(v, buildRoot), 'wmb-build.json'), 'utf8')) as BuildInfo;
  return { variant: v, elf: info.elf!, sha256: '', info, log: '' };
}

/** The fastest of three plain runs and of three profiled ones, alternately; a line for the variant. */
async function sideBySide(id: string, plainCommand: string[], profiled: () => Promise<{ durationMs: number } | Unavailable>): Promise<void> {
  let plain = Infinity;
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await execa(plainCommand[0]!, plainCommand.slice(1), { reject: false });
    plain = Math.min(plain, performance.now() - t);
    const p = await profiled();
    if ('unavailable' in p) {
      console.log(`   ${id.padEnd(56)} profiles unavailable: ${p.unavailable}`);
      return;
    }
    best = Math.min(best, p.durationMs);
  }
  console.log(`   ${id.padEnd(56)} ${(plain / 1000).toFixed(2)} s  ${(best / 1000).toFixed(2)} s  ${(best / plain).toFixed(2)}x`);
}

export async function profileBench(variants: Variant[], buildRoot: string, firmwareDir: string, outDir: string): Promise<void> {
  console.log('\n5. profiling, fastest of 3 runs each: plain, profiled, ratio');
  console.log('   emulated: QEMU plainly and with the TCG plugin (goal <= 3x on FFT)');
  for (const v of variants.filter((x) => x.target === 'emulated' && x.benchmark === 'fft')) {
    const artifact = artifactOf(v, buildRoot);
    const image = readFileSync(artifact.elf);
    const elf = parseElf(image, artifact.elf);
    await sideBySide(v.id, qemuCommand(artifact), () => profileImage({ artifact, image, elf, firmwareDir, outDir, timeoutMs: 600_000 }));
  }
  // The host's FFT cells, native and through an interpreter, built by a check of their own when the matrix has none.
  let host = variants.filter((x) => x.target === 'host' && x.benchmark === 'fft');
  let hostBuilds = buildRoot;
  if (!host.length) {
    const config = join(outDir, 'host.yml');
    writeFileSync(config, 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native, wasm3]\nbenchmarks: [fft]\ntargets: [host]\nhost: { runtimes: [native, wasm3], repeat: 1 }\n');
    const r = await check({ config, outDir: join(outDir, 'host'), progress: silentProgress });
    const ok = new Set(r.results.variants.filter((x) => x.status === 'ok').map((x) => x.id));
    host = (await planMatrix(await resolveJob({ config, outDir: join(outDir, 'host'), progress: silentProgress }))).variants.filter((x) => ok.has(x.id));
    hostBuilds = join(outDir, 'host', 'build');
  }
  console.log('   host: the plain callgrind count and callgrind with the profile (call stacks, per-instruction costs)');
  for (const v of host) {
    const artifact = artifactOf(v, hostBuilds);
    await sideBySide(v.id, callgrindCommand(artifact.elf), () => profileHostImage({ artifact, firmwareDir, outDir, timeoutMs: 600_000 }));
  }
}
