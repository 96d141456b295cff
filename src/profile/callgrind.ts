// Instructions by function on the host: callgrind's output of the measured region, run with
// `--separate-callers` (each function's costs kept per chain of callers: whole call stacks) and
// `--dump-instr=yes` (each call edge names the instruction it came from), turned into the same Profile as
// the emulated plugin's. Pure: the file's text, an instruction classifier and an owner lookup in.
//
// Tail calls: callgrind records a jump into another function's first block as a call, so an interpreter
// whose handlers jump to each other (wasm3's `jmp *0x10(%rax)` at the end of every op) shows as one frame
// per executed op, a chain as deep as the wasm code runs between two returns. As the plugin does on Thumb,
// a frame entered by a jump replaces its caller's frame (the caller is finished: it jumped away), which
// is what an unwinder sees: each handler sits under the function that entered the chain. Whether an edge
// was a call or a jump is read from the instruction at its call site in the binary (callgrind names it).
import type { Profile } from '../types.js';
import { MEASURED_FUNCTION } from '../run/host.js';

/** The measured region's function (`--toggle-collect`): stacks start there. */

/** Callers kept per context: deeper stacks lose their outer frames (counted as lost). */
export const CALLER_DEPTH = 500;

export interface Context {
  /** Innermost first, as callgrind names it (`f'caller'caller's caller`); the function's recursion level (`f'2`,
   * `--separate-recs`) stays on its frame; its callers carry none. */
  frames: string[];
  /** The object the function is in (the image, a shared library). */
  object: string;
  /** Instructions executed in the function itself in this context. */
  self: number;
  /** The lowest instruction address with a cost (in the object's own addresses): where the function is. */
  addr?: number;
}

export interface CallEdge {
  /** The called context's name. */
  callee: string;
  /** The calling instruction: its object and address. */
  object: string;
  site: number;
  count: number;
}

export interface CallgrindOutput {
  /** `summary:`: the instructions collected, callgrind's "Collected". */
  total: number;
  contexts: Map<string, Context>;
  calls: CallEdge[];
}

export class CallgrindFormatError extends Error {
  override name = 'CallgrindFormatError';
}

/** A position field: absolute (hex or decimal), relative to the last (`+n`, `-n`) or the same (`*`). */
function position(field: string, last: number): number {
  if (field === '*') return last;
  if (field.startsWith('+')) return last + Number(field.slice(1));
  if (field.startsWith('-')) return last - Number(field.slice(1));
  return field.startsWith('0x') ? parseInt(field, 16) : Number(field);
}

/** Callgrind's format (valgrind.org/docs/manual/cl-format.html) as `--dump-instr=yes` writes it: positions
 * "instr line", one event (Ir); names compressed as `(id) name` once, `(id)` after. */
export function parseCallgrindOut(file: string, text: string): CallgrindOutput {
  const names = { ob: new Map<string, string>(), fn: new Map<string, string>() };
  const named = (kind: 'ob' | 'fn', v: string) => {
    const m = /^\((\d+)\)(?: (.*))?$/.exec(v);
    if (!m) return v;
    if (m[2] !== undefined) names[kind].set(m[1]!, m[2]);
    const n = names[kind].get(m[1]!);
    if (n === undefined) throw new CallgrindFormatError(`${file}: ${kind} (${m[1]}) used before it is named`);
    return n;
  };
  const contexts = new Map<string, Context>();
  const calls: CallEdge[] = [];
  let total: number | undefined;
  let ob = '';
  let fn: Context | undefined;
  let call: { callee: string; count: number } | undefined;
  let cfn: string | undefined;
  let last = 0;
  let lastLine = 0;
  let positions = 'line';
  text.split('\n').forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    const kv = /^(\w+)[=:] ?(.*)$/.exec(line);
    if (kv && !/^[\d+*-]/.test(line)) {
      const [, key, value] = kv as unknown as [string, string, string];
      if (key === 'positions') positions = value.trim();
      else if (key === 'events' && value.trim() !== 'Ir') throw new CallgrindFormatError(`${at}: events ${value}: expected instructions only (Ir)`);
      else if (key === 'summary') total = Number(value);
      else if (key === 'ob') ob = named('ob', value);
      else if (key === 'cob') named('ob', value); // the callee's own fn= block says where it is
      else if (key === 'fn') {
        const name = named('fn', value);
        fn = contexts.get(name);
        if (!fn) contexts.set(name, (fn = { frames: name.split("'").reduce<string[]>((fs, t) => (/^\d+$/.test(t) && fs.length ? [...fs.slice(0, -1), `${fs.at(-1)}'${t}`] : [...fs, t]), []), object: ob, self: 0 }));
      } else if (key === 'cfn') cfn = named('fn', value);
      else if (key === 'calls') {
        if (!cfn) throw new CallgrindFormatError(`${at}: calls= without cfn=`);
        call = { callee: cfn, count: Number(value.split(' ')[0]) };
      }
      return;
    }
    if (!/^[\d+*-]/.test(line)) return;
    if (positions !== 'instr line') throw new CallgrindFormatError(`${at}: positions "${positions}": run callgrind with --dump-instr=yes`);
    const f = line.trim().split(/\s+/);
    if (!fn || f.length < 3) throw new CallgrindFormatError(`${at}: a cost line outside a function or without a cost`);
    last = position(f[0]!, last);
    lastLine = position(f[1]!, lastLine);
    const cost = Number(f[2]);
    if (call) {
      calls.push({ callee: call.callee, object: fn.object, site: last, count: call.count });
      call = undefined;
      cfn = undefined;
    } else {
      fn.self += cost;
      fn.addr = Math.min(fn.addr ?? last, last);
    }
  });
  if (total === undefined) throw new CallgrindFormatError(`${file}: no summary line (not callgrind's output, or cut short)`);
  return { total, contexts, calls };
}

