import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });

test('--help on every command', () => {
  for (const args of [['--help'], ['check', '--help'], ['update-baselines', '--help']]) {
    const r = cli(...args);
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /^Usage: wasm-mcu-bench/);
  }
  assert.match(cli('check', '--help').stdout, /--base REF/);
});

test('an unknown command or option is an error (exit 2)', () => {
  assert.equal(cli('frobnicate').status, 2);
  const r = cli('check', '--colour');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Unknown option '--colour'/);
});

test('a malformed config stops with exit 2 and names file, line and path before building anything', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-cli-'));
  const config = join(dir, 'wasm-mcu-bench.yml');
  writeFileSync(config, 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\nrun: { timeout: soon }\n');
  const out = join(dir, 'out');
  const r = cli('check', '--config', config, '--out', out);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, `wasm-mcu-bench: ${config}:5:17: run.timeout: expected number, got string "soon"\n`);
  assert.equal(existsSync(out), false, 'nothing built');
});

test('a missing config file is named', () => {
  const r = cli('check', '--config', '/nonexistent/wasm-mcu-bench.yml');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\/nonexistent\/wasm-mcu-bench\.yml: cannot read the config file \(ENOENT\)/);
});

test('a missing toolchain is named with the Debian package to install, before anything is built', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-path-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const tool of ['git', 'cmake', 'ninja', 'setpriv', 'timeout']) symlinkSync(execFileSync('which', [tool], { encoding: 'utf8' }).trim(), join(bin, tool));
  const config = join(dir, 'wasm-mcu-bench.yml');
  writeFileSync(config, 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\n');
  const r = spawnSync(process.execPath, ['dist/cli.js', 'check', '--config', config, '--out', join(dir, 'out')], { encoding: 'utf8', env: { ...process.env, PATH: bin } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /missing arm-none-eabi-gcc, qemu-system-arm: install the Debian packages gcc-arm-none-eabi qemu-system-arm \(scripts\/setup\.sh does it\)/);
  assert.equal(existsSync(join(dir, 'out', 'build')), false);
});

test('a failed build is summed up by its error lines, each cut to a readable length', async () => {
  const { buildFailure } = await import('../src/build/cmake.js');
  const log = ['[1/3] Building C object a.o', `/x/fft.c:12:5: error: expected ';' before 'return'${' x'.repeat(200)}`, '[2/3] Building C object b.o',
    'ld: firmware.elf section `.bss\' will not fit in region `RAM\'', 'ninja: build stopped: subcommand failed.'].join('\n');
  const summary = buildFailure(log).split('\n');
  assert.equal(summary.length, 2);
  assert.match(summary[0]!, /^\/x\/fft\.c:12:5: error: expected ';' before 'return'.*\.\.\.$/);
  assert.ok(summary[0]!.length <= 300);
  assert.match(summary[1]!, /will not fit in region `RAM'/);
  assert.equal(buildFailure('line one\nline two'), 'line one\nline two', 'no error line: the last lines');
});
