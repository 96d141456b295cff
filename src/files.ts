// Files written whole: the result store, build stamps, durations and the tools' version memo are shared by
// runs at once, so none may ever read half a file.
import { open, rename, rm } from 'node:fs/promises';

/** Writes `text` to `path` and waits until it is on disk; `flag` 'wx': only a file that did not exist. */
export async function writeSynced(path: string, text: string, flag: 'w' | 'wx' = 'w'): Promise<void> {
  const h = await open(path, flag);
  try {
    await h.writeFile(text);
    await h.sync();
  } finally {
    await h.close();
  }
}

/** Writes `text` to `path` whole: a reader sees the old file or the new one, never a part. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeSynced(tmp, text, 'wx');
  await rename(tmp, path).catch(async (e: unknown) => {
    await rm(tmp, { force: true });
    throw e;
  });
}
