import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../src/compare/compare.js';
import { slowdowns, stackOverheads } from '../src/report/ratios.js';
import { KEEP, MARKER, renderMarkdown } from '../src/report/markdown.js';
import { columns, renderTerminal, wrap } from '../src/report/terminal.js';
import { bar, barred, SCALE } from '../src/report/charts.js';
import type { Baselines, BaselineFile } from '../src/baseline/baseline.js';
import type { Results, VariantResult } from '../src/types.js';
import { sections } from '../src/github/comment.js';
import { CATALOGUE } from './helpers/catalogue.js';
import { committedBaselines, incompleteRun, matrixResults, regressedResults } from './helpers/matrix.js';

const prov = { commit: 'c0ffee', date: '2026-11-24T00:00:00Z', tool: '0.1.0', node: 'v20', toolchain: { 'qemu-system-arm': 'QEMU emulator version 7.2.22' } };
const fft = (id: string, insn: number, status: VariantResult['status'] = 'ok', reason?: string): VariantResult => {
  const [board, stack, runtime] = id.split('/') as [string, string, string];
  return {
    id: `${id}/fft@emulated`, board, stack, runtime, benchmark: 'fft', target: 'emulated', status, ...(reason ? { reason } : {}),
    metrics: status === 'ok' ? {
      instructions: { value: insn, unit: 'insn/FFT' },
      flash_bytes: { value: 5000, unit: 'B', capacity: 524288, percent: 0.95 },
      static_ram_bytes: { value: 16000, unit: 'B', capacity: 131072, percent: 12.2 },
      dynamic_ram_bytes: { value: 900, unit: 'B', capacity: 131072, percent: 0.69 },
    } : {},
  };
};
const base = (vs: VariantResult[]): Baselines => {
  const file: BaselineFile = { schemaVersion: 1, target: 'emulated', board: 'nucleo_f446re', provenance: prov, variants: Object.fromEntries(vs.map((v) => [v.id, { metrics: v.metrics }])) };
  return { files: [file], byId: new Map(vs.map((v) => [v.id, { metrics: v.metrics, file }])), source: 'abc123' };
};

const now: Results = { schemaVersion: 1, provenance: prov, variants: [
  fft('nucleo_f446re/bare-metal/native', 260_000),
  fft('nucleo_f446re/bare-metal/wasm3', 0, 'not-built', 'runtime wasm3 not implemented yet'),
  fft('nucleo_f746zg/bare-metal/native', 0, 'failed', 'timed out after 120 s (hung firmware?)'),
] };
const c = compare(now, base([fft('nucleo_f446re/bare-metal/native', 200_000)]), () => ({}));
const md = renderMarkdown({ catalogue: CATALOGUE, results: now, comparison: c, baselineEdits: [{ id: 'nucleo_f446re/bare-metal/native/fft@emulated', metric: 'instructions', unit: 'insn/FFT', before: 190000, after: 200000 }] });

test('the report starts with the marker and a one-line verdict', () => {
  const lines = md.split('\n');
  assert.equal(lines[0], MARKER);
  assert.equal(lines[1], '## wasm-mcu-bench: ❌ **1 regression over threshold, 1 failed** (compared 1 of 1 baselined variant)');
});

test('the threshold column says the threshold, and of the reason only what it adds: a limit, a rank test', () => {
  const ms = (a: number[]) => ({ value: [...a].sort((x, y) => x - y)[a.length >> 1]!, unit: 'ns/FFT', samples: a, runs: a.length });
  const samples = Array.from({ length: 11 }, (_, i) => 100 + i);
  const timed = (id: string, s: number[]): VariantResult => ({ ...fft(id, 200_000), metrics: { ...fft(id, 200_000).metrics, ns: ms(s) } });
  const was = [timed('nucleo_f446re/bare-metal/native', samples)];
  const rs: Results = { schemaVersion: 1, provenance: prov, variants: [timed('nucleo_f446re/bare-metal/native', samples.map((x) => x + 50))] };
  const out = renderMarkdown({ catalogue: CATALOGUE, results: rs, comparison: compare(rs, base(was), () => ({ ns: { percent: 5 }, flash_bytes: { limit: 4000 } })), baselineEdits: [] });
  assert.match(out, /\| 🔴 \| `nucleo_f446re\/bare-metal\/native\/fft@emulated` \| Flash \| 4\.88 KiB → 4\.88 KiB \| 0\.00% \| over the limit 4000 \|/);
  assert.match(out, /\| wall time \(median\) \| 105 → 155 ns\/FFT \| \+47\.62% \| ±5%, Mann-Whitney p = 2\.8e-6 < 0\.002 \|/);
});

