// The pull request a finished workflow run belongs to, found from the workflow_run event and GitHub's API:
// never from what that run uploaded, which a fork's pull request controls.
import type { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

/** The parts of a workflow_run event's `workflow_run` used here. */
export interface WorkflowRun {
  id: number;
  head_sha: string;
  head_branch: string;
  head_repository: { full_name: string; owner: { login: string } };
  /** Filled for pull requests from this repository's branches; empty for a fork's. */
  pull_requests?: { number: number }[];
}

interface PullRequest {
  number: number;
  baseSha: string;
  labels: string[];
}

interface ApiPull {
  number: number;
  state: string;
  head: { sha: string; repo: { full_name: string } | null };
  base: { sha: string };
  labels: { name?: string }[];
}

/**
 * The open pull requests of this repository whose head is the run's commit from the run's head repository.
 * The event's own list is used when it has one (same-repository branches), else the pulls of the head
 * branch; either way each one is read from the API and must have exactly that head.
 */
export async function pullRequestsOf(octokit: Octokit, where: { owner: string; repo: string }, run: WorkflowRun): Promise<PullRequest[]> {
  const headIs = (p: ApiPull) => p.state === 'open' && p.head.sha === run.head_sha && p.head.repo?.full_name === run.head_repository.full_name;
  const fromEvent = await Promise.all((run.pull_requests ?? []).map(async (p) =>
    (await octokit.rest.pulls.get({ ...where, pull_number: p.number })).data as ApiPull));
  let found = fromEvent.filter(headIs);
  if (!found.length) {
    const head = `${run.head_repository.owner.login}:${run.head_branch}`;
    found = ((await octokit.paginate(octokit.rest.pulls.list, { ...where, state: 'open', head, per_page: 100 })) as ApiPull[]).filter(headIs);
  }
  return found.map((p) => ({ number: p.number, baseSha: p.base.sha, labels: p.labels.map((l) => l.name ?? '') }));
}
