// Reading files as they were at a commit (a pull request's base), fetching just that commit when the
// checkout is shallow.
import { execa } from 'execa';
import { dirname, relative } from 'node:path';

const git = (cwd: string, args: string[]) => execa('git', args, { cwd, reject: false, stripFinalNewline: true });

/** The commit exists locally, fetching just it when the checkout is shallow. */
export async function haveCommit(cwd: string, ref: string): Promise<boolean> {
  if (!(await git(cwd, ['cat-file', '-e', `${ref}^{commit}`])).failed) return true;
  await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
  return !(await git(cwd, ['cat-file', '-e', `${ref}^{commit}`])).failed;
}

/** Paths (relative to the repository's top) of the files under `dir` at `ref`. */
export async function filesAt(dir: string, ref: string): Promise<string[]> {
  const cwd = dirname(dir);
  const r = await git(cwd, ['ls-tree', '-r', '--name-only', '--full-name', ref, '--', relative(cwd, dir) || '.']);
  return r.failed ? [] : String(r.stdout).split('\n').filter(Boolean);
}

/** A file's text at `ref` (path relative to the repository's top), or undefined when it is not there. */
export async function showAt(anyPathInRepo: string, path: string, ref: string): Promise<string | undefined> {
  const top = await git(dirname(anyPathInRepo), ['rev-parse', '--show-toplevel']);
  if (top.failed) return undefined;
  const r = await git(String(top.stdout), ['show', `${ref}:${path}`]);
  return r.failed ? undefined : String(r.stdout);
}

/** `file`'s path relative to the top of its repository, or undefined outside any repository. */
export async function repoPath(file: string): Promise<string | undefined> {
  const r = await git(dirname(file), ['ls-files', '--full-name', '--error-unmatch', file]);
  if (!r.failed) return String(r.stdout).split('\n')[0];
  const top = await git(dirname(file), ['rev-parse', '--show-toplevel']);
  return top.failed ? undefined : relative(String(top.stdout), file);
}
