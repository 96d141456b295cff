// Size by owner: every byte of Flash and static RAM attributed to who put it there, from the linker map.
// Each input section the linker placed into an allocated output section belongs to the object or archive it
// came from: the runtime, the RTOS, the benchmark, our harness, the C library or compiler runtime, the
// embedded module. What no input section accounts for (alignment fill, linker-made stubs and tables) is the
// linker's, so the owners add up exactly to the footprint's Flash and static RAM.
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, sep } from 'node:path';
import { SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_NOBITS, type Elf } from './elf.js';

/** One input section as the map places it: `.text.m3_Call 0x0800006c 0x120 libwmb_wasm3.a(m3_exec.c.obj)`. */
export interface InputSection {
  output: string;
  section: string;
  addr: number;
  size: number;
  object: string;
}

/** The input sections of a GNU ld map (its "Linker script and memory map" part), with their output section. */
export function parseMap(text: string): InputSection[] {
  const start = text.indexOf('\nLinker script and memory map');
  const lines = (start < 0 ? '' : text.slice(start)).split('\n');
  const out: InputSection[] = [];
  let output = '';
  let pendingOutput = false;
  let pendingInput: string | undefined;
  for (const line of lines) {
    // An output section starts at column 0 (its address may wrap to the next line).
    const head = /^(\.\S+|[A-Za-z_]\S*)(?:\s+0x[0-9a-f]+)?/.exec(line);
    if (head && !line.startsWith(' ')) {
      if (/^(LOAD|START|END|OUTPUT)\b/.test(line)) continue;
      output = head[1]!;
      pendingOutput = !/0x/.test(line);
      pendingInput = undefined;
      continue;
    }
    const full = /^ (\S+)\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(.*\S)\s*$/.exec(line);
    if (full) {
      out.push({ output, section: full[1]!, addr: parseInt(full[2]!, 16), size: parseInt(full[3]!, 16), object: full[4]! });
      pendingInput = undefined;
      continue;
    }
    const name = /^ ([^\s*][^\s]*)\s*$/.exec(line);
    if (name) {
      pendingInput = name[1]!;
      continue;
    }
    const cont = /^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(.*\S)\s*$/.exec(line);
    if (cont && pendingInput) {
      out.push({ output, section: pendingInput, addr: parseInt(cont[1]!, 16), size: parseInt(cont[2]!, 16), object: cont[3]! });
      pendingInput = undefined;
    } else if (pendingOutput && /^\s+0x/.test(line)) pendingOutput = false;
  }
  return out.filter((s) => s.size > 0 && s.section !== '*fill*');
}

export type Owner = 'runtime' | 'rtos' | 'benchmark' | 'harness' | 'module' | 'libc' | 'compiler runtime' | 'linker';

/** Where our own sources live, by file name (`<b>.c` -> `benchmarks/<b>`): archives of our code (Zephyr's
 * libfirmware.a) name their members without folders. */
export type SourceFolders = Map<string, string>;

/** Whether a folder (relative, as CMake names objects) is one of the firmware tree's. */
const inTree = (folder: string, folders: SourceFolders) => {
  const top = folder.split('/')[0];
  for (const f of folders.values()) if (f.split('/')[0] === top) return true;
  return false;
};

const ARCHIVE = /(?:^|\/)(lib[^/()]+\.a)(?:\(([^)]+)\))?$/;

