// A content hash of a source tree: the same for a git checkout, an extracted archive or a cached copy at
// one commit. sha256 over "path\0mode\0sha256(content)\n" lines sorted by path; .git, Python's bytecode
// caches (a Zephyr build writes __pycache__ into its tree) and symlink targets' contents ignored.
// Synchronous on purpose: a Zephyr tree is ~50,000 files, and a promise per file made the hash ten times slower.
import { createHash } from 'node:crypto';
import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, type BigIntStats, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';

/** The stamp a cached tree carries; it is not part of the tree. */
export const STAMP_FILE = '.wmb-source.json';
const IGNORED = new Set(['.git', '__pycache__']);

function walk(root: string, rel = '', out: string[] = []): string[] {
  for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
    // The stamp, and the temporary file it is written through (writeAtomic), are not part of the tree.
    if (IGNORED.has(e.name) || (!rel && e.name.startsWith(STAMP_FILE))) continue;
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(root, p, out);
    else out.push(p);
  }
  return out;
}

const kind = (st: Stats | BigIntStats) => (st.isSymbolicLink() ? 'link' : Number(st.mode) & 0o111 ? 'exec' : 'file');

/** Copies the files the tree hash covers (no .git): synchronous, for the same reason (fs.cp took 4 minutes for Zephyr). */
export function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const f of walk(from)) {
    const src = join(from, f);
    const dest = join(to, f);
    mkdirSync(dirname(dest), { recursive: true });
    if (lstatSync(src).isSymbolicLink()) symlinkSync(readlinkSync(src), dest);
    else copyFileSync(src, dest); // keeps the mode, so the executable bit
  }
}

export async function treeHash(root: string): Promise<string> {
  const all = createHash('sha256');
  for (const f of walk(root).sort()) {
    const full = join(root, f);
    const st = lstatSync(full);
    const content = st.isSymbolicLink() ? Buffer.from(readlinkSync(full)) : readFileSync(full);
    all.update(`${f}\0${kind(st)}\0${createHash('sha256').update(content).digest('hex')}\n`);
  }
  return `sha256:${all.digest('hex')}`;
}

/**
 * A cheap stamp of the same files: path, mode, size, modification and change times, no contents. The
 * change time is set by the kernel on every write or chmod and cannot be set back (touch sets only the
 * modification time). Equal stamps mean no file was touched since the stamp was taken; a different stamp
 * only means the tree hash must be computed again.
 */
export function treeStamp(root: string): string {
  const all = createHash('sha256');
  for (const f of walk(root).sort()) {
    const st = lstatSync(join(root, f), { bigint: true });
    all.update(`${f}\0${kind(st)}\0${st.size}\0${st.mtimeNs}\0${st.ctimeNs}\n`);
  }
  return `sha256:${all.digest('hex')}`;
}
