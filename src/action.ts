// The GitHub Action: reads inputs, runs the same pipeline as the CLI, publishes the report
// (job summary, one pull request comment) and sets outputs. Failures go through core.setFailed.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { check } from './jobs/check.js';
import { updateBaselines, updateSummary } from './jobs/update-baselines.js';
import { plan } from './jobs/plan.js';
import { runShard } from './jobs/run-shard.js';
import { report } from './jobs/report.js';
import { releaseBaselines, type Repository } from './jobs/release-baselines.js';
import { comment } from './jobs/comment.js';
import type { CheckOutcome } from './jobs/compare-report.js';
import type { JobOptions } from './jobs/job.js';
import { checkInputs, input, inputsOf, modesOf, type Input } from './jobs/modes.js';
import type { WorkflowRun } from './github/pull.js';
import { annotations, locateIn, publishCheckRun } from './github/checks.js';
import { githubProgress } from './progress.js';
import { fitComment, runUrl, upsertComment } from './github/comment.js';
import { UserError } from './types.js';
import { cacheContent, cacheKeys, profilingShards, restoreProfiles, restoreToolCache, saveProfiles, saveToolCache } from './github/cache.js';
import { PROFILE_CHOICES } from './config/schema.js';
import type { Config } from './config/config.js';
import { readShardFolders } from './shard/files.js';
import { storeDir } from './store/session.js';
import { cacheRoot, parseSourceDir } from './sources/sources.js';
import { packageRoot } from './tools.js';
import { dirname, join, resolve } from 'node:path';
import { historyMode } from './history/mode.js';
import { Interrupted, onStopSignals } from './interrupt.js';
import { lockOutDir } from './run/lock.js';

function boolInput(name: string, fallback: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', '1'].includes(v)) return true;
  if (['false', 'no', '0'].includes(v)) return false;
  throw new UserError(`input ${name}: expected true or false, got "${v}"`);
}

/** The value of an input, or its default (action.yml's, when GitHub did not fill it in). */
const value = (i: Input) => core.getInput(input(i).action!) || (input(i).default ?? '');
/** Folders, one per line (or separated by spaces). */
const list = (i: Input) => value(i).split(/\s+/).filter(Boolean);

function repository(): Repository {
  const token = value('token');
  if (!token) throw new UserError('no token input: this mode needs one (see action.yml)');
  return { octokit: github.getOctokit(token), ...github.context.repo };
}
const HISTORY_EVENTS = ['push', 'release', 'baselines'] as const;
/** The name mode check's kept profiles are saved under, in place of a shard's. */
const CHECK_PROFILES = 'check';

/** Mode history: append this run to the data branch, rebuild the page. */
async function history(outDir: string): Promise<void> {
  const event = core.getInput('history-event');
  if (event && !(HISTORY_EVENTS as readonly string[]).includes(event)) throw new UserError(`input history-event: expected one of ${HISTORY_EVENTS.join(', ')}, got "${event}"`);
  const token = core.getInput('token');
  const { owner, repo } = github.context.repo;
  const r = await historyMode({
    results: join(outDir, 'results.json'),
    store: core.getInput('history-store') || 'wasm-mcu-bench-data',
    branch: core.getInput('history-branch') || 'wasm-mcu-bench-data',
    site: join(outDir, 'history-site'),
    ...(event ? { event: event as (typeof HISTORY_EVENTS)[number] } : {}),
  }, process.env, token ? { octokit: github.getOctokit(token), owner, repo } : undefined, core);
  core.setOutput('history-site', dirname(r.site));
}

async function publish(report: string, comment: boolean): Promise<void> {
  await core.summary.addRaw(report).write();
  const pr = github.context.payload.pull_request;
  if (!pr) return;
  if (!comment) return;
  const historyUrl = core.getInput('history-url');
  if (historyUrl) report = `${report}\n\n[Every metric over time](${historyUrl})\n`;
  const token = core.getInput('token');
  if (!token) {
    core.warning('no token input: the report is in the job summary only (give `token: ${{ github.token }}` and `pull-requests: write` for a comment)');
    return;
  }
  try {
    const { owner, repo } = github.context.repo;
    const c = await upsertComment(github.getOctokit(token), { owner, repo, issueNumber: pr.number }, fitComment(report, { summaryUrl: runUrl() }));
    core.info(`pull request comment ${c.action}: ${c.url}`);
  } catch (e) {
    // A pull request from a fork gets a read-only token: keep the verdict, say where the report is.
    core.warning(`could not comment on pull request #${pr.number} (${(e as Error).message}); the report is in the job summary`);
  }
}

