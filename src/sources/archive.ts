// A source tree fetched as an archive: GitHub's codeload tarball of one commit (or a mirror's), extracted
// without its top folder, so that it hashes the same as a checkout of that commit.
import { execa } from 'execa';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Downloads the tar.gz at `url` into `work` and extracts it into the new directory `work`/tree; returns that directory. */
export async function downloadTree(url: string, work: string, timeoutMs: number): Promise<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
  const archive = join(work, 'src.tar.gz');
  await writeFile(archive, Buffer.from(await res.arrayBuffer()));
  const tree = join(work, 'tree');
  await mkdir(tree);
  await execa('tar', ['-xzf', archive, '-C', tree, '--strip-components=1']);
  return tree;
}