test('the report counts every status', () => {
  assert.match(md, /🔴 regression 1 · 🟢 improvement 0 · ⚪ unchanged 0 · 🆕 new 0 · 🟠 missing 0 · ❌ failed 1 · ⬜ not built 1 · ⏭️ left out 0/);
});

test('regressions show baseline and now, the change in percent and the threshold, in six columns', () => {
  assert.match(md, /\| \| Variant \| Metric \| Baseline → now \| Change \| Threshold \|\n/);
  assert.match(md, /\| 🔴 \| `nucleo_f446re\/bare-metal\/native\/fft@emulated` \| instructions \| 200,000 → 260,000 insn\/FFT \| \+30\.00% \| ±1% \|/);
});

test('failed variants are listed with their reason; not-built cells appear in the full matrix', () => {
  assert.match(md, /❌ failed `nucleo_f746zg\/bare-metal\/native\/fft@emulated`: timed out after 120 s/);
  assert.match(md, /<details><summary>Full matrix \(3 variants\)<\/summary>/);
  assert.match(md, /\| `nucleo_f446re\/bare-metal\/wasm3\/fft@emulated` \| ⬜ not built \|\s+\| runtime wasm3 not implemented yet \|/);
});

test('footprint: one compact view per board, Flash / RAM by runtime and benchmark with stacks across; the summary names the largest against capacity', () => {
  assert.match(md, /<details><summary>Footprint: 1 variant; most Flash: bare-metal\/native\/fft on Nucleo-F446RE, 4\.88 KiB \(1\.0%\); most RAM: bare-metal\/native\/fft on Nucleo-F446RE, 16\.50 KiB \(12\.9%\)<\/summary>/);
  assert.match(md, /\*\*Nucleo-F446RE\*\* \(512 KiB Flash, 128 KiB RAM\), Flash \/ RAM in KiB:\n\n\| Runtime \| Benchmark \| bare-metal \|\n\| :- \| :- \| -: \|\n\| Native C \| fft \| 4\.9 \/ 16\.5 \|\n/);
});

test('a static RTOS heap is marked in RAM with a footnote, and only then', () => {
  assert.doesNotMatch(md, /reserved as static arrays/);
  const rtos = fft('nucleo_f446re/freertos/native', 260_000);
  rtos.metrics.static_reserved_bytes = { value: 20480, unit: 'B' };
  const r: Results = { ...now, variants: [rtos] };
  const out = renderMarkdown({ catalogue: CATALOGUE, results: r, comparison: compare(r, base([]), () => ({})), baselineEdits: [] });
  assert.match(out, /\| Native C \| fft \| 4\.9 \/ 16\.5\\\* \|/);
  assert.match(out, /\|\n\n\\\* Static RAM includes memory reserved as static arrays/m);
});

test('the slowdown section says when only native ran, and gives ratios when runtimes did', () => {
  assert.match(md, /No runtime other than native C ran in this matrix yet/);
  const rs = [fft('nucleo_f446re/bare-metal/native', 200_000), fft('nucleo_f446re/bare-metal/wasm3', 16_000_000)];
  assert.deepEqual(slowdowns(rs, CATALOGUE).map((s) => [s.runtime, s.vsNative]), [['wasm3', 80]]);
});

