// Turns a Variant into an Artifact through the firmware's single CMake entry. Each variant has its own
// build directory; an unchanged tree is configured once and then left to ninja, which rebuilds nothing.
import { execa } from 'execa';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Variant } from '../types.js';

/** What the firmware build writes beside the image (firmware/CMakeLists.txt, from the board's board.cmake). */
export interface BuildInfo {
  board: string;
  stack: string;
  runtime: string;
  benchmark: string;
  target: string;
  qemu: { binary: string; machine: string; args: string[] } | null;
  flash_bytes_capacity: number;
  ram_bytes_capacity: number;
  core_hz: number;
}

export interface Artifact {
  variant: Variant;
  elf: string;
  info: BuildInfo;
  /** Build output, for the log group and for a failed build's reason. */
  log: string;
}

export class BuildError extends Error {
  override name = 'BuildError';
  constructor(message: string, readonly log: string) {
    super(message);
  }
}

export const slug = (id: string) => id.replace(/[/@]/g, '.');

export function configureArgs(v: Variant, firmwareDir: string, buildDir: string): string[] {
  const defines = Object.entries(v.defines).map(([k, val]) => `${k}=${val}`);
  return [
    '-G', 'Ninja', '-S', firmwareDir, '-B', buildDir,
    `-DBOARD=${v.board}`, `-DSTACK=${v.stack}`, `-DRUNTIME=${v.runtime}`,
    `-DBENCHMARK=${v.benchmark}`, `-DTARGET=${v.image ?? v.target}`,
    `-DWMB_CFLAGS=${v.cflags.join(';')}`, `-DWMB_DEFINES=${defines.join(';')}`,
  ];
}

const tail = (s: string, lines = 25) => s.split('\n').slice(-lines).join('\n');

export async function buildFirmware(v: Variant, firmwareDir: string, buildRoot: string): Promise<Artifact> {
  const dir = join(buildRoot, slug(v.id));
  await mkdir(dir, { recursive: true });
  const args = configureArgs(v, firmwareDir, dir);
  const stamp = join(dir, 'wmb-configure-args.json');
  const wanted = JSON.stringify(args);
  let log = '';
  const configured = existsSync(join(dir, 'CMakeCache.txt')) && (await readFile(stamp, 'utf8').catch(() => '')) === wanted;
  if (!configured) {
    const r = await execa('cmake', args, { all: true, reject: false });
    log += `$ cmake ${args.join(' ')}\n${r.all}\n`;
    if (r.failed) throw new BuildError(`configure failed: ${tail(String(r.all), 8)}`, log);
    await writeFile(stamp, wanted);
  }
  const r = await execa('cmake', ['--build', dir], { all: true, reject: false });
  log += `$ cmake --build ${dir}\n${r.all}\n`;
  if (r.failed) throw new BuildError(`build failed: ${tail(String(r.all), 12)}`, log);
  const info = JSON.parse(await readFile(join(dir, 'wmb-build.json'), 'utf8')) as BuildInfo;
  return { variant: v, elf: join(dir, 'firmware.elf'), info, log };
}
