// Every long-running program the tool starts (CMake and what it runs, QEMU, host runs under valgrind)
// goes through here, so that none outlives the tool, even when the tool is killed with SIGKILL and cannot
// clean up. The program runs as
//   setpriv --pdeathsig TERM -- timeout --kill-after=GRACE -- LIMIT program args...
// - setpriv (util-linux) asks the kernel to send SIGTERM to the child when the tool dies, whatever killed it;
// - the child is coreutils' timeout, which runs the program in a process group of its own and passes a
//   SIGTERM on to the whole group (ninja and the compilers under cmake; ninja also stops the jobs it put in
//   groups of their own), then SIGKILLs the group after GRACE;
// - LIMIT, the run's own timeout plus GRACE, still bounds the program if the parent-death signal was never
//   armed (the tool dying between fork and setpriv's prctl). A build has no time limit, only the signal.
// Both programs are in Debian's essential packages; no shell: the program and its arguments are argv
// entries after `--`. The kernel's parent death is that of the thread that forked: Node forks from its main
// thread, which lives as long as the process.
import { execa, type Options, type Result } from 'execa';

/** Seconds between SIGTERM and SIGKILL, for QEMU or ninja to stop their own children. */
const GRACE_S = 3;

function guardedArgv(argv: string[], limitMs?: number): string[] {
  const limit = limitMs === undefined ? '0' : `${Math.ceil(limitMs / 1000) + GRACE_S}s`;
  return ['setpriv', '--pdeathsig', 'TERM', '--', 'timeout', `--kill-after=${GRACE_S}s`, '--', limit, ...argv];
}

interface GuardedOptions {
  /** The program's own time limit (the tool stops it then; timeout's bound is a little later). */
  limitMs?: number;
  /** Stops the program (SIGTERM to its whole group) when aborted: the tool was interrupted. */
  signal?: AbortSignal;
}

/** Runs `argv` guarded; the result is execa's, as if the program had been run directly. */
export async function runGuarded<O extends Options>(argv: string[], options: O & GuardedOptions): Promise<Result<O>> {
  const { limitMs, signal, ...rest } = options;
  const [bin, ...args] = guardedArgv(argv, limitMs);
  return execa(bin!, args, {
    ...rest,
    ...(limitMs !== undefined ? { timeout: limitMs } : {}),
    ...(signal ? { cancelSignal: signal } : {}),
    // timeout passes SIGTERM on to the group; SIGKILL would kill timeout alone and orphan the program.
    killSignal: 'SIGTERM',
    forceKillAfterDelay: (GRACE_S + 2) * 1000,
    reject: false,
  } as O) as unknown as Result<O>;
}
