// The run backends, one per target, each behind the result store where its numbers may be reused. A new
// backend is one file in run/ and one line here.
import type { HostSettings } from '../config/config.js';
import type { Target } from '../types.js';
import type { RunBackend } from '../run/backend.js';
import type { Farm } from '../inventory/assign.js';
import type { BoardEntry } from '../inventory/inventory.js';
import { hardwareBackend } from '../run/hardware.js';
import { hostBackend } from '../run/host.js';
import { qemuBackend as qemu, qemuCommand } from '../run/qemu.js';
import type { Slot } from '../jobs/slots.js';
import { instructionCounts, reusing, type ReuseContext } from './reuse.js';

/** Targets that have a backend; hardware needs a board inventory besides (see inventory/). */
export const TARGETS_WITH_BACKEND: Target[] = ['emulated', 'host', 'hardware'];

export interface BackendContext {
  host: HostSettings;
  /** The board inventory and the assignment of hardware variants, when the matrix has any. */
  farm?: Farm;
  /** Where a flasher keeps what it derives (raw binaries). */
  workDir: string;
  /** The metric a benchmark declares for a logic analyzer on the pin (benchmark.yml's external), if any. */
  analyzerMetric: (benchmark: string) => string | undefined;
  /** The result store: emulated runs and host instruction counts are reused from it, and the runs of the
   * targets in `measured` (host, hardware: numbers that are not repeatable) when the config opts in. */
  reuse?: { ctx: ReuseContext; rerun: boolean; measured: Target[] };
  /** Taken by each run that is not reused (jobs/slots.ts). */
  slot?: Slot;
}

/** What pins a hardware run besides its image: the board it ran on (inventory entry, model, debug probe). */
export const boardPlace = (b: BoardEntry) => ({ name: b.name, board: b.board, probe: b.probe ?? null });

/** The job's backends by target. */
export function backendsFor(ctx: BackendContext): Partial<Record<Target, RunBackend>> {
  const r = ctx.reuse;
  const slot = ctx.slot;
  // Interrupted while it waited for a slot: not started (a board would run to its end).
  const limited = (b: RunBackend): RunBackend => (slot ? {
    run: (a, timeoutMs, signal) => slot(async () => (signal?.aborted
      ? { serial: '', diagnostics: '', timedOut: false, durationMs: 0, command: [], failure: 'interrupted before it started' }
      : b.run(a, timeoutMs, signal))),
  } : b);
  const qemuBackend = limited(qemu);
  const host = limited(hostBackend(ctx.host.repeat, r && instructionCounts(r.ctx, r.rerun)));
  const farm = ctx.farm;
  const hardware = farm && limited(hardwareBackend(farm, ctx.workDir, ctx.analyzerMetric));
  const place = (id: string) => {
    const b = farm?.boardOf.get(id);
    return b && boardPlace(b);
  };
  return {
    emulated: r ? reusing(qemuBackend, qemuCommand, r.ctx, r.rerun) : qemuBackend,
    host: r?.measured.includes('host') ? reusing(host, (a) => [a.elf, `timed runs: ${ctx.host.repeat}`], r.ctx, r.rerun) : host,
    ...(hardware ? {
      hardware: r?.measured.includes('hardware')
        ? reusing(hardware, (a) => [farm.boardOf.get(a.variant.id)?.flasher.type ?? 'unassigned'], { ...r.ctx, placeOf: place }, r.rerun)
        : hardware,
    } : {}),
  };
}