test('the runtime slowdowns are against and the stack RTOS overhead is against are the roles their yml declare', () => {
  const rs = [fft('nucleo_f446re/bare-metal/native', 200_000), fft('nucleo_f446re/bare-metal/wasm3', 16_000_000), fft('nucleo_f446re/freertos/wasm3', 18_000_000)];
  const overheads = (cat: typeof CATALOGUE) => stackOverheads(rs, cat).map((o) => [o.stack, o.runtime, o.vsBareMetal]);
  assert.deepEqual(overheads(CATALOGUE), [['freertos', 'wasm3', 1.125]]);
  // The same results over a tree whose runtime.yml and stack.yml give the roles to wasm3 and freertos.
  const moved = <T extends { role?: string }>(entries: Record<string, T>, to: string): Record<string, T> =>
    Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, { ...e, role: id === to ? 'reference' : e.role === 'reference' ? undefined : e.role }]));
  const cat = { ...CATALOGUE, runtimes: moved(CATALOGUE.runtimes, 'wasm3'), stacks: moved(CATALOGUE.stacks, 'freertos') };
  assert.deepEqual(slowdowns(rs, cat).map((s) => [s.stack, s.runtime, s.vsNative]), [['bare-metal', 'native', 1 / 80]]);
  assert.deepEqual(overheads(cat), [['bare-metal', 'wasm3', 16 / 18]]);
});

test('baseline edits of the pull request are shown', () => {
  assert.match(md, /<details><summary>Baselines changed by this pull request: 1 entry of 1 variant<\/summary>/);
  assert.match(md, /\| instructions \| 190,000 insn\/FFT \| 200,000 insn\/FFT \|/);
});

test('provenance names the commit, the baselines source and the toolchain', () => {
  assert.match(md, /- commit: `c0ffee`/);
  assert.match(md, /- baselines from: abc123/);
  assert.match(md, /- qemu-system-arm: QEMU emulator version 7\.2\.22/);
});

test('a toolchain change is called out', () => {
  const newer = { ...now, provenance: { ...prov, toolchain: { 'qemu-system-arm': 'QEMU emulator version 8.2.0' } } };
  const out = renderMarkdown({ catalogue: CATALOGUE, results: newer, comparison: compare(newer, base([]), () => ({})), baselineEdits: [] });
  assert.match(out, /> - qemu-system-arm: baseline `QEMU emulator version 7\.2\.22`, now `QEMU emulator version 8\.2\.0`/);
});

test('the terminal: the verdict and counts first, then what changed and what was not compared, the verdict again last', () => {
  const t = renderTerminal(c, CATALOGUE);
  const lines = t.split('\n');
  assert.equal(lines[0], '❌ 1 regression over threshold, 1 failed (compared 1 of 1 baselined variant)');
  assert.equal(lines[1], '🔴 regression 1 · ❌ failed 1 · ⬜ not built 1', 'the counts that are not zero');
  assert.equal(lines[3], '🔴 regression nucleo_f446re/bare-metal/native/fft@emulated: instructions +30.00% (200,000 -> 260,000 insn/FFT)');
  assert.equal(lines[4], '    +30.00% worse than the 1% threshold');
  assert.match(t, /^❌ failed nucleo_f746zg\/bare-metal\/native\/fft@emulated: timed out after 120 s/m);
  assert.match(t, /^⬜ not built nucleo_f446re\/bare-metal\/wasm3\/fft@emulated: runtime wasm3 not implemented yet$/m);
  assert.ok(t.indexOf('timed out') < t.indexOf('| Variant'), 'what was not compared comes before the variants that ran');
  assert.match(t, /^\| nucleo_f446re\/bare-metal\/native\/fft@emulated \| 🔴 regression +\| 260,000 insn\/FFT \|$/m);
  assert.equal(lines.at(-1), lines[0]);
});

test('bars in text: log scale stated in slowdowns, a hairline at 1x, six blocks per tenfold, to an eighth', () => {
  assert.equal(bar(1), '▏');
  assert.equal(bar(0.5), '▏', 'faster than native is drawn as native');
  assert.equal(bar(10), '██████');
  assert.equal(bar(100), '████████████');
  assert.equal(bar(2), '█▊');
  assert.equal(barred(45), '█████████▉ 45.0×');
  assert.equal(SCALE, 'log scale: ▏ 1×, ██████ 10×, ████████████ 100×');
});

