// Any GDB server (a probe's, OpenOCD's or pyOCD's gdbserver, QEMU's -gdb): `load`, then start the image
// from its vector table (SP and PC, for servers without a reset) or with `monitor <reset command>`, then
// detach so the core runs on. gdb -batch exits 0 after most failed commands, so its output is checked.
import { hex, opt, type Command, type Flasher, type FlashJob } from './flasher.js';

function start(job: FlashJob): string[] {
  if (opt(job, 'reset', 'vector') === 'monitor') return ['-ex', `monitor ${opt(job, 'monitor', 'reset halt')}`];
  return ['-ex', `set $sp = *(unsigned int *)${hex(job.vectors)}`, '-ex', `set $pc = *(unsigned int *)${hex(job.vectors + 4)}`];
}

const FAILED = /^(.*(Connection refused|Connection timed out|Remote connection closed|Remote communication error|Load failed|Error (writing|erasing)|Cannot access memory|not supported by this target|No such file or directory).*)$/m;

function session(job: FlashJob, commands: string[], mustSay: RegExp, what: string): Command {
  return {
    // No connection retries: an absent server is the ladder's business, not a 15 s wait.
    argv: [opt(job, 'binary', 'gdb-multiarch'), '-batch', '-nx', '-ex', 'set confirm off', '-ex', 'set tcp auto-retry off',
      '-ex', `target remote ${opt(job, 'remote', '')}`, ...commands, '-ex', 'detach', job.elf],
    check(output) {
      const bad = FAILED.exec(output);
      if (bad) return bad[1]!.trim();
      if (!mustSay.test(output)) return `gdb did not ${what}`;
      if (!/detached/i.test(output)) return 'gdb did not detach (the core may be left halted)';
      return undefined;
    },
  };
}

export const gdb: Flasher = {
  flash: (job) => [session(job, ['-ex', 'load', ...start(job)], /^Transfer rate/m, 'load the image')],
  reset: (job) => [session(job, start(job), /./, 'reset')],
};
