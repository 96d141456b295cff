// External programs the pipeline calls, the Debian package each comes from, and their versions for provenance.
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { cacheRoot } from './sources/sources.js';
import { writeAtomic } from './files.js';
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

/** The executable `name` resolves to on PATH, as a spawn would find it; undefined when there is none. */
export function which(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of isAbsolute(name) ? [''] : path.split(delimiter).filter(Boolean)) {
    const file = dir ? join(dir, name) : name;
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Fails with the Debian packages to install when any of the named programs is missing (a PATH lookup: nothing is started). */
export async function requireTools(names: string[]): Promise<void> {
  const missing = names.filter((name) => !which(name));
  if (missing.length)
    throw new UserError(`missing ${missing.join(', ')}: install the Debian package${missing.length > 1 ? 's' : ''} ${missing.map((m) => PACKAGES[m] ?? m).join(' ')} (scripts/setup.sh does it)`);
}

/**
 * First line of `<tool> --version`, or "missing". Remembered in the cache by the executable's path, size,
 * mtime and inode: an unchanged check starts no compiler or emulator just to ask, and an upgraded tool (a
 * new file) is asked again.
 */
export function toolVersion(name: string): Promise<string> {
  // One at a time: each adds to the same memo file.
  const next = asking.then(() => askVersion(name));
  asking = next.catch(() => undefined);
  return next;
}
let asking: Promise<unknown> = Promise.resolve();

async function askVersion(name: string): Promise<string> {
  const file = which(name);
  if (!file) return 'missing';
  const st = statSync(file);
  const id = `${file} ${st.size} ${st.mtimeMs} ${st.ino}`;
  const memo = join(cacheRoot(), 'tool-versions.json');
  const known = await readFile(memo, 'utf8').then((t) => JSON.parse(t) as unknown, () => ({}));
  const versions: Record<string, string> = known && typeof known === 'object' && !Array.isArray(known)
    ? Object.fromEntries(Object.entries(known).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
  if (versions[id] !== undefined) return versions[id];
  const r = await execa(file, ['--version'], { reject: false });
  const version = r.failed ? 'missing' : String(r.stdout).split('\n')[0]!.trim();
  if (r.failed) return version;
  await mkdir(cacheRoot(), { recursive: true });
  await writeAtomic(memo, JSON.stringify({ ...versions, [id]: version }));
  return version;
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

let codeHash: string | undefined;
/**
 * A hash of this tool's own code: the bundle it runs from (dist/), or its sources under tsx (src/). What it derives
 * and keeps (measure/facts.ts) is derived again by any other code, released or not.
 */
export function toolCodeHash(): string {
  if (codeHash) return codeHash;
  const root = packageRoot();
  const from = join(root, fileURLToPath(import.meta.url).startsWith(join(root, 'dist')) ? 'dist' : 'src');
  const h = createHash('sha256');
  for (const f of readdirSync(from, { recursive: true }).map(String).sort()) {
    const path = join(from, f);
    if (statSync(path).isFile()) h.update(`${f}\n`).update(readFileSync(path));
  }
  return (codeHash = h.digest('hex'));
}

let packageVersion: string | undefined;
/** This tool's version (package.json), read once per process. */
export function toolPackageVersion(): string {
  return (packageVersion ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version);
}
