// What an image file holds, read and hashed once per process: a variant's image is checked when its build is
// found up to date, before its run, keyed for result reuse and checked again after the run. Remembered by the
// file's identity (device, inode, size, modification and change times in nanoseconds): a file written or
// replaced since is read again.
import { createHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { loadedContentHash } from '../measure/elf.js';

export interface ImageHashes {
  /** Of the whole file. */
  sha256: string;
  /** Of what a loader puts in memory (measure/elf.ts); throws for a file that is not an ELF image. */
  loaded(): string;
}

interface Known extends ImageHashes {
  id: string;
}

const known = new Map<string, Known>();
const identity = (s: BigIntStats) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;

export async function imageHashes(path: string): Promise<ImageHashes> {
  const before = identity(await stat(path, { bigint: true }));
  const hit = known.get(path);
  if (hit?.id === before) return hit;
  const bytes = await readFile(path);
  let loaded: string | Error;
  try {
    loaded = loadedContentHash(bytes, path);
  } catch (e) {
    loaded = e as Error;
  }
  const entry: Known = {
    id: before, sha256: createHash('sha256').update(bytes).digest('hex'),
    loaded: () => {
      if (loaded instanceof Error) throw loaded;
      return loaded;
    },
  };
  // Changed while it was read: not remembered (the next asker reads it again).
  if (identity(await stat(path, { bigint: true })) === before) known.set(path, entry);
  return entry;
}

/** Why the file at `a.elf` is not the image its build linked (`a.sha256`), or undefined when it is. */
export async function replacedImage(a: { elf: string; sha256: string }): Promise<string | undefined> {
  let now: string;
  try {
    now = (await imageHashes(a.elf)).sha256;
  } catch (e) {
    return `${a.elf}: ${(e as Error).message}`;
  }
  return now === a.sha256 ? undefined
    : `${a.elf} is not the image this build linked: its sha256 is ${now}, the build recorded ${a.sha256} (replaced after the build?); it is neither run nor measured. Delete ${dirname(a.elf)} to build it again`;
}
