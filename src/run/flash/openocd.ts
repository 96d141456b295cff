// OpenOCD: `program <elf> verify reset exit`, the adapter pinned to this board's probe by its serial number.
import { forBoard, opt, type Flasher, type FlashJob } from './flasher.js';

function base(job: FlashJob): string[] {
  const extra = (job.board.flasher.options.commands as string[] | undefined) ?? [];
  return [
    opt(job, 'binary', 'openocd'),
    '-f', opt(job, 'interface', 'interface/stlink.cfg'),
    '-c', `adapter serial ${job.board.probe}`,
    ...(job.underReset ? ['-c', 'reset_config srst_only srst_nogate connect_assert_srst'] : []),
    '-f', forBoard(job, 'target', 'openocd'),
    ...extra.flatMap((c) => ['-c', c]),
  ];
}

// Braces quote a path for OpenOCD's Tcl; a path with braces cannot be quoted that way.
const tclPath = (p: string) => {
  if (/[{}]/.test(p)) throw new Error(`openocd: cannot pass the path ${p} (it contains braces)`);
  return `{${p}}`;
};

export const openocd: Flasher = {
  flash: (job) => [{ argv: [...base(job), '-c', `program ${tclPath(job.elf)} verify reset exit`] }],
  reset: (job) => [{ argv: [...base(job), '-c', 'init', '-c', 'reset run', '-c', 'shutdown'] }],
};
