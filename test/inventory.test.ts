import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInventory as parse } from '../src/inventory/inventory.js';
import { CATALOGUE } from './helpers/catalogue.js';

const parseInventory = (file: string, text: string) => parse(file, text, CATALOGUE);
import { assignBoards } from '../src/inventory/assign.js';
import type { Variant } from '../src/types.js';

const BOARD = [
  'boards:',
  '  - name: f446-a',
  '    board: nucleo_f446re',
  '    probe: 066DFF485550755187121723',
  '    serial: /dev/serial/by-id/usb-STMicroelectronics_STM32_STLink_066DFF485550755187121723-if02',
  '    flasher: { type: openocd }',
  '    runner: wmb-f446re',
];
const inv = (lines: string[]) => `${lines.join('\n')}\n`;
const errorOf = (text: string) => {
  try {
    parseInventory('boards.yml', text);
  } catch (e) {
    return (e as Error).message;
  }
  assert.fail('expected an error');
};

test('an inventory entry gets its defaults and its position', () => {
  const i = parseInventory('/repo/boards.yml', inv(BOARD));
  const b = i.boards[0]!;
  assert.equal(b.baud, 115200);
  assert.equal(b.image, 'hardware');
  assert.deepEqual(b.runner, ['wmb-f446re']);
  assert.deepEqual(b.serial, { kind: 'device', path: '/dev/serial/by-id/usb-STMicroelectronics_STM32_STLink_066DFF485550755187121723-if02', text: b.serial.text });
  assert.equal(b.flasher.timeoutMs, 120_000);
  assert.equal(b.helloTimeoutMs, 10_000);
  assert.equal(b.where, '/repo/boards.yml:2:5');
  assert.equal(i.lockTimeoutMs, 3_600_000);
});

test('a TCP serial port, a stand-in image and a lock folder relative to the inventory', () => {
  const i = parseInventory('/repo/ci/boards.yml', inv(['lock: { dir: locks, timeout: 5 }', 'boards:', '  - name: qemu-f446', '    board: nucleo_f446re',
    '    serial: tcp:127.0.0.1:4444', '    flasher: { type: gdb, options: { remote: "127.0.0.1:3333" } }', '    runner: [wmb, linux]', '    image: emulated']));
  assert.deepEqual(i.boards[0]!.serial, { kind: 'tcp', host: '127.0.0.1', port: 4444, text: 'tcp:127.0.0.1:4444' });
  assert.equal(i.lockDir, '/repo/ci/locks');
  assert.equal(i.boards[0]!.image, 'emulated');
});

