import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { parseInventory } from '../src/inventory/inventory.js';
import { CATALOGUE } from './helpers/catalogue.js';
import { FLASHERS, runCommands } from '../src/run/flash/index.js';
import type { FlashJob } from '../src/run/flash/flasher.js';

const job = (flasher: string, extra = '', underReset = false): FlashJob => {
  const inv = parseInventory('b.yml', `boards:\n  - name: b1\n    board: nucleo_f446re\n    probe: SN123\n    serial: tcp:127.0.0.1:1\n    runner: r\n    flasher: { type: ${flasher}${extra} }\n`, CATALOGUE);
  return { elf: '/w/firmware.elf', board: inv.boards[0]!, vectors: 0x08000000, workDir: '/w', underReset };
};
const argvs = (f: keyof typeof FLASHERS, j: FlashJob, what: 'flash' | 'reset' = 'flash') => FLASHERS[f][what](j).map((c) => c.argv);

test('OpenOCD: the adapter pinned by serial number, program verify reset exit; connect under reset on the ladder', () => {
  assert.deepEqual(argvs('openocd', job('openocd')), [['openocd', '-f', 'interface/stlink.cfg', '-c', 'adapter serial SN123', '-f', 'target/stm32f4x.cfg', '-c', 'program {/w/firmware.elf} verify reset exit']]);
  assert.ok(argvs('openocd', job('openocd', '', true))[0]!.includes('reset_config srst_only srst_nogate connect_assert_srst'));
  assert.deepEqual(argvs('openocd', job('openocd'), 'reset')[0]!.slice(-6), ['-c', 'init', '-c', 'reset run', '-c', 'shutdown']);
});

test('pyOCD, st-flash (through a raw binary) and probe-rs command lines', () => {
  assert.deepEqual(argvs('pyocd', job('pyocd')), [['pyocd', 'flash', '-u', 'SN123', '-t', 'stm32f446retx', '/w/firmware.elf']]);
  assert.deepEqual(argvs('pyocd', job('pyocd', '', true))[0]!.slice(-3, -1), ['-O', 'connect_mode=under-reset']);
  assert.deepEqual(argvs('st-flash', job('st-flash', '', true)), [
    ['arm-none-eabi-objcopy', '-O', 'binary', '/w/firmware.elf', '/w/firmware.bin'],
    ['st-flash', '--connect-under-reset', '--serial', 'SN123', '--reset', 'write', '/w/firmware.bin', '0x08000000'],
  ]);
  assert.deepEqual(argvs('probe-rs', job('probe-rs')), [
    ['probe-rs', 'download', '--probe', 'SN123', '--chip', 'STM32F446RETx', '/w/firmware.elf'],
    ['probe-rs', 'reset', '--probe', 'SN123', '--chip', 'STM32F446RETx'],
  ]);
});

test('GDB remote: load, then SP and PC from the vector table, or a monitor reset; then detach', () => {
  const vector = argvs('gdb', job('gdb', ', options: { remote: "h:3333" }'))[0]!;
  assert.deepEqual(vector.slice(0, 10), ['gdb-multiarch', '-batch', '-nx', '-ex', 'set confirm off', '-ex', 'set tcp auto-retry off', '-ex', 'target remote h:3333', '-ex']);
  assert.deepEqual(vector.slice(10), ['load', '-ex', 'set $sp = *(unsigned int *)0x08000000', '-ex', 'set $pc = *(unsigned int *)0x08000004', '-ex', 'detach', '/w/firmware.elf']);
  const monitor = argvs('gdb', job('gdb', ', options: { remote: "h:3333", reset: monitor }'))[0]!;
  assert.ok(monitor.includes('monitor reset halt'));
});

test('a flasher that is not installed, fails, or (gdb) exits 0 after an error is a failure with its reason', async () => {
  const missing = await runCommands([{ argv: ['/nonexistent/openocd', '-v'] }], 5000);
  assert.equal(missing.failure, '/nonexistent/openocd not found (install it on this runner)');
  const failing = await runCommands([{ argv: ['false'] }, { argv: ['true'] }], 5000);
  assert.equal(failing.failure, 'false exited with status 1: ');
  assert.doesNotMatch(failing.log, /\$ true/, 'stops at the first failure');
  // A port where nothing listens: whatever gdb -batch's exit status, the output says so.
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  const j = job('gdb', `, options: { remote: "127.0.0.1:${port}" }`);
  const r = await runCommands(FLASHERS.gdb.flash({ ...j, elf: '/nonexistent.elf' }), 20_000);
  assert.ok(r.failure, r.log);
  assert.match(r.failure!, /gdb-multiarch/);
});
