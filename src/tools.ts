// External programs the pipeline calls, the Debian package each comes from, and their versions for provenance.
import { execa } from 'execa';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from './types.js';

const PACKAGES: Record<string, string> = {
  'arm-none-eabi-gcc': 'gcc-arm-none-eabi',
  cmake: 'cmake',
  ninja: 'ninja-build',
  'qemu-system-arm': 'qemu-system-arm',
  gcc: 'gcc',
  valgrind: 'valgrind',
  // child.ts runs every build and run under these two, so that no child outlives the tool.
  setpriv: 'util-linux',
  timeout: 'coreutils',
};

/** Fails with the Debian packages to install when any of the named programs is missing. */
export async function requireTools(names: string[]): Promise<void> {
  const missing: string[] = [];
  for (const name of names) {
    const r = await execa(name, ['--version'], { reject: false });
    if (r.failed) missing.push(name);
  }
  if (missing.length)
    throw new UserError(`missing ${missing.join(', ')}: install the Debian package${missing.length > 1 ? 's' : ''} ${missing.map((m) => PACKAGES[m] ?? m).join(' ')} (scripts/setup.sh does it)`);
}

/** First line of `<tool> --version`, or "missing". */
export async function toolVersion(name: string): Promise<string> {
  const r = await execa(name, ['--version'], { reject: false });
  return r.failed ? 'missing' : String(r.stdout).split('\n')[0]!.trim();
}

/** The folder holding this package's package.json (works from src/ under tsx and from the dist/ bundle). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'wasm-mcu-bench') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the wasm-mcu-bench package root');
    dir = up;
  }
}

export function toolPackageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
