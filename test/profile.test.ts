import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flatTsv, foldedStacks, parsePluginOutput, profileOf, speedscope } from '../src/profile/profile.js';
import { diffFolded, instructionDeltas, sizeDelta } from '../src/profile/delta.js';
import type { Func } from '../src/profile/functions.js';
import { recordRegions } from '../src/profile/variant.js';
import type { SymbolSize } from '../src/measure/owners.js';
import { config, makeProject, ROOT, sourcesMissing } from './helpers/project.js';
import { addExtraWork } from './helpers/extra-work.js';
import type { Results } from '../src/types.js';
import type { Explanation } from '../src/jobs/explain.js';

const FUNCS: Func[] = [
  { name: 'main', start: 0x100, end: 0x120, handler: false },
  { name: 'op_a', start: 0x120, end: 0x130, handler: false },
  { name: 'op_b', start: 0x130, end: 0x140, handler: false },
  { name: 'helper', start: 0x140, end: 0x150, handler: false },
];
const owner = (f: Func) => ({ owner: f.name.startsWith('op') ? 'runtime' : 'harness', detail: 'x' });

// main calls op_a, which tail-calls op_b (a frame of its own under main); op_b calls helper.
const OUTPUT = `wmb_profile 1 arm
region 0 100 lost 0 opener -1
a 100 10
a 122 30
a 132 40
a 140 20
n 0 -1 0 10
n 1 0 1 30
n 2 0 2 40
n 3 2 3 20
end 1
`;

