import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ownersSection } from '../src/report/owners.js';
import { CATALOGUE as catalogue } from './helpers/catalogue.js';
import { join } from 'node:path';
import { ownerOf, ownerSizes, parseMap } from '../src/measure/owners.js';
import { SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_NOBITS, type Elf } from '../src/measure/elf.js';
import { config, makeProject, sourcesMissing } from './helpers/project.js';
import type { Results } from '../src/types.js';

const MAP = `
Discarded input sections

 .text.unused   0x00000000       0x10 CMakeFiles/firmware.dir/apps/fft/fft.c.obj

Linker script and memory map

LOAD CMakeFiles/firmware.dir/common/startup.c.obj

.text           0x08000000       0x80
 *(.text .text.*)
 .text.Reset_Handler
                0x08000000       0x20 CMakeFiles/firmware.dir/common/startup.c.obj
                0x08000000                Reset_Handler
 .text.fft      0x08000020       0x30 CMakeFiles/firmware.dir/apps/fft/fft.c.obj
 *fill*         0x08000050        0x4 
 .text.m3_Call  0x08000054       0x20 /x/libwmb_wasm3.a(m3_exec.c.obj)
 .text          0x08000074        0xc /usr/lib/gcc/arm-none-eabi/12.2.1/thumb/v7e-m+fp/hard/libgcc.a(_udivsi3.o)

.rodata         0x08000080       0x20
 .rodata.a.str1.4
                0x08000080       0x18 /x/libwmb_wasm3.a(m3_core.c.obj)
 .rodata.b.str1.4
                0x08000090       0x10 /x/libc_nano.a(lib_a-printf.o)

.data           0x20000000        0x8 load address 0x080000a0
 .data.wmb_module
                0x20000000        0x8 CMakeFiles/firmware.dir/wmb_module.c.obj

.bss            0x20000008      0x100
 .bss.task_stack
                0x20000008      0x100 libfirmware.a(main.c.obj)

.debug_info     0x00000000      0x500
 .debug_info    0x00000000      0x500 CMakeFiles/firmware.dir/apps/fft/fft.c.obj
`;

const section = (name: string, addr: number, size: number, flags: number, type = 1) => ({ name, addr, size, flags, type, offset: 0 });
const ELF: Elf = {
  machine: 40,
  sections: [
    section('.text', 0x08000000, 0x80, SHF_ALLOC | SHF_EXECINSTR),
    section('.rodata', 0x08000080, 0x20, SHF_ALLOC),
    section('.data', 0x20000000, 0x8, SHF_ALLOC | SHF_WRITE),
    section('.bss', 0x20000008, 0x100, SHF_ALLOC | SHF_WRITE, SHT_NOBITS),
    section('.debug_info', 0, 0x500, 0),
  ],
};