test('runtime slowdowns: a chart per benchmark and board with the value beside each bar and the study beside ours, no mermaid', () => {
  const rs: Results = { schemaVersion: 1, provenance: prov, variants: [
    fft('nucleo_f446re/bare-metal/native', 200_000), fft('nucleo_f446re/bare-metal/wasm3', 16_000_000),
    fft('nucleo_f446re/bare-metal/wamr-aot', 400_000),
  ] };
  const out = renderMarkdown({ catalogue: CATALOGUE, results: rs, comparison: compare(rs, base([]), () => ({})), baselineEdits: [] });
  assert.match(out, /<details><summary>Slowdown vs native C, fft on Nucleo-F446RE \(emulated, instructions\): wasm3 80\.0×, wamr-aot 2\.00×<\/summary>\n\nBars: log scale: ▏ 1×, ██████ 10×, ████████████ 100×\.\n\n\| Runtime \| Stack \| Ours, instructions vs native \(QEMU\) \| Study, cycles \(real board\) \|\n/);
  assert.match(out, /\| wasm3 \(interpreter\) \| bare-metal \| ███████████▍\u00a080\.0× \| ███████████▍\u00a080\.2× \|/, 'each value held to its bar');
  assert.match(out, /\| WAMR \(AOT\) \| bare-metal \| █▊\u00a02\.00× \| \|/, 'the study has no bare-metal AOT row');
  assert.doesNotMatch(out, /mermaid|log10/);
  assert.match(out, /Study figures: WebAssembly on microcontrollers study/);
});

test('the shipped matrix: one chart per benchmark and board, each runtime\'s stacks side by side, every bar with its value; why ours and the study\'s differ is said once', () => {
  const out = full(unchanged);
  const charts = out.split('<details>').filter((b) => b.startsWith('<summary>Slowdown vs native C'));
  assert.deepEqual(charts.map((b) => /^<summary>Slowdown vs native C, (\w+) on ([\w-]+)/.exec(b)!.slice(1).join(' on ')),
    ['fft on Nucleo-F446RE', 'toggle on Nucleo-F446RE', 'fft on Nucleo-F746ZG', 'toggle on Nucleo-F746ZG', 'fft on host']);
  assert.match(charts[0]!, /: wasm3 46\.8–49\.4×, wamr-classic 41\.3×, wamr-fast 19\.9–20\.5×, wamr-aot 1\.25×<\/summary>/);
  assert.match(charts[0]!, /\| wasm3 \(interpreter\) \| bare-metal \| [█-▏]+\u00a049\.4× \| [█-▏]+\u00a080\.2× \|\n\| \| freertos \| [█-▏]+\u00a04\d\.\d× \| [█-▏]+\u00a073\.5× \|\n\| \| zephyr \| [█-▏]+\u00a046\.8× \| [█-▏]+\u00a068\.4× \|/);
  // On the host, the wall time in a table of its own: with it, the counted figures and the study's would not fit a comment's width.
  assert.match(charts[4]!, /\| Runtime \| Stack \| Ours, instructions vs native -O3 \(callgrind\) \| vs native scalar \(instructions\) \| Study, wall time \(WSL2\) \|\n/);
  assert.match(charts[4]!, /\| Runtime \| vs native -O3 \(wall time\) \| Median µs \[99% interval\] \|\n/);
  assert.match(charts[4]!, /\| wabt wasm-interp \| [█-▏]+\u00a0511\.0× \| 8,277 \[4,601–8,740\] \|/);
  for (const chart of charts)
    for (const row of chart.split('\n').filter((l) => /^\| [^-:]/.test(l) && !l.startsWith('| Runtime')))
      if (row.split('|').length > 5) assert.match(row.split('|')[3]!.trim(), /^([█-▏]+\u00a0\d[\d.]*×)?$/, `ours: a bar and its value: ${row}`);
  assert.equal(out.split('so the two ratios differ').length, 2, 'said once');
});

