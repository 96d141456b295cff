// The firmware tree is the one catalogue: boards, stacks and runtimes are its folders' yml files, checked
// against a schema with file:line errors; no name is restated elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostBoard, hostStack, loadCatalogue, withRole } from '../src/catalogue/catalogue.js';
import { studyCell } from '../src/catalogue/study.js';
import { cmakeFacts } from '../src/catalogue/cmake.js';
import { benchmarkDirsOf, parseConfig } from '../src/config/config.js';
import { CATALOGUE } from './helpers/catalogue.js';
import { ROOT } from './helpers/project.js';

const FW = join(ROOT, 'firmware');

/** A copy of the firmware tree's yml and CMake files (enough for the catalogue), to break one thing in. */
function treeCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'wmb-catalogue-')), 'firmware');
  cpSync(FW, dir, { recursive: true, filter: (src) => !/\.(c|h)$/.test(src) });
  return dir;
}

test('the shipped tree: boards, stacks and runtimes by folder, titles and table order from their yml', () => {
  assert.deepEqual(Object.keys(CATALOGUE.boards), ['host', 'nucleo_f446re', 'nucleo_f746zg']);
  assert.deepEqual(Object.keys(CATALOGUE.stacks), ['bare-metal', 'freertos', 'zephyr', 'linux']);
  assert.deepEqual(Object.keys(CATALOGUE.runtimes), ['native', 'native-scalar', 'wasm3', 'wamr-classic', 'wamr-fast', 'wamr-aot', 'wamr-aot-softfloat', 'node', 'node-steady', 'wasm-interp']);
  assert.deepEqual([hostBoard(CATALOGUE), hostStack(CATALOGUE)], ['host', 'linux']);
  const f446 = CATALOGUE.boards.nucleo_f446re!;
  assert.deepEqual([f446.title, f446.coreHz, f446.flash, f446.ram, f446.counter], ['Nucleo-F446RE', 180_000_000, { origin: 0x08000000, bytes: 512 * 1024 }, { origin: 0x20000000, bytes: 128 * 1024 }, 'dwt']);
  assert.equal(CATALOGUE.runtimes['wamr-aot-softfloat']!.title, 'WAMR (AOT, soft float)');
  // wamrc is a need the runtime declares, not a prefix of its name.
  assert.deepEqual(Object.values(CATALOGUE.runtimes).filter((r) => r.needs.includes('wamrc')).map((r) => r.id), ['wamr-aot', 'wamr-aot-softfloat']);
});

test('every name the repository uses is a folder of the tree, and every folder is documented', () => {
  const config = parseConfig('wasm-mcu-bench.yml', readFileSync(join(ROOT, 'wasm-mcu-bench.yml'), 'utf8'), CATALOGUE);
  const used = { boards: new Set(config.boards), stacks: new Set(config.stacks), runtimes: new Set([...config.runtimes, ...config.host.runtimes]) };
  for (const file of readdirSync(join(ROOT, 'baselines'), { recursive: true }).map(String).filter((f) => f.endsWith('.json'))) {
    const b = JSON.parse(readFileSync(join(ROOT, 'baselines', file), 'utf8')) as { board: string; variants: Record<string, unknown> };
    used.boards.add(b.board);
    for (const id of Object.keys(b.variants)) {
      const [board, stack, runtime] = id.split('/');
      used.boards.add(board!);
      used.stacks.add(stack!);
      used.runtimes.add(runtime!);
    }
  }
  for (const kind of ['boards', 'stacks', 'runtimes'] as const)
    for (const name of used[kind]) assert.ok(CATALOGUE[kind][name], `${kind.slice(0, -1)} ${name} is used but has no folder with its yml`);
  // Every folder that builds is one of them (a folder with neither yml nor CMake file holds shared code).
  for (const [kind, cmake] of [['boards', 'board.cmake'], ['stacks', 'stack.cmake'], ['runtimes', 'runtime.cmake']] as const)
    for (const e of readdirSync(join(FW, kind), { withFileTypes: true }).filter((d) => d.isDirectory()))
      assert.equal(Boolean(CATALOGUE[kind][e.name]), readdirSync(join(FW, kind, e.name)).includes(cmake), `${kind}/${e.name}`);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const kind of ['boards', 'stacks', 'runtimes'] as const)
    for (const name of Object.keys(CATALOGUE[kind])) assert.ok(readme.includes(`\`${name}\``), `README names ${kind.slice(0, -1)} \`${name}\``);
});

