// Which inventory board runs each hardware variant. Variants of one board model are dealt out in turn to
// every board of that model, so two F446REs halve the work; the same inputs always give the same deal.
import type { Variant } from '../types.js';
import { UserError } from '../types.js';
import type { BoardEntry, Inventory } from './inventory.js';

/** The board inventory and which of its boards runs each hardware variant. */
export interface Farm {
  inventory: Inventory;
  /** The variants, a stand-in's marked with the image it runs. */
  variants: Variant[];
  boardOf: Map<string, BoardEntry>;
}

export function assignBoards(variants: Variant[], inventory: Inventory, configFile: string): Farm {
  const boardOf = new Map<string, BoardEntry>();
  const dealt = new Map<string, number>();
  const out = variants.map((v) => {
    if (v.target !== 'hardware') return v;
    const boards = inventory.boards.filter((b) => b.board === v.board);
    if (!boards.length)
      throw new UserError(`${configFile}: target hardware with board ${v.board}, but ${inventory.file} has no ${v.board}; add one or exclude { board: ${v.board}, target: hardware }`);
    const k = dealt.get(v.board) ?? 0;
    dealt.set(v.board, k + 1);
    const b = boards[k % boards.length]!;
    boardOf.set(v.id, b);
    return b.image === 'emulated' ? { ...v, image: 'emulated' as const } : v;
  });
  return { inventory, variants: out, boardOf };
}
