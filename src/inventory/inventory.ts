// The board inventory: which physical boards exist, how each is flashed, where its result UART is and
// which self-hosted runner it is plugged into. Read and checked like the config, errors naming file and line.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fail, parseWithPositions, position, validator, type ParsedFile } from '../schema/locate.js';
import { FLASHER_OPTIONS, type FlasherType, type OptionValues } from '../flashers.js';
import { UserError } from '../types.js';
import { inventorySchema } from './schema.js';
import type { Catalogue } from '../catalogue/catalogue.js';

export type SerialSpec = { kind: 'tcp'; host: string; port: number; text: string } | { kind: 'device'; path: string; text: string };

export interface SigrokSettings {
  driver: string;
  channel: string;
  samples: number;
  config: string[];
  channelGroup?: string;
  trigger?: 'r' | 'f' | 'e';
}

export interface BoardEntry {
  name: string;
  /** The board model: a folder of the firmware tree's boards/. */
  board: string;
  /** Serial number of the debug probe: pins the flasher to this board when several are plugged in. */
  probe?: string;
  serial: SerialSpec;
  baud: number;
  flasher: { type: FlasherType; options: OptionValues; timeoutMs: number };
  /** Labels of the self-hosted runner the board is plugged into (`runs-on`). */
  runner: string[];
  /** Which firmware build it runs: its own hardware build, or the emulated build on a QEMU stand-in. */
  image: 'hardware' | 'emulated';
  /** Run before every flash (power-cycling the board, starting a stand-in). */
  pre?: string[];
  helloTimeoutMs: number;
  sigrok?: SigrokSettings;
  /** "file:line:col" of the entry, for messages. */
  where: string;
}

export interface Inventory {
  file: string;
  lockDir: string;
  lockTimeoutMs: number;
  boards: BoardEntry[];
}