test('RTOS overhead: each stack against bare-metal for the same runtime, with the study\'s own ratio', () => {
  const rs: Results = { schemaVersion: 1, provenance: prov, variants: [
    fft('nucleo_f746zg/bare-metal/native', 200_000), fft('nucleo_f746zg/freertos/native', 200_010), fft('nucleo_f746zg/zephyr/native', 276_000),
  ] };
  const out = renderMarkdown({ catalogue: CATALOGUE, results: rs, comparison: compare(rs, base([]), () => ({})), baselineEdits: [] });
  assert.match(out, /<details><summary>RTOS overhead against bare-metal: 2 variants, 1\.00× to 1\.38× \(most: zephyr\/native\/fft on Nucleo-F746ZG\)<\/summary>/);
  // One table per board, the stacks across: not one row per stack.
  assert.match(out, /\*\*Nucleo-F746ZG\*\*:\n\n\| Runtime \| Benchmark \| freertos \| study \| zephyr \| study \|\n\|[-:| ]+\|\n\| Native C \| fft \| 1\.000× \| 1\.00× \| 1\.380× \| 1\.38× \|\n\n/);
});

test('an AOT variant shows how its code was made beside its numbers', () => {
  const aot = { ...fft('nucleo_f446re/bare-metal/wamr-aot', 400_000), build: { runtime: 'wamr', aot_target: 'thumbv7em', aot_cpu: 'cortex-m4', aot_float_abi: 'hard', aot_bounds_checks: 0 } };
  const soft = { ...fft('nucleo_f446re/bare-metal/wamr-aot-softfloat', 2_000_000), build: { runtime: 'wamr', aot_target: 'thumbv7em', aot_cpu: 'generic', aot_float_abi: 'soft', aot_bounds_checks: 1 } };
  const rs: Results = { schemaVersion: 1, provenance: prov, variants: [fft('nucleo_f446re/bare-metal/native', 200_000), aot, soft] };
  const out = renderMarkdown({ catalogue: CATALOGUE, results: rs, comparison: compare(rs, base([]), () => ({})), baselineEdits: [] });
  assert.match(out, /\| WAMR \(AOT\) <sub>thumbv7em cortex-m4, hard float, bounds checks off<\/sub> \| bare-metal \| █▊\u00a02\.00× \|/);
  assert.match(out, /\| WAMR \(AOT, soft float\) <sub>thumbv7em \(no CPU given\), soft float, bounds checks on<\/sub> \| bare-metal \| ██████\u00a010\.0× \|/);
  assert.match(out, /\| `nucleo_f446re\/bare-metal\/wamr-aot\/fft@emulated` \| 🆕 new \| 400,000 insn\/FFT \| thumbv7em cortex-m4, hard float, bounds checks off \|/);
});

