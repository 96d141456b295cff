// Our QEMU TCG plugin (tools/qemu-plugin/wmb_profile.c): compiled with the host's gcc into the tool's
// cache on first use (named by the source's hash, so an updated plugin is rebuilt), and run beside an image.
// When it cannot be built or QEMU will not load it, the profile is unavailable with the reason; the run
// that measures is never affected.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { runGuarded } from '../child.js';
import type { RunOutput } from '../run/backend.js';
import { packageRoot } from '../tools.js';
import { cacheRoot } from '../sources/sources.js';

export const PLUGIN_SOURCE = () => join(packageRoot(), 'tools', 'qemu-plugin', 'wmb_profile.c');

export type Unavailable = { unavailable: string };

const building = new Map<string, Promise<{ path: string } | Unavailable>>();

/** The plugin's shared object, built once per source version into `cache` (once per process: variants
 * profiled in parallel share the build). */
export function ensurePlugin(cache = cacheRoot()): Promise<{ path: string } | Unavailable> {
  let b = building.get(cache);
  if (!b) building.set(cache, (b = buildPlugin(cache)));
  return b;
}

async function buildPlugin(cache: string): Promise<{ path: string } | Unavailable> {
  const source = PLUGIN_SOURCE();
  const text = await readFile(source).catch(() => undefined);
  if (!text) return { unavailable: `the plugin source ${source} is missing` };
  const dir = join(cache, 'qemu-plugin', createHash('sha256').update(text).digest('hex').slice(0, 16));
  const path = join(dir, 'wmb_profile.so');
  if (existsSync(path)) return { path };
  await mkdir(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const r = await execa('gcc', ['-shared', '-fPIC', '-O2', '-Wall', '-o', tmp, source], { reject: false });
  if (r.failed) {
    await rm(tmp, { force: true });
    return { unavailable: `the host's gcc cannot build the QEMU plugin: ${String(r.stderr || r.message).split('\n').slice(0, 3).join(' ')}` };
  }
  await rename(tmp, path);
  return { path };
}

/** QEMU's option syntax doubles a comma inside a value. */
const optionValue = (s: string) => s.replaceAll(',', ',,');

/** The image's QEMU command with the plugin loaded: `command` is the plain run's (qemuCommand). */
export function pluginCommand(command: string[], plugin: string, funcs: string, counter: { start: number; end: number }, out: string): string[] {
  const [qemu, ...args] = command;
  return [qemu!, '-plugin', [optionValue(plugin), `funcs=${optionValue(funcs)}`, `counter=${counter.start.toString(16)}:${counter.end.toString(16)}`, `out=${optionValue(out)}`].join(','), ...args];
}

export async function runWithPlugin(command: string[], timeoutMs: number, signal?: AbortSignal): Promise<RunOutput> {
  const start = performance.now();
  const r = await runGuarded(command, { limitMs: timeoutMs, ...(signal ? { signal } : {}), stdin: 'ignore', stripFinalNewline: false });
  return {
    serial: String(r.stdout ?? ''), diagnostics: String(r.stderr ?? ''),
    ...(typeof r.exitCode === 'number' ? { exitCode: r.exitCode } : {}),
    timedOut: Boolean(r.timedOut), durationMs: performance.now() - start, command,
  };
}

/** Why QEMU did not run the plugin, from its stderr (an old QEMU without -plugin, an API it refuses). */
export function refusal(diagnostics: string): string | undefined {
  const line = diagnostics.split('\n').find((l) => /plugin|wmb_profile/i.test(l) && !/^#/.test(l));
  return line?.trim();
}
