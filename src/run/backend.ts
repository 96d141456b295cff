// One interface for every way of running an image: QEMU here, boards and the host in their own files.
import type { Artifact } from '../build/cmake.js';
import type { Metrics, Reused } from '../types.js';

export interface RunOutput {
  /** What the firmware wrote on its result UART. */
  serial: string;
  /** Diagnostics of the runner itself (QEMU's stderr, a flasher's log). */
  diagnostics: string;
  exitCode?: number;
  timedOut: boolean;
  durationMs: number;
  command: string[];
  /** Host: the output of every timed run (the first is `serial`). */
  samples?: string[];
  /** Host: instructions executed in the measured region, from callgrind. */
  instructions?: number;
  /** Host: what the run callgrind counted printed, when its image is not the timed one (Artifact.timed). */
  counted?: string;
  /** Set when the run could not happen (a board unavailable): the variant fails with this reason. */
  failure?: string;
  /** Measured by the runner itself rather than printed by the firmware (an external logic analyzer). */
  metrics?: Metrics;
  /** Not run: an earlier identical run's output, measured by this commit on this date (store/reuse.ts); `only`
   * names the part that was reused when the rest was measured again. */
  reused?: Reused;
}

export interface RunBackend {
  /** `signal`: the tool was interrupted; stop the run. */
  run(artifact: Artifact, timeoutMs: number, signal?: AbortSignal): Promise<RunOutput>;
}