/** Posts the check run `wasm-mcu-bench` when the `check-run` input asks for it (needs `checks: write`). */
async function checkRun(config: string, out: CheckOutcome, enabled: boolean): Promise<void> {
  if (!enabled) return;
  const token = value('token');
  if (!token) return core.warning('check-run: no token input, no check run');
  const { loadConfig } = await import('./config/config.js');
  const { baselines } = await loadConfig(config, out.catalogue);
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const notes = annotations(out.comparison, locateIn(resolve(config), resolve(dirname(resolve(config)), baselines)), root);
  const { owner, repo } = github.context.repo;
  const headSha = github.context.payload.pull_request?.head?.sha ?? github.context.sha;
  try {
    const r = await publishCheckRun(github.getOctokit(token), { owner, repo, headSha }, out.comparison, out.report, notes);
    core.info(`check run ${r.id} with ${notes.length} annotation(s): ${r.url}`);
  } catch (e) {
    core.warning(`could not create the check run (${(e as Error).message}); give the job \`checks: write\``);
  }
}

/** One line for what went wrong outside: a refused or unreachable GitHub API; only our own bugs keep their stack. */
function failure(e: unknown): string {
  if (e instanceof UserError) return e.message;
  const r = e as { status?: number; request?: { method?: string; url?: string }; response?: unknown; message?: string };
  if (r.request?.url) return `GitHub API ${r.request.method ?? ''} ${r.request.url}: ${r.response ? `HTTP ${r.status}: ` : ''}${r.message}`;
  return (e as Error).stack ?? String(e);
}

