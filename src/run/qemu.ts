// Runs an image on its board's QEMU stand-in. The firmware build names the command (machine, serial routing,
// -icount shift=0,sleep=off: its emulated counter relies on one virtual nanosecond being one instruction);
// the firmware leaves through semihosting with its status.
import { runGuarded } from '../child.js';
import type { Artifact } from '../build/cmake.js';
import type { RunBackend, RunOutput } from './backend.js';

export const QEMU = 'qemu-system-arm';

export function qemuCommand(a: Pick<Artifact, 'variant' | 'elf' | 'info'>): string[] {
  const q = a.info.qemu;
  if (!q) throw new Error(`${a.variant.id}: the build names no QEMU machine for board ${a.variant.board}`);
  return [q.binary, '-M', q.machine, ...q.args, '-kernel', a.elf];
}

export const qemuBackend: RunBackend = {
  async run(artifact, timeoutMs, signal): Promise<RunOutput> {
    const command = qemuCommand(artifact);
    const start = performance.now();
    const r = await runGuarded(command, { limitMs: timeoutMs, ...(signal ? { signal } : {}), stdin: 'ignore', stripFinalNewline: false });
    // QEMU exits 0 when a signal stops it: one from outside (the tool's own stop is `signal`) is a failed run.
    const stopped = !r.timedOut && !signal?.aborted ? /terminating on signal \d+.*/.exec(String(r.stderr ?? ''))?.[0] : undefined;
    return {
      ...(stopped ? { failure: `QEMU was stopped before the firmware finished (${stopped})` } : {}),
      serial: String(r.stdout ?? ''),
      diagnostics: String(r.stderr ?? ''),
      ...(typeof r.exitCode === 'number' ? { exitCode: r.exitCode } : {}),
      timedOut: Boolean(r.timedOut),
      durationMs: performance.now() - start,
      command,
    };
  },
};
