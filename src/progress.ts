// Shows where long work is: a live line per phase in a terminal, one collapsible group per variant in
// GitHub's log, plain lines elsewhere. Variants run in parallel, so a variant's log is printed whole when it ends.
import * as core from '@actions/core';
import { measuredBy, type VariantResult } from './types.js';

export interface Progress {
  phase(index: number, total: number, phase: string, id: string): void;
  /** `headline`: the result's headline figure, formatted (or ''). */
  done(index: number, total: number, result: VariantResult, log: string, headline: string): void;
  /** A one-off line about shared work (a tool being built). */
  note(line: string): void;
}

const oneLine = (r: VariantResult, h: string) => {
  const secs = r.durationMs === undefined ? '' : ` in ${(r.durationMs / 1000).toFixed(1)} s`;
  const reused = r.reused ? `, ${r.reused.only ?? 'result'} reused (measured by ${measuredBy(r.reused.commit)})` : '';
  return `${r.status}${h ? `  ${h}` : ''}${r.reason ? `  (${r.reason.split('\n')[0]})` : ''}${secs}${reused}`;
};

export function githubProgress(): Progress {
  return {
    phase: () => {},
    note: (line) => core.info(line),
    done(i, n, r, log, h) {
      core.startGroup(`[${i}/${n}] ${r.id}: ${oneLine(r, h)}`);
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
    done(i, n, r, _log, h) {
      clear();
      stream.write(`[${i}/${n}] ${r.id}: ${oneLine(r, h)}\n`);
    },
  };
}

export const silentProgress: Progress = { phase: () => {}, done: () => {}, note: () => {} };
