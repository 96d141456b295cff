// The GitHub Action: reads inputs, runs the same pipeline as the CLI, publishes the report
// (job summary, one pull request comment) and sets outputs. Failures go through core.setFailed.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { check, updateBaselines, updateSummary } from './pipeline.js';
import { checkRun, farmMode, FARM_MODES } from './farm-action.js';
import { githubProgress } from './progress.js';
import { fitComment, runUrl, upsertComment } from './github/comment.js';
import { UserError } from './types.js';
import { cacheKey, restoreToolCache, saveToolCache } from './github/cache.js';
import { cacheRoot } from './sources/sources.js';
import { packageRoot } from './tools.js';
import { dirname, join } from 'node:path';
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

const MODES = ['check', 'update-baselines', 'history', ...FARM_MODES] as const;
const HISTORY_EVENTS = ['push', 'release', 'baselines'] as const;

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
    const mode = core.getInput('mode') || 'check';
    if (!(MODES as readonly string[]).includes(mode)) throw new UserError(`input mode: expected one of ${MODES.join(', ')}, got "${mode}"`);
    const flags = { comment: boolInput('comment', true), failOnRegression: boolInput('fail-on-regression', true), failOnIncomplete: boolInput('fail-on-incomplete', true), checkRun: boolInput('check-run', false) };
    const options = {
      config: core.getInput('config') || 'wasm-mcu-bench.yml',
      outDir: core.getInput('out') || 'wasm-mcu-bench-out',
      progress: githubProgress(),
      ...(core.getInput('boards') ? { boards: core.getInput('boards') } : {}),
      signal: stop.signal,
    };
    if (mode === 'history') return await history(options.outDir);
    // `comment` only reads the artifacts it is given; every other mode owns its output folder while it runs.
    if (mode !== 'comment') held = await lockOutDir(options.outDir, `wasm-mcu-bench action, mode ${mode}`);
    const acceptLabel = core.getInput('accept-label');
    const labels = ((github.context.payload.pull_request?.labels ?? []) as { name?: string }[]).map((l) => l.name);
    const acceptedBy = acceptLabel && labels.includes(acceptLabel) ? `label \`${acceptLabel}\`` : undefined;
    const key = await cacheKey(join(packageRoot(), 'firmware'));
    const hit = await restoreToolCache(cacheRoot(), key);
    const farm = await farmMode(mode, { ...options, ...(acceptedBy ? { acceptedBy } : {}) });
    if (farm && 'done' in farm) {
      if (!hit) await saveToolCache(cacheRoot(), key);
      return;
    }
    if (mode === 'update-baselines') {
      const u = await updateBaselines(options);
      if (!hit) await saveToolCache(cacheRoot(), key);
      core.setOutput('results-path', u.resultsPath);
      core.info(updateSummary(u));
      return;
    }
    const baseRef = core.getInput('base-ref') || github.context.payload.pull_request?.base?.sha;
    const out = farm?.report ?? await check({ ...options, ...(baseRef ? { baseRef } : {}), ...(acceptedBy ? { acceptedBy } : {}) });
    if (!hit) await saveToolCache(cacheRoot(), key);
    core.setOutput('verdict', out.comparison.verdict);
    core.setOutput('regressions', String(out.comparison.counts.regression));
    core.setOutput('failed', String(out.comparison.counts.failed));
    core.setOutput('incomplete', String(out.comparison.counts.missing));
    core.setOutput('compared', `${out.comparison.compared}/${out.comparison.baselined}`);
    core.setOutput('accepted', acceptedBy ? 'true' : 'false');
    core.setOutput('report-path', out.reportPath);
    core.setOutput('results-path', out.resultsPath);
    await publish(out.report, flags.comment);
    await checkRun(options, out, flags.checkRun);
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
