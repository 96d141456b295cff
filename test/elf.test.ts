// ELF footprint and build id on ELF files built here with the real toolchains, checked against binutils.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseElf } from '../src/measure/elf.js';
import { footprint } from '../src/measure/footprint.js';

const dir = mkdtempSync(join(tmpdir(), 'wmb-elf-'));
// Sections named unusually on purpose: classification must come from flags, not names.
const SOURCE = `
const char table[300] = {1};                                   /* rodata */
int counter = 5;                                               /* data */
static char scratch[1000];                                     /* bss */
__attribute__((section(".fast_vars"))) int tuned[16] = {1};   /* data under another name */
__attribute__((section(".lookup"))) const int lut[64] = {2};  /* rodata under another name */
int main(void) { scratch[counter] = table[counter] + lut[counter] + tuned[counter]; return scratch[1]; }
void _exit(int c) { (void)c; for (;;); }
`;

/** Section classes computed from binutils' own view of the flags (readelf -S -W), independent of our parser. */
function readelfClasses(elf: string) {
  const out = execFileSync('arm-none-eabi-readelf', ['-S', '-W', elf], { encoding: 'utf8' });
  const sum = { text: 0, rodata: 0, data: 0, bss: 0 };
  const classOf = new Map<string, keyof typeof sum>();
  for (const m of out.matchAll(/^\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([A-Za-z]*)\s/gm)) {
    const [, name, type, size, flg] = m as unknown as [string, string, string, string, string];
    if (!flg.includes('A') || parseInt(size, 16) === 0) continue;
    const cls = flg.includes('W') ? (type === 'NOBITS' ? 'bss' : 'data') : flg.includes('X') ? 'text' : 'rodata';
    sum[cls] += parseInt(size, 16);
    classOf.set(name, cls);
  }
  return { sum, classOf };
}

test('an arm-none-eabi image: flash and static RAM by section flags, as binutils sees them', () => {
  const src = join(dir, 'a.c');
  writeFileSync(src, SOURCE);
  const elf = join(dir, 'a.elf');
  execFileSync('arm-none-eabi-gcc', ['-mcpu=cortex-m4', '-mthumb', '-O1', '--specs=nosys.specs', '-Wl,--build-id=sha1', '-o', elf, src]);
  const parsed = parseElf(readFileSync(elf), elf);
  assert.equal(parsed.machine, 40, 'EM_ARM');
  const fp = footprint(parsed);
  const { sum, classOf } = readelfClasses(elf);
  assert.deepEqual({ text: fp.text, rodata: fp.rodata, data: fp.data, bss: fp.bss }, sum);
  // Unusual names land where their flags put them.
  assert.equal(classOf.get('.fast_vars'), 'data');
  assert.equal(classOf.get('.lookup'), 'rodata');
  assert.ok(fp.rodata >= 300 + 256 && fp.bss >= 1000, JSON.stringify(fp));
  assert.equal(fp.flash, fp.text + fp.rodata + fp.data);
  assert.equal(fp.staticRam, fp.data + fp.bss);
  // The build id is the one readelf shows.
  const notes = execFileSync('arm-none-eabi-readelf', ['-n', elf], { encoding: 'utf8' });
  assert.equal(parsed.buildId, notes.match(/Build ID: ([0-9a-f]+)/)![1]);
});

test('a 64-bit host image parses too', () => {
  const src = join(dir, 'h.c');
  writeFileSync(src, 'int main(void) { return 0; }\n');
  const elf = join(dir, 'h');
  execFileSync('gcc', ['-Wl,--build-id=sha1', '-o', elf, src]);
  const parsed = parseElf(readFileSync(elf), elf);
  assert.equal(parsed.machine, 62, 'EM_X86_64');
  assert.ok(footprint(parsed).text > 0);
  assert.match(parsed.buildId ?? '', /^[0-9a-f]{40}$/);
});

test('a file that is not ELF, or is cut short, is named in the error', () => {
  assert.throws(() => parseElf(Buffer.from('hello world, this is not an ELF file at all, no sir, not one bit'), 'x.elf'), /x\.elf: not an ELF file/);
  const elf = join(dir, 'a.elf');
  assert.throws(() => parseElf(readFileSync(elf).subarray(0, 200), 'cut.elf'), /cut\.elf: truncated ELF/);
});