test('provenance lists every upstream source with its pin, where it came from and whether it is the pinned tree; an override that is not is named under the verdict', () => {
  const h = (c: string) => `sha256:${c.repeat(64)}`;
  const short = (c: string) => `sha256:${c.repeat(12)}…`; // the table shows a hash's first 12 digits
  const sourced: Results = { ...now, provenance: { ...prov, sources: {
    wamr: { title: 'WAMR', version: 'WAMR-2.4.5', commit: '25bd7eb63e828e4bd242cc9b38d260b4b31c6605', origin: 'download', tree: h('1'), verification: 'verified' },
    wasm3: { title: 'wasm3', version: 'v0.5.0', commit: 'c9b579d8c048db71ce2322cf68a0d88ae81684d2', origin: 'override', tree: h('2'), verification: 'differs' },
    zephyr: { title: 'Zephyr', version: 'v4.1.0', commit: 'v4.1.0', origin: 'cache', tree: h('3'), verification: 'unverified' },
    cmsis: { title: 'CMSIS', version: '5.9.0', commit: '4b96cbb174678dcd3ca86e11e1f24bc5f8726da0', origin: 'cache', tree: h('4'), verification: 'verified' },
  } } };
  const out = renderMarkdown({ catalogue: CATALOGUE, results: sourced, comparison: compare(sourced, base([]), () => ({})), baselineEdits: [], notes: ['base note'] });
  assert.match(out, /<summary>Provenance: commit c0ffee, wasm-mcu-bench 0\.1\.0, baselines from abc123; 4 upstream sources, 1 not the pinned tree<\/summary>/);
  const provenance = out.slice(out.indexOf('<summary>Provenance'));
  assert.match(provenance, /\| Source \| Pin \| From \| Tree \|/);
  assert.match(provenance, new RegExp(`\\| \`wamr\` \\| WAMR WAMR-2\\.4\\.5 \`25bd7eb63e82\` \\| downloaded \\| ✅ the pinned tree, \`${short('1')}\` \\|`));
  assert.match(provenance, new RegExp(`\\| \`wasm3\` \\| wasm3 v0\\.5\\.0 \`c9b579d8c048\` \\| override \`WASM_MCU_BENCH_SOURCE_WASM3\` \\| ❌ not the pinned tree: \`${short('2')}\` \\|`));
  assert.match(provenance, new RegExp(`\\| \`zephyr\` \\| Zephyr v4\\.1\\.0 \`v4\\.1\\.0\` \\| cache \\| ⚠️ unverified \\(no tree hash is pinned\\): \`${short('3')}\` \\|`));
  assert.match(provenance, /\| `cmsis` \| CMSIS 5\.9\.0 `4b96cbb17467` \| cache \| ✅ the pinned tree/);
  // Right under the verdict and its counts, before any table, beside the other notes.
  const top = out.slice(0, out.indexOf('###'));
  assert.match(top, new RegExp(`^> ⚠️ wasm3 \\(\`wasm3\`\\) is not the pinned tree v0\\.5\\.0: built from the override \`WASM_MCU_BENCH_SOURCE_WASM3\` \\(\`${h('2')}\`\\); differences may come from it\\.\\n>\\n> base note$`, 'm'));
  assert.doesNotMatch(top, /wamr|zephyr|cmsis/, 'only the source that is not the pinned tree is called out');
  assert.doesNotMatch(md, /Upstream sources|is not the pinned tree/, 'nothing to say without sources');
});

