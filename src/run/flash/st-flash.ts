// stlink's st-flash writes raw binaries only: the ELF goes through objcopy first, and is written where its
// first loadable section lives (0x08000000 on both Nucleos).
import { join } from 'node:path';
import { hex, opt, type Flasher, type FlashJob } from './flasher.js';

const common = (job: FlashJob) => [...(job.underReset ? ['--connect-under-reset'] : []), '--serial', job.board.probe!];

export const stFlash: Flasher = {
  flash(job) {
    const bin = join(job.workDir, 'firmware.bin');
    return [
      { argv: [opt(job, 'objcopy', 'arm-none-eabi-objcopy'), '-O', 'binary', job.elf, bin] },
      { argv: [opt(job, 'binary', 'st-flash'), ...common(job), '--reset', 'write', bin, opt(job, 'address', hex(job.vectors))] },
    ];
  },
  reset: (job) => [{ argv: [opt(job, 'binary', 'st-flash'), ...common(job), 'reset'] }],
};
