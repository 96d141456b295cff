// A check run named wasm-mcu-bench beside the comment: success or failure, and one annotation per
// regression on the file that holds the number (the baseline file, or the config for a limit).
import type { getOctokit } from '@actions/github';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { baselinePath } from '../baseline/baseline.js';
import type { Comparison, MetricChange } from '../compare/compare.js';
import { parseWithPositions, position, type Path } from '../schema/locate.js';
import { formatPercent, formatValue } from '../report/format.js';
import { verdictLine } from '../report/markdown.js';
import { fitComment } from './comment.js';

type Octokit = ReturnType<typeof getOctokit>;

const CHECK_NAME = 'wasm-mcu-bench';
/** GitHub takes at most 50 annotations per request. */
const BATCH = 50;

interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure';
  title: string;
  message: string;
}

/** Where a regression's number lives: a file and a path in it. */
type Locate = (id: string, change: MetricChange) => { file: string; path: Path };

/** A regression against a baseline points at the baseline file's value; a new variant over a limit at the config's threshold. */
export function locateIn(configFile: string, baselineDir: string): Locate {
  return (id, change) => {
    if (change.baseline === undefined) return { file: configFile, path: ['thresholds', change.metric] };
    const board = id.split('/')[0]!;
    const target = id.slice(id.lastIndexOf('@') + 1);
    return { file: baselinePath(baselineDir, target, board), path: ['variants', id, 'metrics', change.metric] };
  };
}

function regressionMessage(c: MetricChange): string {
  const now = formatValue(c.now, c.unit);
  if (c.baseline === undefined) return `${c.metric}: now ${now}, ${c.why ?? 'over its limit'}`;
  return `${c.metric}: baseline ${formatValue(c.baseline, c.unit)}, now ${now} (${formatPercent(c.percent)}; ${c.why ?? `threshold ${c.threshold.percent}%`})`;
}

/** Line of a path in a YAML or JSON file (1 when the file or the path is not there). */
function lineOf(file: string, path: Path): number {
  try {
    const at = position(parseWithPositions(file, readFileSync(file, 'utf8')), path, true);
    return Number(at.split(':').at(-2)) || 1;
  } catch {
    return 1;
  }
}

export function annotations(c: Comparison, locate: Locate, root: string): Annotation[] {
  return c.variants.flatMap((v) => v.changes.filter((m) => m.status === 'regression').map((m) => {
    const { file, path } = locate(v.id, m);
    const line = lineOf(file, path);
    return {
      path: relative(root, file).split('\\').join('/'), start_line: line, end_line: line,
      annotation_level: 'failure' as const, title: `${v.id}: ${m.metric} regression`, message: regressionMessage(m),
    };
  }));
}

export async function publishCheckRun(octokit: Octokit, where: { owner: string; repo: string; headSha: string }, c: Comparison, report: string, notes: Annotation[]): Promise<{ id: number; url: string }> {
  const output = (batch: Annotation[]) => ({
    title: verdictLine(c).replace(/\*\*/g, ''),
    summary: fitComment(report),
    annotations: batch,
  });
  const { owner, repo, headSha } = where;
  const { data } = await octokit.rest.checks.create({
    owner, repo, name: CHECK_NAME, head_sha: headSha, status: 'completed',
    conclusion: c.verdict === 'pass' ? 'success' : 'failure', output: output(notes.slice(0, BATCH)),
  });
  for (let i = BATCH; i < notes.length; i += BATCH)
    await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(notes.slice(i, i + BATCH)) });
  return { id: data.id, url: data.html_url ?? '' };
}