test('inventory errors name file, line, path and what is expected', () => {
  assert.match(errorOf(inv([...BOARD, '    bauds: 9600'])), /^boards\.yml:8:5: boards\[0\].bauds: unknown key "bauds" \(did you mean "baud"\?\)/);
  assert.match(errorOf(inv(BOARD).replace('nucleo_f446re', 'nucleo_f466re')), /^boards\.yml:3:12: boards\[0\]\.board: "nucleo_f466re" is not known \(did you mean "nucleo_f446re"\?\)/);
  assert.match(errorOf(inv([...BOARD, ...BOARD.slice(1)])), /boards\.yml:8:11: boards\[1\]\.name: "f446-a" is already the name of boards\[0\]/);
  assert.match(errorOf(inv(BOARD).replace('/dev/serial', 'COM3 /dev')), /boards\[0\]\.serial: "COM3 .*" is neither a device path \(\/dev\/serial\/by-id\/\.\.\.\) nor tcp:HOST:PORT/);
  assert.match(errorOf(inv(BOARD.filter((l) => !l.includes('probe')))), /boards\.yml:2:5: boards\[0\]: missing key "probe": flasher openocd needs the probe's serial number/);
  assert.match(errorOf(inv(BOARD).replace('{ type: openocd }', '{ type: openocd, options: { speed: 4000 } }')), /boards\[0\]\.flasher\.options\.speed: unknown option "speed" for flasher openocd; expected one of: binary, interface, target, commands/);
  assert.match(errorOf(inv(BOARD).replace('{ type: openocd }', '{ type: gdb }')), /boards\[0\]\.flasher: flasher gdb needs options\.remote/);
  assert.match(errorOf(inv(BOARD).replace('{ type: openocd }', '{ type: jlink }')), /boards\[0\]\.flasher\.type: "jlink" is not known; expected one of: openocd, pyocd, st-flash, probe-rs, gdb/);
  assert.match(errorOf('boards:\n  - name: x\n    board: nucleo_f446re\n'), /boards\[0\]: missing key "serial"/);
});

test('variants of a board model are dealt out in turn to its boards; a stand-in runs the emulated build', () => {
  const i = parseInventory('b.yml', inv([...BOARD, ...BOARD.slice(1).map((l) => l.replace('f446-a', 'f446-b').replace('flasher: { type: openocd }', 'flasher: { type: openocd }\n    image: emulated'))]));
  const v = (bench: string, target: Variant['target']): Variant => ({ id: `nucleo_f446re/bare-metal/native/${bench}@${target}`, board: 'nucleo_f446re', stack: 'bare-metal', runtime: 'native', benchmark: bench, target, cflags: [], defines: {} });
  const a = assignBoards([v('toggle', 'hardware'), v('fft', 'hardware'), v('fft', 'emulated')], i, 'cfg.yml');
  assert.equal(a.boardOf.get('nucleo_f446re/bare-metal/native/toggle@hardware')!.name, 'f446-a');
  assert.equal(a.boardOf.get('nucleo_f446re/bare-metal/native/fft@hardware')!.name, 'f446-b');
  assert.equal(a.variants[0]!.image, undefined);
  assert.equal(a.variants[1]!.image, 'emulated');
  assert.equal(a.boardOf.has('nucleo_f446re/bare-metal/native/fft@emulated'), false);
  const f7 = { ...v('fft', 'hardware'), id: 'nucleo_f746zg/bare-metal/native/fft@hardware', board: 'nucleo_f746zg' };
  assert.throws(() => assignBoards([f7], i, 'cfg.yml'), /cfg\.yml: target hardware with board nucleo_f746zg, but b\.yml has no nucleo_f746zg; add one or exclude/);
});

test('the README\'s inventory example is a valid inventory, and its workflow examples are YAML', async () => {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Board inventory'));
  const example = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
  const i = parseInventory('README.md', example);
  assert.deepEqual(i.boards.map((b) => [b.name, b.flasher.type, b.image]), [['f446-lab1', 'openocd', 'hardware'], ['f746-qemu', 'gdb', 'emulated']]);
  const shards = readme.slice(readme.indexOf('## Sharded runs'), readme.indexOf('## Release baselines'));
  const blocks = [...shards.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as { jobs: object });
  assert.equal(blocks.length, 3);
  for (const b of blocks) assert.ok(Object.keys(b.jobs).length > 0);
});

test('no inventory value becomes an option of a flasher or of sigrok-cli', () => {
  const gdb = (remote: string) => inv(BOARD).replace('{ type: openocd }', `{ type: gdb, options: { remote: "${remote}" } }`);
  assert.match(errorOf(inv(BOARD).replace('066DFF485550755187121723\n', '--help\n')), /boards\[0\]\.probe: "--help" is not a probe serial number/);
  assert.match(errorOf(inv(BOARD).replace('{ type: openocd }', '{ type: openocd, options: { interface: "--debug=3" } }')), /boards\[0\]\.flasher\.options\.interface: "--debug=3" starts with "-": openocd would read it as an option/);
  assert.match(errorOf(inv(BOARD).replace('{ type: openocd }', '{ type: probe-rs, options: { chip: "--allow-erase-all" } }')), /flasher\.options\.chip: "--allow-erase-all" starts with "-"/);
  // st-flash's address is a positional: a value like "--flash=2M" would be an option.
  assert.match(errorOf(inv(BOARD).replace('{ type: openocd }', '{ type: st-flash, options: { address: "--flash=2M" } }')), /flasher\.options\.address: "--flash=2M" starts with "-"/);
  assert.match(errorOf(inv(BOARD).replace('{ type: openocd }', '{ type: st-flash, options: { address: "somewhere" } }')), /flasher\.options\.address: "somewhere" is not an address/);
  assert.match(errorOf(gdb('| touch /tmp/owned')), /flasher\.options\.remote: "\| touch \/tmp\/owned" is neither HOST:PORT nor a device path/);
  parseInventory('boards.yml', gdb('localhost:3333'));
  parseInventory('boards.yml', gdb('/dev/ttyBmpGdb'));
  const sigrok = (s: string) => inv([...BOARD, `    sigrok: ${s}`]);
  assert.match(errorOf(sigrok('{ driver: "--version", channel: D0 }')), /sigrok\.driver: "--version" starts with "-": sigrok-cli would read it/);
  assert.match(errorOf(sigrok('{ driver: fx2lafw, channel: "-D0" }')), /sigrok\.channel: "-D0" starts with "-"/);
  assert.match(errorOf(sigrok('{ driver: fx2lafw, channel: D0, config: ["--x=1"] }')), /sigrok\.config\[0\]: "--x=1" is not a sigrok KEY=VALUE option/);
  parseInventory('boards.yml', sigrok('{ driver: "fx2lafw:conn=1.2", channel: D0, config: [samplerate=24m] }'));
});