test('a linker map: wrapped names, fill, merged strings and debug sections; owners add up to the footprint', () => {
  const map = parseMap(MAP);
  assert.deepEqual(map.map((s) => s.section), ['.text.Reset_Handler', '.text.fft', '.text.m3_Call', '.text', '.rodata.a.str1.4', '.rodata.b.str1.4', '.data.wmb_module', '.bss.task_stack', '.debug_info']);
  const { owners, symbols } = ownerSizes(ELF, map, new Map([['main.c', 'stacks/zephyr'], ['startup.c', 'common']]));
  assert.deepEqual(owners, {
    harness: { flash_bytes: 0x20, static_ram_bytes: 0x100 },
    benchmark: { flash_bytes: 0x30, static_ram_bytes: 0 },
    runtime: { flash_bytes: 0x20 + 0x18, static_ram_bytes: 0 },
    'compiler runtime': { flash_bytes: 0xc, static_ram_bytes: 0 },
    // The 0x4 fill is the linker's; the merged strings overlap by 8 bytes, counted once.
    linker: { flash_bytes: 0x4, static_ram_bytes: 0 },
    libc: { flash_bytes: 0x8, static_ram_bytes: 0 },
    module: { flash_bytes: 0x8, static_ram_bytes: 0x8 },
  });
  const flash = Object.values(owners).reduce((n, o) => n + o!.flash_bytes, 0);
  const ram = Object.values(owners).reduce((n, o) => n + o!.static_ram_bytes, 0);
  assert.equal(flash, 0x80 + 0x20 + 0x8);
  assert.equal(ram, 0x8 + 0x100);
  assert.equal(symbols[0]!.name, 'task_stack');
  assert.equal(ownerOf('/usr/lib/x/libfreertos_kernel.a(tasks.c.obj)', new Map()).detail, 'FreeRTOS');
  assert.equal(ownerOf('zephyr/libzephyr.a(cbprintf.c.obj)', new Map()).detail, 'Zephyr');
  assert.equal(ownerOf('modules/picolibc/libc.a(libc_string_memcpy.c.o)', new Map()).owner, 'libc');
  // Built from outside the firmware tree (CMake names the object by its absolute path): the benchmark's.
  const tree = new Map([['startup.c', 'common'], ['main.c', 'stacks/zephyr']]);
  assert.deepEqual(ownerOf('CMakeFiles/firmware.dir/tmp/p/mine/sum/sum.c.obj', tree), { owner: 'benchmark', detail: 'sum' });
  assert.deepEqual(ownerOf('CMakeFiles/firmware.dir/root/.cache/wasm-mcu-bench/sources/embench-0466a18e4f6b47e19598d7c6ba72916d54b68f65/embench/src/crc32/crc_32.c.obj', tree), { owner: 'benchmark', detail: 'embench' });
  assert.deepEqual(ownerOf('CMakeFiles/firmware.dir/common/startup.c.obj', tree), { owner: 'harness', detail: 'common' });
  assert.deepEqual(ownerOf('zephyr/app/libapp.a(sum.c.obj)', tree), { owner: 'benchmark', detail: 'benchmark' });
  // A group member's objects (build/group.ts): the tree's sources relative to firmware/cmake/member/, the rest absolute.
  assert.deepEqual(ownerOf('CMakeFiles/firmware_fft.dir/__/__/common/startup.c.obj', tree), { owner: 'harness', detail: 'common' });
  assert.deepEqual(ownerOf('CMakeFiles/firmware_fft.dir/__/__/benchmarks/fft/fft.c.obj', tree), { owner: 'benchmark', detail: 'fft' });
  assert.deepEqual(ownerOf('CMakeFiles/firmware_embench-crc32.dir/root/.cache/wasm-mcu-bench/sources/embench-0466a18e4f6b47e19598d7c6ba72916d54b68f65/embench/src/crc32/crc_32.c.obj', tree), { owner: 'benchmark', detail: 'embench' });
});

const missing = await sourcesMissing('wasm3', 'freertos_kernel');
test('every built variant\'s owners add up exactly to its Flash and static RAM; the runtime and the RTOS own their code', { skip: missing }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal, freertos]', 'runtimes: [native, wasm3]', 'benchmarks: [fft]', 'run: { timeout: 120 }']));
  const r = p.cli('update-baselines', '--out', 'out');
  assert.equal(r.status, 0, r.stderr);
  const results = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results;
  assert.equal(results.variants.length, 4);
  for (const v of results.variants) {
    assert.equal(v.status, 'ok', v.reason);
    const owners = Object.values(v.owners!);
    assert.equal(owners.reduce((n, o) => n + o.flash_bytes, 0), v.metrics.flash_bytes!.value, `${v.id}: Flash`);
    assert.equal(owners.reduce((n, o) => n + o.static_ram_bytes, 0), v.metrics.static_ram_bytes!.value, `${v.id}: static RAM`);
    // Natively the benchmark's C is linked in; through a runtime it is the embedded module (the driver is the harness's).
    if (v.runtime === 'native') assert.ok(v.owners!.benchmark!.flash_bytes > 0, `${v.id}: the benchmark owns its code`);
    const tsv = readFileSync(join(p.dir, 'out', v.symbols!), 'utf8');
    assert.match(tsv.split('\n')[0]!, /^size\tregion\towner/);
    if (v.runtime === 'wasm3') {
      assert.ok(v.owners!.runtime!.flash_bytes > v.metrics.flash_bytes!.value / 2, `${v.id}: wasm3 is most of the image`);
      assert.ok(v.owners!.module!.flash_bytes > 0, `${v.id}: the embedded module`);
    }
    if (v.stack === 'freertos') assert.ok(v.owners!.rtos!.flash_bytes > 1000, `${v.id}: FreeRTOS's code`);
  }
  assert.match(ownersSection(results, catalogue), /<details><summary>Footprint by owner: 4 variants; the runtime's largest share of Flash: \d+% in nucleo_f446re\/\w[\w-]*\/wasm3\/fft@emulated<\/summary>/);
});
