// A report over GitHub's comment limit is cut at section boundaries: the verdict, the regressions and the
// provenance stay whole, no table or <details> is cut open, and the cut says where the whole report is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../src/compare/compare.js';
import { fitComment, MAX_COMMENT, sections } from '../src/github/comment.js';
import { KEEP, MARKER, renderMarkdown } from '../src/report/markdown.js';
import { CATALOGUE } from './helpers/catalogue.js';
import type { Baselines, BaselineFile } from '../src/baseline/baseline.js';
import type { Results, VariantResult } from '../src/types.js';

const prov = { commit: 'c0ffee', date: '2026-11-24T00:00:00Z', tool: '0.1.0', node: 'v20', toolchain: { 'qemu-system-arm': 'QEMU emulator version 7.2.22' } };
const variant = (n: number, insn: number, status: VariantResult['status'] = 'ok', reason?: string): VariantResult => ({
  id: `nucleo_f446re/bare-metal/wasm3/bench${n}@emulated`, board: 'nucleo_f446re', stack: 'bare-metal', runtime: 'wasm3', benchmark: `bench${n}`,
  target: 'emulated', status, ...(reason ? { reason } : {}),
  metrics: status === 'ok' ? { instructions: { value: insn, unit: 'insn/FFT' }, flash_bytes: { value: 5000, unit: 'B' } } : {},
});
const baselines = (vs: VariantResult[]): Baselines => {
  const file: BaselineFile = { schemaVersion: 1, target: 'emulated', board: 'nucleo_f446re', provenance: prov, variants: Object.fromEntries(vs.map((v) => [v.id, { metrics: v.metrics }])) };
  return { files: [file], byId: new Map(vs.map((v) => [v.id, { metrics: v.metrics, file }])), source: 'abc123' };
};
const longReason = (n: number) => `build failed: ${'error: undefined reference to `m3_RuntimeFunctionWithAVeryLongName` in wasm3/source/m3_env.c; '.repeat(6)}(#${n})`;

/** A report with `regressions` regressions and `failures` failed variants with long reasons. */
function report(regressions: number, failures: number): string {
  const ok = Array.from({ length: regressions }, (_, i) => variant(i, 300_000));
  const bad = Array.from({ length: failures }, (_, i) => variant(1000 + i, 0, 'failed', longReason(i)));
  const results: Results = { schemaVersion: 1, provenance: prov, variants: [...ok, ...bad] };
  const comparison = compare(results, baselines([...ok.map((v) => variant(Number(v.benchmark.slice(5)), 200_000)), ...bad.map((v) => variant(Number(v.benchmark.slice(5)), 200_000))]), () => ({}));
  return renderMarkdown({ catalogue: CATALOGUE, results, comparison, baselineEdits: [] });
}

/** Every table has its header row and delimiter, every <details> is closed, every fence too. */
function wellFormed(md: string): void {
  const lines = md.split('\n');
  for (const [i, l] of lines.entries())
    if (l.startsWith('|') && !lines[i - 1]?.startsWith('|')) assert.match(lines[i + 1] ?? '', /^\|[-:| ]+\|$/, `a table starts with its header at line ${i}: ${l.slice(0, 80)}`);
  assert.equal((md.match(/<details[\s>]/g) ?? []).length, (md.match(/<\/details>/g) ?? []).length, 'every <details> is closed');
  assert.equal((md.match(/^```/gm) ?? []).length % 2, 0, 'every code fence is closed');
}

test('a report of 150 failing variants with long reasons is cut between sections, keeping verdict, regressions and provenance', () => {
  const md = report(3, 150);
  assert.ok(md.length > 65_536, `the report is over the limit (${md.length})`);
  const out = fitComment(md, { summaryUrl: 'https://github.example/acme/fw/actions/runs/9', artifact: 'bench-report' });
  assert.ok(out.length <= MAX_COMMENT, `${out.length} characters`);
  assert.ok(out.startsWith(MARKER), 'the marker that finds the comment again');
  assert.match(out, /^## wasm-mcu-bench: ❌ \*\*3 regressions over threshold, 150 failed\*\* \(compared 3 of 153 baselined variants\)$/m);
  wellFormed(out);
  // Whole sections only: each section of the comment is one of the report's, unchanged (the note aside).
  const original = new Set(sections(md).map((s) => s.text));
  const kept = sections(out.replace(/> \[!NOTE\]\n> Cut to fit[^\n]*\n\n/, ''));
  for (const s of kept) assert.ok(original.has(s.text), `a section cut open: ${s.text.slice(0, 120)}`);
  const titles = kept.map((s) => s.title);
  assert.ok(titles.includes('Regressions and improvements'));
  assert.ok(titles.some((t) => t.startsWith('Provenance: commit c0ffee')), titles.join('\n'));
  assert.match(out, /<details><summary>Provenance: commit c0ffee[^<]*<\/summary>[\s\S]*- commit: `c0ffee`[\s\S]*<\/details>\n?$/);
  for (let i = 0; i < 3; i++) assert.match(out, new RegExp(`\\| 🔴 \\| \`nucleo_f446re/bare-metal/wasm3/bench${i}@emulated\``));
  // The note says what was left out and where the whole report is.
  assert.match(out, /> \[!NOTE\]\n> Cut to fit a pull request comment \(GitHub takes at most 65,536 characters\): left out “Failed and missing”.*“Full matrix \(153 variants\)”.*\. The whole report is in the \[job summary\]\(https:\/\/github\.example\/acme\/fw\/actions\/runs\/9\) and the artifact `bench-report` \(report\.md\)\./);
});

test('a report that fits is posted as it is', () => {
  const md = report(2, 3);
  assert.equal(fitComment(md), md);
});

test('when even the sections to keep are over the limit, they are shortened at a row and closed, and say so', () => {
  const md = report(900, 40);
  assert.ok(md.length > 65_536);
  const out = fitComment(md, { artifact: 'bench-report' });
  assert.ok(out.length <= MAX_COMMENT, `${out.length} characters`);
  wellFormed(out);
  assert.match(out, /^## wasm-mcu-bench: ❌ \*\*900 regressions over threshold, 40 failed\*\* \(compared 900 of 940 baselined variants\)$/m);
  assert.match(out, /\n\n_… \d+ more row\(s\) in the full report\._\n/);
  assert.match(out, /<details><summary>Provenance: commit c0ffee[^<]*<\/summary>[\s\S]*<\/details>/);
  assert.match(out, /The whole report is in the job summary and the artifact `bench-report` \(report\.md\)\./);
});
