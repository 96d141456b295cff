// The run backends, one per target. A new backend is one file and one line here.
import type { Target } from '../types.js';
import type { RunBackend } from './backend.js';
import { hardwareBackend, type Farm } from './hardware.js';
import { qemuBackend } from './qemu.js';

export const BACKENDS: Partial<Record<Target, RunBackend>> = {
  emulated: qemuBackend,
};

/** Backends made for each job from its board inventory; `workDir` holds what a flasher derives (raw binaries). */
export const FARM_BACKENDS: Partial<Record<Target, (farm: Farm, workDir: string) => RunBackend>> = {
  hardware: hardwareBackend,
};
