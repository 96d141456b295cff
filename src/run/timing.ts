// Fair wall-time measurement on the host: every timed process pinned to one CPU, one at a time, the
// repeats of all variants timing at once interleaved (A B A B, not A A B B) so that drift in the
// machine's load falls on all of them alike.

/** "0-3,6,8-9" (Linux's CPU list format, /proc/self/status Cpus_allowed_list) -> [0,1,2,3,6,8,9]. */
export function parseCpuList(list: string): number[] {
  const cpus: number[] = [];
  for (const part of list.trim().split(',').filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`not a CPU list: ${JSON.stringify(list)}`);
    for (let c = Number(m[1]); c <= Number(m[2] ?? m[1]); c++) cpus.push(c);
  }
  return cpus;
}

/** The CPU timed processes are pinned to: the last one this process may run on (the first takes more interrupts). */
export function timingCpu(procStatus: string): number | undefined {
  const m = /^Cpus_allowed_list:\s*(.+)$/m.exec(procStatus);
  return m ? parseCpuList(m[1]!).at(-1) : undefined;
}

/** `taskset --cpu-list <cpu> <command...>`: argv only, no shell. */
export const pinned = (cpu: number, command: string[]) => ['taskset', '--cpu-list', String(cpu), ...command];

/**
 * One timed process at a time, first come first served: a variant that queues its next repeat only after
 * its last one ended goes behind the others waiting, so concurrent variants alternate.
 */
export class TimingQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(timed: () => Promise<T>): Promise<T> {
    const next = this.tail.then(timed, timed);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
