// Where a source's refs and trees come from when pinning: GitHub's REST API and archives (GITHUB_API_URL,
// optional GITHUB_TOKEN), or a local git checkout. Both answer the same questions, so pinning and bumping
// never care which one it is.
import { execa } from 'execa';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../types.js';
import { downloadTree } from './archive.js';
import { archiveUrl } from './sources.js';

interface Commit {
  commit: string;
  /** The commit's date, YYYY-MM-DD (committer date). */
  date: string;
  /** The ref is a tag (a release); otherwise a branch or a commit. */
  tag: boolean;
}

export interface Release {
  tag: string;
  /** The release notes (or the tag's page when upstream publishes no releases). */
  url: string;
}

export interface Upstream {
  /** What the pin says it comes from, for messages: "acme/lib" or "the checkout DIR". */
  where: string;
  /** The commit a tag, branch or commit names; undefined when there is no such ref. */
  resolve(ref: string): Promise<Commit | undefined>;
  /** The newest release: GitHub's latest release, else the highest version-like tag; undefined when none. */
  latestRelease(): Promise<Release | undefined>;
  /** Whether `newer` is a descendant of `older` ('ahead'), the same ('identical'), an ancestor ('behind') or neither. */
  compare(older: string, newer: string): Promise<'ahead' | 'identical' | 'behind' | 'diverged'>;
  /** Extracts the tree at a full commit into a new directory under `work`; returns it. */
  tree(commit: string, work: string): Promise<string>;
}

/** Tag, branch or commit names as git allows them; anything else (an option, a path escape) is refused here. */
function checkRef(ref: string): string {
  if (!/^[\w][\w./+-]*$/.test(ref) || ref.includes('..') || ref.endsWith('.lock') || ref.endsWith('/'))
    throw new UserError(`"${ref}" is not a tag, branch or commit name`);
  return ref;
}

const PRERELEASE = /(^|[^a-z])(rc|alpha|beta|pre|dev|nightly)/i;

/** Release-like tags (with a version number and no pre-release marker), highest version first. */
export function releaseTags(tags: string[]): string[] {
  const parts = (t: string) => (t.match(/\d+/g) ?? []).map(Number);
  const cmp = (a: string, b: string) => {
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (y[i] ?? -1) - (x[i] ?? -1);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  return tags.filter((t) => /\d+\.\d+/.test(t) && !PRERELEASE.test(t)).sort(cmp);
}

interface GitHubOptions {
  api?: string;
  token?: string;
  /** WASM_MCU_BENCH_ARCHIVE_URL: the same archive the tool's download takes. */
  archiveTemplate?: string;
  timeoutMs?: number;
}

export function githubUpstream(repo: string, o: GitHubOptions = {}): Upstream {
  const api = (o.api ?? 'https://api.github.com').replace(/\/$/, '');
  const timeoutMs = o.timeoutMs ?? 120_000;
  const get = async <T>(path: string): Promise<T | undefined> => {
    const res = await fetch(`${api}/repos/${repo}${path}`, {
      headers: { accept: 'application/vnd.github+json', 'user-agent': 'wasm-mcu-bench', ...(o.token ? { authorization: `Bearer ${o.token}` } : {}) },
      signal: AbortSignal.timeout(timeoutMs),
    });
    // 422: GitHub's answer to a commits/<ref> lookup of something that is no commit.
    if (res.status === 404 || res.status === 422) return undefined;
    if (!res.ok) {
      const why = ((await res.json().catch(() => ({}))) as { message?: string }).message ?? '';
      throw new UserError(`${api}/repos/${repo}${path}: HTTP ${res.status} ${why}${res.status === 403 && !o.token ? ' (set GITHUB_TOKEN for a higher rate limit)' : ''}`);
    }
    return (await res.json()) as T;
  };
  const path = (ref: string) => checkRef(ref).split('/').map(encodeURIComponent).join('/');
  return {
    where: repo,
    async resolve(ref) {
      const c = await get<{ sha: string; commit: { committer: { date: string } } }>(`/commits/${path(ref)}`);
      if (!c) return undefined;
      const tag = !/^[0-9a-f]{40}$/.test(ref) && (await get(`/git/ref/tags/${path(ref)}`)) !== undefined;
      return { commit: c.sha, date: c.commit.committer.date.slice(0, 10), tag };
    },
    async latestRelease() {
      const r = await get<{ tag_name: string; html_url: string }>('/releases/latest');
      if (r) return { tag: r.tag_name, url: r.html_url };
      const [tag] = releaseTags(((await get<{ name: string }[]>('/tags?per_page=100')) ?? []).map((t) => t.name));
      return tag ? { tag, url: `https://github.com/${repo}/releases/tag/${encodeURIComponent(tag)}` } : undefined;
    },
    async compare(older, newer) {
      const c = await get<{ status: 'ahead' | 'identical' | 'behind' | 'diverged' }>(`/compare/${path(older)}...${path(newer)}`);
      if (!c) throw new UserError(`${repo}: cannot compare ${older} with ${newer}`);
      return c.status;
    },
    async tree(commit, work) {
      return downloadTree(archiveUrl({ repo, commit }, o.archiveTemplate), work, timeoutMs);
    },
  };
}

/** A local git checkout of the source; refuses one with uncommitted changes (they would silently not be pinned). */
export async function checkoutUpstream(dir: string): Promise<Upstream> {
  const git = (args: string[]) => execa('git', args, { cwd: dir, reject: false, stripFinalNewline: true });
  const top = await git(['rev-parse', '--show-toplevel']);
  if (top.failed) throw new UserError(`--from ${dir}: not a git checkout`);
  const status = await git(['status', '--porcelain']);
  if (status.failed || String(status.stdout))
    throw new UserError(`--from ${dir}: the checkout has uncommitted changes; commit or stash them first:\n${String(status.stdout || status.stderr)}`);
  const commitOf = async (ref: string) => {
    const r = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return r.failed ? undefined : String(r.stdout);
  };
  return {
    where: `the checkout ${dir}`,
    async resolve(ref) {
      const commit = await commitOf(checkRef(ref));
      if (!commit) return undefined;
      const date = String((await git(['show', '-s', '--format=%cs', commit])).stdout);
      const tag = !(await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${ref}`])).failed;
      return { commit, date, tag };
    },
    async latestRelease() {
      const [tag] = releaseTags(String((await git(['tag', '--list'])).stdout).split('\n').filter(Boolean));
      return tag ? { tag, url: `${dir} (tag ${tag})` } : undefined;
    },
    async compare(older, newer) {
      const [a, b] = [await commitOf(older), await commitOf(newer)];
      if (!a || !b) throw new UserError(`${dir}: cannot compare ${older} with ${newer}`);
      if (a === b) return 'identical';
      const isAncestor = async (x: string, y: string) => (await git(['merge-base', '--is-ancestor', x, y])).exitCode === 0;
      return (await isAncestor(a, b)) ? 'ahead' : (await isAncestor(b, a)) ? 'behind' : 'diverged';
    },
    async tree(commit, work) {
      // `git archive` applies export-ignore and export-subst as GitHub's archives do, so the hash is the download's.
      const archive = join(work, 'src.tar');
      const r = await git(['archive', '--format=tar', `--output=${archive}`, commit]);
      if (r.failed) throw new UserError(`git archive ${commit} in ${dir}: ${String(r.stderr)}`);
      const tree = join(work, 'tree');
      await mkdir(tree);
      await execa('tar', ['-xf', archive, '-C', tree]);
      return tree;
    },
  };
}
