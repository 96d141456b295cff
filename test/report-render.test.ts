// The report as a reviewer sees it on a pull request: the markdown rendered as GitHub renders a comment
// (markdown-it: GitHub-flavoured tables, raw <details>, a line break kept as one), GitHub's own markdown CSS,
// mermaid from npm in the page drawing any mermaid block, in Debian's headless Chromium. The screenshots are
// saved in wasm-mcu-bench-out/screenshots/ to be looked at: collapsed as posted, and with every block opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { compare } from '../src/compare/compare.js';
import { renderMarkdown, type ReportInput } from '../src/report/markdown.js';
import { launch, noBrowser } from './helpers/browser.js';
import { committedBaselines, incompleteRun, matrixResults, regressedResults } from './helpers/matrix.js';
import { baselinesOfRun, runOfBaselines } from '../src/baseline/baseline.js';
import type { Results, VariantResult } from '../src/types.js';
import { ROOT } from './helpers/project.js';
import { CATALOGUE } from './helpers/catalogue.js';

const OUT = join(ROOT, 'wasm-mcu-bench-out', 'screenshots');
const asset = (path: string) => pathToFileURL(createRequire(import.meta.url).resolve(path)).href;

/**
 * A 1280-pixel-wide window, the narrowest common laptop screen (1280x800): on a pull request page GitHub gives a
 * comment's body about 850 px of it beside the sidebar, in 14 px text. Of the 800 px, the browser's bars and
 * the comment's header leave about 700 px of the comment in view; the first screen of the report must fit
 * there, so that what changed is read without scrolling.
 */
const VIEWPORT = { width: 1280, height: 800 };
const COMMENT_WIDTH = 850;
const FIRST_SCREEN_PX = 700;

