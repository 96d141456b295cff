// Shows where long work is: a live line per phase in a terminal, one collapsible group per variant in
// GitHub's log, plain lines elsewhere. Variants run in parallel, so a variant's log is printed whole when it ends.
import * as core from '@actions/core';
import type { VariantResult } from './types.js';
import { headline } from './report/format.js';

export interface Progress {
  phase(index: number, total: number, phase: string, id: string): void;
  done(index: number, total: number, result: VariantResult, log: string): void;
  /** A one-off line about shared work (a tool being built). */
  note(line: string): void;
}

const oneLine = (r: VariantResult) => {
  const h = headline(r);
  const secs = r.durationMs === undefined ? '' : ` in ${(r.durationMs / 1000).toFixed(1)} s`;
  return `${r.status}${h ? `  ${h}` : ''}${r.reason ? `  (${r.reason.split('\n')[0]})` : ''}${secs}`;
};

export function githubProgress(): Progress {
  return {
    phase: () => {},
    note: (line) => core.info(line),
    done(i, n, r, log) {
      core.startGroup(`[${i}/${n}] ${r.id}: ${oneLine(r)}`);
      core.info(log.trimEnd());
      core.endGroup();
    },
  };
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const live = stream.isTTY === true;
  const clear = () => live && stream.write('\r\x1b[2K');
  return {
    note(line) {
      clear();
      stream.write(`${line}\n`);
    },
    phase(i, n, phase, id) {
      clear();
      stream.write(`[${i}/${n}] ${phase} ${id}${live ? '' : '\n'}`);
    },
    done(i, n, r) {
      clear();
      stream.write(`[${i}/${n}] ${r.id}: ${oneLine(r)}\n`);
    },
  };
}

export const silentProgress: Progress = { phase: () => {}, done: () => {}, note: () => {} };
