// Lints that explain numbers: stories a profile tells that the report should say beside the number.
// - soft-float helpers (libgcc's double and conversion routines) above a few percent of an image built for an
//   FPU: the FPU cannot do that arithmetic (single-precision FPUs and doubles), so each operation is a call.
import type { Elf } from '../measure/elf.js';
import type { Profile } from './profile.js';

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

/** The lints of a profiled image, as sentences. */
export function lints(profiles: Profile[], fp: FloatBuild | undefined): string[] {
  if (!fp || fp.fpArch === 0) return [];
  return profiles.flatMap((p) => {
    const helpers = p.functions.filter((f) => f.owner === 'compiler runtime' && SOFT_FLOAT.test(f.name));
    const self = helpers.reduce((n, f) => n + f.self, 0);
    const pct = (100 * self) / (p.total || 1);
    if (pct < SOFT_FLOAT_PERCENT) return [];
    // Who calls them: the frame under each helper in the stacks, by the owner detail of that caller.
    const callers = new Map<string, number>();
    const byName = new Map(p.functions.map((f) => [f.name, f]));
    for (const s of p.stacks) {
      const leaf = s.frames[s.frames.length - 1]!;
      const caller = s.frames[s.frames.length - 2];
      if (!helpers.some((h) => h.name === leaf) || !caller) continue;
      const d = byName.get(caller)?.detail ?? 'unknown';
      callers.set(d, (callers.get(d) ?? 0) + s.count);
    }
    const from = [...callers].sort((a, b) => b[1] - a[1]);
    const named = helpers.slice(0, 3).map((h) => `${h.name} ${((100 * h.self) / p.total).toFixed(1)}%`).join(', ');
    const fpu = fp.singleOnly ? 'a single-precision FPU' : 'an FPU';
    const note = from[0] && RUNTIME_NOTES[from[0][0]] ? ` ${RUNTIME_NOTES[from[0][0]]}.` : '';
    return [`${p.label}: ${pct.toFixed(1)}% of the instructions are libgcc's soft-float helpers (${named}) on an image built for ${fpu}${from[0] ? `, called from ${from.slice(0, 2).map(([d, n]) => `${d} (${((100 * n) / self).toFixed(0)}%)`).join(', ')}` : ''}: each double operation or float/double conversion is a library call.${note}`];
  });
}