/** A comment as GitHub renders it: HTML passes through, a single newline is a line break. */
function page(md: string): string {
  const body = new MarkdownIt({ html: true, breaks: true, linkify: true }).render(md);
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${asset('github-markdown-css/github-markdown-light.css')}">
<style>body { margin: 0; background: #fff; } .markdown-body { box-sizing: border-box; width: ${COMMENT_WIDTH}px; font-size: 14px; margin: 16px auto; padding: 16px; border: 1px solid #d0d7de; border-radius: 6px; }</style>
</head><body><article class="markdown-body">${body}</article>
<script src="${asset('mermaid/dist/mermaid.min.js')}"></script></body></html>`;
}

/**
 * In the page: each mermaid block checked with mermaid's own parser, then drawn as GitHub draws it (the
 * block's code becomes a diagram). Resolves to each block's parse error, or null when it parses.
 */
const MERMAID = `(async () => {
  mermaid.initialize({ startOnLoad: false });
  const blocks = [...document.querySelectorAll('pre > code.language-mermaid')];
  const errors = [];
  for (const b of blocks) errors.push(await mermaid.parse(b.textContent).then(() => null, (e) => String(e.message ?? e)));
  for (const b of blocks) { const pre = document.createElement('pre'); pre.className = 'mermaid'; pre.textContent = b.textContent; b.parentElement.replaceWith(pre); }
  if (blocks.length) await mermaid.run({ querySelector: 'pre.mermaid', suppressErrors: true });
  return errors;
})()`;

/** Pixels from the top of the comment to its first collapsed block, and how many blocks are collapsed. */
const FIRST_SCREEN = `(() => {
  const article = document.querySelector('article');
  const first = article.querySelector('details:not([open])');
  return { above: (first ?? article).getBoundingClientRect()[first ? 'top' : 'bottom'] - article.getBoundingClientRect().top, collapsed: article.querySelectorAll('details:not([open])').length };
})()`;

/** The header of each table a reader has to scroll sideways to read whole. */
const WIDE = `[...document.querySelectorAll('article table')].filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.rows[0].innerText.replace(/\\s+/g, ' ').trim())`;

/**
 * A WAMR upgrade on the shipped matrix grown by the Embench suite (each fft cell's 19 members beside it) with
 * footprints by owner: WAMR's code grows 1 KiB and one member through WAMR fast on one board gets 50% slower,
 * which moves a runtime tax at the top. The upgrade view (the runtime's own code, the taxes before and after) is below.
 */
function upgradeReport(report: (input: Omit<ReportInput, 'baselineEdits' | 'catalogue'>) => string): string {
  const members = Object.values(CATALOGUE.benchmarks).filter((b) => b.suite === 'embench').map((b) => b.id);
  const grown = (wamr: number, slower: number) => matrixResults(committedBaselines(), (v) => v).variants.flatMap((v) => {
    const flash = v.metrics.flash_bytes?.value ?? 0;
    // Owners from the linker map: the boards' images, not the host's.
    const owned: VariantResult = v.target === 'host' ? v
      : { ...v, owners: { runtime: { flash_bytes: v.runtime === 'native' ? 0 : Math.round(flash / 2) + (v.runtime.startsWith('wamr') ? wamr : 0), static_ram_bytes: 2048 } } };
    if (v.benchmark !== 'fft' || v.target !== 'emulated') return [owned];
    return [owned, ...members.map((m, i) => {
      const factor = (v.runtime === 'native' ? 1 : 1 + (i % 7)) * (v.id.startsWith('nucleo_f446re/bare-metal/wamr-fast/') && i === 0 ? slower : 1);
      return { ...owned, id: owned.id.replace('/fft@', `/${m}@`), benchmark: m, metrics: { ...owned.metrics, instructions: { value: Math.round(1000 * (i + 1) * factor), unit: 'insn/pass' } } };
    })];
  });
  const base = baselinesOfRun({ schemaVersion: 1, provenance: committedBaselines().files[0]!.provenance, variants: grown(0, 1) }, 'abc123');
  const results: Results = { schemaVersion: 1, provenance: committedBaselines().files[0]!.provenance, variants: grown(1024, 1.5) };
  return report({ results, comparison: compare(results, base, () => ({})), pins: [{ name: 'wamr', title: 'WAMR', from: 'WAMR-2.4.4 (8c18e3f68b16)', to: 'WAMR-2.4.5 (25bd7eb63e82)' }], before: { variants: runOfBaselines(base) } });
}

test('four reports as a browser shows them (one a runtime upgrade): every mermaid block parses, the first screen ends within 700 px, no table is wider than the comment', { skip: noBrowser }, async () => {
  const shipped = committedBaselines();
  const report = (input: Omit<ReportInput, 'baselineEdits' | 'catalogue'>) => renderMarkdown({ ...input, catalogue: CATALOGUE, baselineEdits: [] });
  const ofResults = (results: ReportInput['results']) => report({ results, comparison: compare(results, shipped, () => ({})) });
  const reports = { unchanged: ofResults(matrixResults(shipped)), regressions: ofResults(regressedResults(shipped)), incomplete: report(incompleteRun(shipped)), upgrade: upgradeReport(report) };
  // The upgrade's view is there, for the browser to check it: the tax that moved at the top, the rest collapsed.
  assert.match(reports.upgrade, /\n- 🔴 embench on Nucleo-F446RE \(bare-metal, emulated\), WAMR \(fast interpreter\): slowdown tax /);
  assert.match(reports.upgrade, /<details><summary>The runtime's own code before → after, \d+ variants: Flash \+1,024 B, static RAM \+0 B<\/summary>/);
  assert.match(reports.upgrade, /<details><summary>The runtime tax before → after, \d+ cells: slowdown 0\.00% to \+\d\.\d\d%, Flash 0\.00%<\/summary>/);
  mkdirSync(OUT, { recursive: true });
  const browser = await launch();
  try {
    for (const [name, md] of Object.entries(reports)) {
      const file = join(OUT, `report-${name}.html`);
      writeFileSync(file, page(md));
      const tab = await browser.newPage();
      await tab.setViewport(VIEWPORT);
      const errors: string[] = [];
      tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      tab.on('pageerror', (e) => errors.push(String(e)));
      await tab.goto(pathToFileURL(file).href);
      // The charts are bars in text today (no mermaid block: report.test.ts); a mermaid block a report grows is checked here.
      const blocks = await tab.evaluate(MERMAID) as (string | null)[];
      assert.deepEqual(blocks.filter(Boolean), [], `${name}: every mermaid block parses`);
      const first = await tab.evaluate(FIRST_SCREEN) as { above: number; collapsed: number };
      await tab.screenshot({ path: join(OUT, `report-${name}.png`), fullPage: true });
      assert.ok(first.collapsed >= 5, `${name}: the details are collapsed (${first.collapsed} blocks)`);
      assert.ok(first.above <= FIRST_SCREEN_PX, `${name}: ${Math.round(first.above)} px above the first collapsed block, over ${FIRST_SCREEN_PX}`);
      // Every block opened: the charts and tables below the first screen, each read without a sideways scroll.
      await tab.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
      assert.deepEqual(await tab.evaluate(WIDE), [], `${name}: tables wider than the comment`);
      // Opened, a long report is taller than Chromium captures at once (16,384 px): its top part is saved.
      const [width, height] = await tab.evaluate('[document.documentElement.scrollWidth, document.documentElement.scrollHeight]') as [number, number];
      await tab.screenshot({ path: join(OUT, `report-${name}-open.png`), clip: { x: 0, y: 0, width, height: Math.min(height, 16_000) }, captureBeyondViewport: true });
      assert.deepEqual(errors, [], `${name}: no error in the page`);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
});

test('the mermaid check has teeth: mermaid\'s parser in the page accepts a bar chart GitHub draws and rejects a broken one', { skip: noBrowser }, async () => {
  const md = '```mermaid\nxychart-beta\n  x-axis [wasm3, wamr]\n  y-axis "slowdown" 0 --> 100\n  bar [48.6, 18.4]\n  bar [80.2, 30.1]\n```\n\n```mermaid\nxychart-beta\n  bar [48.6,\n```\n';
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'mermaid-check.html');
  writeFileSync(file, page(md));
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(file).href);
    const [good, bad] = await tab.evaluate(MERMAID) as (string | null)[];
    assert.equal(good, null);
    assert.ok(bad, 'the broken block is named');
    assert.equal(await tab.evaluate(`document.querySelectorAll('pre.mermaid svg[aria-roledescription="xychart"]').length`), 1, 'the good block is drawn');
  } finally {
    await browser.close();
  }
});
