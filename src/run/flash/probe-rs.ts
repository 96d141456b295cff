// probe-rs: `download` writes the image, `reset` starts it; --probe takes the probe's serial (or VID:PID:serial).
import { forBoard, opt, type Flasher, type FlashJob } from './flasher.js';

function common(job: FlashJob): string[] {
  const protocol = job.board.flasher.options.protocol;
  return [
    '--probe', job.board.probe!, '--chip', forBoard(job, 'chip', 'probe-rs'),
    ...(typeof protocol === 'string' ? ['--protocol', protocol] : []),
    ...(job.underReset ? ['--connect-under-reset'] : []),
  ];
}

const reset = (job: FlashJob) => ({ argv: [opt(job, 'binary', 'probe-rs'), 'reset', ...common(job)] });

export const probeRs: Flasher = {
  flash: (job) => [{ argv: [opt(job, 'binary', 'probe-rs'), 'download', ...common(job), job.elf] }, reset(job)],
  reset: (job) => [reset(job)],
};
