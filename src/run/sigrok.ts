// The LED pin's rate of edges measured from outside with a logic analyzer through sigrok-cli: the number of
// edges per second over the captured burst, comparable with the rate the firmware's own cycle count gives.
import { execa, type ResultPromise } from 'execa';
import type { SigrokSettings } from '../inventory/inventory.js';

export function sigrokArgs(s: SigrokSettings): string[] {
  return [
    '--driver', s.driver, '--channels', s.channel,
    ...(s.channelGroup ? ['--channel-group', s.channelGroup] : []),
    ...s.config.flatMap((c) => ['--config', c]),
    ...(s.trigger ? ['--triggers', `${s.channel}=${s.trigger}`] : []),
    '--samples', String(s.samples), '-O', 'csv',
  ];
}

const UNITS: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9 };

/** Edges per second in sigrok's CSV of one channel: (edges - 1) over the time from the first edge to the last. */
export function edgeRate(csv: string): { hz: number; edges: number; samplerate: number } {
  const rate = /^; Samplerate: ([\d.]+) ?([kMG]?)Hz$/m.exec(csv);
  if (!rate) throw new Error('sigrok-cli output names no samplerate');
  const samplerate = Number(rate[1]) * UNITS[rate[2]!]!;
  const bits = csv.split('\n').filter((l) => /^[01]$/.test(l.trim())).map((l) => l.trim());
  let first = -1;
  let last = -1;
  let edges = 0;
  for (let i = 1; i < bits.length; i++)
    if (bits[i] !== bits[i - 1]) {
      if (first < 0) first = i;
      last = i;
      edges++;
    }
  if (edges < 2) throw new Error(`${edges} edge(s) in ${bits.length} samples: the pin did not change while the analyzer captured`);
  return { hz: Math.round(((edges - 1) * samplerate) / (last - first)), edges, samplerate };
}

export interface SigrokCapture {
  /** The measured rate, or why there is none. */
  result(): Promise<{ hz?: number; log: string; failure?: string }>;
}

/** Starts a capture now (when the image says hello, so that the analyzer sees its burst of edges). */
export function startSigrok(s: SigrokSettings, timeoutMs: number): SigrokCapture {
  const argv = sigrokArgs(s);
  const child: ResultPromise = execa('sigrok-cli', argv, { reject: false, timeout: timeoutMs, stdin: 'ignore', maxBuffer: 512 * 1024 * 1024 });
  return {
    async result() {
      const r = await child;
      const log = `$ sigrok-cli ${argv.join(' ')}\n${String(r.stderr ?? '')}`;
      if ((r as { code?: string }).code === 'ENOENT') return { log, failure: 'sigrok-cli not found (apt-get install sigrok-cli)' };
      if (r.exitCode !== 0) return { log, failure: `sigrok-cli exited with status ${r.exitCode}: ${String(r.stderr ?? '').trim().split('\n').pop()}` };
      try {
        const { hz, edges, samplerate } = edgeRate(String(r.stdout ?? ''));
        return { hz, log: `${log}${edges} edges at ${samplerate} Hz sampling: ${hz} Hz\n` };
      } catch (e) {
        return { log, failure: (e as Error).message };
      }
    },
  };
}
