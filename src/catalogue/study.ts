// A benchmark's reference figures from the study this project grew from (benchmarks/<b>/study.yml, beside its
// benchmark.yml), shown beside ours in the report. Its boards, stacks and runtimes are the catalogue's: a name
// the tree does not have fails at its line, as does a second figure for the same cell.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, parseWithPositions, validator } from '../schema/locate.js';

export interface StudyFigure {
  stack: string;
  /** Our runtimes the study's figure stands for (it names one WAMR interpreter for our two). */
  runtimes: string[];
  value: number;
  /** The study's own slowdown against its native C figure. */
  slowdown: number;
}

export interface StudyBoard {
  unit: string;
  /** What its figures count: cycles, a rate (the benchmark's iterations per second), or wall time. */
  counted: 'cycles' | 'rate' | 'wall time';
  /** Where the study measured them, in words (a real board, a host under WSL2). */
  where: string;
  figures: StudyFigure[];
}

export interface Study {
  /** Where the figures come from, said under the report's first chart. */
  source: string;
  boards: Record<string, StudyBoard>;
}

/** One study figure, with what its board's figures count, where they were measured and the study's source. */
export type StudyCell = StudyFigure & Omit<StudyBoard, 'figures'> & { source: string };

type Names = Record<'boards' | 'stacks' | 'runtimes', Record<string, unknown>>;

const text = { type: 'string', minLength: 1 };
const studySchema = (cat: Names) => ({
  type: 'object',
  additionalProperties: false,
  required: ['source', 'boards'],
  properties: {
    source: text,
    boards: {
      type: 'object', minProperties: 1, propertyNames: { enum: Object.keys(cat.boards) },
      additionalProperties: {
        type: 'object', additionalProperties: false, required: ['unit', 'counted', 'where', 'figures'],
        properties: {
          unit: text,
          counted: { enum: ['cycles', 'rate', 'wall time'] },
          where: text,
          figures: {
            type: 'array', minItems: 1,
            items: {
              type: 'object', additionalProperties: false, required: ['stack', 'runtimes', 'value', 'slowdown'],
              properties: {
                stack: { enum: Object.keys(cat.stacks) },
                runtimes: { type: 'array', items: { enum: Object.keys(cat.runtimes) }, minItems: 1, uniqueItems: true },
                value: { type: 'number', exclusiveMinimum: 0 },
                slowdown: { type: 'number', exclusiveMinimum: 0 },
              },
            },
          },
        },
      },
    },
  },
});

/** The study.yml in a benchmark's folder `dir`, validated against the catalogue's names; none: undefined. */
export async function readStudy(dir: string, cat: Names): Promise<Study | undefined> {
  const yml = join(dir, 'study.yml');
  if (!existsSync(yml)) return undefined;
  const parsed = parseWithPositions(yml, await readFile(yml, 'utf8'));
  const study = validator<Study>(studySchema(cat))(parsed);
  for (const [board, b] of Object.entries(study.boards)) {
    const seen = new Set<string>();
    b.figures.forEach((f, i) => f.runtimes.forEach((r, j) => {
      if (seen.has(`${f.stack}/${r}`)) fail(parsed, ['boards', board, 'figures', i, 'runtimes', j], `a second figure for ${board}/${f.stack}/${r}`);
      seen.add(`${f.stack}/${r}`);
    }));
  }
  return study;
}

/** The study's figure for a variant's board, stack, runtime and benchmark, if it has one. */
export function studyCell(cat: { benchmarks: Record<string, { study?: Study }> }, v: { board: string; stack: string; runtime: string; benchmark: string }): StudyCell | undefined {
  const study = cat.benchmarks[v.benchmark]?.study;
  const board = study?.boards[v.board];
  const figure = board?.figures.find((f) => f.stack === v.stack && f.runtimes.includes(v.runtime));
  if (!study || !board || !figure) return undefined;
  return { ...figure, unit: board.unit, counted: board.counted, where: board.where, source: study.source };
}
