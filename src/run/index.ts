// The run backends, one per target. A new backend is one file and one line here.
import type { HostSettings } from '../config/config.js';
import type { Target } from '../types.js';
import type { RunBackend } from './backend.js';
import { hostBackend } from './host.js';
import { qemuBackend } from './qemu.js';

export const TARGETS_WITH_BACKEND: Target[] = ['emulated', 'host'];

export function backendFor(target: Target, host: HostSettings): RunBackend | undefined {
  if (target === 'emulated') return qemuBackend;
  if (target === 'host') return hostBackend(host.repeat);
  return undefined;
}
