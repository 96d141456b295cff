// Lints that explain numbers: stories a profile tells that the report should say beside the number.
// - soft-float helpers (libgcc's double and conversion routines) above a few percent of an image built for an
//   FPU: the FPU cannot do that arithmetic (single-precision FPUs and doubles), so each operation is a call;
// - code executing from RAM (an AOT module loaded into a pool, functions placed in .data): counted the same,
//   fetched over another bus on the board;
// - a hot loop in a C library function (memcpy, memset, ...): the library's build is measured too.
import type { Elf } from '../measure/elf.js';
import type { Profile } from '../types.js';

/** What the image's ARM build attributes say of floating point (.ARM.attributes, "aeabi" file attributes). */
export interface FloatBuild {
  /** Tag_FP_arch: 0 for none. */
  fpArch: number;
  /** Tag_ABI_HardFP_use 1: the FPU does single precision only. */
  singleOnly: boolean;
}

const TAG_FP_ARCH = 10;
const TAG_ABI_HARDFP_USE = 27;

export function floatBuild(buf: Buffer, elf: Elf): FloatBuild | undefined {
  const s = elf.sections.find((x) => x.name === '.ARM.attributes');
  if (!s || buf[s.offset] !== 0x41) return undefined;
  const end = s.offset + s.size;
  let o = s.offset + 1;
  while (o + 4 < end) {
    const len = buf.readUInt32LE(o);
    const vendorEnd = buf.indexOf(0, o + 4);
    if (buf.toString('latin1', o + 4, vendorEnd) === 'aeabi') return fileAttributes(buf, vendorEnd + 1, Math.min(o + len, end));
    o += len || end;
  }
  return undefined;
}

function fileAttributes(buf: Buffer, start: number, end: number): FloatBuild | undefined {
  if (buf[start] !== 1) return undefined;
  const stop = Math.min(start + buf.readUInt32LE(start + 1), end);
  let o = start + 5;
  const uleb = () => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = buf[o++]!;
      v |= (b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80)) return v;
    }
  };
  const out: FloatBuild = { fpArch: 0, singleOnly: false };
  while (o < stop) {
    const tag = uleb();
    // Tags 4, 5 and 67 and the odd ones above 32 are strings; 32 is a number and a string; the rest numbers.
    if (tag === 4 || tag === 5 || tag === 67 || (tag > 32 && tag % 2 === 1)) o = buf.indexOf(0, o) + 1;
    else if (tag === 32) {
      uleb();
      o = buf.indexOf(0, o) + 1;
    } else {
      const v = uleb();
      if (tag === TAG_FP_ARCH) out.fpArch = v;
      if (tag === TAG_ABI_HARDFP_USE) out.singleOnly = v === 1;
    }
  }
  return out;
}

/** libgcc's soft-float routines: double arithmetic, comparisons and conversions (AEABI and GCC names). */
const SOFT_FLOAT = /^(__aeabi_(d(add|sub|rsub|mul|div|cmp\w*|2f|2iz|2uiz|2lz|2ulz)|f2d|[ul]?i2d|l2d|ul2d|f(add|sub|rsub|mul|div|cmp\w*|2iz|2uiz))|__(add|sub|mul|div)[ds]f3|__(extendsfdf2|truncdfsf2)|__(eq|ne|lt|le|gt|ge|un)[ds]f2|__fix(uns)?dfsi|__float(un)?sidf)$/;

/** Percent of a region above which the helpers are worth a word. */
export const SOFT_FLOAT_PERCENT = 3;

/** Runtimes whose source decides the matter, and what it says (read in their sources). */
const RUNTIME_NOTES: Record<string, string> = {
  wasm3: "wasm3 keeps its float register `_fp0` as a double whenever it has floats (d_m3HasFloat, source/m3_exec_defs.h), so each f32 operation converts to double and back; no build option of this wasm3 avoids it but turning floats off (d_m3HasFloat 0)",
};

/** Percent of a region in one C library function above which it is worth a word. */
export const LIBC_PERCENT = 5;

/** Percent of a region executed from RAM above which it is worth a word. */
export const RAM_PERCENT = 5;

