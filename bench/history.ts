// npm run bench:history: the history page with 1,000 runs of the shipped matrix (every baselined variant),
// built by the CLI and loaded in Debian's headless Chromium: build time, page size, and the time from
// navigation to the charts drawn (goal: under 2 s), the median of 5 loads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addEntry } from '../src/history/store.js';
import { generatedHistory } from '../test/helpers/history.js';
import { launch, noBrowser } from '../test/helpers/browser.js';

const RUNS = 1000;
const store = mkdtempSync(join(tmpdir(), 'wmb-bench-history-'));
const history = generatedHistory(RUNS);
for (const e of history) await addEntry(store, e);
const site = join(store, 'site');
let t = performance.now();
execFileSync(process.execPath, ['dist/cli.js', 'history', 'build', '--store', store, '--out', site]);
const buildMs = performance.now() - t;
const variants = Object.keys(history[0]!.variants).length;
console.log(`history page: ${RUNS} runs x ${variants} variants; built in ${(buildMs / 1000).toFixed(1)} s; ${(statSync(join(site, 'index.html')).size / 1e6).toFixed(1)} MB`);
if (noBrowser) {
  console.log(`page load not measured: ${noBrowser}`);
} else {
  const browser = await launch();
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    t = performance.now();
    await page.goto(`file://${join(site, 'index.html')}`);
    await page.waitForFunction('window.__wmb && window.__wmb.ready', { timeout: 60_000 });
    const inPage = await page.evaluate('window.__wmb.loadMs') as number;
    loads.push(inPage);
    if (i === 0) console.log(`first load: ${(inPage / 1000).toFixed(2)} s in the page, ${((performance.now() - t) / 1000).toFixed(2)} s with the browser's own start`);
    await page.close();
  }
  await browser.close();
  loads.sort((a, b) => a - b);
  const median = loads[2]!;
  console.log(`page load to charts drawn (navigation start to the last chart, the page's own clock): median ${(median / 1000).toFixed(2)} s (min ${(loads[0]! / 1000).toFixed(2)}, max ${(loads[4]! / 1000).toFixed(2)}); goal under 2 s: ${median < 2000 ? 'met' : 'NOT met'}`);
}
