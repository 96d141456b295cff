// The functions of an ARM image, from its ELF symbol table, and which of them are exception handlers (the
// words of its vector table). Addresses are without the Thumb bit.
import { SHF_ALLOC, SHF_WRITE, type Elf } from '../measure/elf.js';

export interface Func {
  name: string;
  start: number;
  end: number;
  /** An exception vector points at it: entered without a call. */
  handler: boolean;
  /** A data object: code found running there was loaded into it (an AOT module in a pool). */
  data?: true;
}

const SHT_SYMTAB = 2;
const STT_OBJECT = 1;
const STT_FUNC = 2;

/** Every function symbol of a 32-bit image and every sized data object (code can run from one), sorted, overlaps removed (an alias keeps the first name); a size-less symbol
 * (hand-written assembly) ends where the next function starts. */
export function functionsOf(buf: Buffer, elf: Elf): Func[] {
  const symtab = elf.sections.find((s) => s.type === SHT_SYMTAB);
  if (!symtab || buf[4] !== 1) return [];
  const strtab = elf.sections[buf.readUInt32LE(findLink(buf, elf, symtab))];
  const found: Func[] = [];
  for (let o = symtab.offset; o + 16 <= symtab.offset + symtab.size; o += 16) {
    const info = buf[o + 12]!;
    const shndx = buf.readUInt16LE(o + 14);
    const type = info & 0xf;
    if ((type !== STT_FUNC && type !== STT_OBJECT) || shndx === 0 || shndx >= 0xff00) continue;
    const value = buf.readUInt32LE(o + 4) & (type === STT_FUNC ? ~1 : ~0);
    const size = buf.readUInt32LE(o + 8);
    if (type === STT_OBJECT && size === 0) continue;
    const nameStart = strtab!.offset + buf.readUInt32LE(o);
    const name = buf.toString('latin1', nameStart, buf.indexOf(0, nameStart));
    // Code that runs from a data object (an AOT module loaded into a pool, an execute-in-place blob) is named by it.
    found.push(type === STT_FUNC ? { name, start: value, end: value + size, handler: false } : { name: `[code in ${name}]`, start: value, end: value + size, handler: false, data: true });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.name.localeCompare(b.name));
  const out: Func[] = [];
  for (const [i, f] of found.entries()) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    const next = found.slice(i + 1).find((g) => g.start > f.start);
    out.push(f.end > f.start ? f : { ...f, end: next?.start ?? f.start + 2 });
  }
  const handlers = vectorTargets(buf, elf, new Set(out.map((f) => f.start)));
  return out.map((f) => (handlers.has(f.start) ? { ...f, handler: true } : f));
}

/** Where sh_link of a 32-bit section header is (for the symbol table: its string table's index); parseElf keeps no links. */
function findLink(buf: Buffer, elf: Elf, s: Elf['sections'][number]): number {
  const shoff = buf.readUInt32LE(0x20);
  const shentsize = buf.readUInt16LE(0x2e);
  return shoff + elf.sections.indexOf(s) * shentsize + 0x18;
}

/** The vector table is the first word block of the lowest read-only allocated section: the initial stack
 * pointer, then handler addresses (odd: Thumb) or 0, up to the first word that is neither. */
function vectorTargets(buf: Buffer, elf: Elf, starts: Set<number>): Set<number> {
  const table = elf.sections.filter((s) => s.flags & SHF_ALLOC && !(s.flags & SHF_WRITE) && s.size >= 8 && s.type !== 8)
    .sort((a, b) => a.addr - b.addr)[0];
  const out = new Set<number>();
  if (!table) return out;
  for (let o = 4; o + 4 <= table.size; o += 4) {
    const w = buf.readUInt32LE(table.offset + o);
    if (w === 0) continue;
    if (!(w & 1) || !starts.has(w & ~1)) break;
    out.add(w & ~1);
  }
  return out;
}

/** The plugin's `funcs=` file: "start end handler" per line, hex. */
export const funcsFile = (fs: Func[]) => fs.map((f) => `${f.start.toString(16)} ${f.end.toString(16)} ${f.handler ? 1 : 0}`).join('\n') + '\n';
