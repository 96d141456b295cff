// The action's mode `history`: this run's results become one entry on the data branch (through the API,
// so concurrent runs never lose each other's entries) and in the local checkout of that branch, and the
// page is rebuilt from the checkout for the workflow to publish on GitHub Pages.
import type { getOctokit } from '@actions/github';
import { readFile } from 'node:fs/promises';
import { appendToBranch } from '../github/history.js';
import { UserError } from '../types.js';
import { buildSite } from './command.js';
import { addEntry, entryFrom, entryName, RUNS, type EntryFacts } from './store.js';

interface HistoryInputs {
  results: string;
  /** Local checkout of the data branch (created when missing: the first run starts the history). */
  store: string;
  branch: string;
  site: string;
  event?: EntryFacts['event'];
}

interface GitHubEnv {
  GITHUB_REF?: string;
  GITHUB_SERVER_URL?: string;
  GITHUB_REPOSITORY?: string;
  GITHUB_RUN_ID?: string;
}

/** Tag, run link and event of this workflow run, from GitHub's variables. */
function runFacts(env: GitHubEnv, event?: EntryFacts['event']): EntryFacts {
  const tag = env.GITHUB_REF?.startsWith('refs/tags/') ? env.GITHUB_REF.slice('refs/tags/'.length) : undefined;
  const run = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
    ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  return { ...(tag ? { tag } : {}), ...(run ? { run } : {}), event: event ?? (tag ? 'release' : 'push') };
}

export async function historyMode(
  inputs: HistoryInputs, env: GitHubEnv, github: { octokit: ReturnType<typeof getOctokit>; owner: string; repo: string } | undefined,
  log: { info(m: string): void; warning(m: string): void },
): Promise<{ site: string; commit?: string }> {
  const text = await readFile(inputs.results, 'utf8').catch(() => { throw new UserError(`mode history: no results at ${inputs.results} (run check, report or run first)`); });
  const entry = entryFrom(inputs.results, text, runFacts(env, inputs.event));
  const name = entryName(entry);
  let commit: string | undefined;
  if (github) {
    const r = await appendToBranch(github.octokit, { owner: github.owner, repo: github.repo, branch: inputs.branch, path: `${RUNS}/${name}`, content: `${JSON.stringify(entry)}\n`, message: `History: ${entry.commit.slice(0, 12)}${entry.tag ? ` (${entry.tag})` : ''}` });
    commit = r.commit;
    log.info(`history: ${RUNS}/${name} appended to ${inputs.branch} (commit ${r.commit}${r.attempts > 1 ? `, after ${r.attempts} attempts: another run appended at the same time` : ''})`);
  } else log.warning(`history: no token, so ${inputs.branch} is not updated; the page has this run only locally`);
  await addEntry(inputs.store, entry, name);
  const repoUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
  const site = await buildSite(inputs.store, inputs.site, repoUrl ? { repoUrl } : {}, (m) => log.warning(`history: ${m}`));
  return { site, ...(commit ? { commit } : {}) };
}
