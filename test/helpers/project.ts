// A throwaway user repository: a git repo with a config, where the tool is run as a user would run it.
import { gitIn } from './git.js';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');

export interface Project {
  dir: string;
  config: string;
  git(...args: string[]): string;
  write(name: string, text: string): void;
  cli(...args: string[]): SpawnSyncReturns<string>;
}

export function makeProject(configText: string): Project {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-project-'));
  const git = gitIn(dir);
  git('init', '-q', '-b', 'main');
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write('wasm-mcu-bench.yml', configText);
  return {
    dir,
    config: join(dir, 'wasm-mcu-bench.yml'),
    git,
    write,
    cli: (...args) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' }),
  };
}

export const config = (lines: string[]) => `${lines.join('\n')}\n`;

/** A copy of the firmware in the project whose C function `fn` (in `file`, relative to firmware/) starts with
 * `code`: a real misbehaving image, not a simulated one. Returns the copy's directory. */
export function firmwareWith(p: Project, file: string, fn: string, code: string): string {
  const fw = join(p.dir, 'firmware');
  cpSync(join(ROOT, 'firmware'), fw, { recursive: true });
  const path = join(fw, file);
  const src = readFileSync(path, 'utf8');
  const patched = src.replace(new RegExp(`(void\\s+${fn}\\s*\\([^)]*\\)\\s*\\{)`), `$1\n    ${code}\n`);
  if (patched === src) throw new Error(`${fn} not found in ${path}`);
  writeFileSync(path, patched);
  return fw;
}

/**
 * Why tests needing pinned upstream sources must be skipped (none of them is in an override or the cache;
 * tests never download), or false when all are there.
 */
export async function sourcesMissing(...names: string[]): Promise<string | false> {
  const { loadManifest, resolveSource, envName } = await import('../../src/sources/sources.js');
  const manifest = await loadManifest(join(ROOT, 'firmware'));
  for (const name of names) {
    const r = await resolveSource(name, manifest[name]!, { downloadTimeoutMs: 0 });
    if (r.unavailable) return `${name} is neither in ${envName(name)} nor in the cache (fill it with: wasm-mcu-bench sources import ${name} DIR)`;
  }
  return false;
}

/**
 * The folder under `<out>/build` where variant `id` (`<board>/<stack>/<runtime>/<benchmark>@<target>`) was built:
 * its own build folder, or its member folder in its group's (src/build/group.ts), found by its wmb-build.json.
 */
export function buildDirOf(out: string, id: string): string {
  const [, board, stack, runtime, benchmark, target] = /^([^/]+)\/([^/]+)\/([^/]+)\/([^@]+)@(.+)$/.exec(id)!;
  const root = join(out, 'build');
  // The cache may hold builds of the same id with other flags (another config's): the one this check used is
  // the one whose build stamp it wrote or touched last.
  let found: { dir: string; used: number } | undefined;
  for (const folder of readdirSync(root)) {
    for (const dir of [join(root, folder), join(root, folder, benchmark!)]) {
      const info = join(dir, 'wmb-build.json');
      if (!existsSync(info)) continue;
      const b = JSON.parse(readFileSync(info, 'utf8')) as Record<string, unknown>;
      if (b.board !== board || b.stack !== stack || b.runtime !== runtime || b.benchmark !== benchmark || b.target !== target) continue;
      const used = statSync(join(root, folder, 'wmb-stamp.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (!found || used > found.used) found = { dir, used };
    }
  }
  if (!found) throw new Error(`no build of ${id} under ${root}`);
  return found.dir;
}