interface RawBoard {
  name: string;
  board: string;
  probe?: string;
  serial: string;
  baud?: number;
  flasher: { type: FlasherType; options?: Record<string, unknown>; timeout?: number };
  runner: string | string[];
  image?: 'hardware' | 'emulated';
  pre?: string[];
  helloTimeout?: number;
  sigrok?: { driver: string; channel: string; samples?: number; config?: string[]; channelGroup?: string; trigger?: 'r' | 'f' | 'e' };
}
interface RawInventory {
  lock?: { dir?: string; timeout?: number };
  boards: RawBoard[];
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function parseSerial(text: string): SerialSpec | undefined {
  const tcp = /^tcp:([^:\s]+):(\d{1,5})$/.exec(text);
  if (tcp && Number(tcp[2]) > 0 && Number(tcp[2]) < 65536) return { kind: 'tcp', host: tcp[1]!, port: Number(tcp[2]), text };
  if (/^\/\S+$/.test(text)) return { kind: 'device', path: text, text };
  return undefined;
}

// Settings that land in a flasher's or sigrok-cli's argument list as an option's value or a positional: one
// starting with "-" would be read as an option. Programs (binary, objcopy) and whole commands (an OpenOCD -c
// command, a gdb monitor command) are the operator's own and are passed as one argument each.
const NOT_A_VALUE = new Set(['binary', 'objcopy', 'commands', 'monitor']);
const optionLike = (parsed: ParsedFile, path: (string | number)[], value: string, program: string) =>
  value.startsWith('-') && fail(parsed, path, `"${value}" starts with "-": ${program} would read it as an option`);
// gdb's `target remote` also takes "| command", which would run it: only HOST:PORT or a device.
const GDB_REMOTE = /^(?:(?:tcp|udp):)?[\w.[\]:-]+:\d{1,5}$|^\/\S+$/;

function checkOptions(parsed: ParsedFile, at: (string | number)[], type: FlasherType, options: Record<string, unknown>): OptionValues {
  const known = FLASHER_OPTIONS[type];
  for (const [key, value] of Object.entries(options)) {
    const want = known[key];
    if (!want) fail(parsed, [...at, key], `unknown option "${key}" for flasher ${type}; expected one of: ${Object.keys(known).join(', ')}`, true);
    const ok = want === 'string[]' ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === want;
    if (!ok) fail(parsed, [...at, key], `expected ${want === 'string[]' ? 'a list of strings' : want}`);
    if (typeof value === 'string' && !NOT_A_VALUE.has(key)) optionLike(parsed, [...at, key], value, type);
  }
  if (typeof options.address === 'string' && !/^(0x[0-9a-fA-F]+|\d+)$/.test(options.address))
    fail(parsed, [...at, 'address'], `"${options.address}" is not an address (0x08000000)`);
  if (typeof options.remote === 'string' && !GDB_REMOTE.test(options.remote))
    fail(parsed, [...at, 'remote'], `"${options.remote}" is neither HOST:PORT nor a device path`);
  return options as OptionValues;
}

/**
 * Parses and checks inventory text against the firmware tree's boards; `file` names the file in errors and
 * anchors relative paths. A board's flasher options default to its board.yml's (a target or chip name).
 */
export function parseInventory(file: string, text: string, cat: Catalogue): Inventory {
  const parsed = parseWithPositions(file, text);
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value))
    fail(parsed, [], 'expected a mapping with a list of boards');
  const raw = validator<RawInventory>(inventorySchema(cat))(parsed);
  const seen = new Map<string, number>();
  const boards = raw.boards.map((b, i): BoardEntry => {
    const at = ['boards', i];
    if (!NAME.test(b.name)) fail(parsed, [...at, 'name'], `"${b.name}" is not a usable name (letters, digits, "_", "." and "-"; it names a shard, a lock file and an artifact)`);
    if (seen.has(b.name)) fail(parsed, [...at, 'name'], `"${b.name}" is already the name of boards[${seen.get(b.name)}]`);
    seen.set(b.name, i);
    const serial = parseSerial(b.serial);
    if (!serial) fail(parsed, [...at, 'serial'], `"${b.serial}" is neither a device path (/dev/serial/by-id/...) nor tcp:HOST:PORT`);
    const runner = typeof b.runner === 'string' ? [b.runner] : b.runner;
    runner.forEach((r, k) => NAME.test(r) || fail(parsed, [...at, 'runner', ...(typeof b.runner === 'string' ? [] : [k])], `"${r}" is not a runner label`));
    const options = checkOptions(parsed, [...at, 'flasher', 'options'], b.flasher.type, b.flasher.options ?? {});
    if (b.probe && !/^[A-Za-z0-9][\w:.-]*$/.test(b.probe))
      fail(parsed, [...at, 'probe'], `"${b.probe}" is not a probe serial number (letters, digits, ":", "_", "." and "-", not first)`);
    if (b.flasher.type !== 'gdb' && !b.probe) fail(parsed, at, `missing key "probe": flasher ${b.flasher.type} needs the probe's serial number, so it never flashes another board`);
    if (b.flasher.type === 'gdb') {
      if (typeof options.remote !== 'string') fail(parsed, [...at, 'flasher'], 'flasher gdb needs options.remote (HOST:PORT of the GDB server)');
      if (options.reset !== undefined && options.reset !== 'vector' && options.reset !== 'monitor')
        fail(parsed, [...at, 'flasher', 'options', 'reset'], `"${String(options.reset)}" is not known; expected one of: vector, monitor`);
    }
    const s = b.sigrok;
    if (s) {
      if (/[=,\s]/.test(s.channel)) fail(parsed, [...at, 'sigrok', 'channel'], `"${s.channel}" is not one sigrok channel name (e.g. D0)`);
      s.config?.forEach((c, k) => /^[^=\s-][^=\s]*=\S+$/.test(c) || fail(parsed, [...at, 'sigrok', 'config', k], `"${c}" is not a sigrok KEY=VALUE option`));
      for (const key of ['driver', 'channel', 'channelGroup'] as const) if (s[key]) optionLike(parsed, [...at, 'sigrok', key], s[key], 'sigrok-cli');
    }
    return {
      name: b.name,
      board: b.board,
      ...(b.probe ? { probe: b.probe } : {}),
      serial,
      baud: b.baud ?? 115200,
      flasher: { type: b.flasher.type, options: { ...cat.boards[b.board]!.flasher[b.flasher.type], ...options }, timeoutMs: (b.flasher.timeout ?? 120) * 1000 },
      runner,
      image: b.image ?? 'hardware',
      ...(b.pre ? { pre: b.pre } : {}),
      helloTimeoutMs: (b.helloTimeout ?? 10) * 1000,
      ...(s ? { sigrok: { driver: s.driver, channel: s.channel, samples: s.samples ?? 1_000_000, config: s.config ?? [], ...(s.channelGroup ? { channelGroup: s.channelGroup } : {}), ...(s.trigger ? { trigger: s.trigger } : {}) } } : {}),
      where: position(parsed, at),
    };
  });
  const lockDir = raw.lock?.dir ? resolve(dirname(resolve(file)), raw.lock.dir) : join(tmpdir(), 'wasm-mcu-bench-locks');
  return { file, lockDir, lockTimeoutMs: (raw.lock?.timeout ?? 3600) * 1000, boards };
}

export async function loadInventory(file: string, cat: Catalogue): Promise<Inventory> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UserError(`${file}: cannot read the board inventory (${(e as NodeJS.ErrnoException).code ?? String(e)}); target hardware needs one (see README "Board inventory")`);
  }
  return parseInventory(file, text, cat);
}
