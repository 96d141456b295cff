// The history page: one self-contained HTML file (data, chart library and our script inlined), so it works
// from file:// and from GitHub Pages with no CDN. uPlot draws it: about 50 KB, and built for time series of
// many thousands of points on a canvas, where an SVG chart or Chart.js's per-point objects grow slow.
import uplotJs from 'uplot/dist/uPlot.iife.min.js?text';
import uplotCss from 'uplot/dist/uPlot.min.css?text';
import appJs from './page/app.js?text';
import type { PageData } from './data.js';

/** JSON that is safe inside a <script> element: no `</script>` or `<!--` can close or confuse it. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderPage(data: PageData): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${uplotCss}
body { font: 14px/1.4 system-ui, sans-serif; margin: 20px; color: #222; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 15px; margin: 18px 0 4px; }
#controls label { margin-right: 14px; }
#point { min-height: 1.4em; color: #444; margin: 6px 0; }
.legend { font-size: 12px; }
</style>
</head>
<body>
<h1>${escapeHtml(data.title)}</h1>
<div id="summary"></div>
<div id="controls"></div>
<div id="point">Click a chart for that run's commit and workflow run. Dashed lines: releases; dotted: baseline refreshes; triangles: steps.</div>
<div id="charts"></div>
<script type="application/json" id="wmb-data">${scriptJson(data)}</script>
<script>${uplotJs}</script>
<script>${appJs}</script>
</body>
</html>
`;
}
