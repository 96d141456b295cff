// Action modes of a sharded run and of the release flow (plan, run, report, release-baselines), and the
// check run. action.ts hands a mode here first.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fitComment, runUrl, upsertComment } from './github/comment.js';
import { pullRequestsOf, type WorkflowRun } from './github/pull.js';
import { loadConfig } from './config/config.js';
import { annotations, locateIn, publishCheckRun } from './github/checks.js';
import { releaseBaselines } from './github/release.js';
import { collect, plan, reportFrom, reportShards, updateBaselines, updateBaselinesFromShards, updateSummary, type CheckOptions, type CheckOutcome, type JobOptions } from './pipeline.js';
import { onlyTargets, strategyMatrix } from './shard/plan.js';
import { UserError } from './types.js';

export const FARM_MODES = ['plan', 'run', 'report', 'release-baselines', 'comment'] as const;

/** Folders, one per line (or separated by spaces). */
const list = (name: string) => core.getInput(name).split(/\s+/).filter(Boolean);

/** Posts the check run `wasm-mcu-bench` when the `check-run` input asks for it (needs `checks: write`). */
export async function checkRun(o: JobOptions, out: CheckOutcome, enabled: boolean): Promise<void> {
  if (!enabled) return;
  const token = core.getInput('token');
  if (!token) return core.warning('check-run: no token input, no check run');
  const config = await loadConfig(o.config, out.catalogue);
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const notes = annotations(out.comparison, locateIn(resolve(o.config), resolve(dirname(resolve(o.config)), config.baselines)), root);
  const { owner, repo } = github.context.repo;
  const headSha = github.context.payload.pull_request?.head?.sha ?? github.context.sha;
  try {
    const r = await publishCheckRun(github.getOctokit(token), { owner, repo, headSha }, out.comparison, out.report, notes);
    core.info(`check run ${r.id} with ${notes.length} annotation(s): ${r.url}`);
  } catch (e) {
    core.warning(`could not create the check run (${(e as Error).message}); give the job \`checks: write\``);
  }
}

/** Runs a farm mode; undefined for check and update-baselines, or the outcome to publish for report. */
export async function farmMode(mode: string, o: CheckOptions): Promise<{ done: true } | { report: CheckOutcome } | undefined> {
  if (mode === 'plan') {
    const p = await plan(o);
    const targets = list('targets');
    const shards = targets.length ? onlyTargets(p.shards, targets.join(',').split(',')) : p.shards;
    const matrix = strategyMatrix(shards);
    // plan.json goes to the report job as an artifact: it knows every shard that should report.
    await mkdir(o.outDir, { recursive: true });
    await writeFile(join(o.outDir, 'plan.json'), `${JSON.stringify(shards, null, 2)}\n`);
    core.setOutput('matrix', JSON.stringify(matrix));
    core.setOutput('plan-path', join(o.outDir, 'plan.json'));
    core.info(`${matrix.include.length} shard(s): ${matrix.include.map((s) => s.shard).join(', ')}`);
    return { done: true };
  }
  if (mode === 'run') {
    const shard = core.getInput('shard');
    if (!shard) throw new UserError('mode run needs the shard input (a name from mode plan)');
    const job = { ...o, shard };
    const { results, resultsPath } = await collect(job, await plan(job));
    core.setOutput('results-path', resultsPath);
    const failed = results.variants.filter((r) => r.status === 'failed').length;
    core.setOutput('failed', String(failed));
    return { done: true };
  }
  const results = list('results');
  if (mode === 'report') {
    if (!results.length) throw new UserError('mode report needs the results input (folders of downloaded shard artifacts)');
    const baseRef = core.getInput('base-ref') || github.context.payload.pull_request?.base?.sha;
    return { report: await reportShards({ ...o, results, ...(baseRef ? { baseRef } : {}) }) };
  }
  if (mode === 'release-baselines') {
    const u = results.length ? await updateBaselinesFromShards({ ...o, results }) : await updateBaselines(o);
    core.setOutput('results-path', u.resultsPath);
    const token = core.getInput('token');
    if (!token) throw new UserError('mode release-baselines needs a token with contents: write and pull-requests: write');
    const { owner, repo } = github.context.repo;
    const label = process.env.GITHUB_REF_NAME || github.context.sha.slice(0, 12);
    core.info(updateSummary(u));
    const pr = await releaseBaselines(github.getOctokit(token), { owner, repo }, u.baselineDir, u.written, label, u.deleted);
    if (pr) {
      core.setOutput('pull-request', pr.url);
      core.info(`baseline pull request #${pr.number}: ${pr.url}`);
    } else core.info('no baseline changed: no pull request');
    return { done: true };
  }
  if (mode === 'comment') {
    await postReport(o);
    return { done: true };
  }
  return undefined;
}

/**
 * The fork-safe comment: a workflow_run job in the base repository posts the report of a pull request's
 * run without running its code. That run's artifact is untrusted (a fork's pull request controls it): the
 * pull request is the one GitHub says the run's head commit belongs to, the number in the artifact must
 * be that one, and the comment is rendered here from the artifact's results.json, not taken from it.
 */
async function postReport(o: CheckOptions): Promise<void> {
  const run = github.context.payload.workflow_run as WorkflowRun | undefined;
  if (!run?.head_sha || !run.head_repository) throw new UserError('mode comment runs in a workflow_run job (see bench-comment.yml): the pull request is found from that event');
  const dir = list('results')[0] ?? 'report';
  const numberFile = join(dir, 'pr-number.txt');
  const claimed = (await readFile(numberFile, 'utf8').catch(() => '')).trim();
  if (!/^[1-9]\d{0,9}$/.test(claimed)) throw new UserError(`${numberFile}: expected the pull request number, got "${claimed.slice(0, 40)}"`);
  const octokit = github.getOctokit(core.getInput('token'));
  const { owner, repo } = github.context.repo;
  const prs = await pullRequestsOf(octokit, { owner, repo }, run);
  const head = `${run.head_repository.full_name}@${run.head_sha.slice(0, 12)}`;
  if (!prs.length) return core.warning(`no open pull request has ${head} as its head (pushed again since? the newer run comments): nothing posted`);
  const pr = prs.find((p) => p.number === Number(claimed));
  if (!pr) throw new UserError(`${numberFile}: names pull request #${claimed}, but run ${run.id} of ${head} belongs to ${prs.map((p) => `#${p.number}`).join(', ')}: not posting`);
  const accept = core.getInput('accept-label');
  const out = await reportFrom({ ...o, resultsFile: join(dir, 'results.json'), baseRef: pr.baseSha, ...(accept && pr.labels.includes(accept) ? { acceptedBy: `label \`${accept}\`` } : {}) });
  await core.summary.addRaw(out.report).write();
  const artifact = core.getInput('artifact');
  const c = await upsertComment(octokit, { owner, repo, issueNumber: pr.number }, fitComment(out.report, { summaryUrl: runUrl(), ...(artifact ? { artifact } : {}) }));
  core.info(`pull request #${pr.number} comment ${c.action}: ${c.url}`);
}
