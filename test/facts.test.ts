// An image's facts (build id, footprint, owners and symbols) are derived once and kept beside it: a re-check of
// the same image reads neither the image nor its map; another image, another tool version or a record that is
// not one is derived again. A real ELF and map from the cross compiler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
  const sha = () => createHash('sha256').update(readFileSync(elf)).digest('hex');
  const first = await imageFacts(elf, sha(), o);
  assert.match(first.buildId!, /^[0-9a-f]{40}$/);
  assert.equal(first.footprint.bss, 256);
  assert.ok(first.owners?.harness, 'owners from the map');
  const table = readFileSync(o.symbolsTo, 'utf8');
  assert.match(table, /^size\tregion\towner/);

  // The same image, the same map: the kept record answers (a value planted in it comes back), nothing is derived;
  // the symbols table is the kept one.
  const kept = `${elf}.wmb-facts.json`;
  const record = JSON.parse(readFileSync(kept, 'utf8')) as { tool: string; footprint: { bss: number } };
  writeFileSync(kept, JSON.stringify({ ...record, footprint: { ...record.footprint, bss: 7 } }));
  writeFileSync(o.symbolsTo, '');
  assert.equal((await imageFacts(elf, sha(), o)).footprint.bss, 7);
  assert.equal(readFileSync(o.symbolsTo, 'utf8'), table);
  writeFileSync(kept, JSON.stringify(record));

  // Another image in its place: derived from it (and its new map).
  link(dir, 128);
  const second = await imageFacts(elf, sha(), o);
  assert.equal(second.footprint.bss, 512);
  assert.notEqual(second.buildId, first.buildId);

  // A record that is not one, or another tool's: derived again, never trusted.
  const now = JSON.parse(readFileSync(kept, 'utf8')) as { tool: string; footprint: { bss: number } };
  writeFileSync(kept, JSON.stringify({ ...now, tool: `other ${now.tool}`, footprint: { ...now.footprint, bss: 1 } }));
  assert.equal((await imageFacts(elf, sha(), o)).footprint.bss, 512);
  writeFileSync(kept, '{"sha256": ');
  assert.equal((await imageFacts(elf, sha(), o)).footprint.bss, 512);
  // A record whose values are not facts (a footprint of strings): derived again.
  writeFileSync(kept, JSON.stringify({ ...now, footprint: { ...now.footprint, bss: 'many' } }));
  assert.equal((await imageFacts(elf, sha(), o)).footprint.bss, 512);
  // The same image with another map (relinked elsewhere, an archive renamed): its owners derived again.
  writeFileSync(join(dir, 'firmware.map'), 'not a map');
  const remapped = await imageFacts(elf, sha(), o);
  assert.deepEqual(remapped.owners, { linker: { flash_bytes: remapped.footprint.flash, static_ram_bytes: remapped.footprint.staticRam } }, 'read from the new map: no object in it, all bytes the linker\'s');
  // Not the image its caller checked: refused.
  await assert.rejects(imageFacts(elf, '0'.repeat(64), o), /changed while it was measured/);
  // Without a firmware tree (a host image): no owners.
  assert.equal((await imageFacts(elf, sha())).owners, undefined);
});
