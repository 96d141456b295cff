// The catalogue's facts CMake builds with, as -D cache values: the tool reads board.yml and runtime.yml,
// CMake reads these (firmware/cmake/wmb_facts.cmake), so the facts are written once, in the folders.
import type { Variant } from '../types.js';
import type { Catalogue } from './catalogue.js';
import { benchmarkFacts } from './benchmark.js';

const hex = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;

/** NAME -> value for one variant: the board's CPU flags, clock, memory map, counter, QEMU stand-in, Zephyr board; the runtime's per-stack settings; the benchmark's folder, iterations and steady-state probes. */
export function cmakeFacts(cat: Catalogue, v: Pick<Variant, 'board' | 'runtime' | 'benchmark' | 'target' | 'image'> & { stack?: string }, opts: { studyIterations?: boolean } = {}): Record<string, string> {
  const b = cat.boards[v.board]!;
  const target = v.image ?? v.target;
  const emulated = target === 'emulated';
  const zephyrKconfig = cat.runtimes[v.runtime]!.stacks.zephyr?.kconfig;
  const cpu = b.cpu ? ['-mthumb', `-mcpu=${b.cpu.core}`, ...(b.cpu.fpu ? [`-mfpu=${b.cpu.fpu}`, '-mfloat-abi=hard'] : ['-mfloat-abi=soft'])] : [];
  const zephyr = emulated ? b.zephyr?.emulated?.board : b.zephyr?.hardware;
  const facts: Record<string, string | undefined> = {
    WMB_BOARD_CPU_FLAGS: cpu.join(';'),
    WMB_BOARD_CORE_HZ: String(b.coreHz ?? 0),
    WMB_BOARD_FLASH_ORIGIN: b.flash && hex(emulated ? b.emulated?.flash_origin ?? b.flash.origin : b.flash.origin),
    WMB_BOARD_FLASH_BYTES: String(b.flash?.bytes ?? 0),
    WMB_BOARD_RAM_ORIGIN: b.ram && hex(b.ram.origin),
    WMB_BOARD_RAM_BYTES: String(b.ram?.bytes ?? 0),
    WMB_BOARD_COUNTER: b.counter ?? 'none',
    WMB_BOARD_QEMU_MACHINE: emulated ? b.emulated?.qemu.machine : undefined,
    WMB_BOARD_QEMU_SERIAL: emulated ? b.emulated?.qemu.serial.join(';') : undefined,
    WMB_BOARD_ZEPHYR: zephyr,
    WMB_BOARD_ZEPHYR_QEMU_MACHINE: emulated ? b.zephyr?.emulated?.qemu.machine : undefined,
    WMB_BOARD_ZEPHYR_QEMU_SERIAL: emulated ? b.zephyr?.emulated?.qemu.serial.join(';') : undefined,
    WMB_RUNTIME_ZEPHYR_KCONFIG: zephyrKconfig?.join(';'),
    ...benchmarkFacts(cat.benchmarks[v.benchmark]!, target, {
      inexact: (v.stack !== undefined && cat.stacks[v.stack]?.ticks === true) || (emulated && b.emulated?.exact === false), ...opts,
    }),
  };
  return Object.fromEntries(Object.entries(facts).filter((e): e is [string, string] => e[1] !== undefined));
}