// The path of Zephyr's west manifest, and the same words meaning something else: an example in a comment,
// the Node.js version in results.json's provenance, the word "native" in a chart's column header. The roles
// (the runtime slowdowns are against, the stack RTOS overhead is against) are their yml's `role:`.
const ROLES: Record<string, string[]> = {
  wasm3: ['src/report/groups.ts'],
  node: ['src/report/results.ts'],
  native: ['src/report/charts.ts'],
  zephyr: ['src/sources/pin.ts'],
};

test('no TypeScript file restates a board, stack or runtime of the tree', () => {
  const files = readdirSync(join(ROOT, 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => join('src', f));
  // `host` is also a target's name; the host board is found by its board.yml (targets: [host]).
  const names = [...Object.keys(CATALOGUE.boards), ...Object.keys(CATALOGUE.stacks), ...Object.keys(CATALOGUE.runtimes)].filter((n) => n !== 'host');
  const found: string[] = [];
  for (const f of files) {
    const text = readFileSync(join(ROOT, f), 'utf8');
    for (const n of names) if (new RegExp(`['"\`]${n.replace(/-/g, '\\-')}['"\`]`).test(text) && !ROLES[n]?.includes(f)) found.push(`${f}: ${n}`);
  }
  assert.deepEqual(found, []);
});

test('CMake gets the board facts from board.yml: CPU flags, clock, memory map and stand-in per target', () => {
  assert.deepEqual(cmakeFacts(CATALOGUE, { board: 'nucleo_f446re', runtime: 'native', benchmark: 'fft', target: 'emulated' }), {
    WMB_BOARD_CPU_FLAGS: '-mthumb;-mcpu=cortex-m4;-mfpu=fpv4-sp-d16;-mfloat-abi=hard', WMB_BOARD_CORE_HZ: '180000000',
    WMB_BOARD_FLASH_ORIGIN: '0x08000000', WMB_BOARD_FLASH_BYTES: '524288', WMB_BOARD_RAM_ORIGIN: '0x20000000', WMB_BOARD_RAM_BYTES: '131072',
    WMB_BOARD_COUNTER: 'dwt', WMB_BOARD_QEMU_MACHINE: 'netduinoplus2', WMB_BOARD_QEMU_SERIAL: '-serial;null;-serial;stdio',
    WMB_BOARD_ZEPHYR: 'mps2/an386', WMB_BOARD_ZEPHYR_QEMU_MACHINE: 'mps2-an386', WMB_BOARD_ZEPHYR_QEMU_SERIAL: '-serial;stdio',
    WMB_BENCHMARK_DIR: join(FW, 'benchmarks', 'fft'), WMB_ITERATIONS: '1', WMB_STEADY_PROBES: '1',
  });
  // The M7 stand-in runs from address 0; the real board from its flash; Zephyr's AOT settings come from the runtime.
  assert.equal(cmakeFacts(CATALOGUE, { board: 'nucleo_f746zg', runtime: 'native', benchmark: 'fft', target: 'emulated' }).WMB_BOARD_FLASH_ORIGIN, '0x00000000');
  const hw = cmakeFacts(CATALOGUE, { board: 'nucleo_f746zg', runtime: 'wamr-aot', benchmark: 'fft', target: 'hardware' });
  assert.deepEqual([hw.WMB_BOARD_FLASH_ORIGIN, hw.WMB_BOARD_ZEPHYR, hw.WMB_BOARD_QEMU_MACHINE, hw.WMB_RUNTIME_ZEPHYR_KCONFIG], ['0x08000000', 'nucleo_f746zg', undefined, '../wamr/zephyr_aot.conf']);
  assert.deepEqual(cmakeFacts(CATALOGUE, { board: 'host', runtime: 'native', benchmark: 'fft', target: 'host' }), {
    WMB_BOARD_CPU_FLAGS: '', WMB_BOARD_CORE_HZ: '0', WMB_BOARD_FLASH_BYTES: '0', WMB_BOARD_RAM_BYTES: '0', WMB_BOARD_COUNTER: 'none',
    WMB_BENCHMARK_DIR: join(FW, 'benchmarks', 'fft'), WMB_ITERATIONS: '100', WMB_STEADY_PROBES: '0',
  });
});

test('the emulated FFT runs its first iteration and the probes, unless a tick lands in iterations (then no probes: their counts would be estimates) or the config asks for the study\'s 100', () => {
  const facts = (stack: string, target: 'emulated' | 'hardware', studyIterations = false) => {
    const f = cmakeFacts(CATALOGUE, { board: 'nucleo_f446re', stack, runtime: 'wasm3', benchmark: 'fft', target }, { studyIterations });
    return [f.WMB_ITERATIONS, f.WMB_STEADY_PROBES];
  };
  assert.deepEqual(facts('bare-metal', 'emulated'), ['1', '1']);
  assert.deepEqual(facts('bare-metal', 'emulated', true), ['100', '1']);
  assert.deepEqual(facts('freertos', 'emulated'), ['100', '0'], 'FreeRTOS ticks: exact counts differ between iterations');
  assert.deepEqual(facts('zephyr', 'emulated'), ['100', '0']);
  assert.deepEqual(facts('freertos', 'hardware'), ['100', '1'], 'cycles on a board are measurements anyway: probed');
  assert.deepEqual(facts('bare-metal', 'hardware'), ['100', '1'], 'hardware keeps the study\'s iterations');
  const m7 = cmakeFacts(CATALOGUE, { board: 'nucleo_f746zg', stack: 'bare-metal', runtime: 'wasm3', benchmark: 'fft', target: 'emulated' });
  assert.deepEqual([m7.WMB_ITERATIONS, m7.WMB_STEADY_PROBES], ['100', '0'], 'the M7 stand-in\'s FPGAIO counter ticks once per 40 instructions');
  // Toggle has a driver of its own: no probes, its million toggles.
  const toggle = cmakeFacts(CATALOGUE, { board: 'nucleo_f446re', stack: 'bare-metal', runtime: 'wasm3', benchmark: 'toggle', target: 'emulated' });
  assert.deepEqual([toggle.WMB_ITERATIONS, toggle.WMB_STEADY_PROBES], ['1000000', '0']);
});

test('a broken yml is named by file, line and column; a folder that builds without its yml is named', async () => {
  const fw = treeCopy();
  const yml = join(fw, 'boards', 'nucleo_f446re', 'board.yml');
  writeFileSync(yml, readFileSync(yml, 'utf8').replace('core_hz: 180000000', 'core_hz: 180000000\nclock_mhz: 180'));
  await assert.rejects(loadCatalogue(fw), (e: Error) => {
    assert.match(e.message, new RegExp(`^${yml.replace(/[.]/g, '\\.')}:7:1: clock_mhz: unknown key "clock_mhz"; expected one of: title, targets, cpu, core_hz`));
    return true;
  });
  writeFileSync(yml, readFileSync(yml, 'utf8').replace('clock_mhz: 180\n', '').replace('flash: { origin: 0x08000000, bytes: 524288 }\n', ''));
  await assert.rejects(loadCatalogue(fw), new RegExp(`board\\.yml:\\d+:\\d+: \\(top level\\): missing key "flash"`));
  rmSync(yml);
  await assert.rejects(loadCatalogue(fw), /^UserError: \S*firmware\/boards\/nucleo_f446re: has board\.cmake but no board\.yml/);
  mkdirSync(join(fw, 'runtimes', 'half'));
  writeFileSync(join(fw, 'runtimes', 'half', 'runtime.yml'), 'title: Half\ntargets: [emulated]\n');
  cpSync(join(FW, 'boards', 'nucleo_f446re', 'board.yml'), yml);
  await assert.rejects(loadCatalogue(fw), /^UserError: \S*firmware\/runtimes\/half: has runtime\.yml but no runtime\.cmake to build it/);
  // Config validation takes its names from the tree: a runtime only in the tree is known.
  writeFileSync(join(fw, 'runtimes', 'half', 'runtime.cmake'), '');
  const cat = await loadCatalogue(fw);
  assert.deepEqual(parseConfig('c.yml', 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [half]\nbenchmarks: [fft]\n', cat).runtimes, ['half']);
  assert.throws(() => parseConfig('c.yml', 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [halve]\nbenchmarks: [fft]\n', cat),
    /^UserError: c\.yml:3:12: runtimes\[0\]: "halve" is not known \(did you mean "half"\?\); expected one of: native, .*, half$/);
});

test('a typo, a bad checksum, too many iterations or a benchmark.yml without its benchmark.cmake are named before any build', async () => {
  const fw = treeCopy();
  const board = join(fw, 'boards', 'nucleo_f446re', 'board.yml');
  const text = readFileSync(board, 'utf8');
  writeFileSync(board, text.replace('core_hz:', 'core_hzz:'));
  await assert.rejects(loadCatalogue(fw), /board\.yml:\d+:1: core_hzz: unknown key "core_hzz" \(did you mean "core_hz"\?\)/);
  writeFileSync(board, text);
  const yml = join(fw, 'benchmarks', 'fft', 'benchmark.yml');
  const bench = readFileSync(yml, 'utf8');
  writeFileSync(yml, bench.replace("checksum: '209e318e'", "checksum: '209g318e'"));
  await assert.rejects(loadCatalogue(fw), /benchmark\.yml:\d+:\d+: checksum: "209g318e" is not allowed here \(8 lowercase hex digits/);
  writeFileSync(yml, bench.replace('emulated: 100', 'emulated: 4000000000'));
  await assert.rejects(loadCatalogue(fw), /iterations\.emulated: 4000000000 is too large: at most 2147483647 \(run\(\) takes them as a Wasm i32/);
  // Cycles are not exact: nothing is derived from them; a target that does not run the benchmark probes nothing.
  writeFileSync(yml, bench.replace('hardware: probe ', 'hardware: derive'));
  await assert.rejects(loadCatalogue(fw), /benchmark\.yml:\d+:\d+: steady\.hardware: .*probe/);
  writeFileSync(yml, bench.replace(/\n  hardware: 100\n/, '\n').concat('not_on: { hardware: no board here }\n'));
  await assert.rejects(loadCatalogue(fw), /benchmark\.yml:\d+:\d+: steady\.hardware: target hardware does not run it \(not in iterations\)/);
  writeFileSync(yml, bench);
  rmSync(join(fw, 'benchmarks', 'fft', 'benchmark.cmake'));
  await assert.rejects(loadCatalogue(fw), /firmware\/benchmarks\/fft: has benchmark\.yml but no benchmark\.cmake to build it/);
});

test('benchmark_dirs: a file, a benchmark folder itself, an empty folder or a name twice are errors naming both places', async () => {
  const fw = treeCopy();
  const root = join(fw, '..');
  const mine = (name: string, ...benchmarks: string[]) => {
    const dir = join(root, name);
    mkdirSync(dir);
    for (const b of benchmarks) cpSync(join(fw, 'benchmarks', 'fft'), join(dir, b), { recursive: true });
    return dir;
  };
  const a = mine('a', 'sum');
  const b = mine('b', 'sum');
  await assert.rejects(loadCatalogue(fw, [a, b]), new RegExp(`^UserError: ${b}/sum: benchmark "sum" is also ${a}/sum`));
  // The tool's own benchmarks named again: the first of them (by folder order) is the one named twice.
  await assert.rejects(loadCatalogue(fw, [join(fw, 'benchmarks')]), new RegExp(`benchmarks/([\\w-]+): benchmark "\\1" is also ${fw}/benchmarks/\\1:`));
  await assert.rejects(loadCatalogue(fw, [join(a, 'sum')]), new RegExp(`^UserError: ${a}/sum: benchmark_dirs names folders that hold benchmark folders, and this is a benchmark folder: name ${a}$`));
  await assert.rejects(loadCatalogue(fw, [mine('empty')]), /empty: a benchmark_dirs folder with no benchmark folder/);
  await assert.rejects(loadCatalogue(fw, [mine('odd', 'my sum;x')]), new RegExp(`^UserError: ${root}/odd/my sum;x: a folder name is an id`));
  // A leading "-" would read as an option where the id is a path on a command line (ninja's targets).
  await assert.rejects(loadCatalogue(fw, [mine('dash', '-k0')]), new RegExp(`^UserError: ${root}/dash/-k0: a folder name is an id .*not starting with "-"`));
  // A member builds in <group>/<benchmark>/: the folders a group's build already has are not benchmark names.
  await assert.rejects(loadCatalogue(fw, [mine('clash', 'wamr')]), new RegExp(`^UserError: ${root}/clash/wamr: "wamr" is a folder every build group has`));
  const own = Object.keys((await loadCatalogue(fw)).benchmarks);
  assert.deepEqual(Object.keys((await loadCatalogue(fw, [a])).benchmarks).sort(), [...own, 'sum'].sort());
  const cfg = join(root, 'c.yml');
  writeFileSync(join(root, 'afile'), '');
  writeFileSync(cfg, 'benchmark_dirs: [a, afile]\n');
  await assert.rejects(benchmarkDirsOf(cfg), new RegExp(`^UserError: ${cfg}:1:21: benchmark_dirs\\[1\\]: ${root}/afile is a file, not a folder of benchmark folders`));
});

test('the catalogue reads no config nor inventory: they are validated against the catalogue, not the reverse', () => {
  const dir = join(ROOT, 'src', 'catalogue');
  const upward = readdirSync(dir).flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/from '\.\.\/(config|inventory)\/[^']*'/g)].map((m) => `${f}: ${m[0]}`));
  assert.deepEqual(upward, []);
});

test('roles: the runtime slowdowns are against, the scalar one and the stack RTOS overhead is against, once each', async () => {
  assert.deepEqual([withRole(CATALOGUE.runtimes, 'reference'), withRole(CATALOGUE.runtimes, 'scalar-reference'), withRole(CATALOGUE.stacks, 'reference')],
    ['native', 'native-scalar', 'bare-metal']);
  const fw = treeCopy();
  const yml = (s: string) => join(fw, 'stacks', s, 'stack.yml');
  writeFileSync(yml('freertos'), readFileSync(yml('freertos'), 'utf8').replace('order: 2\n', 'order: 2\nrole: reference\n'));
  await assert.rejects(loadCatalogue(fw), new RegExp(`^UserError: ${yml('bare-metal')} and ${yml('freertos')}: both say role: reference; one stack has it$`));
  writeFileSync(yml('freertos'), readFileSync(yml('freertos'), 'utf8').replace('role: reference', 'role: scalar-reference'));
  await assert.rejects(loadCatalogue(fw), new RegExp(`^UserError: ${yml('freertos')}:4:7: role: "scalar-reference" is not known; expected one of: reference$`));
});

test('the study\'s figures are the benchmark folder\'s study.yml, its names checked against the tree at their line', async () => {
  assert.deepEqual(studyCell(CATALOGUE, { board: 'nucleo_f746zg', stack: 'zephyr', runtime: 'wamr-fast', benchmark: 'fft' }), {
    stack: 'zephyr', runtimes: ['wamr-classic', 'wamr-fast'], value: 8759838, slowdown: 70.6, unit: 'cycles/FFT', counted: 'cycles', where: 'real board',
    source: CATALOGUE.benchmarks.fft!.study!.source,
  });
  assert.equal(studyCell(CATALOGUE, { board: 'host', stack: 'linux', runtime: 'wamr-aot', benchmark: 'fft' })?.counted, 'wall time');
  assert.equal(studyCell(CATALOGUE, { board: 'nucleo_f446re', stack: 'bare-metal', runtime: 'wamr-aot', benchmark: 'fft' }), undefined);
  assert.equal(CATALOGUE.benchmarks.coremark?.study, undefined, 'a benchmark without study.yml has no study');
  const fw = treeCopy();
  const yml = join(fw, 'benchmarks', 'toggle', 'study.yml');
  const text = readFileSync(yml, 'utf8');
  const line = (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;
  writeFileSync(yml, text.replace('runtimes: [wamr-aot-softfloat]', 'runtimes: [wamr-aot-sofftfloat]'));
  await assert.rejects(loadCatalogue(fw), new RegExp(`^UserError: ${yml}:${line('runtimes: [wamr-aot-softfloat]')}:\\d+: boards\\.nucleo_f446re\\.figures\\[7\\]\\.runtimes\\[0\\]: "wamr-aot-sofftfloat" is not known \\(did you mean "wamr-aot-softfloat"\\?\\)`));
  writeFileSync(yml, text.replace('runtimes: [wamr-aot-softfloat]', 'runtimes: [wasm3]'));
  await assert.rejects(loadCatalogue(fw), new RegExp(`^UserError: ${yml}:${line('runtimes: [wamr-aot-softfloat]')}:\\d+: boards\\.nucleo_f446re\\.figures\\[7\\]\\.runtimes\\[0\\]: a second figure for nucleo_f446re/zephyr/wasm3$`));
  writeFileSync(yml, text.replace('  nucleo_f746zg:', '  nucleo_f747zg:'));
  await assert.rejects(loadCatalogue(fw), new RegExp(`^UserError: ${yml}:${line('nucleo_f746zg:')}:3: boards\\.nucleo_f747zg: unknown name "nucleo_f747zg" \\(did you mean "nucleo_f746zg"\\?\\)`));
});
