// What a change does to the pinned upstream sources: the runtime-upgrade gate's headline.
import type { Manifest } from '../sources/sources.js';

export interface PinChange {
  name: string;
  title: string;
  from?: string;
  to?: string;
}

const label = (p: { version: string; commit: string }) => `${p.version} (${p.commit.slice(0, 12)})`;

export function pinChanges(base: Manifest, head: Manifest): PinChange[] {
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  return names.flatMap((name) => {
    const b = base[name];
    const h = head[name];
    if (b && h && b.commit === h.commit) return [];
    return [{ name, title: (h ?? b)!.title, ...(b ? { from: label(b) } : {}), ...(h ? { to: label(h) } : {}) }];
  });
}

export const pinChangeText = (c: PinChange) => `${c.title} ${c.from ?? '(none)'} -> ${c.to ?? '(removed)'}`;

/** One tree of an A/B (check --source NAME=DIR --against NAME=DIR): what it is, as far as it is known. */
export interface AbTree {
  dir: string;
  /** treeHash() of the folder. */
  tree?: string;
  /** The commit checked out there, when the folder is a git checkout, and whether its files differ from it. */
  commit?: string;
  dirty?: boolean;
}

/** An A/B of one source: `a` (--against, the base's tree) gives the baselines, `b` (--source) is under test. */
export interface SourceAb {
  name: string;
  title: string;
  a: AbTree;
  b: AbTree;
}

const treeLabel = (t: AbTree) => [
  t.commit && `commit ${t.commit.slice(0, 12)}${t.dirty ? ' with local changes' : ''}`,
  t.tree && `tree ${t.tree.slice(0, 'sha256:'.length + 12)}`,
].filter(Boolean).join(', ') || t.dir;

export const abText = (ab: SourceAb) => `A/B of ${ab.title}: A ${treeLabel(ab.a)} vs B ${treeLabel(ab.b)}`;
