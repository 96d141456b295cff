// The firmware's result protocol: one JSON object per line behind "@wmb ", every object carrying the
// image's build id. Anything else on the serial line is free text and ignored.

export const PREFIX = '@wmb ';
/** Bumped whenever the records or what the harness prints change meaning: stored runs of another version are not reused. */
export const PROTOCOL_VERSION = 2;

export interface Hello { type: 'hello'; build_id: string; board: string; target: string; stack: string; runtime: string; benchmark: string; counter: 'instructions' | 'cycles'; core_hz: number }
/** One measurement of the benchmark: `count` (the hello's counter) over `iterations` in one call on the fresh
 * instance; the names it writes and its checksum are declared in its benchmark.yml. probe1..3: the counts of
 * run(1), run(2), run(3) measured after it (benchmark.yml's steady). */
export interface Measurement {
  type: 'result'; build_id: string; name: string; iterations: number; count: number; checksum?: string;
  probe1?: number; probe2?: number; probe3?: number;
}
/** The runtime's load and instantiation of the module (a few instructions natively). */
export interface LoadRecord { type: 'load'; build_id: string; count: number }
/** stack_* is the main stack (painted), heap_bytes the C library's heap high-water (newlib's _sbrk heap bare-metal
 * and under FreeRTOS, the libc malloc arena under Zephyr), heap_reserved that heap's size when it is a static array
 * (then inside static RAM). An RTOS adds its task stack (used and reserved), its own heap (used and pool size), and
 * static_heap when that pool and the task stack are static arrays: then they are inside static RAM too (the study's
 * `*` case). pool_size/pool_used: a runtime's static memory pool (WAMR), its size and high-water mark. */
export interface MemoryRecord {
  type: 'memory'; build_id: string; stack_bytes: number; stack_size: number; heap_bytes: number; heap_reserved?: number;
  task_stack_bytes?: number; task_stack_size?: number; heap_used?: number; heap_size?: number; static_heap?: boolean;
  pool_size?: number; pool_used?: number;
  /** An engine in another process on the host (V8): the measured call's time inside it. */
  engine_ns?: number;
}
export interface DoneRecord { type: 'done'; build_id: string; status: number }
export interface ErrorRecord { type: 'error'; build_id: string; message: string }
export type ResultRecord = Hello | Measurement | LoadRecord | MemoryRecord | DoneRecord | ErrorRecord;

type FieldType = 'string' | 'number' | 'boolean';

const FIELDS: Record<ResultRecord['type'], Record<string, FieldType>> = {
  hello: { board: 'string', target: 'string', stack: 'string', runtime: 'string', benchmark: 'string', counter: 'string', core_hz: 'number' },
  result: { name: 'string', iterations: 'number', count: 'number' },
  load: { count: 'number' },
  memory: { stack_bytes: 'number', stack_size: 'number', heap_bytes: 'number' },
  done: { status: 'number' },
  error: { message: 'string' },
};
/** Fields a record may leave out, checked when present. */
const OPTIONAL: Partial<Record<ResultRecord['type'], Record<string, FieldType>>> = {
  result: { checksum: 'string', probe1: 'number', probe2: 'number', probe3: 'number' },
  memory: { heap_reserved: 'number', task_stack_bytes: 'number', task_stack_size: 'number', heap_used: 'number', heap_size: 'number', static_heap: 'boolean', pool_size: 'number', pool_used: 'number', engine_ns: 'number' },
};

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/** Whether an output reached the firmware's "done" record: a run that stopped before it (killed, truncated) did not finish. */
export const finished = (output: string): boolean =>
  output.split(/\r?\n/).some((line) => {
    const at = line.indexOf(PREFIX);
    if (at < 0) return false;
    try {
      return (JSON.parse(line.slice(at + PREFIX.length)) as { type?: unknown })?.type === 'done';
    } catch {
      return false;
    }
  });

/** Every protocol line of an output, checked for shape and for the expected build id. */
export function parseRecords(output: string, buildId: string): ResultRecord[] {
  const records: ResultRecord[] = [];
  output.split(/\r?\n/).forEach((line, i) => {
    const at = line.indexOf(PREFIX);
    if (at < 0) return;
    const where = `serial line ${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line.slice(at + PREFIX.length));
    } catch {
      throw new ProtocolError(`${where}: malformed result line ${JSON.stringify(line.slice(0, 120))}`);
    }
    const rec = obj as Record<string, unknown>;
    const fields = FIELDS[rec?.type as ResultRecord['type']];
    if (!fields) throw new ProtocolError(`${where}: unknown record type ${JSON.stringify(rec?.type)}`);
    const optional = OPTIONAL[rec.type as ResultRecord['type']] ?? {};
    for (const [k, t] of Object.entries({ build_id: 'string', ...fields, ...optional }))
      if ((!(k in optional) || k in rec) && (typeof rec[k] !== t || (t === 'number' && !Number.isFinite(rec[k]))))
        throw new ProtocolError(`${where}: ${String(rec.type)} record: "${k}" should be a ${t}`);
    if (rec.build_id !== buildId)
      throw new ProtocolError(`${where}: build id ${String(rec.build_id)} is not the image's ${buildId} (stale output from an earlier image?)`);
    records.push(rec as unknown as ResultRecord);
  });
  return records;
}
