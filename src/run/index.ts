// The run backends, one per target. A new backend is one file and one line here.
import type { Target } from '../types.js';
import type { RunBackend } from './backend.js';
import { qemuBackend } from './qemu.js';

export const BACKENDS: Partial<Record<Target, RunBackend>> = {
  emulated: qemuBackend,
};