test('identical reasons are grouped once, with a count per subject, in the report and the terminal', () => {
  const fix = (name: string) => `not in the cache and downloads are off; set WASM_MCU_BENCH_SOURCE_${name.toUpperCase()} to a checkout`;
  const gone = [...Array(20).fill('wasm3'), ...Array(32).fill('wamr'), ...Array(8).fill('freertos_kernel')].map((src: string, i) =>
    fft(`nucleo_f446re/s${i}/${src === 'freertos_kernel' ? 'native' : src}`, 0, 'not-built', `source unavailable (${src}): ${fix(src)}`));
  const ran = [fft('nucleo_f446re/bare-metal/native', 200_000)];
  const r: Results = { ...now, variants: [...ran, ...gone] };
  const c = compare(r, base([...ran, ...gone.map((g) => fft(g.id.replace('/fft@emulated', ''), 1))]), () => ({}));
  assert.equal(c.verdict, 'incomplete');
  const out = renderMarkdown({ catalogue: CATALOGUE, results: r, comparison: c, baselineEdits: [] });
  assert.match(out, /^## wasm-mcu-bench: ⚠️ \*\*Incomplete: compared 1 of 61 baselined variants\*\* \(60 missing, 1 unchanged\)$/m);
  const lines = out.split('\n').filter((l) => /source unavailable|WASM_MCU_BENCH_SOURCE_/.test(l) && !l.startsWith('|'));
  assert.deepEqual(lines, [
    '- 🟠 60 baselined variants not built: source unavailable (wasm3 ×20, wamr ×32, freertos_kernel ×8)',
    `  - wasm3: ${fix('wasm3')}`,
    `  - wamr: ${fix('wamr')}`,
    `  - freertos_kernel: ${fix('freertos_kernel')}`,
  ]);
  const t = renderTerminal(c, CATALOGUE);
  assert.equal(t.split('\n').filter((l) => /source unavailable/.test(l)).length, 1);
  assert.match(t, /^🟠 60 baselined variants not built: source unavailable \(/m);
  assert.match(t.split('\n').at(-1)!, /Incomplete: compared 1 of 61 baselined variants/);
});

// The shipped matrix, every variant measuring its committed baseline: a realistic full report.
const shipped = committedBaselines();
const unchanged = matrixResults(shipped);
const regressed = regressedResults(shipped);
const full = (r: Results) => renderMarkdown({ catalogue: CATALOGUE, results: r, comparison: compare(r, shipped, () => ({})), baselineEdits: [] });
const firstScreen = (out: string) => out.slice(0, out.indexOf('<details>'));

/** After the first collapsed block, the report is collapsed blocks only, each with a one-line summary. */
function collapsedAfterFirstScreen(out: string): string[] {
  const rest = sections(out.slice(out.indexOf('<details>')));
  return rest.map((s) => {
    const text = s.text.replace(/^<!-- wasm-mcu-bench:keep -->\n/, '').trim();
    assert.match(text, /^<details><summary>[^\n]+<\/summary>\n\n/, `a section below the first screen that is not a collapsed block: ${text.slice(0, 100)}`);
    assert.ok(text.endsWith('</details>'), `text after a collapsed block: ${text.slice(-100)}`);
    return /<summary>(.*?)<\/summary>/.exec(text)![1]!;
  });
}

test('nothing changed: the first screen is the verdict and the counts, at most 15 lines; the rest is collapsed, each block summed up in its summary', () => {
  const out = full(unchanged);
  const top = firstScreen(out);
  assert.ok(top.split('\n').length <= 15, top);
  assert.match(top, /^## wasm-mcu-bench: ✅ \*\*No regressions\*\* \(compared 69 of 69 baselined variants: 69 unchanged\)$/m);
  assert.match(top, /^🔴 regression 0 · 🟢 improvement 0 · ⚪ unchanged 69 /m);
  assert.doesNotMatch(top, /\|/, 'no table on the first screen');
  const summaries = collapsedAfterFirstScreen(out);
  assert.match(summaries[0]!, /^Footprint: 60 variants; most Flash: zephyr\/wasm3\/fft on Nucleo-F446RE, 108\.11 KiB \(21\.1%\); most RAM: zephyr\/wamr-fast\/fft on Nucleo-F446RE, 66\.48 KiB \(51\.9%\)$/);
  assert.ok(summaries.some((s) => /^RTOS overhead against bare-metal: 40 variants, /.test(s)), summaries.join('\n'));
  assert.ok(summaries.some((s) => s === 'Full matrix (69 variants)'));
  assert.match(summaries.at(-1)!, /^Provenance: commit \w+, wasm-mcu-bench 0\.1\.0, baselines from abc123; \d+ upstream sources$/);
  assert.ok(out.includes(`${KEEP}\n<details><summary>Provenance`), 'the provenance is kept when a comment is cut');
});

test('two regressions: what changed is on the first screen, with each change\'s reason, above every collapsed block', () => {
  const out = full(regressed);
  const top = firstScreen(out);
  assert.ok(top.split('\n').length <= 15, top);
  assert.match(top, /^## wasm-mcu-bench: ❌ \*\*2 regressions over threshold\*\* \(compared 69 of 69 baselined variants\)$/m);
  assert.match(top, new RegExp(`${KEEP}\n### Regressions and improvements\n`));
  assert.match(top, /\| 🔴 \| `nucleo_f446re\/bare-metal\/wasm3\/fft@emulated` \| instructions \| 8,481,061 → 9,159,546 insn\/FFT \| \+8\.00% \| ±1% \|/);
  assert.match(top, /\| 🟢 \| `nucleo_f446re\/freertos\/wamr-aot\/fft@emulated` \| Flash \|/);
  collapsedAfterFirstScreen(out);
});

test('an incomplete run: what was not compared is on the first screen, grouped; what was expected is collapsed with its counts', () => {
  const { results, comparison } = incompleteRun(shipped);
  const out = renderMarkdown({ catalogue: CATALOGUE, results, comparison, baselineEdits: [] });
  const top = firstScreen(out);
  assert.ok(top.split('\n').length <= 15, top);
  assert.match(top, /^## wasm-mcu-bench: ⚠️ \*\*Incomplete: compared 55 of 68 baselined variants\*\* \(13 missing, 55 unchanged; 1 left out as expected\)$/m);
  assert.match(top, /^### Failed and missing\n\n- 🟠 13 baselined variants not built: source unavailable \(wasm3 ×13\): not in the cache and downloads are off$/m);
  const summaries = collapsedAfterFirstScreen(out);
  assert.equal(summaries[0], 'Left out or not built, as expected: 1 left out');
});

test('the terminal rendering of the full matrix fits 120 columns, charts and footprint included, with each bar\'s value', () => {
  const incomplete = matrixResults(shipped, (v) => (v.runtime === 'wasm3' ? { ...v, status: 'not-built', reason: `source unavailable (wasm3): ${'not in the cache and downloads are off; '.repeat(4)}set WASM_MCU_BENCH_SOURCE_WASM3`, metrics: {} } : v));
  for (const r of [unchanged, regressed, incomplete]) {
    const t = renderTerminal(compare(r, shipped, () => ({})), CATALOGUE);
    for (const line of t.split('\n')) assert.ok(columns(line) <= 120, `${columns(line)} columns: ${line}`);
    assert.equal(t.split('\n').filter((l) => l.startsWith('Slowdown vs native C, ')).length, 5, 'one chart per benchmark and board');
    assert.match(t, /^Slowdown vs native C, fft on Nucleo-F446RE \(emulated\); bars: log scale: ▏ 1×, ██████ 10×, ████████████ 100×\n\| Runtime +\| Stack +\| Ours \(instructions, QEMU\) +\| Study \(cycles, real board\) +\|$/m);
    assert.match(t, /^\| wamr-fast +\| bare-metal +\| ███████▊ 19\.9× +\| +\|$/m);
    assert.match(t, /^Footprint on Nucleo-F746ZG \(1024 KiB Flash, 320 KiB RAM\), Flash \/ RAM in KiB$/m);
  }
  const t = renderTerminal(compare(regressed, shipped, () => ({})), CATALOGUE);
  assert.match(t, /^\| wasm3 +\| bare-metal +\| █+[▏▎▍▌▋▊▉]? 53\.4× +\| ███████████▍ 80\.2× +\|$/m, 'the regression shows in the chart');
  const left = renderTerminal(compare(incomplete, shipped, () => ({})), CATALOGUE);
  assert.equal(left.split('\n').filter((l) => l.includes('source unavailable')).length, 1, 'the same reason once');
});

test('lines are wrapped at spaces to 120 columns, an emoji counting two', () => {
  assert.equal(columns('🔴 ab'), 5);
  assert.equal(columns('⏭️ x'), 4);
  const long = `🔴 ${'word '.repeat(40)}end`;
  const lines = wrap(long);
  assert.ok(lines.length > 1 && lines.every((l) => columns(l) <= 120), lines.join('\n'));
  assert.ok(lines.slice(1).every((l) => l.startsWith('    ')));
  assert.equal(lines.map((l) => l.trim()).join(' '), long);
});

test('on real boards ours are cycles like the study\'s: the header says so and the instructions-versus-cycles sentence is left out', () => {
  const hw = (id: string, cycles: number): VariantResult => ({ ...fft(id, 0), id: `${id}/fft@hardware`, target: 'hardware', metrics: { cycles: { value: cycles, unit: 'cycles/FFT' } } });
  const rs: Results = { schemaVersion: 1, provenance: prov, variants: [hw('nucleo_f446re/bare-metal/native', 219_000), hw('nucleo_f446re/bare-metal/wasm3', 17_500_000)] };
  const out = renderMarkdown({ catalogue: CATALOGUE, results: rs, comparison: compare(rs, base([]), () => ({})), baselineEdits: [] });
  assert.match(out, /\| Runtime \| Stack \| Ours, cycles vs native \(board\) \| Study, cycles \(real board\) \|\n/);
  assert.match(out, /\| wasm3 \(interpreter\) \| bare-metal \| [█-▏]+\u00a079\.9× \| [█-▏]+\u00a080\.2× \|/);
  assert.doesNotMatch(out, /so the two ratios differ/);
});
