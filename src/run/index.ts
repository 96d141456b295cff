// The run backends, one per target. A new backend is one file and one line here.
import type { HostSettings } from '../config/config.js';
import type { Target } from '../types.js';
import type { RunBackend } from './backend.js';
import type { Farm } from '../inventory/assign.js';
import { hardwareBackend } from './hardware.js';
import { hostBackend } from './host.js';
import { qemuBackend } from './qemu.js';

/** Targets that have a backend; hardware needs a board inventory besides (see inventory/). */
export const TARGETS_WITH_BACKEND: Target[] = ['emulated', 'host', 'hardware'];

interface BackendContext {
  host: HostSettings;
  /** The board inventory and the assignment of hardware variants, when the matrix has any. */
  farm?: Farm;
  /** Where a flasher keeps what it derives (raw binaries). */
  workDir: string;
  /** The metric a benchmark declares for a logic analyzer on the pin (benchmark.yml's external), if any. */
  analyzerMetric: (benchmark: string) => string | undefined;
}

/** The job's backends by target. */
export function backendsFor(ctx: BackendContext): Partial<Record<Target, RunBackend>> {
  return {
    emulated: qemuBackend,
    host: hostBackend(ctx.host.repeat),
    ...(ctx.farm ? { hardware: hardwareBackend(ctx.farm, ctx.workDir, ctx.analyzerMetric) } : {}),
  };
}
