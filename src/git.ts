// Reading files as they were at a commit (a pull request's base), fetching just that commit when the
// checkout is shallow. A commit name comes from the user (--base, the base-ref input, the event file): it
// is checked as a name and always passed after --end-of-options, so it can never become an option of git.
import { execa } from 'execa';
import { realpathSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { UserError } from './types.js';

const git = (cwd: string, args: string[]) => execa('git', args, { cwd, reject: false, stripFinalNewline: true });

/** Why `ref` cannot name a commit for git, or undefined when it can (a SHA, a branch or tag, HEAD~1 ...). */
function refProblem(ref: string): string | undefined {
  if (ref === '') return 'it is empty';
  if (ref.startsWith('-')) return 'it starts with "-" (git would read it as an option)';
  if (/[\s\x00-\x1f\x7f]/.test(ref)) return 'it contains a space or a control character';
  return undefined;
}

/** A name that can be asked of a remote as it is: a SHA or a plain branch or tag name, never a refspec (a:b, +a, ^a). */
const fetchable = (ref: string) => /^[A-Za-z0-9_][\w./-]*$/.test(ref) && !ref.includes('..') && !ref.endsWith('.lock');

const commitOf = async (cwd: string, ref: string) => {
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return r.failed ? undefined : String(r.stdout);
};

/** The full SHA of the commit `ref` names, fetching just it when the checkout does not have it; undefined when it cannot be had. */
export async function findCommit(cwd: string, ref: string): Promise<string | undefined> {
  if (refProblem(ref)) return undefined;
  const here = await commitOf(cwd, ref);
  if (here || !fetchable(ref)) return here;
  const f = await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', '--end-of-options', ref]);
  return f.failed ? undefined : (await commitOf(cwd, ref)) ?? commitOf(cwd, 'FETCH_HEAD');
}

/** Like findCommit, but a bad or unknown name is the user's error, said before anything is built. */
export async function requireCommit(cwd: string, ref: string, what: string): Promise<string> {
  const problem = refProblem(ref);
  if (problem) throw new UserError(`${what} ${JSON.stringify(ref)} is not a commit name: ${problem}`);
  if ((await git(cwd, ['rev-parse', '--git-dir'])).failed) throw new UserError(`${what} ${ref}: ${cwd} is not in a git repository`);
  const sha = await findCommit(cwd, ref);
  if (!sha) throw new UserError(`${what} ${ref}: no such commit here, and fetching it from origin failed (with actions/checkout, set fetch-depth: 0)`);
  return sha;
}

/** Paths (relative to the repository's top) of the files under `dir` at `sha` (a full SHA from findCommit). */
export async function filesAt(dir: string, sha: string): Promise<string[]> {
  const cwd = dirname(dir);
  const r = await git(cwd, ['ls-tree', '-r', '--name-only', '--full-name', '--end-of-options', sha, '--', relative(cwd, dir) || '.']);
  return r.failed ? [] : String(r.stdout).split('\n').filter(Boolean);
}

/** A file's text at `sha` (path relative to the repository's top), or undefined when it is not there. */
export async function showAt(anyPathInRepo: string, path: string, sha: string): Promise<string | undefined> {
  const top = await git(dirname(anyPathInRepo), ['rev-parse', '--show-toplevel']);
  if (top.failed) return undefined;
  const r = await git(String(top.stdout), ['cat-file', 'blob', '--end-of-options', `${sha}:${path}`]);
  return r.failed ? undefined : String(r.stdout);
}

/** `file`'s path relative to the top of its repository, or undefined outside any repository. */
export async function repoPath(file: string): Promise<string | undefined> {
  const r = await git(dirname(file), ['ls-files', '--full-name', '--error-unmatch', '--', file]);
  if (!r.failed) return String(r.stdout).split('\n')[0];
  const top = await git(dirname(file), ['rev-parse', '--show-toplevel']);
  return top.failed ? undefined : relative(String(top.stdout), file);
}

/** The commit checked out in `dir` when `dir` is the top of a git checkout (not a folder inside another one), and whether files differ from it. */
export async function checkoutCommit(dir: string): Promise<{ commit: string; dirty: boolean } | undefined> {
  const top = await git(dir, ['rev-parse', '--show-toplevel']);
  if (top.failed || realpathSync(String(top.stdout)) !== realpathSync(dir)) return undefined;
  const head = await git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (head.failed) return undefined;
  const status = await git(dir, ['status', '--porcelain', '--untracked-files=no']);
  return { commit: String(head.stdout), dirty: !status.failed && String(status.stdout) !== '' };
}
