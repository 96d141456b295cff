// One interface for every way of writing an image to a board. A flasher only builds command lines
// (argument arrays, never a shell); index.ts runs them.
import type { BoardEntry } from '../../inventory/inventory.js';

export interface Command {
  argv: string[];
  /** A reason to call a run that exited 0 a failure (gdb -batch exits 0 after most errors). */
  check?: (output: string) => string | undefined;
}

export interface FlashJob {
  elf: string;
  board: BoardEntry;
  /** Address of the image's vector table: its first loadable section. */
  vectors: number;
  /** Scratch folder for derived files (a raw binary for st-flash). */
  workDir: string;
  /** Hold the core in reset while the probe connects: the recovery for a board whose firmware locks the debug port. */
  underReset: boolean;
}

export interface Flasher {
  /** Writes the image and starts it. */
  flash(job: FlashJob): Command[];
  /** Restarts the image already on the board. */
  reset(job: FlashJob): Command[];
}

export const hex = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;

/** A string option, or the default. */
export const opt = (job: FlashJob, key: string, fallback: string): string => {
  const v = job.board.flasher.options[key];
  return typeof v === 'string' ? v : fallback;
};

/** A per-board setting (a target or chip name: the inventory's, else board.yml's), or a clear error when neither gives it. */
export function forBoard(job: FlashJob, key: string, flasher: string): string {
  const v = job.board.flasher.options[key];
  if (typeof v !== 'string')
    throw new Error(`${job.board.where}: flasher ${flasher} has no ${key} for ${job.board.board}; set flasher.options.${key}, or give it under flasher.${flasher} in boards/${job.board.board}/board.yml`);
  return v;
}
