// Where a board's own run is in its serial output. The port is opened before flashing, so the output may
// begin with the tail of the previous image's run: the run starts at the hello line carrying this image's
// build id and ends at its done line. Only complete lines count. The records are checked afterwards by
// parseRecords (measure/protocol.ts), build id included.
import { PREFIX } from '../measure/protocol.js';

interface Scan {
  /** Our hello line has arrived. */
  hello: boolean;
  /** From our hello line to our done line, inclusive, when both have arrived. */
  run?: string;
  /** A build id seen in a hello line that is not ours (the board still runs another image). */
  foreign?: string;
}

const field = (line: string, key: string) => new RegExp(`"${key}"\\s*:\\s*"([^"]*)"`).exec(line)?.[1];

export function scanCapture(text: string, buildId: string): Scan {
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  let start: number | undefined;
  let foreign: string | undefined;
  let offset = 0;
  for (const line of complete.split('\n')) {
    const end = offset + line.length + 1;
    const at = line.indexOf(PREFIX);
    if (at >= 0) {
      const type = field(line, 'type');
      const id = field(line, 'build_id');
      if (type === 'hello' && id === buildId) start = offset + at;
      else if (type === 'hello' && id && start === undefined) foreign = id;
      else if (type === 'done' && id === buildId && start !== undefined) return { hello: true, run: complete.slice(start, end) };
    }
    offset = end;
  }
  return { hello: start !== undefined, ...(foreign && start === undefined ? { foreign } : {}) };
}
