// The study this project grew from, as reference figures shown beside ours (reference/wasm-on-mcu-study.json).
import study from '../../reference/wasm-on-mcu-study.json' with { type: 'json' };

export interface StudyRow {
  board: string;
  stack: string;
  runtime: string;
  benchmark: string;
  value: number;
  unit: string;
  slowdown: number;
}

export const STUDY_SOURCE: string = study.source;
const rows = study.rows as StudyRow[];

// The study names one WAMR interpreter without saying which; its AOT rows used a wamrc line without a CPU.
const studyRuntime = (runtime: string) => (runtime === 'wamr-classic' || runtime === 'wamr-fast' ? 'wamr-interp' : runtime);

export function studyRow(board: string, stack: string, runtime: string, benchmark: string): StudyRow | undefined {
  return rows.find((r) => r.board === board && r.stack === stack && r.benchmark === benchmark && r.runtime === studyRuntime(runtime));
}
