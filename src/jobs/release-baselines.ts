// Mode release-baselines (and `update-baselines --pull-request`): update the baselines, from a sharded run's
// results or by running the matrix, and open one pull request with the changed files.
import type { getOctokit } from '@actions/github';
import { releaseBaselines as openPullRequest } from '../github/release.js';
import type { ShardResults } from './collect.js';
import type { JobOptions } from './job.js';
import { updateBaselines, type UpdateOutcome } from './update-baselines.js';

export interface Repository {
  octokit: ReturnType<typeof getOctokit>;
  owner: string;
  repo: string;
}

/**
 * `label` names the run in the branch and the pull request (a tag, a branch, a commit; undefined: the results'
 * commit); `updated` hears of the baselines written before the pull request is asked for.
 */
export async function releaseBaselines(o: JobOptions, shards: ShardResults | undefined, at: Repository, label: string | undefined, updated: (u: UpdateOutcome) => void): Promise<{ update: UpdateOutcome; pr: Awaited<ReturnType<typeof openPullRequest>> }> {
  const update = await updateBaselines(o, shards);
  updated(update);
  const pr = await openPullRequest(at.octokit, { owner: at.owner, repo: at.repo }, update.baselineDir, update.written, label ?? update.results.provenance.commit.slice(0, 12), update.deleted);
  return { update, pr };
}
