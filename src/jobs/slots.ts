// The processes a check starts (a build, a run, a profile) take one of `jobs` slots; the rest of a variant's
// work (stamps, the result store, reading its images) does not: an unchanged re-check, where no process
// starts, is not held to `jobs` variants at a time waiting on the file system.

/** Runs `task` once one of the slots is free; tasks waiting for a slot get one in the order they asked. */
export type Slot = <T>(task: () => Promise<T>) => Promise<T>;

export function slots(n: number): Slot {
  let free = n;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}
