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
