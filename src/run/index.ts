// The run backends, one per target. A new backend is one file and one line here.
import type { HostSettings } from '../config/config.js';
import type { Target } from '../types.js';
import type { RunBackend } from './backend.js';
import type { Farm } from '../inventory/assign.js';
import { hardwareBackend } from './hardware.js';
import { hostBackend } from './host.js';
import { qemuBackend, qemuCommand } from './qemu.js';
import { instructionCounts, reusing, type ReuseContext } from '../store/reuse.js';

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
   * targets in `measured` (whose numbers are not repeatable) when the config opts in. */
  reuse?: { ctx: ReuseContext; rerun: boolean; measured: Target[] };
}

/** The job's backends by target. */
export function backendsFor(ctx: BackendContext): Partial<Record<Target, RunBackend>> {
  const r = ctx.reuse;
  const host = hostBackend(ctx.host.repeat, r && instructionCounts(r.ctx, r.rerun));
  return {
    emulated: r ? reusing(qemuBackend, qemuCommand, r.ctx, r.rerun) : qemuBackend,
    host: r?.measured.includes('host') ? reusing(host, (a) => [a.elf, `timed runs: ${ctx.host.repeat}`], r.ctx, r.rerun) : host,
    ...(ctx.farm ? { hardware: hardwareBackend(ctx.farm, ctx.workDir, ctx.analyzerMetric) } : {}),
  };
}
