// After a release's full run, the new baselines go to a pull request, never straight to the default branch:
// a branch, one commit with the changed baseline files (git data API: blobs, tree, commit, ref), and a pull
// request that says what moved.
import type { getOctokit } from '@actions/github';
import { execa } from 'execa';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { readBaselines, readBaselinesAt, type Baselines } from '../baseline/baseline.js';
import { baselineEdits, type BaselineEdit } from '../compare/compare.js';
import { UserError } from '../types.js';
import { formatPercent, formatValue } from '../report/format.js';
import { MAX_COMMENT } from './comment.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface ChangedFile {
  /** Path in the repository, with forward slashes. */
  path: string;
  /** The new content, or null for a file deleted (every entry it had left the config's matrix). */
  content: string | null;
}

interface BaselinePullRequest {
  owner: string;
  repo: string;
  branch: string;
  title: string;
  body: string;
  files: ChangedFile[];
}

const pct = (e: BaselineEdit) =>
  e.before === undefined || e.after === undefined || e.before === 0 ? '' : formatPercent((100 * (e.after - e.before)) / Math.abs(e.before));

/** What moved, for the pull request body: every metric added, removed or changed, biggest relative moves first. */
export function pullRequestBody(edits: BaselineEdit[], files: ChangedFile[], source: string): string {
  const rank = (e: BaselineEdit) => (e.before && e.after !== undefined ? Math.abs((e.after - e.before) / e.before) : Infinity);
  const rows = [...edits].sort((a, b) => rank(b) - rank(a)).map((e) =>
    `| \`${e.id}\` | ${e.metric} | ${e.before === undefined ? '(new)' : formatValue(e.before, e.unit)} | ${e.after === undefined ? '(removed)' : formatValue(e.after, e.unit)} | ${pct(e)} |`);
  const head = [
    `Baselines measured by ${source}.`,
    '',
    `${files.length} file(s): ${files.map((f) => `\`${f.path}\`${f.content === null ? ' (deleted)' : ''}`).join(', ')}; ${edits.length} value(s) moved.`,
    '',
    '| Variant | Metric | Before | After | Change |',
    '|---|---|--:|--:|--:|',
  ].join('\n');
  let body = head;
  for (const [i, r] of rows.entries()) {
    const more = `\n\n… and ${rows.length - i} more (see the diff).`;
    if (body.length + r.length + 1 + more.length > MAX_COMMENT) return body + more;
    body += `\n${r}`;
  }
  return `${body}\n`;
}

export async function openBaselinePullRequest(octokit: Octokit, pr: BaselinePullRequest): Promise<{ number: number; url: string; commit: string; base: string }> {
  const { owner, repo } = pr;
  const { data: info } = await octokit.rest.repos.get({ owner, repo });
  const base = info.default_branch;
  if (pr.branch === base) throw new Error(`refusing to write baselines to the default branch ${base}: give another branch name`);
  const { data: head } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${base}` });
  const { data: parent } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: head.object.sha });
  const blobs: (string | null)[] = [];
  for (const f of pr.files)
    blobs.push(f.content === null ? null : (await octokit.rest.git.createBlob({ owner, repo, content: f.content, encoding: 'utf-8' })).data.sha);
  const { data: tree } = await octokit.rest.git.createTree({
    owner, repo, base_tree: parent.tree.sha,
    // A null sha deletes the path from the base tree.
    tree: pr.files.map((f, i) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, sha: blobs[i]! })),
  });
  const { data: commit } = await octokit.rest.git.createCommit({ owner, repo, message: pr.title, tree: tree.sha, parents: [parent.sha] });
  try {
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${pr.branch}`, sha: commit.sha });
  } catch (e) {
    // The branch is left from an earlier attempt at the same release: point it at the new commit.
    if ((e as { status?: number }).status !== 422) throw e;
    await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${pr.branch}`, sha: commit.sha, force: true });
  }
  const { data: pull } = await octokit.rest.pulls.create({ owner, repo, title: pr.title, head: pr.branch, base, body: pr.body });
  return { number: pull.number, url: pull.html_url, commit: commit.sha, base };
}

async function git(cwd: string, args: string[]) {
  return execa('git', args, { cwd, reject: false, stripFinalNewline: true });
}

/** The written baseline files that differ from the checked-out commit's, the deleted ones, and every value that moved. */
export async function baselineChanges(baselineDir: string, written: string[], deleted: string[] = []): Promise<{ files: ChangedFile[]; edits: BaselineEdit[]; root: string }> {
  const top = await git(baselineDir, ['rev-parse', '--show-toplevel']);
  if (top.failed) throw new UserError(`${baselineDir} is not in a git repository: a pull request needs one`);
  const root = String(top.stdout);
  const files: ChangedFile[] = [];
  for (const file of written) {
    const path = relative(root, file).split('\\').join('/');
    const content = await readFile(file, 'utf8');
    const before = await git(root, ['show', `HEAD:${path}`]);
    if (before.failed || `${before.stdout}\n` !== content) files.push({ path, content });
  }
  for (const file of deleted) {
    const path = relative(root, file).split('\\').join('/');
    if (!(await git(root, ['cat-file', '-e', `HEAD:${path}`])).failed) files.push({ path, content: null });
  }
  const empty: Baselines = { files: [], byId: new Map(), source: 'none' };
  const edits = baselineEdits((await readBaselinesAt(baselineDir, 'HEAD')) ?? empty, await readBaselines(baselineDir));
  return { files, edits, root };
}

/** Opens the pull request for freshly written baselines; undefined when no baseline file changed. */
export async function releaseBaselines(octokit: Octokit, where: { owner: string; repo: string }, baselineDir: string, written: string[], label: string, deleted: string[] = []) {
  const { files, edits } = await baselineChanges(baselineDir, written, deleted);
  if (!files.length) return undefined;
  return openBaselinePullRequest(octokit, {
    ...where,
    branch: `wasm-mcu-bench/baselines-${label.replace(/[^\w.-]+/g, '-')}`,
    title: `Baselines for ${label}`,
    body: pullRequestBody(edits, files, `wasm-mcu-bench on ${label}`),
    files,
  });
}
