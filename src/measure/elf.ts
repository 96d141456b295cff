// A small reader for 32- and 64-bit little-endian ELF files: section headers and the GNU build-id note.
import { UserError } from '../types.js';
import { createHash } from 'node:crypto';

export const SHF_WRITE = 0x1;
export const SHF_ALLOC = 0x2;
export const SHF_EXECINSTR = 0x4;
export const SHT_NOBITS = 8;
export const SHT_NOTE = 7;

export interface Section {
  name: string;
  type: number;
  flags: number;
  addr: number;
  offset: number;
  size: number;
}

export interface Elf {
  machine: number;
  sections: Section[];
  buildId?: string;
}

export function parseElf(buf: Buffer, file = 'ELF file'): Elf {
  if (buf.length < 52 || buf.readUInt32BE(0) !== 0x7f454c46) throw new UserError(`${file}: not an ELF file`);
  const is64 = buf[4] === 2;
  if (buf[5] !== 1) throw new UserError(`${file}: big-endian ELF is not supported`);
  const num = (off: number, wide: boolean) => (wide ? Number(buf.readBigUInt64LE(off)) : buf.readUInt32LE(off));
  const machine = buf.readUInt16LE(18);
  const shoff = num(is64 ? 0x28 : 0x20, is64);
  const shentsize = buf.readUInt16LE(is64 ? 0x3a : 0x2e);
  const shnum = buf.readUInt16LE(is64 ? 0x3c : 0x30);
  const shstrndx = buf.readUInt16LE(is64 ? 0x3e : 0x32);
  if (shoff === 0 || shoff + shnum * shentsize > buf.length) throw new UserError(`${file}: truncated ELF (section headers out of range)`);
  const raw = Array.from({ length: shnum }, (_, i) => {
    const o = shoff + i * shentsize;
    return {
      nameOff: buf.readUInt32LE(o),
      type: buf.readUInt32LE(o + 4),
      flags: num(o + 8, is64),
      addr: num(is64 ? o + 0x10 : o + 0x0c, is64),
      offset: num(is64 ? o + 0x18 : o + 0x10, is64),
      size: num(is64 ? o + 0x20 : o + 0x14, is64),
    };
  });
  const strtab = raw[shstrndx];
  const name = (off: number) => {
    if (!strtab) return '';
    const start = strtab.offset + off;
    return buf.toString('latin1', start, buf.indexOf(0, start));
  };
  const sections = raw.map(({ nameOff, ...s }) => ({ name: name(nameOff), ...s }));
  return { machine, sections, ...(findBuildId(buf, sections) ?? {}) };
}

function findBuildId(buf: Buffer, sections: Section[]): { buildId: string } | undefined {
  for (const s of sections) {
    if (s.type !== SHT_NOTE) continue;
    for (let o = s.offset; o + 12 <= s.offset + s.size; ) {
      const namesz = buf.readUInt32LE(o);
      const descsz = buf.readUInt32LE(o + 4);
      const type = buf.readUInt32LE(o + 8);
      const nameStart = o + 12;
      const descStart = nameStart + ((namesz + 3) & ~3);
      if (type === 3 && buf.toString('latin1', nameStart, nameStart + namesz) === 'GNU\0')
        return { buildId: buf.toString('hex', descStart, descStart + descsz) };
      o = descStart + ((descsz + 3) & ~3);
    }
  }
  return undefined;
}

/**
 * sha256 of what a loader puts in memory: the entry point and each PT_LOAD segment's addresses, sizes, flags
 * and file bytes. Not the path, the mtime, nor the debug sections: the same program built elsewhere hashes alike.
 */
export function loadedContentHash(buf: Buffer, file = 'ELF file'): string {
  if (buf.length < 52 || buf.readUInt32BE(0) !== 0x7f454c46) throw new UserError(`${file}: not an ELF file`);
  const is64 = buf[4] === 2;
  const num = (off: number) => (is64 ? Number(buf.readBigUInt64LE(off)) : buf.readUInt32LE(off));
  const phoff = num(is64 ? 0x20 : 0x1c);
  const phentsize = buf.readUInt16LE(is64 ? 0x36 : 0x2a);
  const phnum = buf.readUInt16LE(is64 ? 0x38 : 0x2c);
  if (phoff === 0 || phoff + phnum * phentsize > buf.length) throw new UserError(`${file}: truncated ELF (program headers out of range)`);
  const h = createHash('sha256').update(`entry ${num(0x18)}\n`);
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize;
    if (buf.readUInt32LE(o) !== 1) continue; // PT_LOAD
    const [offset, vaddr, paddr, filesz, memsz, flags] = is64
      ? [num(o + 8), num(o + 16), num(o + 24), num(o + 32), num(o + 40), buf.readUInt32LE(o + 4)]
      : [num(o + 4), num(o + 8), num(o + 12), num(o + 16), num(o + 20), buf.readUInt32LE(o + 24)];
    if (offset + filesz > buf.length) throw new UserError(`${file}: truncated ELF (segment ${i} out of range)`);
    h.update(`load ${vaddr} ${paddr} ${filesz} ${memsz} ${flags}\n`).update(buf.subarray(offset, offset + filesz));
  }
  return h.digest('hex');
}
