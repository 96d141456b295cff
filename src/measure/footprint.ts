// Flash and static RAM of an image, classified by section flags (names vary between toolchains and RTOSes).
import { SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_NOBITS, type Elf } from './elf.js';

export interface Footprint {
  /** Executable code. */
  text: number;
  /** Read-only data, including the vector table and notes kept in flash. */
  rodata: number;
  /** Initialised writable data: stored in flash, copied to RAM at boot. */
  data: number;
  /** Zero-initialised writable data: RAM only. */
  bss: number;
  flash: number;
  staticRam: number;
}

export function footprint(elf: Elf): Footprint {
  const f = { text: 0, rodata: 0, data: 0, bss: 0 };
  for (const s of elf.sections) {
    if (!(s.flags & SHF_ALLOC) || s.size === 0) continue;
    if (s.flags & SHF_WRITE) {
      if (s.type === SHT_NOBITS) f.bss += s.size;
      else f.data += s.size;
    } else if (s.flags & SHF_EXECINSTR) f.text += s.size;
    else if (s.type !== SHT_NOBITS) f.rodata += s.size;
  }
  return { ...f, flash: f.text + f.rodata + f.data, staticRam: f.data + f.bss };
}
