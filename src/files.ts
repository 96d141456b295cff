// Files written whole: the result store, build stamps, durations and the tools' version memo are shared by
// runs at once, so none may ever read half a file.
import { open, rename, rm } from 'node:fs/promises';

/** Writes `text` to `path` whole: a reader sees the old file or the new one, never a part. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const h = await open(tmp, 'wx');
  try {
    await h.writeFile(text);
    await h.sync();
  } finally {
    await h.close();
  }
  await rename(tmp, path).catch(async (e: unknown) => {
    await rm(tmp, { force: true });
    throw e;
  });
}
