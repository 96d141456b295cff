// SIGINT and SIGTERM stop a job in order: no new variant starts, the running ones are stopped (their
// programs get SIGTERM through the guard of child.ts), the finished ones are written to results.json marked
// interrupted, and the tool exits with 128 + the signal's number. A second signal exits at once; the
// kernel's parent-death signal still stops every child.
import { constants } from 'node:os';

type StopSignal = 'SIGINT' | 'SIGTERM';

/** Thrown once the finished variants are on disk; the adapters turn it into the exit status. */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor(readonly signal: StopSignal, message = `interrupted by ${signal}`) {
    super(message);
  }

  get exitCode(): number {
    return 128 + constants.signals[this.signal];
  }
}

/** The signal that interrupted the job, from an aborted controller's reason. */
export const stopSignal = (s: AbortSignal | undefined): StopSignal | undefined =>
  s?.aborted ? (s.reason === 'SIGINT' ? 'SIGINT' : 'SIGTERM') : undefined;

/** Handles SIGINT and SIGTERM for the job's duration: the first aborts `signal`, a second exits at once. */
export function onStopSignals(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const handler = (name: StopSignal) => {
    if (controller.signal.aborted) process.exit(128 + constants.signals[name]);
    process.stderr.write(`wasm-mcu-bench: ${name}: stopping the running variants, writing the finished ones (again to quit at once)\n`);
    controller.abort(name);
  };
  const names: StopSignal[] = ['SIGINT', 'SIGTERM'];
  for (const n of names) process.on(n, handler);
  return { signal: controller.signal, dispose: () => names.forEach((n) => process.off(n, handler)) };
}