test('a region: exact self counts by address, inclusive counts and folded stacks from the call tree, a speedscope file', () => {
  const out = parsePluginOutput('p.txt', OUTPUT);
  assert.equal(out.finished, true);
  const p = profileOf('fft', out.regions[0]!, FUNCS, owner);
  assert.deepEqual(p.functions.map((f) => [f.name, f.owner, f.self, f.inclusive]), [
    ['op_b', 'runtime', 40, 60], ['op_a', 'runtime', 30, 30], ['helper', 'harness', 20, 20], ['main', 'harness', 10, 100],
  ]);
  assert.equal(foldedStacks([p]), 'main 10\nmain;op_a 30\nmain;op_b 40\nmain;op_b;helper 20\n');
  assert.match(flatTsv([p]), /^region\tfunction\towner\tdetail\tself\tinclusive\tself_percent\nfft\top_b\truntime\tx\t40\t60\t40.00\n/);
  const s = speedscope('v', [p]) as { shared: { frames: { name: string }[] }; profiles: { samples: number[][]; weights: number[]; endValue: number }[] };
  assert.deepEqual(s.shared.frames.map((f) => f.name), ['main', 'op_a', 'op_b', 'helper']);
  assert.deepEqual(s.profiles[0]!.samples, [[0], [0, 1], [0, 2], [0, 2, 3]]);
  assert.equal(s.profiles[0]!.weights.reduce((a, b) => a + b), s.profiles[0]!.endValue);
  assert.throws(() => parsePluginOutput('p.txt', 'hello\n'), /not the output of wasm-mcu-bench's QEMU plugin/);
  assert.equal(parsePluginOutput('p.txt', OUTPUT.replace('end 1', 'end 1 unfinished')).finished, false);
});

test('each measurement\'s region is the one wmb_driver_measure opened, in order (probes after their call), not the one whose total is closest', () => {
  const fn = (name: string, start: number): Func => ({ name, start, end: start + 0x10, handler: false });
  const funcs = [fn('wmb_benchmark', 0x100), fn('wmb_driver_find', 0x200), fn('wmb_driver_measure', 0x300)];
  const region = (total: number, opener: number) => `region 0 ${total} lost 0 opener ${opener}\na 100 ${total}\nn 0 -1 0 ${total}\n`;
  // The load's init and an export found, then the measured call and its three probes; the second region (a
  // load's) is nearer the record's count (counted in 40-instruction ticks) than the measured call's.
  const plugged = parsePluginOutput('p', `wmb_profile 1 arm\n${region(5000, 0)}${region(1200, 1)}${region(1239, 2)}${region(300, 2)}${region(500, 2)}${region(700, 2)}end 6\n`);
  const regions = recordRegions(plugged, funcs, [{ label: 'fft', count: 1200, regions: 4 }]);
  assert.ok(Array.isArray(regions), JSON.stringify(regions));
  assert.deepEqual(regions.map((r) => r.total), [1239]);
  assert.match((recordRegions(plugged, funcs, [{ label: 'fft', count: 1200, regions: 1 }, { label: 'x', count: 1, regions: 4 }]) as { unavailable: string }).unavailable,
    /the plugin saw 4 region\(s\) opened by wmb_driver_measure, the firmware reported 2 measurement\(s\) of 5 region\(s\)/);
});

test('deltas: the functions and symbols that moved most, with their share of the total change; differential folded stacks', () => {
  const base = profileOf('fft', parsePluginOutput('b', OUTPUT).regions[0]!, FUNCS, owner);
  const now = profileOf('fft', parsePluginOutput('n', OUTPUT.replace('region 0 100', 'region 0 190').replace('a 140 20', 'a 140 110').replace('n 3 2 3 20', 'n 3 2 3 110')).regions[0]!, FUNCS, owner);
  const [d] = instructionDeltas([base], [now]);
  assert.deepEqual(d!.rows, [{ name: 'helper', owner: 'harness', base: 20, now: 110, delta: 90, share: 100 }]);
  assert.equal(diffFolded([base], [now]).split('\n')[3], 'main;op_b;helper 20 110');
  const sym = (name: string, size: number, o = 'benchmark'): SymbolSize => ({ name, size, owner: o as SymbolSize['owner'], section: `.rodata.${name}`, detail: '', region: 'flash', addr: 0, object: '' });
  const s = sizeDelta([sym('a', 10), sym('b', 4, 'runtime')], [sym('a', 10), sym('b', 8, 'runtime'), sym('table', 2048)]);
  assert.deepEqual(s.rows.map((r) => [r.name, r.owner, r.delta]), [['table', 'benchmark', 2048], ['b', 'runtime', 4]]);
});

const raw = (dir: string, v: { log?: string }) => readFileSync(join(dir, v.log!), 'utf8');
// The measured calls' counts (the result records'), not the load's.
const counts = (log: string) => [...log.matchAll(/"type":"result".*?"count":(\d+)/g)].map((m) => Number(m[1]));

const missing = await sourcesMissing('wasm3');
test('the plugin: each region\'s profile adds up exactly to the firmware\'s own count, which the profiled run reproduces; stacks follow calls, tail calls and returns; the soft-float lint', { skip: missing }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native, wasm3]', 'benchmarks: [toggle, fft]', 'run: { timeout: 120, profile: all }']));
  const r = p.cli('check', '--out', 'out');
  assert.ok(r.status === 3, r.stderr);
  const out = join(p.dir, 'out');
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  assert.equal(results.variants.length, 4);
  for (const v of results.variants) {
    assert.equal(v.status, 'ok', v.reason);
    assert.ok(v.profile, `${v.id}: ${v.profileUnavailable}`);
    // Per region: the sum of the flat profile's self counts is the count the plain run's firmware printed.
    const flat = readFileSync(join(out, v.profile.flat), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const regions = [...new Set(flat.map((f) => f[0]!))];
    const totals = regions.map((g) => flat.filter((f) => f[0] === g).reduce((n, f) => n + Number(f[4]), 0));
    assert.deepEqual(totals, counts(raw(out, v)), `${v.id}: ${regions.join(', ')}`);
    // The folded stacks add up to the same totals.
    const folded = readFileSync(join(out, v.profile.folded), 'utf8').trim().split('\n');
    assert.equal(folded.reduce((n, l) => n + Number(l.slice(l.lastIndexOf(' ') + 1)), 0), totals.reduce((a, b) => a + b));
    const scope = JSON.parse(readFileSync(join(out, v.profile.speedscope), 'utf8')) as { profiles: { endValue: number; weights: number[] }[] };
    assert.deepEqual(scope.profiles.map((s) => s.endValue), totals);
    assert.ok(v.profile.slowdown! > 0);
    if (v.id.includes('/native/toggle')) {
      assert.deepEqual(regions, ['inline', 'call']);
      assert.ok(folded.some((l) => /^call;wmb_driver_measure;.*toggle_call;gpio_toggle \d+$/.test(l)), folded.join('\n'));
    }
    if (v.id.includes('/wasm3/fft')) {
      // wasm3's handlers tail-call each other: each shows as a frame under the call that entered the chain.
      assert.ok(folded.some((l) => /;m3_Call;(op_\w+;)*op_\w+;__aeabi_(d2f|f2d) \d+$/.test(l)), folded.slice(0, 20).join('\n'));
      const top = flat.slice(0, 5).map((f) => f[1]);
      assert.ok(top.some((n) => /^op_/.test(n!)), top.join(', '));
      // The lint: f32 through double on the F446RE's single-precision FPU, and why (wasm3's double register).
      assert.equal(v.profile.lints?.length, 1);
      assert.match(v.profile.lints![0]!, /^fft: (2\d|3\d)\.\d% of the instructions are libgcc's soft-float helpers \(__aeabi_d2f [\d.]+%, __aeabi_f2d [\d.]+%\) on an image built for a single-precision FPU, called from wasm3 \(100%\).*_fp0/);
    } else assert.equal(v.profile.lints, undefined, `${v.id}: ${v.profile.lints}`);
  }
  assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /### What the profiles say\n\n- nucleo_f446re\/bare-metal\/wasm3\/fft@emulated: fft: \d+\.\d% of the instructions are libgcc's soft-float helpers/);
});

/** A check of native toggle on the F446RE, every variant profiled, with `qemu-system-arm` the script given. */
function checkWithQemu(script: string) {
  const bin = mkdtempSync(join(tmpdir(), 'wmb-qemu-'));
  writeFileSync(join(bin, 'qemu-system-arm'), script);
  chmodSync(join(bin, 'qemu-system-arm'), 0o755);
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [toggle]', 'run: { timeout: 120, profile: all }']));
  const path = process.env.PATH;
  process.env.PATH = `${bin}:${path}`;
  let r;
  try {
    r = p.cli('check', '--out', 'out');
  } finally {
    process.env.PATH = path;
  }
  return { p, r };
}

test('a QEMU that refuses the plugin: "profiles unavailable" with its reason, and the check still runs and measures', () => {
  // A QEMU without plugin support (as some distributions build it), otherwise the real one.
  const { p, r } = checkWithQemu(`#!/bin/sh
for a in "$@"; do [ "$a" = -plugin ] && { echo "qemu-system-arm: -plugin: invalid option" >&2; exit 1; }; done
exec /usr/bin/qemu-system-arm "$@"
`);
  assert.equal(r.status, 3, r.stderr);
  const results = JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results;
  const v = results.variants[0]!;
  assert.equal(v.status, 'ok', v.reason);
  assert.ok(v.metrics.instructions!.value > 0);
  assert.equal(v.profile, undefined);
  assert.equal(v.profileUnavailable, 'QEMU did not run the profiling plugin: qemu-system-arm: -plugin: invalid option');
  assert.match(readFileSync(join(p.dir, 'out', 'report.md'), 'utf8'), /profiles unavailable: QEMU did not run the profiling plugin: qemu-system-arm: -plugin: invalid option \(nucleo_f446re\/bare-metal\/native\/toggle@emulated\)/);
});

test('a plugin output that cannot be read: "profiles unavailable" saying where, and the variant is measured all the same', () => {
  // The real QEMU without the plugin, the plugin's output file written in a format it does not have.
  const { p, r } = checkWithQemu(`#!/bin/sh
n=$#; prev=
while [ $n -gt 0 ]; do
  a=$1; shift; n=$((n - 1))
  if [ "$prev" = -plugin ]; then printf 'wmb_profile 1 arm\\nregion 0 5 lost 0\\n' > "\${a##*out=}"
  elif [ "$a" != -plugin ]; then set -- "$@" "$a"; fi
  prev=$a
done
exec /usr/bin/qemu-system-arm "$@"
`);
  assert.equal(r.status, 3, r.stderr);
  const v = (JSON.parse(readFileSync(join(p.dir, 'out', 'results.json'), 'utf8')) as Results).variants[0]!;
  assert.equal(v.status, 'ok', v.reason);
  assert.equal(v.profile, undefined);
  assert.match(v.profileUnavailable!, /profile\.txt:2: unexpected line "region 0 5 lost 0"$/);
});

test('explain: a compile definition that adds a loop to one function and a 2 KiB table: the function owns >= 90% of the instruction delta, the table tops the size delta under the benchmark; on the host too', () => {
  const lines = ['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'targets: [emulated, host]', 'host: { runtimes: [native], repeat: 1 }', 'run: { timeout: 120 }'];
  const p = makeProject(config(lines));
  const fw = join(p.dir, 'firmware');
  cpSync(join(ROOT, 'firmware'), fw, { recursive: true });
  addExtraWork(fw, true);
  assert.equal(p.cli('update-baselines', '--firmware', 'firmware', '--out', 'base-out').status, 0);
  p.git('add', 'wasm-mcu-bench.yml', 'firmware', 'baselines');
  p.git('commit', '-qm', 'base');
  p.write('wasm-mcu-bench.yml', config([...lines, 'build: { defines: { WMB_EXTRA_WORK: 1 } }']));
  const id = 'nucleo_f446re/bare-metal/native/fft@emulated';
  // The check finds the regression and explains it in its report: the base built at the base commit.
  const c = p.cli('check', '--firmware', 'firmware', '--out', 'check-out', '--base', 'HEAD');
  assert.equal(c.status, 1, c.stderr);
  const report = readFileSync(join(p.dir, 'check-out', 'report.md'), 'utf8');
  assert.match(report, /<summary>Why nucleo_f446re\/bare-metal\/native\/fft@emulated moved: `bit_reverse` \+[\d,]+ \(100% of the change\)<\/summary>/);
  assert.match(report, /\| `wmb_extra_table` +\| benchmark +\| +0 \| +2,048 \| +\+2,048 \|/);
  // The host's count is callgrind's: its profile explains it the same way.
  assert.match(report, /<summary>Why host\/linux\/native\/fft@host moved: `bit_reverse` \+[\d,]+ \((9\d|100)% of the change\)<\/summary>/);
  assert.match(report, /moved: `bit_reverse`[^\n]*\n\nAgainst the base commit [0-9a-f]{12}: the base built and profiled there for this variant only\./);
  // explain against the same base: the base's profile is the check's, from the result store; nothing of the base is built.
  const r = p.cli('explain', id, '--firmware', 'firmware', '--out', 'out');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /the base's profile reused from an earlier explanation at that commit \(profiled \d{4}-\d\d-\d\d\), not built again/);
  assert.doesNotMatch(r.stderr, /explain: building [^\n]*wmb-base-/);
  const e = JSON.parse(readFileSync(join(p.dir, 'out', 'explain', `${id.replace(/[/@]/g, '.')}.json`), 'utf8')) as Explanation;
  assert.equal(e.base.reused?.commit, e.base.commit);
  assert.deepEqual(e.unavailable, []);
  const top = e.instructions[0]!.rows[0]!;
  assert.equal(top.name, 'bit_reverse');
  assert.equal(top.owner, 'benchmark');
  assert.ok(top.share >= 90, `${top.share}%`);
  assert.ok(e.size!.rows[0]!.name === 'wmb_extra_table' && e.size!.rows[0]!.owner === 'benchmark' && e.size!.rows[0]!.delta === 2048, JSON.stringify(e.size!.rows.slice(0, 3)));
  assert.match(r.stdout, /Instructions by function, fft: [\d,]+ -> [\d,]+ instructions in the measured region/);
  assert.match(r.stdout, /\| `bit_reverse` +\| benchmark/);
  for (const f of e.files) assert.ok(readFileSync(join(p.dir, 'out', f), 'utf8').length > 0, f);
  // The sharded flow's report step explains too: from the shards' results, the moved variants built and
  // profiled there, the base's profiles from the result store (the check's explanation made them).
  assert.equal(p.cli('plan', '--firmware', 'firmware', '--out', 'shards/plan').status, 0);
  for (const shard of ['emulated', 'host']) {
    const s = p.cli('run', '--shard', shard, '--firmware', 'firmware', '--out', `shards/${shard}`);
    assert.equal(s.status, 0, s.stdout + s.stderr);
  }
  const rep = p.cli('report', '--results', 'shards', '--firmware', 'firmware', '--out', 'report', '--base', 'HEAD');
  assert.equal(rep.status, 1, rep.stdout + rep.stderr);
  assert.match(readFileSync(join(p.dir, 'report', 'report.md'), 'utf8'),
    /<summary>Why nucleo_f446re\/bare-metal\/native\/fft@emulated moved: `bit_reverse` [^\n]*\n\nAgainst the base commit [0-9a-f]{12}: the base's profile reused from an earlier explanation at that commit/);
});

test('run.profile: regressed by default, all or off; anything else is an error naming the line', async () => {
  const { parseConfig: parse } = await import('../src/config/config.js');
  const { CATALOGUE } = await import('./helpers/catalogue.js');
  const parseConfig = (file: string, text: string) => parse(file, text, CATALOGUE);
  const minimal = 'boards: [nucleo_f446re]\nstacks: [bare-metal]\nruntimes: [native]\nbenchmarks: [fft]\n';
  assert.equal(parseConfig('cfg.yml', minimal).profile, 'regressed');
  assert.equal(parseConfig('cfg.yml', `${minimal}run: { profile: all }\n`).profile, 'all');
  assert.throws(() => parseConfig('cfg.yml', `${minimal}run: { profile: sometimes }\n`), /^UserError: cfg\.yml:5:17: run\.profile: "sometimes" is not known; expected one of: regressed, all, off$/);
});

test('explain without a variant, or with one not in the matrix: a clear error, exit 2', () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]']));
  p.git('add', '.');
  p.git('commit', '-qm', 'config');
  const none = p.cli('explain', '--out', 'out');
  assert.equal(none.status, 2);
  assert.equal(none.stderr, 'wasm-mcu-bench: explain takes one variant id, <board>/<stack>/<runtime>/<benchmark>@<emulated|host>, as the report names it\n');
  const other = p.cli('explain', 'nucleo_f446re/bare-metal/wasm3/fft@emulated', '--out', 'out');
  assert.equal(other.status, 2);
  assert.match(other.stderr, /^wasm-mcu-bench: .*wasm-mcu-bench\.yml: no variant nucleo_f446re\/bare-metal\/wasm3\/fft@emulated in its matrix/);
});

test('a check that profiles every variant at commit A keeps the profiles: a regression at B is explained with A\'s, the base not built', () => {
  const lines = ['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'targets: [emulated]', 'run: { timeout: 120, profile: all }'];
  const p = makeProject(config(lines));
  const fw = join(p.dir, 'firmware');
  cpSync(join(ROOT, 'firmware'), fw, { recursive: true });
  addExtraWork(fw);
  // A's baselines are made from a tree not yet committed: that run keeps nothing.
  assert.equal(p.cli('update-baselines', '--firmware', 'firmware', '--out', 'base-out').status, 0);
  p.git('add', 'wasm-mcu-bench.yml', 'firmware', 'baselines');
  p.git('commit', '-qm', 'A');
  const a = p.git('rev-parse', 'HEAD').trim();
  // The check at A (the push to the default branch a pull request later compares with) profiles and keeps.
  const c = p.cli('check', '--firmware', 'firmware', '--out', 'a-out', '--base', 'HEAD');
  assert.equal(c.status, 0, c.stdout + c.stderr);
  p.write('wasm-mcu-bench.yml', config([...lines, 'build: { defines: { WMB_EXTRA_WORK: 1 } }']));
  p.git('commit', '-qam', 'B');
  const b = p.cli('check', '--firmware', 'firmware', '--out', 'b-out', '--base', a);
  assert.equal(b.status, 1, b.stdout + b.stderr);
  assert.doesNotMatch(b.stderr, /explain: building [^\n]*wmb-base-/, 'the base is not built');
  const report = readFileSync(join(p.dir, 'b-out', 'report.md'), 'utf8');
  assert.match(report, new RegExp(`<summary>Why nucleo_f446re/bare-metal/native/fft@emulated moved: \`bit_reverse\` \\+[\\d,]+ \\((9\\d|100)% of the change\\)</summary>\\n\\nAgainst the base commit ${a.slice(0, 12)}: the base's profile reused from the check run at that commit \\(profiled \\d{4}-\\d\\d-\\d\\d\\), not built again\\.`));
});

test('on the F746ZG stand-in (a counter that ticks every 40 instructions) the profile is the measured call\'s region: its total within a tick of the count', () => {
  const p = makeProject(config(['boards: [nucleo_f746zg]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'targets: [emulated]', 'run: { timeout: 120, profile: all }']));
  const r = p.cli('check', '--out', 'out');
  assert.equal(r.status, 3, r.stdout + r.stderr);
  const out = join(p.dir, 'out');
  const v = (JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results).variants[0]!;
  assert.equal(v.status, 'ok', v.reason);
  assert.ok(v.profile, v.profileUnavailable);
  const flat = readFileSync(join(out, v.profile.flat), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  assert.deepEqual([...new Set(flat.map((f) => f[0]))], ['fft']);
  const total = flat.reduce((n, f) => n + Number(f[4]), 0);
  const [count] = counts(raw(out, v));
  // The firmware's count is whole ticks of 40 instructions: the region's exact total is within one tick of it.
  assert.ok(count! % 40 === 0 && Math.abs(total - count!) < 40, `profile ${total}, count ${count}`);
  // The measured call's region, not the load's: the FFT's code (inlined into fft_bench) is all of it.
  assert.deepEqual([flat[0]![1], flat[0]![2]], ['fft_bench', 'benchmark'], flat.slice(0, 3).join('\n'));
  assert.ok(Number(flat[0]![6]) > 99, flat[0]!.join(' '));
  // Nothing the firmware measures changed: the count is the committed baseline's.
  const baseline = JSON.parse(readFileSync(join(ROOT, 'baselines', 'emulated', 'nucleo_f746zg.json'), 'utf8')) as { variants: Record<string, { metrics: Results['variants'][number]['metrics'] }> };
  assert.equal(v.metrics.instructions!.value, baseline.variants[v.id]!.metrics.instructions!.value);
});
