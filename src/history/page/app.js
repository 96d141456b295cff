// The history page: selectors over the variant id's parts, one chart per metric over the runs, and the
// slowdown against native. Reads the data embedded in the page; no network. window.__wmb is for the tests.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('wmb-data').textContent);
  const AXES = ['board', 'stack', 'runtime', 'benchmark', 'target'];
  const REFERENCE = 'native';
  const SPEED = /instructions$|cycles$|^ns$/;
  const parts = (id) => {
    const at = id.lastIndexOf('@');
    const [board, stack, runtime, benchmark] = id.slice(0, at).split('/');
    return { board, stack, runtime, benchmark, target: id.slice(at + 1) };
  };
  for (const s of data.series) s.parts = parts(s.id);
  const xs = data.runs.map((r) => r.t);
  const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];

  // Selectors from the URL hash (#board=x&runtime=all), so a view can be linked to.
  const state = Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
  // By default the first variant of the target with the most series, with every runtime: runtimes side by side.
  const counts = {};
  for (const s of data.series) counts[s.parts.target] = (counts[s.parts.target] || 0) + 1;
  const main = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
  const first = (data.series.find((s) => s.parts.target === main) || { parts: {} }).parts;
  const controls = document.getElementById('controls');
  const selects = {};
  for (const axis of AXES) {
    const values = [...new Set(data.series.map((s) => s.parts[axis]))].sort();
    const label = document.createElement('label');
    label.textContent = `${axis} `;
    const sel = document.createElement('select');
    sel.id = `sel-${axis}`;
    for (const v of ['all', ...values]) sel.add(new Option(v, v));
    const wanted = state[axis] ?? (axis === 'runtime' ? 'all' : first[axis] ?? 'all');
    sel.value = [...sel.options].some((o) => o.value === wanted) ? wanted : 'all';
    sel.addEventListener('change', () => { state[axis] = sel.value; location.hash = new URLSearchParams(Object.fromEntries(AXES.map((a) => [a, selects[a].value]))).toString(); draw(); });
    label.append(sel);
    controls.append(label);
    selects[axis] = sel;
  }

  const fmt = (v) => (v === null || v === undefined ? '' : Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en-US') : Number(v.toPrecision(4)).toString());
  // Axis ticks stay short (9.07M, 250k), so the axis never cuts them; the values themselves are exact.
  const tick = (v) => (v === null || v === undefined ? '' : Math.abs(v) >= 1e6 ? `${Number((v / 1e6).toPrecision(3))}M` : Math.abs(v) >= 1e4 ? `${Number((v / 1e3).toPrecision(3))}k` : fmt(v));
  const short = (s) => AXES.filter((a) => selects[a].value === 'all').map((a) => s.parts[a]).join(' / ') || s.id;
  const date = (t) => new Date(t * 1000).toISOString().slice(0, 10);

  // Release tags and baseline refreshes as vertical lines; steps as triangles on their series.
  function markers(u, chart) {
    const ctx = u.ctx;
    ctx.save();
    data.runs.forEach((r, i) => {
      if (!r.tag && r.event !== 'baselines') return;
      const x = Math.round(u.valToPos(xs[i], 'x', true));
      ctx.strokeStyle = r.tag ? '#444' : '#999';
      ctx.setLineDash(r.tag ? [6, 4] : [2, 3]);
      ctx.beginPath(); ctx.moveTo(x, u.bbox.top); ctx.lineTo(x, u.bbox.top + u.bbox.height); ctx.stroke();
      ctx.fillStyle = '#444';
      ctx.font = `${11 * devicePixelRatio}px sans-serif`;
      ctx.fillText(r.tag ?? 'baselines', x + 3, u.bbox.top + 12 * devicePixelRatio);
    });
    ctx.setLineDash([]);
    chart.series.forEach((s, k) => {
      ctx.fillStyle = COLORS[k % COLORS.length];
      for (const i of s.steps) {
        const y = chart.values[k][i];
        if (y === null || y === undefined) continue;
        const px = u.valToPos(xs[i], 'x', true), py = u.valToPos(y, 'y', true);
        const d = 5 * devicePixelRatio;
        ctx.beginPath(); ctx.moveTo(px, py - d * 1.6); ctx.lineTo(px - d, py - d * 3); ctx.lineTo(px + d, py - d * 3); ctx.closePath(); ctx.fill();
      }
    });
    ctx.restore();
  }

  const plots = [];
  const info = document.getElementById('point');
  function showRun(i) {
    const r = data.runs[i];
    if (!r) return;
    const commit = data.repoUrl ? `<a href="${data.repoUrl}/commit/${r.commit}">${r.commit.slice(0, 12)}</a>` : r.commit.slice(0, 12);
    const run = r.run ? ` · <a href="${r.run}">run</a>` : '';
    info.innerHTML = `${date(r.t)} · commit ${commit}${r.tag ? ` · release ${r.tag}` : ''}${r.event === 'baselines' ? ' · baselines refreshed' : ''}${run}`;
  }

  function chartFor(title, unit, series, values) {
    const box = document.createElement('section');
    box.className = 'chart';
    const h = document.createElement('h2');
    h.textContent = `${title} (${unit})`;
    box.append(h);
    document.getElementById('charts').append(box);
    const chart = { title, unit, series, values };
    const opts = {
      width: Math.min(1100, document.body.clientWidth - 40), height: 260,
      series: [{ label: 'run', value: (u, t) => (t ? date(t) : '') }, ...series.map((s, k) => ({ label: short(s), stroke: COLORS[k % COLORS.length], width: 1.5, spanGaps: true, points: { size: 4 }, value: (u, v) => fmt(v) }))],
      axes: [{}, { values: (u, ticks) => ticks.map((t) => (unit !== 'x' ? tick(t) : t !== null && Number.isInteger(Math.log10(t)) ? `${fmt(t)}x` : '')), size: 60 }],
      scales: { y: { distr: unit === 'x' ? 3 : 1 } },
      hooks: { draw: [(u) => markers(u, chart)] },
      cursor: { points: { size: 7 } },
    };
    const u = new uPlot(opts, [xs, ...values], box);
    u.over.addEventListener('click', () => showRun(u.cursor.idx));
    plots.push(u);
    window.__wmb.charts.push({ title, unit, series: series.length, points: values.reduce((n, v) => n + v.filter((y) => y !== null).length, 0) });
  }

  function draw() {
    for (const p of plots.splice(0)) p.destroy();
    document.getElementById('charts').replaceChildren();
    window.__wmb.charts = [];
    const chosen = data.series.filter((s) => AXES.every((a) => selects[a].value === 'all' || s.parts[a] === selects[a].value));
    const speed = (k) => (SPEED.test(k.split('\u0000')[0]) ? 0 : 1);
    const metrics = [...new Set(chosen.map((s) => `${s.metric}\u0000${s.unit}`))].sort((a, b) => speed(a) - speed(b) || a.localeCompare(b));
    // The slowdown against native of the same board, stack, benchmark and target, per run, for each speed metric.
    for (const key of metrics) {
      const [metric, unit] = key.split('\u0000');
      if (!SPEED.test(metric)) continue;
      const pairs = chosen.filter((s) => s.metric === metric && s.unit === unit && s.parts.runtime !== REFERENCE).flatMap((s) => {
        const ref = data.series.find((r) => r.metric === metric && r.unit === unit && r.parts.runtime === REFERENCE
          && ['board', 'stack', 'benchmark', 'target'].every((a) => r.parts[a] === s.parts[a]));
        return ref ? [{ s, values: s.values.map((v, i) => (v === null || !ref.values[i] ? null : v / ref.values[i])) }] : [];
      });
      if (pairs.length) chartFor(`slowdown vs ${REFERENCE}: ${metric}`, 'x', pairs.map((p) => ({ ...p.s, steps: [] })), pairs.map((p) => p.values));
    }
    for (const key of metrics) {
      const [metric, unit] = key.split('\u0000');
      const series = chosen.filter((s) => s.metric === metric && s.unit === unit);
      chartFor(metric, unit, series, series.map((s) => s.values));
    }
    document.getElementById('summary').textContent = `${data.runs.length} runs, ${data.runs.length ? `${date(xs[0])} to ${date(xs[xs.length - 1])}` : 'none yet'}; ${chosen.length} series selected`;
  }

  window.__wmb = { charts: [], draw };
  draw();
  // Milliseconds from navigation to the charts drawn, as the browser counts them (the benchmark reads it).
  window.__wmb.loadMs = performance.now();
  window.__wmb.ready = true;
})();
