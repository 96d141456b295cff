// The flashers, one per file, and the one place that runs their commands.
import { execa } from 'execa';
import type { FlasherType } from '../../flashers.js';
import type { Command, Flasher } from './flasher.js';
import { gdb } from './gdb.js';
import { openocd } from './openocd.js';
import { probeRs } from './probe-rs.js';
import { pyocd } from './pyocd.js';
import { stFlash } from './st-flash.js';

export const FLASHERS: Record<FlasherType, Flasher> = {
  openocd,
  pyocd,
  'st-flash': stFlash,
  'probe-rs': probeRs,
  gdb,
};

interface StepOutcome {
  /** Undefined when every command succeeded. */
  failure?: string;
  log: string;
}

const firstLine = (s: string) => s.trim().split('\n').filter(Boolean).slice(-1)[0] ?? '';

/** Runs the commands in order, each with the flasher's timeout; stops at the first failure. */
export async function runCommands(commands: Command[], timeoutMs: number): Promise<StepOutcome> {
  let log = '';
  for (const c of commands) {
    const [bin, ...args] = c.argv;
    const r = await execa(bin!, args, { all: true, reject: false, timeout: timeoutMs, killSignal: 'SIGKILL', stdin: 'ignore' });
    const out = String(r.all ?? '');
    log += `$ ${c.argv.join(' ')}\n${out}\n`;
    if ((r as { code?: string }).code === 'ENOENT') return { failure: `${bin} not found (install it on this runner)`, log };
    if (r.timedOut) return { failure: `${bin} did not finish within ${timeoutMs / 1000} s`, log };
    const bad = c.check?.(out);
    if (r.exitCode !== 0) return { failure: `${bin} exited with status ${r.exitCode}: ${bad ?? firstLine(out)}`, log };
    if (bad) return { failure: `${bin}: ${bad}`, log };
  }
  return { log };
}
