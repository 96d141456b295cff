// What an image file holds, read and hashed once: a variant's image is checked when its build is found up to
// date, before its run, keyed for result reuse and checked again after the run. Remembered by the file's
// identity (device, inode, size, modification and change times in nanoseconds), in this process and beside the
// image (`<image>.wmb-hashes.json`, with the tool that hashed it) for the next: a file written or replaced since
// has another identity (its change time moves whatever its content and modification time) and is read again.
import { createHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeAtomic } from '../files.js';
import { loadedContentHash } from '../measure/elf.js';
import { parseWithPositions, validator } from '../schema/locate.js';
import { toolCodeHash } from '../tools.js';

export interface ImageHashes {
  /** Of the whole file. */
  sha256: string;
  /** Of what a loader puts in memory (measure/elf.ts); throws for a file that is not an ELF image. */
  loaded(): string;
}

interface Recorded {
  identity: string;
  sha256: string;
  loaded: string;
  /** The tool that hashed it (toolCodeHash): another derives the loaded-content hash again. */
  tool: string;
}

const sha256Hex = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const validate = validator<Recorded>({
  type: 'object',
  additionalProperties: false,
  required: ['identity', 'sha256', 'loaded', 'tool'],
  properties: { identity: { type: 'string' }, sha256: sha256Hex, loaded: sha256Hex, tool: { type: 'string' } },
});

const known = new Map<string, ImageHashes & { identity: string }>();
/** A file's identity: another after any write or replacement (`identity: 'none'` for a file not there). */
export const fileIdentity = (s: BigIntStats | undefined) => (s ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` : 'none');
const hashesFile = (image: string) => `${image}.wmb-hashes.json`;

/** The record beside the image, when it is one by this tool (anything else is ignored: the image is read again). */
async function recorded(image: string): Promise<Recorded | undefined> {
  const file = hashesFile(image);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const r = validate(parseWithPositions(file, text));
    return r.tool === toolCodeHash() ? r : undefined;
  } catch {
    return undefined;
  }
}

export async function imageHashes(path: string): Promise<ImageHashes> {
  const before = fileIdentity(await stat(path, { bigint: true }));
  const hit = known.get(path);
  if (hit?.identity === before) return hit;
  const r = await recorded(path);
  if (r?.identity === before) {
    const entry = { identity: before, sha256: r.sha256, loaded: () => r.loaded };
    known.set(path, entry);
    return entry;
  }
  const bytes = await readFile(path);
  let loaded: string | Error;
  try {
    loaded = loadedContentHash(bytes, path);
  } catch (e) {
    loaded = e as Error;
  }
  const entry = {
    identity: before, sha256: createHash('sha256').update(bytes).digest('hex'),
    loaded: () => {
      if (loaded instanceof Error) throw loaded;
      return loaded;
    },
  };
  // Changed while it was read: not remembered (the next asker reads it again). A folder this run cannot write
  // (read-only) is read again next time, no more.
  if (fileIdentity(await stat(path, { bigint: true })) === before) {
    known.set(path, entry);
    if (typeof loaded === 'string')
      await writeAtomic(hashesFile(path), `${JSON.stringify({ identity: before, sha256: entry.sha256, loaded, tool: toolCodeHash() } satisfies Recorded)}\n`).catch(() => undefined);
  }
  return entry;
}

type Linked = { elf: string; sha256: string };
const replaced = (a: Linked, now: string) => (now === a.sha256 ? undefined
  : `${a.elf} is not the image this build linked: its sha256 is ${now}, the build recorded ${a.sha256} (replaced after the build?); it is neither run nor measured. Delete ${dirname(a.elf)} to build it again`);

/** Why the file at `a.elf` is not the image its build linked (`a.sha256`), or undefined when it is. */
export async function replacedImage(a: Linked): Promise<string | undefined> {
  let now: string;
  try {
    now = (await imageHashes(a.elf)).sha256;
  } catch (e) {
    return `${a.elf}: ${(e as Error).message}`;
  }
  return replaced(a, now);
}

/** The same for bytes read from it. */
export const notTheImage = (a: Linked, bytes: Buffer) => replaced(a, createHash('sha256').update(bytes).digest('hex'));
