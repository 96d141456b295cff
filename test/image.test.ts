// A firmware image is the build's own: the build records the sha256 of the image it linked, and an ELF
// replaced after the build (here: the same image with one more section, so its build id, and what it
// prints, still match) is a failed variant with the reason, never run or measured. Real build, real QEMU.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDirOf, config, makeProject, ROOT } from './helpers/project.js';
import type { Results } from '../src/types.js';
import { fileIdentity, imageHashes, replacedImage } from '../src/build/image.js';
import { toolCodeHash } from '../src/tools.js';

const ID = 'nucleo_f446re/bare-metal/native/fft@emulated';

test('an ELF replaced after the build is a failed variant with the reason, never measured', () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'run: { timeout: 60 }']));
  const variant = () => (JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results).variants.find((v) => v.id === ID)!;
  // A private cache: build folders are shared by every check of a firmware tree, and the replaced image must not
  // stay in the one other tests of this tree build fft in.
  const cache = mkdtempSync(join(tmpdir(), 'wmb-cache-'));
  const check = () => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--out', 'out'], { cwd: p.dir, encoding: 'utf8', env: { ...process.env, WASM_MCU_BENCH_CACHE: cache } });
  const first = check();
  assert.equal(variant().status, 'ok', first.stdout + first.stderr);
  // out/build links to the build folders in the tool's cache: the reason names the folder itself.
  const build = realpathSync(buildDirOf(join(p.dir, 'out'), ID));
  const elf = join(build, 'firmware.elf');
  const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const recorded = readFileSync(join(build, 'wmb-image.sha256'), 'utf8').trim();
  assert.equal(recorded, sha256(elf), 'the build records what it linked');

  const extra = join(p.dir, 'extra.bin');
  writeFileSync(extra, 'not from the build');
  execFileSync('arm-none-eabi-objcopy', ['--add-section', `.extra=${extra}`, elf]);
  const replaced = sha256(elf);
  const second = check();
  assert.notEqual(second.status, 0, second.stdout);
  const v = variant();
  assert.equal(v.status, 'failed');
  assert.equal(v.reason, `${elf} is not the image this build linked: its sha256 is ${replaced}, the build recorded ${recorded} (replaced after the build?); it is neither run nor measured. Delete ${build} to build it again`);
  assert.deepEqual(v.metrics, {});
  assert.equal(sha256(elf), replaced, 'the replaced image was left alone (ninja had nothing to relink)');
});

test("an image is read once while it stays the same file; rewritten, even with its size and times put back, it is read again", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-image-'));
  const elf = join(dir, 'firmware.elf');
  writeFileSync(elf, 'first image');
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const first = await imageHashes(elf);
  assert.equal(first.sha256, sha('first image'));
  assert.equal(await imageHashes(elf), first, 'remembered, not read again');
  assert.equal(await replacedImage({ elf, sha256: sha('first image') }), undefined);
  await assert.rejects(async () => (await imageHashes(elf)).loaded(), /not an ELF file/);
  const { atime, mtime } = statSync(elf);
  writeFileSync(elf, 'other image');
  utimesSync(elf, atime, mtime);
  assert.match((await replacedImage({ elf, sha256: sha('first image') }))!, /is not the image this build linked: its sha256 is [0-9a-f]{64}/);
  assert.notEqual(await imageHashes(elf), first);
  assert.equal((await imageHashes(elf)).sha256, sha('other image'));
  assert.match((await replacedImage({ elf: join(dir, 'gone.elf'), sha256: sha('x') }))!, /gone\.elf: ENOENT/);
});

test("an image's hashes kept beside it are used while the file is the same, by the same tool; any other record is ignored", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-image-'));
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const planted = { sha256: 'a'.repeat(64), loaded: 'b'.repeat(64) };
  const image = (name: string, record: (identity: string) => unknown) => {
    const elf = join(dir, name);
    writeFileSync(elf, name);
    writeFileSync(`${elf}.wmb-hashes.json`, JSON.stringify(record(fileIdentity(statSync(elf, { bigint: true })))));
    return elf;
  };
  // Kept by this tool for this very file: used as it is (the planted value comes back, the file is not read).
  const kept = await imageHashes(image('kept', (identity) => ({ identity, ...planted, tool: toolCodeHash() })));
  assert.deepEqual([kept.sha256, kept.loaded()], [planted.sha256, planted.loaded]);
  // Another tool's, another file's identity, or not a record: the file is read and hashed.
  for (const [name, record] of [
    ['other-tool', (identity: string) => ({ identity, ...planted, tool: 'another' })],
    ['other-file', () => ({ identity: '1:2:3:4:5', ...planted, tool: toolCodeHash() })],
    ['garbage', () => ({ identity: 5, sha256: 'x' })],
  ] as const) assert.equal((await imageHashes(image(name, record))).sha256, sha(name), name);
});
