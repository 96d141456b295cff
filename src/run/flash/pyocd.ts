// pyOCD: `pyocd flash -u <uid> -t <target> <elf>`, then the image is running.
import { forBoard, opt, type Flasher, type FlashJob } from './flasher.js';

function common(job: FlashJob): string[] {
  const freq = job.board.flasher.options.frequency;
  return [
    '-u', job.board.probe!, '-t', forBoard(job, 'target', 'pyocd'),
    ...(typeof freq === 'string' ? ['-f', freq] : []),
    ...(job.underReset ? ['-O', 'connect_mode=under-reset'] : []),
  ];
}

export const pyocd: Flasher = {
  flash: (job) => [{ argv: [opt(job, 'binary', 'pyocd'), 'flash', ...common(job), job.elf] }],
  reset: (job) => [{ argv: [opt(job, 'binary', 'pyocd'), 'reset', ...common(job)] }],
};