export async function run(): Promise<void> {
  const stop = onStopSignals();
  let held: { release(): Promise<void> } | undefined;
  try {
    // Every input is checked before any work: a typo must not fail the job after the whole matrix ran.
    const modes = modesOf('action');
    const name = core.getInput('mode') || 'check';
    const mode = modes.get(name);
    if (!mode) throw new UserError(`input mode: expected one of ${[...modes.keys()].join(', ')}, got "${name}"`);
    // An input is given when it differs from its default (GitHub fills every input in).
    const given = [...inputsOf('action').values()].filter((i) => core.getInput(input(i).action!) !== '' && core.getInput(input(i).action!) !== input(i).default);
    checkInputs('action', mode, given);
    const flags = { comment: boolInput('comment', true), failOnRegression: boolInput('fail-on-regression', true), failOnIncomplete: boolInput('fail-on-incomplete', true), checkRun: boolInput('check-run', false) };
    const profile = value('profile');
    if (profile && !(PROFILE_CHOICES as readonly string[]).includes(profile)) throw new UserError(`input profile: expected one of ${PROFILE_CHOICES.join(', ')}, got "${profile}"`);
    const source = value('source') ? parseSourceDir('input source', value('source')) : undefined;
    const against = value('against') ? parseSourceDir('input against', value('against')) : undefined;
    const options: JobOptions = {
      config: value('config'),
      outDir: value('out'),
      progress: githubProgress(),
      ...(value('boards') ? { boards: value('boards') } : {}),
      ...(source ? { source } : {}),
      ...(value('rerun') === 'true' ? { rerun: true } : {}),
      ...(profile ? { profile: profile as Config['profile'] } : {}),
      signal: stop.signal,
    };
    if (mode === 'history') return await history(options.outDir);
    // `comment` only reads the artifacts it is given; every other mode owns its output folder while it runs.
    if (mode !== 'comment') held = await lockOutDir(options.outDir, `wasm-mcu-bench action, mode ${name}`);
    const at = mode === 'comment' || mode === 'release-baselines' ? repository() : undefined;
    const acceptLabel = value('acceptLabel');
    const labels = ((github.context.payload.pull_request?.labels ?? []) as { name?: string }[]).map((l) => l.name);
    const acceptedBy = acceptLabel && labels.includes(acceptLabel) ? `label \`${acceptLabel}\`` : undefined;
    const keys = await cacheKeys(join(packageRoot(), 'firmware'), process.env, [mode, value('shard')].filter(Boolean).join('-'));
    await restoreToolCache(cacheRoot(), keys);
    const restored = await cacheContent(cacheRoot());
    // Saved when the run added a result or a build: an unchanged re-check uploads nothing.
    const saveCache = async () => {
      if ((await cacheContent(cacheRoot())) !== restored) await saveToolCache(cacheRoot(), keys.key);
    };
    // A pull request's commit (the merge GitHub made) is never another's base: only other events' kept profiles are saved.
    const keepsProfiles = github.context.eventName !== 'pull_request' && github.context.eventName !== 'pull_request_target';
    const results = list('results');
    const shards = results.length ? { results } : undefined;
    if (mode === 'plan') {
      const p = await plan(options, list('targets').join(',').split(',').filter(Boolean), true);
      core.setOutput('matrix', JSON.stringify(p.matrix));
      core.setOutput('plan-path', p.planPath);
      core.info(`${p.matrix.include.length} shard(s): ${p.matrix.include.map((s) => s.shard).join(', ')}`);
    } else if (mode === 'run-shard') {
      const r = await runShard(options, value('shard'));
      if (r.kept && keepsProfiles) await saveProfiles(r.kept, value('shard'), process.env);
      core.setOutput('results-path', r.resultsPath);
      core.setOutput('failed', String(r.failed));
    } else if (mode === 'release-baselines') {
      const { pr } = await releaseBaselines(options, shards, at!, process.env.GITHUB_REF_NAME || github.context.sha.slice(0, 12), (u) => {
        core.setOutput('results-path', u.resultsPath);
        core.info(updateSummary(u));
      });
      if (pr) {
        core.setOutput('pull-request', pr.url);
        core.info(`baseline pull request #${pr.number}: ${pr.url}`);
      } else core.info('no baseline changed: no pull request');
    } else if (mode === 'comment') {
      const artifact = value('artifact');
      const c = await comment(options, at!, {
        run: github.context.payload.workflow_run as WorkflowRun | undefined, dir: results[0] ?? 'report', acceptLabel, summaryUrl: runUrl(), ...(artifact ? { artifact } : {}),
      }, async (r) => void (await core.summary.addRaw(r).write()));
      if ('skipped' in c) core.warning(c.skipped);
      else core.info(`pull request #${c.pr} comment ${c.comment.action}: ${c.comment.url}`);
    } else if (mode === 'update-baselines') {
      const u = await updateBaselines(options, shards);
      core.setOutput('results-path', u.resultsPath);
      core.info(updateSummary(u));
    }
    if (mode !== 'check' && mode !== 'report') {
      await saveCache();
      return;
    }
    // An A/B's baselines are the base tree's run: the pull request's base commit is not read.
    const baseRef = against ? undefined : value('base') || github.context.payload.pull_request?.base?.sha;
    const compared = { ...options, ...(baseRef ? { baseRef } : {}), ...(acceptedBy ? { acceptedBy } : {}), ...(against ? { against } : {}) };
    // The base's profiles that its push kept (its shards', or its check's), restored only when something moved
    // (explain.ts asks for them).
    const baseProfiles = async (commit: string) => {
      const found = mode === 'report' ? await readShardFolders(results) : undefined;
      const shards = !found ? [CHECK_PROFILES] : found.plan ? profilingShards(found.plan.plan) : found.files.flatMap((f) => (f.results.shard ? [f.results.shard] : []));
      await restoreProfiles(storeDir(cacheRoot()), commit, shards, process.env);
    };
    const out = mode === 'report' ? await report({ ...compared, baseProfiles }, { results }) : await check({ ...compared, baseProfiles });
    if (out.kept && keepsProfiles) await saveProfiles(out.kept, CHECK_PROFILES, process.env);
    await saveCache();
    core.setOutput('verdict', out.comparison.verdict);
    core.setOutput('regressions', String(out.comparison.counts.regression));
    core.setOutput('failed', String(out.comparison.counts.failed));
    core.setOutput('incomplete', String(out.comparison.counts.missing));
    core.setOutput('compared', `${out.comparison.compared}/${out.comparison.baselined}`);
    core.setOutput('accepted', acceptedBy ? 'true' : 'false');
    core.setOutput('report-path', out.reportPath);
    core.setOutput('results-path', out.resultsPath);
    await publish(out.report, flags.comment);
    await checkRun(options.config, out, flags.checkRun);
    if (out.comparison.verdict === 'fail') {
      const { regression, failed, missing } = out.comparison.counts;
      const msg = `${regression} regression(s) over threshold, ${failed} failed variant(s)${missing ? `, ${missing} missing` : ''}; see the job summary`;
      if (acceptedBy) core.warning(`${msg}; accepted by ${acceptedBy}`);
      else if (flags.failOnRegression) core.setFailed(msg);
      else core.warning(`${msg} (fail-on-regression is false)`);
    }
    if (out.comparison.incomplete) {
      const c = out.comparison;
      const msg = c.noBaselines ? 'no baselines yet: nothing was compared (run mode update-baselines and commit the baselines)'
        : `incomplete: compared ${c.compared} of ${c.baselined} baselined variants${c.counts.missing ? `, ${c.counts.missing} missing` : ''}; see the job summary`;
      if (flags.failOnIncomplete) core.setFailed(msg);
      else core.warning(`${msg} (fail-on-incomplete is false)`);
    }
  } catch (e) {
    core.setFailed(e instanceof Interrupted ? e.message : failure(e));
    if (e instanceof Interrupted) process.exitCode = e.exitCode;
  } finally {
    await held?.release();
    stop.dispose();
  }
}
