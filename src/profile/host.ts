// Profiles one host image: callgrind once more on the image it counts, keeping its costs per call stack
// (callgrind.ts), functions owned through the image's linker map like the firmware's sizes (shared
// libraries by their name), written to the output folder like the emulated profiles.
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Artifact } from '../build/cmake.js';
import { runGuarded } from '../child.js';
import { parseElf, SHF_EXECINSTR } from '../measure/elf.js';
import { ownerOf, parseMap, sourceFolders, type InputSection, type SourceFolders } from '../measure/owners.js';
import { parseRecords, ProtocolError } from '../measure/protocol.js';
import { callgrindCommand } from '../run/host.js';
import { CALLER_DEPTH, CallgrindFormatError, edgeKind, hostProfile, parseCallgrindOut, type CallEdge, type HostOwnerOf } from './callgrind.js';
import { lints } from './lints.js';
import type { Unavailable } from './plugin.js';
import { measured, measuredRecords, writeProfiles, type KeepProfile, type ProfileOutcome, type VariantProfile } from './variant.js';

/** The instruction set and code of an object callgrind saw (the image, a shared library), read once. */
async function codeOf(path: string): Promise<((addr: number) => Buffer | undefined) & { machine: number } | undefined> {
  const buf = await readFile(path).catch(() => undefined);
  if (!buf || buf.readUInt32BE(0) !== 0x7f454c46) return undefined;
  const elf = parseElf(buf, path);
  const code = elf.sections.filter((s) => s.flags & SHF_EXECINSTR);
  return Object.assign((addr: number) => {
    const s = code.find((x) => addr >= x.addr && addr < x.addr + x.size);
    return s ? buf.subarray(s.offset + addr - s.addr, s.offset + Math.min(addr - s.addr + 16, s.size)) : undefined;
  }, { machine: buf.readUInt16LE(0x12) });
}

/** Shared libraries by name: the C library's (glibc: libc, libm, the dynamic loader), the compiler's. */
function libraryOwner(object: string): { owner: string; detail: string } {
  const name = basename(object);
  if (/^(libc|libm|libpthread|libdl|librt|ld-linux[\w-]*)\.so/.test(name)) return { owner: 'libc', detail: 'glibc' };
  if (/^libgcc_s\.so/.test(name)) return { owner: 'compiler runtime', detail: 'libgcc' };
  return { owner: 'library', detail: name };
}

function hostOwners(image: Set<string>, map: InputSection[], folders: SourceFolders): HostOwnerOf {
  return (_frame, c) => {
    if (!c) return { owner: 'unknown', detail: 'unknown' };
    if (!image.has(c.object)) return libraryOwner(c.object);
    const s = c.addr === undefined ? undefined : map.find((x) => c.addr! >= x.addr && c.addr! < x.addr + x.size && !/^\.debug/.test(x.output));
    return s ? ownerOf(s.object, folders) : { owner: 'unknown', detail: 'unknown' };
  };
}

export async function profileHostImage(o: { artifact: Artifact; firmwareDir: string; outDir: string; timeoutMs: number; signal?: AbortSignal }): Promise<VariantProfile | Unavailable> {
  if (o.artifact.info.runtime_info?.out_of_process) return { unavailable: 'the engine runs in another process: callgrind would see only the pipe' };
  const work = await mkdtemp(join(tmpdir(), 'wmb-host-profile-'));
  try {
    const outPath = join(work, 'callgrind.out');
    const start = performance.now();
    const run = await runGuarded(callgrindCommand(o.artifact.elf, { out: outPath, callers: CALLER_DEPTH }), { limitMs: o.timeoutMs, ...(o.signal ? { signal: o.signal } : {}), stdin: 'ignore' });
    const durationMs = performance.now() - start;
    if (run.timedOut || run.exitCode !== 0) return { unavailable: `the profiled run under callgrind ${run.timedOut ? 'timed out' : `exited with status ${run.exitCode}`}` };
    const text = await readFile(outPath, 'utf8').catch(() => undefined);
    if (text === undefined) return { unavailable: 'callgrind wrote no profile' };
    let parsed;
    let label;
    try {
      parsed = parseCallgrindOut(outPath, text);
      const elf = parseElf(await readFile(o.artifact.elf), o.artifact.elf);
      label = measuredRecords(parseRecords(String(run.stdout ?? ''), elf.buildId ?? ''))[0]?.label ?? o.artifact.variant.benchmark;
    } catch (e) {
      if (!(e instanceof CallgrindFormatError || e instanceof ProtocolError)) throw e;
      return { unavailable: `the profiled run: ${e.message}` };
    }
    const readers = new Map(await Promise.all([...new Set(parsed.calls.map((c) => c.object))].map(async (ob) => [ob, await codeOf(ob)] as const)));
    const kindOf = (e: CallEdge) => {
      const r = readers.get(e.object);
      const bytes = r?.(e.site);
      return r && bytes ? edgeKind(r.machine, bytes) : undefined;
    };
    const map = parseMap(await readFile(o.artifact.elf.replace(/\.elf$/, '.map'), 'utf8').catch(() => ''));
    const profiles = [hostProfile(label, parsed, kindOf, hostOwners(new Set([o.artifact.elf, await realpath(o.artifact.elf)]), map, await sourceFolders(o.firmwareDir)))];
    const files = await writeProfiles(o.outDir, o.artifact.variant.id, profiles);
    return { profiles, counts: [parsed.total], files, durationMs, lints: lints(profiles) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Profiles a measured host image and checks that the profile counted what the plain callgrind run counted. */
export async function profileHostMeasured(o: Parameters<typeof profileHostImage>[0] & { instructions: number | undefined; keep?: KeepProfile }): Promise<ProfileOutcome> {
  const p = await profileHostImage(o);
  if ('unavailable' in p) return { profileUnavailable: p.unavailable };
  if (o.instructions !== undefined && p.counts[0] !== o.instructions)
    return { profileUnavailable: `the profiled run counted ${p.counts[0]} instructions where the plain run counted ${o.instructions}: the profile does not add up` };
  await o.keep?.(p);
  return measured(p);
}
