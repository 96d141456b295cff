// Appends a file to the history's data branch through the git data API, as the release-baselines flow
// writes its branch: a blob, a tree on the branch's tree, a commit, and a fast-forward of the ref. Never the
// default branch. Two runs appending at once: the loser's fast-forward is refused, so it rebuilds its commit
// on the new head and tries again; both entries are kept.
import type { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

interface Append {
  owner: string;
  repo: string;
  branch: string;
  /** Path of the new file on the branch. */
  path: string;
  content: string;
  message: string;
}

const status = (e: unknown) => (e as { status?: number }).status;

export async function appendToBranch(octokit: Octokit, a: Append, attempts = 8): Promise<{ commit: string; attempts: number }> {
  const { owner, repo } = a;
  const { data: info } = await octokit.rest.repos.get({ owner, repo });
  if (a.branch === info.default_branch) throw new Error(`refusing to write the history to the default branch ${a.branch}: give another branch`);
  const { data: blob } = await octokit.rest.git.createBlob({ owner, repo, content: a.content, encoding: 'utf-8' });
  const entry = { path: a.path, mode: '100644' as const, type: 'blob' as const, sha: blob.sha };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const head = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${a.branch}` }).then((r) => r.data.object.sha, (e) => {
      if (status(e) === 404) return undefined;
      throw e;
    });
    const base = head ? (await octokit.rest.git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha : undefined;
    const { data: tree } = await octokit.rest.git.createTree({ owner, repo, tree: [entry], ...(base ? { base_tree: base } : {}) });
    const { data: commit } = await octokit.rest.git.createCommit({ owner, repo, message: a.message, tree: tree.sha, parents: head ? [head] : [] });
    try {
      if (head) await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${a.branch}`, sha: commit.sha, force: false });
      else await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${a.branch}`, sha: commit.sha });
      return { commit: commit.sha, attempts: attempt };
    } catch (e) {
      // 422: the branch moved (or was created) since we read it; build on the new head.
      if (status(e) !== 422) throw e;
      await new Promise((r) => setTimeout(r, 200 * attempt + Math.random() * 300));
    }
  }
  throw new Error(`could not append ${a.path} to ${a.branch}: the branch kept moving (${attempts} attempts)`);
}