/** The owner of an input section's object, and a finer name (wasm3, WAMR, FreeRTOS, Zephyr, newlib, ...). */
export function ownerOf(object: string, folders: SourceFolders): { owner: Owner; detail: string } {
  if (object === 'linker stubs' || object === '') return { owner: 'linker', detail: 'linker' };
  const a = ARCHIVE.exec(object);
  const archive = a?.[1];
  const member = a?.[2] ?? basename(object);
  if (archive) {
    if (archive === 'libgcc.a') return { owner: 'compiler runtime', detail: 'libgcc' };
    if (/^lib(c|c_nano|m|nosys|g|g_nano|semihost)\.a$/.test(archive) || archive.startsWith('liblib__libc__'))
      return { owner: 'libc', detail: object.includes('picolibc') || archive.startsWith('liblib__libc__') ? 'picolibc' : 'newlib' };
    const runtime = /^libwmb_(\w+)\.a$/.exec(archive);
    if (runtime) return { owner: 'runtime', detail: runtime[1] === 'wamr' ? 'WAMR' : runtime[1]! };
    if (archive === 'libfreertos_kernel.a') return { owner: 'rtos', detail: 'FreeRTOS' };
  }
  // Our own code: by its folder in the firmware tree.
  const src = member.replace(/\.obj$|\.o$/, '');
  if (src === 'wmb_module.c') return { owner: 'module', detail: 'embedded module' };
  const ours = archive === 'libfirmware.a' || archive === 'libapp.a';
  // A group member's objects (firmware/cmake/member/, target firmware_<benchmark>): CMake names the tree's sources
  // relative to the member's folder (`__/__/common/...`), outside ones by their absolute path.
  const folder = /CMakeFiles\/firmware(?:_[^/]+)?\.dir\/(?:__\/)*(.+)\//.exec(object)?.[1] ?? (ours ? folders.get(src) : undefined);
  if (folder) {
    if (/^(apps|benchmarks)\//.test(folder)) return { owner: 'benchmark', detail: folder.split('/')[1]! };
    // Sources from outside the firmware tree are the benchmark's: a config's benchmark_dirs, a suite's pinned source.
    // CMake names its objects by their absolute path: a benchmark_dirs folder, or a suite's pinned source.
    if (!inTree(folder, folders)) return { owner: 'benchmark', detail: /\/sources\/(.+?)-[0-9a-f]{40}\//.exec(`/${folder}/`)?.[1] ?? basename(folder) };
    return { owner: 'harness', detail: folder.split('/').slice(0, 2).join('/') };
  }
  // Zephyr's application archive names members without folders: one not in the firmware tree is the benchmark's.
  if (ours) return { owner: 'benchmark', detail: 'benchmark' };
  // Everything else Zephyr's build links (libzephyr.a, libkernel.a, libarch__*, libdrivers__*, its own objects).
  if (archive || object.startsWith('zephyr/')) return { owner: 'rtos', detail: 'Zephyr' };
  return { owner: 'harness', detail: 'other' };
}

export interface OwnerBytes {
  flash_bytes: number;
  static_ram_bytes: number;
}

export interface SymbolSize {
  /** The input section's name without its kind (`.text.m3_Call` -> `m3_Call`), or the object's for a whole-object section. */
  name: string;
  section: string;
  owner: Owner;
  detail: string;
  region: 'flash' | 'ram' | 'flash+ram';
  size: number;
  addr: number;
  object: string;
}

const symbolName = (section: string, object: string) => {
  const m = /^\.(?:text|rodata|data|bss|sdata|sbss|noinit|ramfunc)\.(.+)$/.exec(section);
  return m ? m[1]! : `${section} (${basename(object)})`;
};

/** Flash and static RAM per owner, summing exactly to the footprint's; and every input section's size. */
export function ownerSizes(elf: Elf, map: InputSection[], folders: SourceFolders): { owners: Partial<Record<Owner, OwnerBytes>>; symbols: SymbolSize[] } {
  const owners: Partial<Record<Owner, OwnerBytes>> = {};
  const add = (o: Owner, flash: number, ram: number) => {
    const b = (owners[o] ??= { flash_bytes: 0, static_ram_bytes: 0 });
    b.flash_bytes += flash;
    b.static_ram_bytes += ram;
  };
  const symbols: SymbolSize[] = [];
  for (const s of elf.sections) {
    if (!(s.flags & SHF_ALLOC) || s.size === 0) continue;
    // As footprint() counts it: code and read-only data in Flash, initialised data in both, zeroed data in RAM.
    const write = !!(s.flags & SHF_WRITE);
    const inFlash = write ? s.type !== SHT_NOBITS : !!(s.flags & SHF_EXECINSTR) || s.type !== SHT_NOBITS;
    const inRam = write;
    if (!inFlash && !inRam) continue;
    const region = inFlash && inRam ? 'flash+ram' : inRam ? 'ram' : 'flash';
    // Merged string sections overlap in the map (each listed at its size before merging): count every byte once.
    let placed = 0;
    let cursor = s.addr;
    for (const i of map.filter((x) => x.output === s.name && x.addr >= s.addr && x.addr < s.addr + s.size).sort((x, y) => x.addr - y.addr)) {
      const size = Math.max(0, Math.min(i.addr + i.size, s.addr + s.size) - Math.max(i.addr, cursor));
      cursor = Math.max(cursor, i.addr + i.size);
      if (size === 0) continue;
      const { owner, detail } = ownerOf(i.object, folders);
      add(owner, inFlash ? size : 0, inRam ? size : 0);
      placed += size;
      symbols.push({ name: symbolName(i.section, i.object), section: i.section, owner, detail, region, size, addr: i.addr, object: i.object });
    }
    const rest = s.size - placed;
    if (rest > 0) add('linker', inFlash ? rest : 0, inRam ? rest : 0);
  }
  return { owners, symbols: symbols.sort((a, b) => b.size - a.size) };
}

/** The symbol table as a tab-separated file, biggest first. */
export const symbolsTsv = (symbols: SymbolSize[]) =>
  ['size\tregion\towner\tdetail\tname\taddress\tobject', ...symbols.map((s) => `${s.size}\t${s.region}\t${s.owner}\t${s.detail}\t${s.name}\t0x${s.addr.toString(16)}\t${s.object}`)].join('\n') + '\n';

const folderCache = new Map<string, Promise<SourceFolders>>();

/** Our firmware's C and assembly files by name, for archives that drop folders (read once per tree). */
export function sourceFolders(firmwareDir: string): Promise<SourceFolders> {
  let f = folderCache.get(firmwareDir);
  if (!f) {
    f = readdir(firmwareDir, { recursive: true }).then((all) => new Map(all.map(String).filter((p) => /\.(c|s|S)$/.test(p)).map((p) => [basename(p), dirname(p).split(sep).join('/')])));
    folderCache.set(firmwareDir, f);
  }
  return f;
}

/** The map the link wrote beside an image (`firmware.map`, `zephyr.map`). */
export const mapOf = (elfPath: string) => elfPath.replace(/\.elf$/, '.map');

/** Owners and symbols of a linked image, from its map. */
export async function sizesOf(elfPath: string, elf: Elf, firmwareDir: string): Promise<ReturnType<typeof ownerSizes> | undefined> {
  const map = await readFile(mapOf(elfPath), 'utf8').catch(() => undefined);
  return map === undefined ? undefined : ownerSizes(elf, parseMap(map), await sourceFolders(firmwareDir));
}
