// npm run bench: the tool's own cost, measured side by side in one run.
//   1. a cold full check of the implemented matrix (one job at a time) against the sum of the raw
//      cmake / ninja / qemu commands it runs, done by hand in a fresh directory (goal: at most 1.10x);
//   2. a re-check with nothing changed (goal: no rebuild, only runs);
//   3. the spread of every count over 10 runs (goal: 0).
import { execa } from 'execa';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureArgs, slug, type BuildInfo } from '../src/build/cmake.js';
import { check, harnessDefinitions, plan } from '../src/pipeline.js';
import { silentProgress } from '../src/progress.js';
import { qemuCommand } from '../src/run/qemu.js';

const dir = mkdtempSync(join(tmpdir(), 'wmb-bench-'));
const config = join(dir, 'wasm-mcu-bench.yml');
// One job at a time, so wall time compares with the sum of the commands run one after another.
writeFileSync(config, readFileSync('wasm-mcu-bench.yml', 'utf8').replace(/jobs: \d+/, 'jobs: 1'));

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};

const p = await plan({ config, outDir: join(dir, 'tool'), progress: silentProgress });
const built = p.variants.filter((v) => !v.notBuilt);

// 1. Raw commands, by hand (with the same source directories and tools the harness passes).
const definitions = await harnessDefinitions(p, silentProgress);
const defsOf = (v: (typeof built)[number]) => {
  const d = definitions(v);
  if ('failed' in d) throw new Error(`${v.id}: ${d.failed}`);
  return d as Record<string, string>;
};
let raw = 0;
for (const v of built) {
  const b = join(dir, 'raw', slug(v.id));
  const steps: string[][] = [['cmake', ...configureArgs(v, p.firmwareDir, b, defsOf(v))], ['cmake', '--build', b]];
  for (const s of steps) raw += (await timed(() => execa(s[0]!, s.slice(1))))[1];
  const info = JSON.parse(readFileSync(join(b, 'wmb-build.json'), 'utf8')) as BuildInfo;
  const q = qemuCommand({ variant: v, elf: join(b, 'firmware.elf'), info, log: '' });
  raw += (await timed(() => execa(q[0]!, q.slice(1), { reject: false })))[1];
}
const [cold, coldMs] = await timed(() => check({ config, outDir: join(dir, 'tool'), progress: silentProgress }));
if (cold.comparison.counts.failed) throw new Error('a variant failed; see the report');

// 2. Nothing changed: no image may be rewritten.
const elves = built.map((v) => join(dir, 'tool', 'build', slug(v.id), 'firmware.elf'));
const mtimes = elves.map((e) => statSync(e).mtimeMs);
const [, warmMs] = await timed(() => check({ config, outDir: join(dir, 'tool'), progress: silentProgress }));
const rebuilt = elves.filter((e, i) => statSync(e).mtimeMs !== mtimes[i]).length;
let runOnly = 0;
for (const v of built) {
  const b = join(dir, 'raw', slug(v.id));
  const info = JSON.parse(readFileSync(join(b, 'wmb-build.json'), 'utf8')) as BuildInfo;
  const q = qemuCommand({ variant: v, elf: join(b, 'firmware.elf'), info, log: '' });
  runOnly += (await timed(() => execa(q[0]!, q.slice(1), { reject: false })))[1];
}

// 3. Spread of every count over 10 runs.
const COUNTS = ['instructions', 'call_instructions', 'cycles', 'call_cycles'];
const seen = new Map<string, number[]>();
for (let i = 0; i < 10; i++) {
  const r = await check({ config, outDir: join(dir, 'tool'), progress: silentProgress });
  for (const v of r.results.variants)
    for (const m of COUNTS) {
      const value = v.metrics[m]?.value;
      if (value !== undefined) seen.set(`${v.id} ${m}`, [...(seen.get(`${v.id} ${m}`) ?? []), value]);
    }
}

console.log(`wasm-mcu-bench bench: ${built.length} variants (${p.variants.length - built.length} cells not built)\n`);
console.log('1. cold full check, one job at a time');
console.log(`   raw cmake + ninja + qemu commands   ${seconds(raw)}`);
console.log(`   wasm-mcu-bench check                ${seconds(coldMs)}`);
console.log(`   ratio                               ${(coldMs / raw).toFixed(3)}x   (goal <= 1.10x)`);
console.log('\n2. re-check with nothing changed');
console.log(`   raw qemu runs alone                 ${seconds(runOnly)}`);
console.log(`   wasm-mcu-bench check                ${seconds(warmMs)}   (${(warmMs / runOnly).toFixed(3)}x the runs alone)`);
console.log(`   images rebuilt                      ${rebuilt}   (goal 0)`);
console.log('\n3. spread of counts over 10 runs (max - min)');
for (const [k, vs] of seen) console.log(`   ${k.padEnd(64)} ${Math.max(...vs) - Math.min(...vs)}   (${vs[0]})`);
