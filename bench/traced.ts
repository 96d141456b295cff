// The benches' check: `dist/cli.js check` on a private cache of its own (the pinned sources and wamrc of the
// user's cache, nothing else: no results, builds or compiler cache), with every program the tool could start
// a logging wrapper on PATH, so that the processes a check starts are counted, not assumed.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const TOOLS = ['qemu-system-arm', 'valgrind', 'arm-none-eabi-gcc', 'gcc', 'clang-19', 'ccache', 'cmake', 'ninja'];

export function tracedChecks(root: string, dir: string) {
  const shared = resolve(process.env.WASM_MCU_BENCH_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'wasm-mcu-bench'));
  const fresh = (name: string) => {
    const c = join(dir, name);
    mkdirSync(c);
    for (const keep of ['sources', 'wamrc']) if (existsSync(join(shared, keep))) symlinkSync(join(shared, keep), join(c, keep));
    return c;
  };
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const log = join(bin, 'started.log');
  for (const tool of TOOLS) {
    const real = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    if (!real) continue;
    writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> ${log}\nexec ${real} "$@"\n`);
    chmodSync(join(bin, tool), 0o755);
  }
  // Zephyr finds objcopy, readelf and the rest beside the compiler it was given (the wrapper): linked there.
  const gcc = spawnSync('sh', ['-c', 'command -v arm-none-eabi-gcc'], { encoding: 'utf8' }).stdout.trim();
  if (gcc) for (const t of readdirSync(dirname(gcc)).filter((f) => f.startsWith('arm-none-eabi-') && !existsSync(join(bin, f)))) symlinkSync(join(dirname(gcc), t), join(bin, t));
  /** One check; exit 1 (a failed variant, a regression) and 3 (no baselines) are still timed checks, 2 is an error. */
  const check = (configFile: string, cache: string, ...args: string[]) => {
    writeFileSync(log, '');
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', '--config', configFile, '--out', join(dir, 'out'), ...args],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, WASM_MCU_BENCH_CACHE: cache } });
    const ms = performance.now() - t;
    if (r.status === 2 || r.status === null) throw new Error(`check failed (${r.status}):\n${r.stderr}${r.stdout}`);
    const started = readFileSync(log, 'utf8').split('\n').filter((l) => l && !l.endsWith(' --version'));
    const count = (p: (l: string) => boolean) => started.filter(p).length;
    const dirsOf = (p: (l: string) => boolean) => new Set(started.filter(p).map((l) => /[\w.-]+\.(emulated|host)/.exec(l)?.[0]).filter(Boolean));
    const results = JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8')) as { variants: { status: string }[] };
    const status = (s: string) => results.variants.filter((v) => v.status === s).length;
    return {
      ms,
      variants: results.variants.length, ok: status('ok'), failed: status('failed'), notBuilt: status('not-built'),
      qemu: count((l) => l.startsWith('qemu-system-arm ')),
      callgrind: count((l) => l.startsWith('valgrind ')),
      compilers: count((l) => /^(arm-none-eabi-gcc|gcc|clang-19|ccache) /.test(l)),
      cmake: count((l) => l.startsWith('cmake ')),
      ninja: count((l) => l.startsWith('ninja ')),
      rebuilt: dirsOf((l) => l.startsWith('cmake ')),
      rerun: dirsOf((l) => l.startsWith('qemu-system-arm ') || l.startsWith('valgrind ')),
    };
  };
  const processes = (c: ReturnType<typeof check>) => `QEMU ${c.qemu}, callgrind ${c.callgrind}, compilers ${c.compilers}, cmake ${c.cmake}, ninja ${c.ninja}`;
  return { fresh, check, processes };
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
