// wamrc, WAMR's AOT compiler, built from the same WAMR tree as the runtime against Debian's LLVM 19,
// once per WAMR tree, in the cache, for the runtimes whose runtime.yml says `needs: [wamrc]`.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, realpath, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runGuarded } from '../child.js';
import { UserError } from '../types.js';

export const LLVM_DIR = '/usr/lib/llvm-19/lib/cmake/llvm';

/** Path of a wamrc built from `wamrDir`, building it when the cache has none for that tree. */
export async function ensureWamrc(wamrDir: string, tree: string, cache: string, log: (line: string) => void, signal?: AbortSignal, before?: () => Promise<void>): Promise<string> {
  const dir = join(cache, 'wamrc', tree.replace(/^sha256:/, '').slice(0, 16));
  const exe = join(dir, 'wamrc');
  if (existsSync(exe)) return exe;
  await before?.();
  if (!existsSync(LLVM_DIR)) throw new UserError(`building wamrc needs LLVM 19's CMake files (${LLVM_DIR}): install the Debian packages llvm-19-dev libclang-19-dev (scripts/setup.sh does it)`);
  // A build folder of its own: two runs sharing the cache may build the same wamrc at once, and the last
  // rename wins with an identical binary.
  await mkdir(join(cache, 'wamrc'), { recursive: true });
  const build = await mkdtemp(`${dir}.build-`);
  log(`building wamrc from ${wamrDir} (once per WAMR tree; a few minutes)`);
  const configure = ['-G', 'Ninja', '-S', join(wamrDir, 'wamr-compiler'), '-B', build, '-DCMAKE_BUILD_TYPE=Release', '-DWAMR_BUILD_WITH_CUSTOM_LLVM=1', `-DLLVM_DIR=${LLVM_DIR}`];
  for (const args of [configure, ['--build', build]]) {
    const r = await runGuarded(['cmake', ...args], { all: true, ...(signal ? { signal } : {}) });
    if (r.failed) {
      await rm(build, { recursive: true, force: true });
      throw new Error(`wamrc build failed (cmake ${args.join(' ')}):\n${String(r.all).split('\n').slice(-15).join('\n')}`);
    }
  }
  await mkdir(dir, { recursive: true });
  // build/wamrc is a link to the versioned binary (wamrc-<version>): keep the file itself.
  await rename(await realpath(join(build, 'wamrc')), exe);
  await rm(build, { recursive: true, force: true });
  return exe;
}
