// A build unit's stamp (a variant built alone, or a group, build/group.ts): what its last finished build was
// made from. When nothing in it changed, the build is up to date and neither CMake nor ninja is started: an
// unchanged check costs file reads, not processes. What it records:
// - `inputs`: the configure arguments (flags, definitions, source folders, wamrc), the toolchain's versions
//   and the upstream trees' hashes (a pinned tree is identified by its hash, not read file by file);
// - `files`: the sha256 of every other file the build read, as CMake and ninja know them (the CMake files
//   build.ninja re-runs CMake on, every input a build edge names, and the compiler's dependency lists from
//   `ninja -t deps`), so a change to one runtime's glue rebuilds that runtime's variants only;
// - `failed`: a group's members whose image does not fit the board (the linker's measured need): every object
//   they link was compiled, so the files above cover them, and an unchanged re-check says so again without a
//   process. Any other failure (a compile error leaves no dependency list; a full disk, a killed linker, an
//   interrupted build) writes no stamp: the unit is built again.
import { createHash } from 'node:crypto';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { runGuarded } from '../child.js';
import { parseWithPositions, validator } from '../schema/locate.js';
import { writeAtomic } from '../files.js';
import { canonical } from '../store/store.js';

export const STAMP = 'wmb-stamp.json';

export interface StampInputs {
  inputs: Record<string, unknown>;
  /** Folders whose files the inputs already identify (upstream trees by hash, the tool's cache): not hashed. */
  covered: string[];
}

/** A member's failed link, as buildUnit reported it. */
export interface StampedFailure {
  message: string;
  log: string;
}

interface Stamp {
  inputs: Record<string, unknown>;
  files: Record<string, string>;
  /** By variant id. */
  failed?: Record<string, StampedFailure>;
  /** The build folder's size after the build, for pruning without walking it. */
  bytes: number;
}

const validate = validator<Stamp>({
  type: 'object',
  required: ['inputs', 'files', 'bytes'],
  properties: {
    inputs: { type: 'object' },
    files: { type: 'object', additionalProperties: { type: 'string' } },
    failed: { type: 'object', additionalProperties: { type: 'object', required: ['message', 'log'], properties: { message: { type: 'string' }, log: { type: 'string' } } } },
    bytes: { type: 'number' },
  },
});

/** Paths in a build.ninja: every absolute path token (ninja's `$ `, `$:` and `$$` escapes undone, `$\n` joined). */
export function ninjaPaths(buildNinja: string): string[] {
  const text = buildNinja.replace(/\$\r?\n\s*/g, ' ');
  const tokens = text.split(/(?<!\$)\s+/).map((t) => t.replace(/\$([ :$])/g, '$1'));
  return tokens.filter((t) => t.startsWith('/') && !t.includes('*'));
}

/** The dependency lists `ninja -t deps` prints: indented paths under each target, relative to the build folder. */
export function depsPaths(output: string, buildDir: string): string[] {
  return output.split('\n').filter((l) => /^\s{4}\S/.test(l)).map((l) => l.trim()).map((p) => (isAbsolute(p) ? p : resolve(buildDir, p)));
}

const within = (path: string, dirs: string[]) => dirs.some((d) => path === d || path.startsWith(d.endsWith(sep) ? d : d + sep));

/** Installed by the system's package manager, which sets each file's mtime from the package. */
const SYSTEM = ['/usr/'];

/**
 * What a file is, once per path per run (variants share most of their inputs): the sha256 of its content;
 * a system file (a compiler's headers, CMake's modules) by size and mtime, which a package upgrade changes.
 */
export class FileHashes {
  private readonly known = new Map<string, Promise<string | undefined>>();
  of(path: string): Promise<string | undefined> {
    let h = this.known.get(path);
    if (!h) {
      h = SYSTEM.some((d) => path.startsWith(d))
        ? stat(path).then((s) => (s.isFile() ? `size ${s.size} mtime ${s.mtimeMs}` : undefined), () => undefined)
        : readFile(path).then((b) => createHash('sha256').update(b).digest('hex'), () => undefined);
      this.known.set(path, h);
    }
    return h;
  }
}

/**
 * Why the build in `dir` is not up to date for `wanted` (`why`; `clean`: the toolchain changed, which neither
 * CMake's cache nor ninja notices: the folder is built again from nothing), or, when it is, the members whose
 * link failed (`failed`, by variant id).
 */
export async function stale(dir: string, wanted: StampInputs, hashes: FileHashes): Promise<{ why: string; clean?: true } | { why?: undefined; failed: Record<string, StampedFailure> }> {
  const file = join(dir, STAMP);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return { why: 'no build stamp' };
  let s: Stamp;
  try {
    s = validate(parseWithPositions(file, text));
  } catch (e) {
    return { why: `unreadable build stamp (${(e as Error).message})` };
  }
  if (canonical(s.inputs.toolchain) !== canonical(wanted.inputs.toolchain)) return { why: 'another toolchain', clean: true };
  if (canonical(s.inputs) !== canonical(wanted.inputs)) return { why: 'flags, definitions or upstream trees changed' };
  for (const [path, sha] of Object.entries(s.files)) if ((await hashes.of(path)) !== sha) return { why: `${path} changed` };
  return { failed: s.failed ?? {} };
}

/**
 * Records what the build that just finished in `dir` read (one `ninja -t deps`, after a real build only), and
 * the members whose link failed.
 */
export async function writeStamp(dir: string, wanted: StampInputs, hashes: FileHashes, bytes: number, failed: Record<string, StampedFailure> = {}): Promise<void> {
  const ninja = await readFile(join(dir, 'build.ninja'), 'utf8').catch(() => undefined);
  const deps = await runGuarded(['ninja', '-C', dir, '-t', 'deps'], { all: false });
  if (ninja === undefined || deps.failed) return;
  const skip = [resolve(dir), ...wanted.covered.map((d) => resolve(d))];
  const paths = [...new Set([...ninjaPaths(ninja), ...depsPaths(String(deps.stdout), dir)])].filter((p) => !within(p, skip)).sort();
  const files: Record<string, string> = {};
  for (const p of paths) {
    const isFile = await stat(p).then((x) => x.isFile(), () => false);
    const what = isFile ? await hashes.of(p) : undefined;
    if (what) files[p] = what;
  }
  // `bytes` first: pruning reads it from the stamp's first line of text (stampBytes), not the whole stamp.
  const stamp: Stamp = { bytes, inputs: wanted.inputs, files, ...(Object.keys(failed).length ? { failed } : {}) };
  await writeAtomic(join(dir, STAMP), `${JSON.stringify(stamp)}\n`);
}

/** A build folder's size as its stamp records it (see writeStamp), or undefined (no stamp, or not one). */
export async function stampBytes(path: string): Promise<number | undefined> {
  const h = await open(path).catch(() => undefined);
  if (!h) return undefined;
  try {
    const { buffer, bytesRead } = await h.read(Buffer.alloc(64), 0, 64, 0);
    const head = /^\{"bytes":(\d+),/.exec(buffer.toString('utf8', 0, bytesRead));
    if (head) return Number(head[1]);
  } finally {
    await h.close();
  }
  // Written before `bytes` came first.
  const bytes = await readFile(path, 'utf8').then((t) => Number((JSON.parse(t) as { bytes?: unknown }).bytes)).catch(() => NaN);
  return Number.isFinite(bytes) ? bytes : undefined;
}

export const dropStamp = (dir: string) => rm(join(dir, STAMP), { force: true });
