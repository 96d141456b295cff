// A content hash of a source tree: the same for a git checkout, an extracted archive or a cached copy at
// one commit. sha256 over "path\0mode\0sha256(content)\n" lines sorted by path; .git and symlink targets' contents ignored.
import { createHash } from 'node:crypto';
import { readdir, readFile, readlink, lstat } from 'node:fs/promises';
import { join } from 'node:path';

async function walk(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(root, rel), { withFileTypes: true })) {
    if (e.name === '.git' || e.name === '.wmb-source.json') continue;
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await walk(root, p)));
    else out.push(p);
  }
  return out;
}

export async function treeHash(root: string): Promise<string> {
  const files = (await walk(root)).sort();
  const all = createHash('sha256');
  for (const f of files) {
    const full = join(root, f);
    const st = await lstat(full);
    const mode = st.isSymbolicLink() ? 'link' : st.mode & 0o111 ? 'exec' : 'file';
    const content = st.isSymbolicLink() ? Buffer.from(await readlink(full)) : await readFile(full);
    all.update(`${f}\0${mode}\0${createHash('sha256').update(content).digest('hex')}\n`);
  }
  return `sha256:${all.digest('hex')}`;
}
