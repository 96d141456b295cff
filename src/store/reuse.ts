// Result reuse. A run's output is a function of what determined it; when all of that matches an earlier run,
// the earlier output is used instead of running again and the result says so (`reused`). Emulated runs are
// exact (QEMU with -icount shift=0,sleep=off): keyed by the bytes QEMU loads, QEMU's version, the command
// line and the harness's protocol version. A host instruction count (callgrind) is exact too: keyed by the
// binary, valgrind's version and the C library. Wall times and a real board's cycles are not repeatable: their
// targets reuse only when the config opts in (`run.reuse`). Only a run that finished cleanly (its "done" record) is kept; the
// metrics are derived again from the stored output by this version of the tool.
import { cpus } from 'node:os';
import type { Artifact } from '../build/cmake.js';
import { imageHashes } from '../build/image.js';
import { finished, PROTOCOL_VERSION } from '../measure/protocol.js';
import type { RunBackend, RunOutput } from '../run/backend.js';
import type { InstructionCounts } from '../run/host.js';
import type { Target } from '../types.js';
import type { ResultStore } from './store.js';
import type { Measured } from '../types.js';

/** The command line with the image's path (which changes with the output folder) put as a placeholder. */
export const portableCommand = (command: string[], elf: string) => command.map((a) => a.split(elf).join('<image>'));

let libc: string | undefined;
/**
 * The C library the host binaries run against: its code is inside the measured region (libm, memcpy). Asked
 * once per process: a diagnostic report (where node says it) takes milliseconds, and every host variant asks.
 */
export const hostLibc = () => (libc ??= (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime ?? 'unknown');

export interface ReuseContext {
  store: ResultStore;
  /** This run: stored with what it measures. */
  measured: Measured;
  /** First line of a tool's `--version` (memoized: asking QEMU would start it). */
  version: (tool: string) => Promise<string>;
  /** Whatever else pins a variant's run (the inventory board of a hardware variant). */
  placeOf?: (variantId: string) => unknown;
}

/** Everything an emulated, hardware or (opted-in) host run's output is a function of. */
export async function runKey(a: Artifact, command: string[], ctx: ReuseContext): Promise<Record<string, unknown>> {
  const image = await imageHashes(a.elf);
  const target: Target = a.variant.target;
  return {
    kind: 'run', target, protocol: PROTOCOL_VERSION,
    command: portableCommand(command, a.elf),
    // A host binary runs by itself: its machine is in `cpu` and `libc`.
    runner: command[0] === a.elf ? 'none' : await ctx.version(command[0]!),
    ...(target === 'host'
      ? {
        binary: image.sha256, libc: hostLibc(), cpu: cpus()[0]?.model ?? 'unknown',
        ...(a.timed ? { timed: (await imageHashes(a.timed.elf)).sha256 } : {}),
      }
      : { image: image.loaded() }),
    ...(ctx.placeOf ? { place: ctx.placeOf(a.variant.id) ?? null } : {}),
  };
}

/**
 * `backend` with reuse: a stored output for the same key is returned (marked `reused`) without running;
 * a fresh clean run is stored. `commandOf` is the command the backend would run, to key it without running.
 * `rerun`: never read the store (fresh runs replace its entries).
 */
export function reusing(backend: RunBackend, commandOf: (a: Artifact) => string[], ctx: ReuseContext, rerun: boolean): RunBackend {
  return {
    async run(artifact, timeoutMs, signal): Promise<RunOutput> {
      const key = await runKey(artifact, commandOf(artifact), ctx);
      const hit = rerun ? undefined : await ctx.store.get(key);
      if (hit && 'run' in hit.value) return { ...hit.value.run, command: commandOf(artifact), reused: hit.measured };
      const out = await backend.run(artifact, timeoutMs, signal);
      // Exit status 0 is not enough: QEMU stopped by a signal from outside exits 0 too; the output must be whole.
      if (out.exitCode === 0 && !out.timedOut && !out.failure && !signal?.aborted && finished(out.serial) && (!out.reused || out.reused.only)) {
        const { reused: _, ...run } = out;
        await ctx.store.put(key, ctx.measured, { run: { ...run, command: portableCommand(run.command, artifact.elf) } });
      }
      return out;
    },
  };
}

export function instructionCounts(ctx: ReuseContext, rerun: boolean): InstructionCounts {
  const key = async (elf: string, command: string[]) => ({
    kind: 'instructions', binary: (await imageHashes(elf)).sha256,
    command: portableCommand(command, elf), runner: await ctx.version(command[0]!), libc: hostLibc(),
  });
  return {
    async get(elf, command) {
      if (rerun) return undefined;
      const hit = await ctx.store.get(await key(elf, command));
      return hit && 'instructions' in hit.value ? { ...hit.value, measured: hit.measured } : undefined;
    },
    async put(elf, command, instructions, counted) {
      await ctx.store.put(await key(elf, command), ctx.measured, { instructions, ...(counted !== undefined ? { counted } : {}) });
    },
  };
}