export type EdgeKind = 'call' | 'jump';

/** What the instruction at a call site is: an x86-64 or AArch64 call or jump; undefined where the
 * instruction set is another (the edge then stays a call: callgrind's own view). */
export function edgeKind(machine: number, bytes: Buffer): EdgeKind | undefined {
  if (machine === 62) {
    let i = 0;
    // Legacy prefixes (segment, operand and address size, lock, rep/bnd, notrack) and REX.
    while (i < bytes.length && ([0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65, 0x66, 0x67, 0xf0, 0xf2, 0xf3].includes(bytes[i]!) || (bytes[i]! & 0xf0) === 0x40)) i++;
    const op = bytes[i];
    if (op === 0xe8) return 'call';
    if (op === 0xff && i + 1 < bytes.length) {
      const reg = (bytes[i + 1]! >> 3) & 7;
      return reg === 2 || reg === 3 ? 'call' : 'jump';
    }
    return op === undefined ? undefined : 'jump';
  }
  if (machine === 183 && bytes.length >= 4) {
    const w = bytes.readUInt32LE(0);
    // BL, BLR, BLRAA/BLRAB/BLRAAZ/BLRABZ.
    const is = (mask: number, value: number) => ((w & mask) >>> 0) === value;
    return is(0xfc000000, 0x94000000) || is(0xfffffc1f, 0xd63f0000) || is(0xfefff800, 0xd63f0800) ? 'call' : 'jump';
  }
  return undefined;
}

/** The flat profile row's owner of a frame: by the object it ran in and where. */
export type HostOwnerOf = (frame: string, context: Context | undefined) => { owner: string; detail: string };

const frameName = (f: string) => f.replace(/'\d+$/, '');

/**
 * The profile of the measured region: stacks start at the measured function (what callgrind collected),
 * frames entered by a jump replace their caller's (`kindOf` says which edges were jumps); self counts are
 * each context's own, so the stacks add up to callgrind's total exactly.
 */
export function hostProfile(label: string, out: CallgrindOutput, kindOf: (e: CallEdge) => EdgeKind | undefined, ownerOf: HostOwnerOf): Profile {
  // How each context was entered, by its calls' sites (a context entered both ways goes with the majority).
  // Keyed without the callee's recursion level: a caller's frames in a context name carry none.
  const unlevelled = (name: string) => name.replace(/^([^']*)'\d+(?='|$)/, '$1');
  const entered = new Map<string, { call: number; jump: number }>();
  for (const e of out.calls) {
    const k = kindOf(e) ?? 'call';
    const c = entered.get(unlevelled(e.callee)) ?? { call: 0, jump: 0 };
    c[k] += e.count;
    entered.set(unlevelled(e.callee), c);
  }
  const jumped = (name: string) => {
    const c = entered.get(unlevelled(name));
    return !!c && c.jump > c.call;
  };
  const stacks = new Map<string, { frames: string[]; count: number }>();
  let lost = 0;
  const byName = new Map<string, Context>();
  for (const c of out.contexts.values()) {
    byName.set(frameName(c.frames[0]!), byName.get(frameName(c.frames[0]!)) ?? c);
    if (!c.self) continue;
    const outer = c.frames.map(frameName).lastIndexOf(MEASURED_FUNCTION);
    // Deeper than callgrind kept callers for: the outer frames are gone.
    if (outer < 0) lost += c.self;
    const top = outer < 0 ? c.frames.length - 1 : outer;
    const frames = outer < 0 ? ['[deeper than the stacks kept]'] : [];
    // Root first; the context's name from frame i inwards is frame i's own context.
    for (let i = top; i >= 0; i--) {
      if (i < top && jumped(c.frames.slice(i).join("'"))) frames.pop();
      frames.push(frameName(c.frames[i]!));
    }
    const k = frames.join(';');
    const s = stacks.get(k) ?? { frames, count: 0 };
    s.count += c.self;
    stacks.set(k, s);
  }
  const rows = new Map<string, Profile['functions'][number]>();
  const row = (n: string) => {
    let r = rows.get(n);
    if (!r) rows.set(n, (r = { name: n, ...ownerOf(n, byName.get(n)), self: 0, inclusive: 0 }));
    return r;
  };
  for (const s of stacks.values()) {
    row(s.frames.at(-1)!).self += s.count;
    // Recursion counted once: each distinct frame of the stack.
    for (const f of new Set(s.frames)) row(f).inclusive += s.count;
  }
  return {
    label, total: out.total, lost,
    functions: [...rows.values()].sort((a, b) => b.self - a.self || b.inclusive - a.inclusive || a.name.localeCompare(b.name)),
    stacks: [...stacks.values()].sort((a, b) => b.count - a.count),
  };
}
