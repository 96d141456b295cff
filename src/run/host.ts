// Runs a host build natively: `repeat` timed runs (their median, interval and samples are reported), each
// pinned to one CPU and taking turns with the other host variants' (timing.ts), then one run
// under callgrind that counts the instructions executed inside the measured region only
// (--toggle-collect=wmb_driver_measure), which is exact and repeatable. perf counters would be faster but
// count the whole process, are unavailable on many CI machines, and vary from run to run.
import { readFileSync } from 'node:fs';
import { runGuarded } from '../child.js';
import { configurationOf, type Artifact } from '../build/cmake.js';
import type { RunBackend, RunOutput } from './backend.js';
import { pinned, timingCpu, TimingQueue } from './timing.js';
import { measuredBy, type Measured } from '../types.js';

/** Host instruction counts by binary: hostBackend runs callgrind only on a miss (the result store keeps them, store/reuse.ts). */
export interface InstructionCounts {
  /** `counted`: what the counted run printed (kept when the timed image is another one). */
  get(elf: string, command: string[]): Promise<{ instructions: number; counted?: string; measured: Measured } | undefined>;
  put(elf: string, command: string[], instructions: number, counted?: string): Promise<void>;
}

/** The harness's measured region (firmware/common/wmb_driver.c): what callgrind counts and its profiles start from. */
export const MEASURED_FUNCTION = 'wmb_driver_measure';

/** Callgrind counting the measured region only; `profile`: its costs also written to `out` per call stack
 * (`callers` deep) and per instruction, for the host profile (profile/host.ts). */
export function callgrindCommand(elf: string, profile?: { out: string; callers: number }): string[] {
  return ['valgrind', '--tool=callgrind', `--callgrind-out-file=${profile?.out ?? '/dev/null'}`, `--toggle-collect=${MEASURED_FUNCTION}`,
    ...(profile ? [`--separate-callers=${profile.callers}`, '--dump-instr=yes'] : []), elf];
}

/** "==123== Collected : 456789" from callgrind's summary. */
export function parseCallgrind(stderr: string): number | undefined {
  const m = stderr.match(/^==\d+== Collected : (\d+)/m);
  return m ? Number(m[1]) : undefined;
}

/** `counts`: the result store's instruction counts; callgrind runs only for a binary it has not counted. */
export function hostBackend(repeat: number, counts?: InstructionCounts): RunBackend {
  // Shared by every host variant of the job: their timed runs take turns on one pinned CPU.
  const queue = new TimingQueue();
  const cpu = timingCpu(readFileSync('/proc/self/status', 'utf8'));
  return {
    async run(artifact: Artifact, timeoutMs: number, signal?: AbortSignal): Promise<RunOutput> {
      const start = performance.now();
      const samples: string[] = [];
      let diagnostics = cpu === undefined ? '# timed runs not pinned: no Cpus_allowed_list in /proc/self/status\n' : `# timed runs pinned to CPU ${cpu} (taskset), in turn with the other host variants\n`;
      // A build may time another image than the one callgrind counts (a configuration valgrind cannot run).
      const image = artifact.timed ?? artifact;
      if (artifact.timed) diagnostics += `# timed: ${image.elf} (${configurationOf(image.info) ?? 'as built'}); counted: ${artifact.elf} (${configurationOf(artifact.info) ?? 'as built'})\n`;
      const timed = cpu === undefined ? [image.elf] : pinned(cpu, [image.elf]);
      // The time limit counts this variant's own runs, not its turns waiting for the others'.
      let own = 0;
      const left = () => ({ limitMs: Math.max(1, timeoutMs - own), ...(signal ? { signal } : {}), stdin: 'ignore' as const });
      for (let i = 0; i < repeat; i++) {
        const r = await queue.run(async () => {
          const t = performance.now();
          const x = await runGuarded(timed, left());
          own += performance.now() - t;
          return x;
        });
        diagnostics += String(r.stderr ?? '');
        if (r.timedOut || r.exitCode !== 0)
          return { serial: String(r.stdout ?? ''), diagnostics, ...(typeof r.exitCode === 'number' ? { exitCode: r.exitCode } : {}), timedOut: Boolean(r.timedOut), durationMs: performance.now() - start, command: timed };
        samples.push(String(r.stdout));
      }
      // A runtime in another process (node, wasm-interp): callgrind would only see the pipe.
      if (artifact.info.runtime_info?.out_of_process)
        return { serial: samples[0]!, samples, diagnostics, exitCode: 0, timedOut: false, durationMs: performance.now() - start, command: timed };
      const cg = callgrindCommand(artifact.elf);
      const known = await counts?.get(artifact.elf, cg);
      if (known) {
        diagnostics += `# instruction count reused: the same binary under the same valgrind was counted by ${measuredBy(known.measured.commit)} on ${known.measured.date}\n`;
        return {
          serial: samples[0]!, samples, instructions: known.instructions, ...(artifact.timed && known.counted !== undefined ? { counted: known.counted } : {}),
          diagnostics, exitCode: 0, timedOut: false, durationMs: performance.now() - start, command: timed, reused: { ...known.measured, only: 'instructions' },
        };
      }
      const c = await runGuarded(cg, left());
      diagnostics += String(c.stderr ?? '');
      // A run valgrind cannot finish counts nothing: say so rather than report 0 instructions.
      const collected = parseCallgrind(String(c.stderr ?? ''));
      const instructions = c.exitCode === 0 && collected ? collected : undefined;
      if (instructions !== undefined && !c.timedOut) await counts?.put(artifact.elf, cg, instructions, String(c.stdout ?? ''));
      if (instructions === undefined) diagnostics += `\n# no instruction count: callgrind exited with ${c.exitCode}, collected ${collected ?? 'nothing'}\n`;
      return {
        serial: samples[0]!,
        samples,
        ...(instructions !== undefined ? { instructions } : {}),
        ...(artifact.timed ? { counted: String(c.stdout ?? '') } : {}),
        diagnostics,
        exitCode: c.timedOut ? 0 : (c.exitCode ?? 0),
        timedOut: Boolean(c.timedOut),
        durationMs: performance.now() - start,
        command: timed,
      };
    },
  };
}
