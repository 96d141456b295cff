// An image's facts (build id, footprint, owners and symbols) are derived once and kept beside it: a re-check of
// the same image reads neither the image nor its map; another image, another tool version or a record that is
// not one is derived again. A real ELF and map from the cross compiler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { imageFacts } from '../src/measure/facts.js';

function link(dir: string, words: number) {
  writeFileSync(join(dir, 'fw', 'a.c'), `int big[${words}];\nint f(int x) { return x * 3 + big[x]; }\nvoid _start(void) { big[1] = f(2); for (;;); }\n`);
  execFileSync('arm-none-eabi-gcc', ['-mcpu=cortex-m4', '-mthumb', '-O2', '-nostdlib', '-ffunction-sections', '-Wl,--build-id',
    `-Wl,-Map,${join(dir, 'firmware.map')}`, '-o', join(dir, 'firmware.elf'), join(dir, 'fw', 'a.c')]);
}

test("an image's facts are kept beside it: the same image reads no map again; another image, a changed record or another version is derived again", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-facts-'));
  mkdirSync(join(dir, 'fw'));
  link(dir, 64);
  const elf = join(dir, 'firmware.elf');
  const o = { firmwareDir: join(dir, 'fw'), symbolsTo: join(dir, 'symbols.tsv') };
  const first = await imageFacts(elf, o);
  assert.match(first.buildId!, /^[0-9a-f]{40}$/);
  assert.equal(first.footprint.bss, 256);
  assert.ok(first.owners, 'owners from the map');
  const table = readFileSync(o.symbolsTo, 'utf8');
  assert.match(table, /^size\tregion\towner/);

  // The map is not read for the same image: its garbage changes nothing, and the table is the kept one.
  writeFileSync(join(dir, 'firmware.map'), 'not a map');
  writeFileSync(o.symbolsTo, '');
  assert.deepEqual(await imageFacts(elf, o), first);
  assert.equal(readFileSync(o.symbolsTo, 'utf8'), table);

  // Another image in its place: derived from it (and its new map).
  link(dir, 128);
  const second = await imageFacts(elf, o);
  assert.equal(second.footprint.bss, 512);
  assert.notEqual(second.buildId, first.buildId);

  // A record that is not one, or another tool version's: derived again, never trusted.
  const kept = `${elf}.wmb-facts.json`;
  const record = JSON.parse(readFileSync(kept, 'utf8')) as { version: string; footprint: { bss: number } };
  writeFileSync(kept, JSON.stringify({ ...record, version: `other ${record.version}`, footprint: { ...record.footprint, bss: 1 } }));
  assert.equal((await imageFacts(elf, o)).footprint.bss, 512);
  writeFileSync(kept, '{"sha256": ');
  assert.equal((await imageFacts(elf, o)).footprint.bss, 512);
  // Without a firmware tree (a host image): no owners.
  assert.equal((await imageFacts(elf)).owners, undefined);
});