/** What the image says beside its profiles. */
export interface ImageFacts {
  fp?: FloatBuild | undefined;
  /** Per region: instructions fetched from RAM (writable sections) and the functions they ran in, most first. */
  fromRam?: { count: number; where: string[] }[];
}

/** Who calls `leaves`: the frame under each of them in the stacks, by that caller's owner detail, most first. */
function callersOf(p: Profile, leaves: Set<string>): [string, number][] {
  const callers = new Map<string, number>();
  const byName = new Map(p.functions.map((f) => [f.name, f]));
  for (const s of p.stacks) {
    const caller = s.frames[s.frames.length - 2];
    if (!leaves.has(s.frames[s.frames.length - 1]!) || !caller) continue;
    const d = byName.get(caller)?.detail ?? 'unknown';
    callers.set(d, (callers.get(d) ?? 0) + s.count);
  }
  return [...callers].sort((a, b) => b[1] - a[1]);
}

const percent = (n: number, of: number) => `${((100 * n) / (of || 1)).toFixed(1)}%`;
const calledFrom = (from: [string, number][], of: number) =>
  from.length ? `, called from ${from.slice(0, 2).map(([d, n]) => `${d} (${((100 * n) / (of || 1)).toFixed(0)}%)`).join(', ')}` : '';

/** libgcc's soft-float helpers above a few percent of an image built for an FPU. */
function softFloat(p: Profile, fp: FloatBuild | undefined): string[] {
  if (!fp || fp.fpArch === 0) return [];
  const helpers = p.functions.filter((f) => f.owner === 'compiler runtime' && SOFT_FLOAT.test(f.name));
  const self = helpers.reduce((n, f) => n + f.self, 0);
  if ((100 * self) / (p.total || 1) < SOFT_FLOAT_PERCENT) return [];
  const from = callersOf(p, new Set(helpers.map((h) => h.name)));
  const named = helpers.slice(0, 3).map((h) => `${h.name} ${percent(h.self, p.total)}`).join(', ');
  const fpu = fp.singleOnly ? 'a single-precision FPU' : 'an FPU';
  const note = from[0] && RUNTIME_NOTES[from[0][0]] ? ` ${RUNTIME_NOTES[from[0][0]]}.` : '';
  return [`${p.label}: ${percent(self, p.total)} of the instructions are libgcc's soft-float helpers (${named}) on an image built for ${fpu}${calledFrom(from, self)}: each double operation or float/double conversion is a library call.${note}`];
}

/** A hot loop in a C library function (memcpy, memset, ...): the number measures the library's build too. */
function libcLoop(p: Profile): string[] {
  return p.functions.filter((f) => f.owner === 'libc' && (100 * f.self) / (p.total || 1) >= LIBC_PERCENT).slice(0, 2).map((f) =>
    `${p.label}: ${percent(f.self, p.total)} of the instructions are a loop in the C library's \`${f.name}\` (${f.detail})${calledFrom(callersOf(p, new Set([f.name])), f.self)}: the number measures that library routine as built for this image (another C library, or the same one built for speed rather than size, gives another number) as much as the code under test.`);
}

/** Code fetched from RAM: instruction counts are blind to what that costs on the board. */
function fromRam(p: Profile, ram: { count: number; where: string[] } | undefined): string[] {
  if (!ram || (100 * ram.count) / (p.total || 1) < RAM_PERCENT) return [];
  const aot = ram.where.some((w) => /^\[code in /.test(w)) ? ' WAMR AOT loads its machine code into its pool in RAM; wamrc --xip (with the f64 intrinsics listed) runs it in place from flash instead.' : '';
  return [`${p.label}: ${percent(ram.count, p.total)} of the instructions execute from RAM (${ram.where.slice(0, 2).map((w) => `\`${w}\``).join(', ')}): the count is the same as from flash, but on the board each fetch then goes over the bus the data uses (an STM32F4's SRAM is on its system bus, flash behind the ART accelerator), so cycles on hardware can differ where instructions do not.${aot}`];
}

/** The lints of a profiled image, as sentences. */
export function lints(profiles: Profile[], facts: ImageFacts = {}): string[] {
  return profiles.flatMap((p, i) => [...softFloat(p, facts.fp), ...fromRam(p, facts.fromRam?.[i]), ...libcLoop(p)]);
}
