// Processes take one of `jobs` slots (jobs/slots.ts); work that waited for a slot is not started once the check
// is interrupted: neither a run (a board would be flashed and run to its end) nor a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { slots } from '../src/jobs/slots.js';
import { backendsFor } from '../src/store/backends.js';
import { BuildError, buildUnit, type Artifact } from '../src/build/cmake.js';
import type { Variant } from '../src/types.js';

test('at most n tasks at once; the others get a slot in the order they asked, also after a task fails', async () => {
  const slot = slots(2);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const task = (i: number) => slot(async () => {
    started.push(i);
    most = Math.max(most, ++running);
    await setTimeout(5);
    running--;
    if (i === 1) throw new Error('task 1 failed');
    return i;
  });
  const done = await Promise.allSettled([0, 1, 2, 3, 4, 5].map(task));
  assert.equal(most, 2);
  assert.deepEqual(started, [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(done.map((d) => (d.status === 'fulfilled' ? d.value : 'failed')), [0, 'failed', 2, 3, 4, 5]);
});

const v = { id: 'nucleo_f446re/bare-metal/native/fft@emulated', board: 'nucleo_f446re', stack: 'bare-metal', runtime: 'native', benchmark: 'fft', target: 'emulated', cflags: [], defines: {} } as Variant;

test('a run or a build that waited for a slot is not started once interrupted', async () => {
  const stop = new AbortController();
  stop.abort();
  const backends = backendsFor({ host: { repeat: 1 } as never, workDir: tmpdir(), analyzerMetric: () => undefined, slot: slots(1) });
  // No such image: had QEMU been started, it would say so, not this.
  const out = await backends.emulated!.run({ variant: v, elf: '/nonexistent.elf' } as Artifact, 1000, stop.signal);
  assert.deepEqual([out.failure, out.command], ['interrupted before it started', []]);
  const built = await buildUnit({ folder: 'f', members: [v], grouped: false, defs: {}, own: {} }, '/nonexistent-firmware', mkdtempSync(join(tmpdir(), 'wmb-builds-')),
    { signal: stop.signal, slot: slots(1) });
  const e = built.get(v.id);
  assert.ok(e instanceof BuildError);
  assert.equal(e.message, 'interrupted before it was built');
});
