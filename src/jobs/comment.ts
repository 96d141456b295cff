// Mode comment, the fork-safe comment: a workflow_run job in the base repository posts the report of a pull
// request's run without running its code. That run's artifact is untrusted (a fork's pull request controls
// it): the pull request is the one GitHub says the run's head commit belongs to, the number in the artifact
// must be that one, and the report is rendered here from the artifact's results.json, not taken from it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fitComment, upsertComment } from '../github/comment.js';
import { pullRequestsOf, type WorkflowRun } from '../github/pull.js';
import { parseResults, withoutMentions } from '../report/results.js';
import { UserError } from '../types.js';
import { baselinesAt, compareAndReport, type CheckOutcome } from './compare-report.js';
import { resolveJob, type JobOptions } from './job.js';
import type { Repository } from './release-baselines.js';

interface CommentInputs {
  /** The workflow_run event's run. */
  run: WorkflowRun | undefined;
  /** The folder of the downloaded report artifact (results.json, pr-number.txt). */
  dir: string;
  /** A label on the pull request by which its regressions are accepted. */
  acceptLabel?: string;
  /** The artifact's name, for a comment cut to GitHub's size limit. */
  artifact?: string;
  /** This run's page, where its job summary is. */
  summaryUrl: string;
}

type CommentOutcome =
  | { skipped: string }
  | { report: CheckOutcome; pr: number; comment: { action: 'created' | 'updated'; url: string } };

export async function comment(o: JobOptions, at: Repository, c: CommentInputs, summary: (report: string) => Promise<void>): Promise<CommentOutcome> {
  const { run } = c;
  if (!run?.head_sha || !run.head_repository) throw new UserError('mode comment runs in a workflow_run job (see bench-comment.yml): the pull request is found from that event');
  const numberFile = join(c.dir, 'pr-number.txt');
  const claimed = (await readFile(numberFile, 'utf8').catch(() => '')).trim();
  if (!/^[1-9]\d{0,9}$/.test(claimed)) throw new UserError(`${numberFile}: expected the pull request number, got "${claimed.slice(0, 40)}"`);
  const prs = await pullRequestsOf(at.octokit, at, run);
  const head = `${run.head_repository.full_name}@${run.head_sha.slice(0, 12)}`;
  if (!prs.length) return { skipped: `no open pull request has ${head} as its head (pushed again since? the newer run comments): nothing posted` };
  const pr = prs.find((p) => p.number === Number(claimed));
  if (!pr) throw new UserError(`${numberFile}: names pull request #${claimed}, but run ${run.id} of ${head} belongs to ${prs.map((p) => `#${p.number}`).join(', ')}: not posting`);
  const resultsFile = join(c.dir, 'results.json');
  const text = await readFile(resultsFile, 'utf8').catch(() => {
    throw new UserError(`${resultsFile}: cannot read the results (was the artifact downloaded?)`);
  });
  const results = withoutMentions(parseResults(resultsFile, text));
  const job = await resolveJob(o);
  const acceptedBy = c.acceptLabel && pr.labels.includes(c.acceptLabel) ? `label \`${c.acceptLabel}\`` : undefined;
  // The targets the results hold are the ones that run ran: a baselined variant of another is left out.
  const ranTargets = [...new Set(results.variants.map((v) => v.target))];
  const report = await compareAndReport(job, await baselinesAt(job, pr.baseSha), { results, resultsPath: resultsFile, ranTargets, exports: false, ...(acceptedBy ? { acceptedBy } : {}) });
  await summary(report.report);
  const posted = await upsertComment(at.octokit, { owner: at.owner, repo: at.repo, issueNumber: pr.number }, fitComment(report.report, { summaryUrl: c.summaryUrl, ...(c.artifact ? { artifact: c.artifact } : {}) }));
  return { report, pr: pr.number, comment: { action: posted.action, url: posted.url } };
}
