// One pull request comment per report, found again by its hidden marker and updated in place.
import type { getOctokit } from '@actions/github';
import { MARKER } from '../report/markdown.js';

type Octokit = ReturnType<typeof getOctokit>;

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_COMMENT = 65_000;

export function fitComment(body: string, fullReportUrl?: string): string {
  if (body.length <= MAX_COMMENT) return body;
  const note = `\n\n… report cut to fit a comment${fullReportUrl ? `; the whole one is in the [job summary](${fullReportUrl})` : '; the whole one is in the job summary'}.\n`;
  return body.slice(0, MAX_COMMENT - note.length) + note;
}

export interface Where {
  owner: string;
  repo: string;
  issueNumber: number;
}

export async function upsertComment(octokit: Octokit, where: Where, body: string): Promise<{ action: 'created' | 'updated'; id: number; url: string }> {
  const { owner, repo, issueNumber } = where;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.find((c) => c.body?.includes(MARKER));
  if (mine) {
    const r = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return { action: 'updated', id: r.data.id, url: r.data.html_url };
  }
  const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: 'created', id: r.data.id, url: r.data.html_url };
}
