#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  endGroup,
  info,
  startGroup
} from "./chunk-XND34POZ.js";
import {
  context
} from "./chunk-NJ67MEJ2.js";
import {
  AXES,
  FLASHER_OPTIONS,
  FLASHER_TYPES,
  METRICS,
  NEEDS,
  analyzerMetric,
  benchmarkDirsOf,
  benchmarkFacts,
  boardTitle,
  checkSources,
  declaredThresholds,
  headlineOf,
  loadCatalogue,
  loadConfig,
  mcu,
  metricInfo,
  partName,
  runtimeTitle,
  seconds,
  sourcesFor,
  stringDefines,
  studyCell,
  withRole
} from "./chunk-ZY7Q422F.js";
import {
  P_THRESHOLD,
  baselinePath,
  baselinesOfRun,
  checkBaselineFolder,
  checkoutCommit,
  execa,
  findCommit,
  mannWhitneyU,
  median,
  medianInterval,
  overlap,
  parseResults,
  readBaselines,
  readBaselinesAt,
  recoverBaselines,
  repoPath,
  requireCommit,
  runOfBaselines,
  showAt,
  updateBaselines,
  writeAtomic,
  writeBaselines
} from "./chunk-RFHLX7TK.js";
import {
  fail,
  parseWithPositions,
  position,
  validator
} from "./chunk-7TY25XYL.js";
import {
  UserError,
  measuredBy
} from "./chunk-C7Z6D2VV.js";

// src/sources/sources.ts
import { existsSync, statSync } from "node:fs";
import { mkdir as mkdir2, mkdtemp, readFile, rename, rm, writeFile as writeFile2 } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname as dirname2, join as join3, resolve } from "node:path";

// src/sources/archive.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function downloadTree(url, work, timeoutMs) {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
  const archive = join(work, "src.tar.gz");
  await writeFile(archive, Buffer.from(await res.arrayBuffer()));
  const tree = join(work, "tree");
  await mkdir(tree);
  await execa("tar", ["-xzf", archive, "-C", tree, "--strip-components=1"]);
  return tree;
}

// src/sources/treehash.ts
import { createHash } from "node:crypto";
import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
var STAMP_FILE = ".wmb-source.json";
var IGNORED = /* @__PURE__ */ new Set([".git", "__pycache__"]);
function walk(root, rel = "", out = []) {
  for (const e of readdirSync(join2(root, rel), { withFileTypes: true })) {
    if (IGNORED.has(e.name) || !rel && e.name.startsWith(STAMP_FILE)) continue;
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(root, p, out);
    else out.push(p);
  }
  return out;
}
var kind = (st) => st.isSymbolicLink() ? "link" : Number(st.mode) & 73 ? "exec" : "file";
function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const f of walk(from)) {
    const src = join2(from, f);
    const dest = join2(to, f);
    mkdirSync(dirname(dest), { recursive: true });
    if (lstatSync(src).isSymbolicLink()) symlinkSync(readlinkSync(src), dest);
    else copyFileSync(src, dest);
  }
}
async function treeHash(root) {
  const all = createHash("sha256");
  for (const f of walk(root).sort()) {
    const full = join2(root, f);
    const st = lstatSync(full);
    const content = st.isSymbolicLink() ? Buffer.from(readlinkSync(full)) : readFileSync(full);
    all.update(`${f}\0${kind(st)}\0${createHash("sha256").update(content).digest("hex")}
`);
  }
  return `sha256:${all.digest("hex")}`;
}
function treeStamp(root) {
  const all = createHash("sha256");
  for (const f of walk(root).sort()) {
    const st = lstatSync(join2(root, f), { bigint: true });
    all.update(`${f}\0${kind(st)}\0${st.size}\0${st.mtimeNs}\0${st.ctimeNs}
`);
  }
  return `sha256:${all.digest("hex")}`;
}

// src/sources/sources.ts
var manifestSchema = {
  type: "object",
  propertyNames: { pattern: "^[a-z][a-z0-9_]*$" },
  additionalProperties: {
    type: "object",
    additionalProperties: false,
    required: ["title", "repo", "commit", "version"],
    properties: {
      title: { type: "string" },
      note: { type: "string" },
      repo: { type: "string", pattern: "^[\\w.-]+/[\\w.-]+$" },
      commit: { type: "string", pattern: "^([0-9a-f]{40}|v[\\w.+-]+)$" },
      version: { type: "string" },
      tree: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
      // Which runtimes and stacks used a source, before their runtime.yml and stack.yml said it: still read in
      // a base commit's manifest (pin changes), and ignored.
      used_by: { type: "array", items: { type: "string" } }
    }
  }
};
var validate = validator(manifestSchema);
var parseManifest = (file, text) => validate(parseWithPositions(file, text));
async function loadManifest(firmwareDir) {
  const file = join3(firmwareDir, "sources.json");
  return parseManifest(file, await readFile(file, "utf8"));
}
var envName = (name2) => `WASM_MCU_BENCH_SOURCE_${name2.toUpperCase()}`;
var cmakeName = (name2) => `WMB_SOURCE_${name2.toUpperCase()}`;
function cacheRoot(env = process.env) {
  return resolve(env.WASM_MCU_BENCH_CACHE ?? join3(env.XDG_CACHE_HOME ?? join3(homedir(), ".cache"), "wasm-mcu-bench"));
}
var cachedDir = (root, name2, pin) => join3(root, "sources", `${name2}-${pin.commit}`, name2);
var SourceHashError = class extends UserError {
};
var hashPattern = "^sha256:[0-9a-f]{64}$";
var parseStamp = (file, text) => validator({
  type: "object",
  additionalProperties: false,
  required: ["name", "commit", "tree"],
  properties: {
    name: { type: "string" },
    commit: { type: "string" },
    tree: { type: "string", pattern: hashPattern },
    unverified: { const: true },
    stamp: { type: "string", pattern: hashPattern }
  }
})(parseWithPositions(file, text));
async function addToCache(root, name2, pin, from, move = false) {
  await mkdir2(join3(root, "sources"), { recursive: true });
  const staging = await mkdtemp(join3(root, "sources", `.${name2}-`));
  try {
    const staged = join3(staging, "tree");
    if (move) await rename(from, staged);
    else copyTree(from, staged);
    const tree = await treeHash(staged);
    if (pin.tree && tree !== pin.tree)
      throw new SourceHashError(`source ${name2} (${pin.title} ${pin.version}): tree hash ${tree} does not match the pinned ${pin.tree}; nothing is built from it`);
    const stamp = { name: name2, commit: pin.commit, tree, ...pin.tree ? {} : { unverified: true }, stamp: treeStamp(staged) };
    await writeFile2(join3(staged, STAMP_FILE), `${JSON.stringify(stamp)}
`);
    const dest = cachedDir(root, name2, pin);
    await rm(dest, { recursive: true, force: true });
    await mkdir2(dirname2(dest), { recursive: true });
    await rename(staged, dest);
    return { dir: dest, tree, verification: pin.tree ? "verified" : "unverified" };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
async function fromCache(root, name2, pin, lazy) {
  const dir = cachedDir(root, name2, pin);
  const file = join3(dir, STAMP_FILE);
  const text = await readFile(file, "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  const cached = parseStamp(file, text);
  if (pin.tree && cached.tree !== pin.tree) return void 0;
  let checked2;
  const verify = () => checked2 ??= verifyCached(dir, file, cached, name2, pin);
  if (!lazy) await verify();
  return { name: name2, pin, dir, origin: "cache", tree: cached.tree, verification: pin.tree ? "verified" : "unverified", ...lazy ? { verify } : {} };
}
async function verifyCached(dir, file, cached, name2, pin) {
  const stamp = treeStamp(dir);
  if (cached.stamp === stamp) return;
  const now = await treeHash(dir);
  if (now !== cached.tree)
    throw new SourceHashError(`source ${name2} (${pin.title} ${pin.version}): the cached tree ${dir} was changed after it was cached (tree hash ${now}, cached as ${cached.tree}); nothing is built from it. Delete that folder, then ${pin.tree ? "run again to download it, or " : ""}import the tree again with \`wasm-mcu-bench sources import ${name2} DIR\``);
  await writeAtomic(file, `${JSON.stringify({ ...cached, stamp })}
`).catch(() => void 0);
}
function verifier(sources) {
  const all = [...sources];
  let done;
  return () => done ??= Promise.all(all.map((s) => s.verify?.())).then(() => void 0);
}
var archiveUrl = (pin, template = "https://codeload.github.com/{repo}/tar.gz/{commit}") => template.replace("{repo}", pin.repo).replace("{commit}", pin.commit);
async function download(root, name2, pin, timeoutMs, template) {
  const url = archiveUrl(pin, template);
  await mkdir2(join3(root, "sources"), { recursive: true });
  const tmp = await mkdtemp(join3(root, "sources", `.download-${name2}-`));
  try {
    return (await addToCache(root, name2, pin, await downloadTree(url, tmp, timeoutMs), true)).dir;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
var DOWNLOAD_TIMEOUT_MS = 12e4;
function parseSourceDir(what, text) {
  const m = /^([a-z][a-z0-9_]*)=(.+)$/.exec(text.trim());
  if (!m) throw new UserError(`${what} ${JSON.stringify(text)}: expected NAME=DIR, a pinned source's name (as in firmware/sources.json) and a folder holding its tree`);
  const dir = resolve(m[2]);
  const kind2 = statSync(dir, { throwIfNoEntry: false });
  if (!kind2?.isDirectory()) throw new UserError(`${what} ${m[1]}=${m[2]}: ${kind2 ? "not a folder" : "no such folder"}`);
  return { name: m[1], dir };
}
async function resolveSource(name2, pin, o = {}) {
  const env = o.env ?? process.env;
  const override = o.override ?? env[envName(name2)];
  if (override) {
    if (!existsSync(override)) throw new UserError(`${o.override ? `source ${name2}` : envName(name2)}=${override}: no such directory`);
    const tree = await treeHash(override);
    return { name: name2, pin, dir: resolve(override), origin: "override", tree, verification: !pin.tree ? "unverified" : tree === pin.tree ? "verified" : "differs" };
  }
  const root = o.cache ?? cacheRoot(env);
  const cached = await fromCache(root, name2, pin, o.lazy ?? false);
  if (cached) return cached;
  if (!pin.tree)
    return { name: name2, pin, unavailable: `source unavailable (${name2}): ${pin.title} ${pin.version} has no recorded tree hash, so it is never downloaded; set ${envName(name2)} to a checkout of ${pin.repo} at ${pin.version}, or import one into the cache (it is recorded as unverified) with \`wasm-mcu-bench sources import ${name2} DIR\`` };
  const timeout = o.downloadTimeoutMs ?? Number(env.WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS ?? DOWNLOAD_TIMEOUT_MS);
  if (timeout <= 0) return { name: name2, pin, unavailable: `source unavailable (${name2}): not in the cache and downloads are off; set ${envName(name2)} to a checkout of ${pin.repo} at ${pin.commit}, or fill the cache with \`wasm-mcu-bench sources import ${name2} DIR\`` };
  try {
    return { name: name2, pin, dir: await download(root, name2, pin, timeout, env.WASM_MCU_BENCH_ARCHIVE_URL), origin: "download", tree: pin.tree, verification: "verified" };
  } catch (e) {
    if (e instanceof SourceHashError) throw e;
    const cause = e.cause?.code;
    return { name: name2, pin, unavailable: `source unavailable (${name2}): download failed (${e.message}${cause ? `: ${cause}` : ""}); set ${envName(name2)} to a checkout of ${pin.repo} at ${pin.commit}, or fill the cache with \`wasm-mcu-bench sources import ${name2} DIR\`` };
  }
}
function verificationText(s, hash = (h) => h) {
  const tree = s.tree ? hash(s.tree) : "not recorded";
  switch (s.verification) {
    case "verified":
      return `the pinned tree, ${tree}`;
    case "differs":
      return `not the pinned tree: ${tree}`;
    case "unverified":
      return `unverified (no tree hash is pinned): ${tree}`;
    default:
      return "not recorded";
  }
}
var sourceUse = (s) => ({
  title: s.pin.title,
  version: s.pin.version,
  commit: s.pin.commit,
  origin: s.origin,
  tree: s.tree,
  verification: s.verification
});
function markUnavailable(variants, sourcesFor2, resolved) {
  return variants.map((v) => {
    if (v.notBuilt) return v;
    const missing = sourcesFor2(v).map((n) => resolved.get(n)).find((r) => r?.unavailable);
    return missing ? { ...v, notBuilt: missing.unavailable } : v;
  });
}

// src/compare/compare.ts
var STATUSES = ["regression", "improvement", "unchanged", "new", "missing", "failed", "not-built", "excluded"];
function summarize(variants, noBaselines) {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, variants.filter((v) => v.status === s).length]));
  const compared = variants.filter((v) => v.baselined && (v.status === "regression" || v.status === "improvement" || v.status === "unchanged")).length;
  const baselined = variants.filter((v) => v.baselined && v.status !== "excluded").length;
  const incomplete = counts.missing > 0 || compared === 0;
  const verdict = counts.regression + counts.failed > 0 ? "fail" : incomplete ? "incomplete" : "pass";
  return { counts, verdict, incomplete, compared, baselined, noBaselines };
}
var EXIT = { pass: 0, fail: 1, incomplete: 3 };
function outcome(c, o = {}) {
  if (c.verdict === "fail" && !o.accepted) return "fail";
  return c.incomplete && !o.allowIncomplete ? "incomplete" : "pass";
}
function resolveThreshold(metric, settings) {
  const info2 = METRICS[metric];
  const s = settings[metric] ?? {};
  return {
    direction: s.direction ?? info2?.direction ?? "smaller",
    percent: s.percent ?? info2?.percent ?? 1,
    ...s.limit !== void 0 ? { limit: s.limit } : {}
  };
}
function compareMetric(metric, unit, now, baseline, t) {
  const overLimit = t.limit !== void 0 && (t.direction === "smaller" ? now > t.limit : now < t.limit);
  const limitWhy = `${t.direction === "smaller" ? "over" : "under"} the limit ${t.limit}`;
  if (baseline === void 0)
    return { metric, unit, now, status: overLimit ? "regression" : "new", threshold: t, ...overLimit ? { why: limitWhy } : {} };
  const delta2 = now - baseline;
  const percent2 = baseline === 0 ? delta2 === 0 ? 0 : Infinity : 100 * delta2 / Math.abs(baseline);
  const worse = t.direction === "smaller" ? delta2 > 0 : delta2 < 0;
  const beyond = Math.abs(percent2) > t.percent;
  const status = overLimit || worse && beyond ? "regression" : !worse && delta2 !== 0 && beyond ? "improvement" : "unchanged";
  const pctText = Number.isFinite(percent2) ? `${percent2 > 0 ? "+" : ""}${percent2.toFixed(2)}%` : "from 0";
  const why = overLimit ? limitWhy : status === "regression" ? `${pctText} worse than the ${t.percent}% threshold` : void 0;
  return { metric, unit, now, baseline, delta: delta2, percent: percent2, status, threshold: t, ...why ? { why } : {} };
}
function rankGate(c, now, base3) {
  if (c.status !== "regression" && c.status !== "improvement" || !now.samples || !base3) return c;
  const t = c.threshold;
  if (t.limit !== void 0 && (t.direction === "smaller" ? c.now > t.limit : c.now < t.limit)) return c;
  if (base3.samples?.length) {
    const { p } = mannWhitneyU(now.samples, base3.samples);
    const pText = `Mann-Whitney p = ${p < 1e-4 ? p.toExponential(1) : p.toFixed(4)}`;
    if (p < P_THRESHOLD) return { ...c, p, ...c.why ? { why: `${c.why}, ${pText} < ${P_THRESHOLD}` } : {} };
    const { why: _2, ...rest2 } = c;
    return { ...rest2, p, status: "unchanged" };
  }
  if (now.ci && base3.ci && !overlap({ lo: now.ci[0], hi: now.ci[1] }, { lo: base3.ci[0], hi: base3.ci[1] }))
    return { ...c, ...c.why ? { why: `${c.why}, confidence intervals apart (the baseline has no samples)` } : {} };
  const { why: _, ...rest } = c;
  return { ...rest, status: "unchanged" };
}
function worst(changes) {
  if (changes.some((c) => c.status === "regression")) return "regression";
  if (changes.some((c) => c.status === "improvement")) return "improvement";
  return "unchanged";
}
function toolchainChanges(results, baselines) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of baselines.files)
    for (const p of [f.provenance, ...Object.values(f.variants).flatMap((v) => v.provenance ? [v.provenance] : [])])
      for (const [tool, version] of Object.entries(p.toolchain)) {
        const now = results.provenance.toolchain[tool];
        if (now === void 0 || now === version) continue;
        const key = `${tool}\0${version}`;
        const c = seen.get(key) ?? { tool, baseline: version, now, files: [] };
        if (!c.files.includes(`${f.target}/${f.board}`)) c.files.push(`${f.target}/${f.board}`);
        seen.set(key, c);
      }
  return [...seen.values()];
}
var NOT_IN_RUN = () => ({ reason: "in the baseline but not in this run", expected: false });
function compare(results, baselines, thresholdsFor2, absent = NOT_IN_RUN) {
  const variants = results.variants.map((r) => {
    const base3 = baselines.byId.get(r.id);
    const baselined = base3 ? { baselined: true } : {};
    if (r.status === "failed") return { id: r.id, status: "failed", ...baselined, reason: r.reason ?? "failed", result: r, changes: [] };
    if (r.status === "not-built")
      return { id: r.id, status: base3 ? "missing" : "not-built", ...baselined, reason: r.reason ?? "not built", result: r, changes: [] };
    const settings = thresholdsFor2(r.id);
    const changes = Object.entries(r.metrics).map(([name2, m]) => {
      const b = base3?.metrics[name2];
      const same = !(b?.configuration && m.configuration && b.configuration !== m.configuration) ? b : void 0;
      return rankGate(compareMetric(name2, m.unit, m.value, same?.value, resolveThreshold(name2, settings)), m, same);
    });
    return { id: r.id, status: base3 ? worst(changes) : changes.some((c) => c.status === "regression") ? "regression" : "new", ...baselined, result: r, changes };
  });
  const ran = new Set(results.variants.map((r) => r.id));
  for (const id of [...baselines.byId.keys()].filter((id2) => !ran.has(id2)).sort()) {
    const why = absent(id);
    variants.push({ id, status: why.expected ? "excluded" : "missing", baselined: true, reason: why.reason, changes: [] });
  }
  return {
    variants,
    ...summarize(variants, baselines.byId.size === 0),
    baselineSource: baselines.source,
    toolchainChanges: toolchainChanges(results, baselines)
  };
}
function baselineEdits(before, after) {
  const edits = [];
  const ids = [.../* @__PURE__ */ new Set([...before.byId.keys(), ...after.byId.keys()])].sort();
  for (const id of ids) {
    const b = before.byId.get(id)?.metrics ?? {};
    const a = after.byId.get(id)?.metrics ?? {};
    for (const metric of [.../* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
      if (b[metric]?.value === a[metric]?.value) continue;
      edits.push({
        id,
        metric,
        unit: (a[metric] ?? b[metric]).unit,
        ...b[metric] ? { before: b[metric].value } : {},
        ...a[metric] ? { after: a[metric].value } : {}
      });
    }
  }
  return edits;
}
function withMissing(c, missing) {
  if (!missing.length) return c;
  const before = new Map(c.variants.map((v) => [v.id, v]));
  const gone = new Set(missing.map((m) => m.id));
  const variants = [
    ...c.variants.filter((v) => !gone.has(v.id)),
    ...missing.map((m) => ({ id: m.id, status: "missing", ...before.get(m.id)?.baselined ? { baselined: true } : {}, reason: m.reason, changes: [] }))
  ];
  return { ...c, variants, ...summarize(variants, c.noBaselines) };
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size);
        } else if (code2 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// src/report/owners.ts
var ORDER = ["runtime", "rtos", "module", "benchmark", "harness", "libc", "compiler runtime", "linker"];
var TITLE = { runtime: "Runtime", rtos: "RTOS", module: "Module", benchmark: "Benchmark", harness: "Harness", libc: "libc", "compiler runtime": "libgcc", linker: "Linker" };
var kib = (b) => b ? (b / 1024).toFixed(1) : "\xB7";
var METRICS2 = [["flash_bytes", "Flash"], ["static_ram_bytes", "static RAM"]];
function ownersSection(r, cat) {
  const owned = r.variants.filter((v) => v.status === "ok" && v.owners);
  if (!owned.length) return "";
  const present = ORDER.filter((o) => owned.some((v) => v.owners[o]));
  const cells2 = [...new Set(owned.map((v) => `${v.board}
${v.stack}`))].map((k) => k.split("\n"));
  const tables = cells2.flatMap(([board2, stack]) => {
    const on = owned.filter((v) => v.board === board2 && v.stack === stack);
    return METRICS2.map(([m, title]) => {
      const rows = on.map((v) => [
        `${v.runtime}/${v.benchmark}${v.target === "emulated" ? "" : `@${v.target}`}`,
        ...present.map((o) => v.owners[o] ? kib(v.owners[o][m]) : "")
      ]);
      return `**${boardTitle(cat, board2)}**, ${stack}, ${title} in KiB:

${markdownTable([["Variant", ...present.map((o) => TITLE[o] ?? o)], ...rows], { align: ["l", ...present.map(() => "r")] })}`;
    });
  });
  const biggest = owned.map((v) => ({ v, share: (v.owners.runtime?.flash_bytes ?? 0) / (v.metrics.flash_bytes?.value || 1) })).sort((a, b) => b.share - a.share)[0];
  const summary = `Footprint by owner: ${owned.length} variants; the runtime's largest share of Flash: ${(100 * biggest.share).toFixed(0)}% in ${biggest.v.id}`;
  return `<details><summary>${summary}</summary>

From the linker map: each input section belongs to the object or archive it came from; fill and linker-made stubs are the linker's. The owners add up exactly to each variant's Flash and static RAM. Every symbol's size is in the \`symbols/\` files of the output folder.

${tables.join("\n\n")}

</details>
`;
}
var signed = (d) => `${d >= 0 ? "+" : "\u2212"}${Math.abs(d).toLocaleString("en-US")} B`;
var delta = (b, a) => `${kib(b)} \u2192 ${kib(a)} (${signed(a - b)})`;
var span = (ds) => Math.min(...ds) === Math.max(...ds) ? signed(ds[0]) : `${signed(Math.min(...ds))} to ${signed(Math.max(...ds))}`;
function runtimeChangeSection(what, after, before) {
  const owned = after.variants.filter((v) => v.status === "ok" && v.owners?.runtime);
  if (!owned.length) return "";
  const was = new Map((before?.variants ?? []).filter((v) => v.status === "ok" && v.owners?.runtime).map((v) => [v.id, v.owners]));
  const cell = (now, old, m) => old?.runtime ? delta(old.runtime[m], now.runtime[m]) : kib(now.runtime[m]);
  const rows = owned.map((v) => [`\`${v.id}\``, cell(v.owners, was.get(v.id), "flash_bytes"), cell(v.owners, was.get(v.id), "static_ram_bytes")]);
  const compared = owned.filter((v) => was.has(v.id));
  const moved = (m) => span(compared.map((v) => v.owners.runtime[m] - was.get(v.id).runtime[m]));
  const note = compared.length ? "" : " The baselines record no footprint by owner (written by an earlier version: `update-baselines` records it), so the runtime's own share before the change is not known: after it only.";
  const summary = compared.length ? `The runtime's own code before \u2192 after, ${compared.length} variant${compared.length === 1 ? "" : "s"}: Flash ${moved("flash_bytes")}, static RAM ${moved("static_ram_bytes")}` : `The runtime's own code after the change, ${owned.length} variant${owned.length === 1 ? "" : "s"}`;
  return `**What ${what} changes**: every variant's metrics before and after are in the table above; the runtime's own code (KiB, from the linker map) is below.${note}

<details><summary>${summary}</summary>

${markdownTable([["Variant", "Runtime Flash", "Runtime static RAM"], ...rows], { align: ["l", "r", "r"] })}

</details>
`;
}

// src/report/format.ts
function formatNumber(v, digits = 2) {
  if (!Number.isFinite(v)) return String(v);
  const fixed = Math.abs(v) >= 1e3 ? Math.round(v) : Number(v.toFixed(digits));
  return fixed.toLocaleString("en-US", { maximumFractionDigits: digits });
}
function formatValue(value, unit) {
  if (unit === "B") return value >= 1024 ? `${(value / 1024).toFixed(2)} KiB` : `${value} B`;
  return `${formatNumber(value)} ${unit}`;
}
function formatPercent(p) {
  if (p === void 0) return "";
  if (!Number.isFinite(p)) return "new";
  return `${p > 0 ? "+" : ""}${p.toFixed(2)}%`;
}
function formatFromTo(baseline, now, unit, arrow = "->") {
  const was = baseline === void 0 ? "" : `${unit === "B" ? formatValue(baseline, unit) : formatNumber(baseline)} ${arrow} `;
  return `${was}${formatValue(now, unit)}`;
}
function headlineMetric(r, cat) {
  for (const name2 of headlineOf(cat, r.benchmark)) {
    const m = r.metrics[name2];
    if (m) return [name2, m];
  }
  return void 0;
}
function headline(r, cat) {
  const h = headlineMetric(r, cat);
  return h ? formatValue(h[1].value, h[1].unit) : "";
}
function aotNote(r) {
  const b = r.build;
  if (!b || typeof b.aot_target !== "string") return "";
  const cpu = b.aot_cpu && b.aot_cpu !== "generic" ? ` ${String(b.aot_cpu)}` : " (no CPU given)";
  const split2 = configurationNote(r);
  if (split2) return `${b.aot_target}${cpu}, ${String(b.aot_float_abi)} float; ${split2}`;
  const bounds = b.aot_bounds_checks ? b.aot_target === "x86_64" ? "software bounds checks (not guard pages)" : "bounds checks on" : "bounds checks off";
  return `${b.aot_target}${cpu}, ${String(b.aot_float_abi)} float, ${bounds}`;
}
function configurationNote(r) {
  const time = r.metrics.ns?.configuration;
  const count2 = r.metrics.instructions?.configuration;
  return time && count2 && time !== count2 ? `time: ${time}; instructions: ${count2}` : "";
}
function vectorNote(r) {
  const v = r.build?.vectorisation;
  if (!v?.hot_loop) return "";
  if (!v.vectorised) return `${v.hot_loop} not vectorised`;
  const how2 = (v.compiler_says ?? []).find((s) => s.startsWith("optimized: loop vectorized"))?.replace("optimized: loop vectorized using ", "");
  const versioned = (v.compiler_says ?? []).some((s) => s.includes("versioned"));
  return `${v.hot_loop} vectorised${how2 ? ` (${how2}${versioned ? ", versioned for aliasing" : ""})` : ""}`;
}
function engineNote(r) {
  const inside = r.metrics.engine_ns?.value;
  const ns = r.metrics.ns?.value;
  if (inside === void 0 || ns === void 0) return "";
  const us = (x) => `${formatNumber(x / 1e3, 1)} \xB5s`;
  const per = r.metrics.ns.unit.replace(/^ns/, "");
  return `${us(inside)}${per} inside V8, the pipe ${us(ns - inside)}${per}`;
}
var buildNote = (r) => aotNote(r) || vectorNote(r) || engineNote(r) || (r.metrics.ns?.configuration ?? "");

// src/report/ratios.ts
var slower = (cat, benchmark, metric, runtime, native) => (metricInfo(cat, benchmark, metric)?.direction ?? "smaller") === "smaller" ? runtime / native : native / runtime;
function slowdowns(results, cat) {
  const key = (r) => `${r.board}/${r.stack}/${r.benchmark}@${r.target}`;
  const [reference, scalarReference] = [withRole(cat.runtimes, "reference"), withRole(cat.runtimes, "scalar-reference")];
  const natives = new Map(results.filter((r) => r.status === "ok" && r.runtime === reference).map((r) => [key(r), r]));
  const scalars = new Map(results.filter((r) => r.status === "ok" && r.runtime === scalarReference).map((r) => [key(r), r]));
  const out = [];
  for (const r of results) {
    if (r.status !== "ok" || r.runtime === reference) continue;
    const native = natives.get(key(r));
    const h = headlineMetric(r, cat);
    const nh = native?.metrics[h?.[0] ?? ""];
    if (!native || !h || !nh) continue;
    const prefixes = Object.values(cat.benchmarks[r.benchmark]?.results ?? {}).map((x) => x.prefix).filter(Boolean);
    const call = prefixes.map((p) => native.metrics[`${p}${h[0]}`]).find(Boolean);
    const scalar = r.runtime === scalarReference ? void 0 : scalars.get(key(r))?.metrics[h[0]];
    out.push({
      id: r.id,
      board: r.board,
      stack: r.stack,
      benchmark: r.benchmark,
      target: r.target,
      runtime: r.runtime,
      metric: h[0],
      vsNative: slower(cat, r.benchmark, h[0], h[1].value, nh.value),
      ...call ? { vsNativeCall: slower(cat, r.benchmark, h[0], h[1].value, call.value) } : {},
      ...scalar ? { vsNativeScalar: slower(cat, r.benchmark, h[0], h[1].value, scalar.value) } : {},
      ...r.metrics.ns && native.metrics.ns ? { vsNativeTime: r.metrics.ns.value / native.metrics.ns.value } : {},
      ...r.metrics.ns?.ci && native.metrics.ns?.ci ? { timeDistinguishable: !overlap({ lo: r.metrics.ns.ci[0], hi: r.metrics.ns.ci[1] }, { lo: native.metrics.ns.ci[0], hi: native.metrics.ns.ci[1] }) } : {}
    });
  }
  return out;
}
function stackOverheads(results, cat) {
  const key = (r) => `${r.board}/${r.runtime}/${r.benchmark}@${r.target}`;
  const reference = withRole(cat.stacks, "reference");
  const bare = new Map(results.filter((r) => r.status === "ok" && r.stack === reference).map((r) => [key(r), r]));
  return results.flatMap((r) => {
    const b = bare.get(key(r));
    const h = headlineMetric(r, cat);
    const bh = b?.metrics[h?.[0] ?? ""];
    if (r.status !== "ok" || r.stack === reference || !h || !bh) return [];
    return [{ id: r.id, board: r.board, runtime: r.runtime, benchmark: r.benchmark, target: r.target, stack: r.stack, metric: h[0], vsBareMetal: slower(cat, r.benchmark, h[0], h[1].value, bh.value) }];
  });
}

// src/compare/pins.ts
var label = (p) => `${p.version} (${p.commit.slice(0, 12)})`;
function pinChanges(base3, head) {
  const names = [.../* @__PURE__ */ new Set([...Object.keys(base3), ...Object.keys(head)])].sort();
  return names.flatMap((name2) => {
    const b = base3[name2];
    const h = head[name2];
    if (b && h && b.commit === h.commit) return [];
    return [{ name: name2, title: (h ?? b).title, ...b ? { from: label(b) } : {}, ...h ? { to: label(h) } : {} }];
  });
}
var pinChangeText = (c) => `${c.title} ${c.from ?? "(none)"} -> ${c.to ?? "(removed)"}`;
var treeLabel = (t) => [
  t.commit && `commit ${t.commit.slice(0, 12)}${t.dirty ? " with local changes" : ""}`,
  t.tree && `tree ${t.tree.slice(0, "sha256:".length + 12)}`
].filter(Boolean).join(", ") || t.dir;
var abText = (ab) => `A/B of ${ab.title}: A ${treeLabel(ab.a)} vs B ${treeLabel(ab.b)}`;

// src/report/charts.ts
var PER_DECADE = 6;
var EIGHTHS = ["", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"];
function bar(x) {
  const eighths = Math.round(Math.max(0, Math.log10(x)) * PER_DECADE * 8);
  return "\u2588".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8] || "\u258F";
}
var ratio = (x) => x === void 0 ? "" : `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}\xD7`;
var NBSP = "\xA0";
var barred = (x, gap = " ") => x === void 0 ? "" : `${bar(x)}${gap}${ratio(x)}`;
var SCALE = `log scale: ${bar(1)} 1\xD7, ${bar(10)} 10\xD7, ${bar(100)} 100\xD7`;
function counted(b, metric) {
  if (metric === "ns") return "wall time";
  const d = b?.metrics[metric];
  if (d) return d.counter === "cycles" && d.rate === "core_hz" ? `${b.iteration} rate` : d.counter;
  return b?.external[metric] ? `${b.iteration} rate` : metric;
}
var studyCounted = (s, v) => [s.counted === "rate" ? v.rate : s.counted, s.where];
var order = (entries, x) => {
  const i = Object.keys(entries).indexOf(x);
  return i < 0 ? Infinity : i;
};
function slowdownViews(r, cat) {
  const views = /* @__PURE__ */ new Map();
  for (const x of slowdowns(r.variants, cat)) {
    const key = `${x.board}/${x.benchmark}@${x.target}`;
    const spec = cat.benchmarks[x.benchmark];
    const v = views.get(key) ?? {
      board: x.board,
      benchmark: x.benchmark,
      target: x.target,
      metric: x.metric,
      counted: "",
      rate: `${spec?.iteration ?? x.benchmark} rate`,
      stacks: [],
      rows: [],
      scalar: false,
      time: false
    };
    const study = studyCell(cat, x);
    v.rows.push({ x, ...study ? { study } : {} });
    if (!v.stacks.includes(x.stack)) v.stacks.push(x.stack);
    if (x.metric !== "ns") v.metric = x.metric;
    if (x.vsNativeCall !== void 0) v.call = Object.values(spec?.results ?? {}).find((r2) => r2.prefix)?.title ?? "other";
    v.scalar ||= x.vsNativeScalar !== void 0;
    v.time ||= x.vsNativeTime !== void 0;
    views.set(key, v);
  }
  for (const v of views.values()) {
    v.counted = counted(cat.benchmarks[v.benchmark], v.metric);
    v.stacks.sort((a, b) => order(cat.stacks, a) - order(cat.stacks, b));
    v.rows.sort((a, b) => order(cat.runtimes, a.x.runtime) - order(cat.runtimes, b.x.runtime) || order(cat.stacks, a.x.stack) - order(cat.stacks, b.x.stack));
  }
  return [...views.values()];
}
var WHERE = { emulated: "QEMU", host: "callgrind", hardware: "board" };
function slowdownTable(v, style) {
  const { long } = style;
  const gap = long ? NBSP : " ";
  const study = v.rows.find((x) => x.study)?.study;
  const [what, where] = study ? studyCounted(study, v) : [];
  const stack = long || v.stacks.length > 1;
  const native = v.target === "host" ? "native -O3" : "native";
  const header = [
    "Runtime",
    ...stack ? ["Stack"] : [],
    long ? `Ours, ${v.counted} vs ${native} (${WHERE[v.target] ?? v.target})` : `Ours (${v.counted}, ${WHERE[v.target] ?? v.target})`,
    ...v.call ? [long ? `vs native ${v.call}` : v.call] : [],
    ...v.scalar ? [long ? "vs native scalar (instructions)" : "vs scalar"] : [],
    ...v.time ? [long ? "vs native -O3 (wall time)" : "wall time"] : [],
    ...study ? [long ? `Study, ${what} (${where})` : `Study (${what}, ${where})`] : []
  ];
  const rows = v.rows.map(({ x, study: s }, j) => [
    j && v.rows[j - 1].x.runtime === x.runtime ? "" : style.runtime(x),
    ...stack ? [x.stack] : [],
    // A runtime measured by time only (a JIT engine in another process) has no instruction ratio.
    x.metric === "ns" ? "" : barred(x.vsNative, gap),
    ...v.call ? [ratio(x.vsNativeCall)] : [],
    ...v.scalar ? [x.metric === "ns" ? "" : ratio(x.vsNativeScalar)] : [],
    ...v.time ? [timeBar(x, gap)] : [],
    ...study ? [barred(s?.slowdown, gap)] : []
  ]);
  return [header, ...rows];
}
var timeBar = (x, gap = " ") => `${x.timeDistinguishable === false ? `\u2248${gap}` : ""}${barred(x.vsNativeTime, gap)}`;
function slowdownSummary(v, cat) {
  const byRuntime = /* @__PURE__ */ new Map();
  for (const { x } of v.rows) if (x.metric === v.metric) byRuntime.set(x.runtime, [...byRuntime.get(x.runtime) ?? [], x.vsNative]);
  const range = (xs) => {
    const [lo, hi] = [ratio(Math.min(...xs)), ratio(Math.max(...xs))];
    return lo === hi ? lo : `${lo.slice(0, -1)}\u2013${hi}`;
  };
  const stacks = v.stacks.length > 1 ? `, ${v.stacks.length} stacks` : "";
  return `Slowdown vs native C, ${v.benchmark} on ${boardTitle(cat, v.board)} (${v.target}, ${v.counted}${stacks}): ${[...byRuntime].map(([rt, xs]) => `${rt} ${range(xs)}`).join(", ")}`;
}
var totalRam = (v) => (v.metrics.static_ram_bytes?.value ?? 0) + (v.metrics.dynamic_ram_bytes?.value ?? 0);
var withFootprint = (r) => r.variants.filter((v) => v.status === "ok" && v.metrics.flash_bytes);
function footprintViews(r, cat) {
  const views = /* @__PURE__ */ new Map();
  for (const v of withFootprint(r)) {
    const view = views.get(v.board) ?? { board: v.board, stacks: [], rows: [] };
    if (!view.stacks.includes(v.stack)) view.stacks.push(v.stack);
    let row = view.rows.find((x) => x.runtime === v.runtime && x.benchmark === v.benchmark && x.target === v.target);
    if (!row) view.rows.push(row = { runtime: v.runtime, benchmark: v.benchmark, target: v.target, cells: /* @__PURE__ */ new Map() });
    row.cells.set(v.stack, { flash: v.metrics.flash_bytes.value, ram: totalRam(v), reserved: Boolean(v.metrics.static_reserved_bytes) });
    views.set(v.board, view);
  }
  for (const v of views.values()) {
    v.stacks.sort((a, b) => order(cat.stacks, a) - order(cat.stacks, b));
    v.rows.sort((a, b) => order(cat.runtimes, a.runtime) - order(cat.runtimes, b.runtime) || a.benchmark.localeCompare(b.benchmark) || a.target.localeCompare(b.target));
  }
  return [...views.values()];
}
var kib2 = (b) => (b / 1024).toFixed(1);
var boardCapacity = (cat, board2) => {
  const { flash, ram } = cat.boards[board2] ?? {};
  return flash && ram ? ` (${flash.bytes / 1024} KiB Flash, ${ram.bytes / 1024} KiB RAM)` : "";
};
var hasReserved = (v) => v.rows.some((x) => [...x.cells.values()].some((c) => c.reserved));
var RESERVED_NOTE = "Static RAM includes memory reserved as static arrays (the study's `*` case): an RTOS heap pool and task stack, whose used part is counted again in dynamic RAM, or a runtime's memory pool (WAMR), whose used part is `pool_bytes`.";
function footprintTable(v, name2, star) {
  const rows = v.rows.map((x, j) => [
    j && v.rows[j - 1].runtime === x.runtime ? "" : name2(x.runtime),
    x.target === "emulated" ? x.benchmark : `${x.benchmark}@${x.target}`,
    ...v.stacks.map((s) => {
      const c = x.cells.get(s);
      return c ? `${kib2(c.flash)} / ${kib2(c.ram)}${c.reserved ? star : ""}` : "";
    })
  ]);
  return [["Runtime", "Benchmark", ...v.stacks], ...rows];
}
function footprintSummary(r, cat) {
  const ok = withFootprint(r);
  const most = (size, cap) => {
    const share = (v2) => size(v2) / (cap(v2.board) ?? Infinity);
    const v = [...ok].sort((a, b) => share(b) - share(a) || size(b) - size(a))[0];
    const c = cap(v.board);
    return `${v.stack}/${v.runtime}/${v.benchmark} on ${boardTitle(cat, v.board)}, ${formatValue(size(v), "B")}${c ? ` (${(100 * size(v) / c).toFixed(1)}%)` : ""}`;
  };
  return `Footprint: ${ok.length} variant${ok.length === 1 ? "" : "s"}; most Flash: ${most((v) => v.metrics.flash_bytes.value, (b) => cat.boards[b]?.flash?.bytes)}; most RAM: ${most(totalRam, (b) => cat.boards[b]?.ram?.bytes)}`;
}

// src/report/groups.ts
var ORDER2 = ["failed", "missing", "excluded", "not-built"];
var SUBJECT = /^([^:()\n]+?) \(([^()\s:,]+)\)(?:: (.*))?$/;
function verb(v) {
  if (v.status === "failed") return "failed";
  if (v.status === "excluded") return "left out";
  return v.result?.status === "not-built" ? "not built" : "not run";
}
function groupReasons(variants) {
  const groups = /* @__PURE__ */ new Map();
  for (const v of variants) {
    if (!ORDER2.includes(v.status)) continue;
    const first = (v.reason ?? "").split("\n")[0];
    const m = SUBJECT.exec(first);
    const reason = m ? m[1] : first;
    const baselined = Boolean(v.baselined);
    const key = [v.status, baselined, verb(v), reason].join("\0");
    const g = groups.get(key) ?? { status: v.status, baselined, verb: verb(v), reason, ids: [], logs: /* @__PURE__ */ new Map(), subjects: [], details: [], bySubject: /* @__PURE__ */ new Map(), byDetail: /* @__PURE__ */ new Map() };
    g.ids.push(v.id);
    if (v.result?.log) g.logs.set(v.id, v.result.log);
    if (m) {
      g.bySubject.set(m[2], (g.bySubject.get(m[2]) ?? 0) + 1);
      if (m[3]) {
        const said = g.byDetail.get(m[3]) ?? [];
        if (!said.includes(m[2])) g.byDetail.set(m[3], [...said, m[2]]);
      }
    }
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => ORDER2.indexOf(a.status) - ORDER2.indexOf(b.status) || b.ids.length - a.ids.length).map(({ bySubject, byDetail, ...g }) => ({ ...g, subjects: [...bySubject], details: [...byDetail] }));
}
var NAMED = 5;
function groupLines(g, label2, code2) {
  const named = (id) => `${code2(id)}${g.logs.has(id) ? ` (raw output: ${code2(g.logs.get(id))})` : ""}`;
  const one2 = g.ids.length === 1;
  const subjects = g.subjects.length ? ` (${g.subjects.map(([s, n]) => one2 ? s : `${s} \xD7${n}`).join(", ")})` : "";
  const why = `${g.reason}${subjects}${g.details.length === 1 ? `: ${g.details[0][0]}` : ""}`;
  const more = g.details.length > 1 ? g.details.map(([d, said]) => `${said.join(", ")}: ${d}`) : [];
  if (one2) return [`${label2} ${named(g.ids[0])}: ${g.verb === "not built" && g.status !== "not-built" ? "not built: " : ""}${why}`, ...more];
  const emoji = label2.split(" ")[0];
  const ids = g.ids.length <= NAMED ? ` \u2014 ${g.ids.map(named).join(", ")}` : "";
  return [`${emoji} ${g.ids.length} ${g.baselined ? "baselined " : ""}variants ${g.verb}: ${why}${ids}`, ...more];
}

// src/report/reused.ts
var by = (commit) => commit === "unknown" ? measuredBy(commit) : `\`${measuredBy(commit)}\``;
function reusedSection(r) {
  const reused = r.variants.filter((v) => v.status === "ok" && v.reused);
  if (!reused.length) return "";
  const whole = reused.filter((v) => !v.reused.only);
  const runs = /* @__PURE__ */ new Map();
  for (const v of reused) {
    const k = `${by(v.reused.commit)} on ${v.reused.date.slice(0, 10)}`;
    runs.set(k, (runs.get(k) ?? 0) + 1);
  }
  const ok = r.variants.filter((v) => v.status === "ok").length;
  const parts = [
    whole.length && `${whole.length} of ${ok} results were reused, not run again: an earlier run of the same image on the same runner and command line measured them`,
    reused.length - whole.length && `${reused.length - whole.length} host instruction count(s) were reused (same binary, same valgrind)`
  ].filter(Boolean);
  const rows = reused.map((v) => `| \`${v.id}\` | ${v.reused.only ?? "all"} | ${by(v.reused.commit)} | ${v.reused.date} |`);
  return [
    `\u267B\uFE0F ${parts.join("; ")} (${[...runs].map(([k, n]) => `${k}: ${n}`).join(", ")}). \`--rerun\` (input \`rerun\`) measures them again.
`,
    `<details><summary>Reused results</summary>

| variant | reused | measured by | on |
|---|---|---|---|
${rows.join("\n")}

</details>
`
  ].join("\n");
}

// src/report/parts.ts
function partsSection(r, cat) {
  const rows = [];
  for (const v of r.variants) {
    const h = v.status === "ok" ? headlineMetric(v, cat) : void 0;
    const load = v.metrics.load_instructions ?? v.metrics.load_cycles;
    if (!h || !load) continue;
    const [name2, average] = h;
    const part2 = (p) => v.metrics[partName(p, "", name2)];
    const cell = (m) => m ? formatValue(m.value, m.unit) : "";
    rows.push([`\`${v.id}\``, cell(load), cell(part2("first")), cell(part2("steady")), cell(average)]);
  }
  if (!rows.length) return "";
  const head = ["Variant", "load and instantiate", "first iteration", "steady state", "average (headline)"];
  return `<details><summary>Load, first iteration and steady state: ${rows.length} variants</summary>

The runtime loads and instantiates the module and finds its exports (wasm3 compiles a function when it is found) before the first call; the first iteration is that call (AOT code runs relocated); the steady state is one iteration of the calls after it, call excluded. Under emulation with exact counts (no timer tick, an exact counter) the average is derived from the two, (first + (n \u2212 1) \xD7 steady) / n over the study's n iterations: exactly what n measured iterations give.

${markdownTable([head, ...rows], { alignDelimiters: false, align: ["l", "r", "r", "r", "r"] })}

</details>
`;
}

// src/report/tax.ts
function embenchScore(ratios) {
  if (ratios.length === 0) return void 0;
  const bad = ratios.find((r) => !(r > 0 && Number.isFinite(r)));
  if (bad !== void 0) throw new Error(`embenchScore: a ratio must be positive and finite, not ${bad}`);
  const logs = ratios.map(Math.log);
  const lnMean = logs.reduce((a, b) => a + b, 0) / ratios.length;
  const sd = Math.exp(Math.sqrt(logs.reduce((a, l) => a + (l - lnMean) ** 2, 0) / ratios.length));
  const mean = Math.exp(lnMean);
  return { mean, sd, range: mean * sd - mean / sd, count: ratios.length };
}
function part(members, ratios) {
  const have = members.filter((m) => ratios.has(m));
  const score = embenchScore(have.map((m) => ratios.get(m)));
  return { ratios: Object.fromEntries(have.map((m) => [m, ratios.get(m)])), ...score ? { score } : {}, missing: members.filter((m) => !ratios.has(m)) };
}
function suitesOf(cat) {
  const out = {};
  for (const b of Object.values(cat.benchmarks)) if (b.suite) (out[b.suite] ??= []).push(b.id);
  return out;
}
function runtimeTaxes(results, cat) {
  const cellKey = (r) => `${r.board}/${r.stack}/${r.runtime}@${r.target}`;
  const speed = /* @__PURE__ */ new Map();
  for (const s of slowdowns(results, cat)) {
    const m = speed.get(cellKey(s)) ?? /* @__PURE__ */ new Map();
    speed.set(cellKey(s), m.set(s.benchmark, s.vsNative));
  }
  const reference = withRole(cat.runtimes, "reference");
  const nativeFlash = new Map(results.filter((r) => r.status === "ok" && r.runtime === reference && r.metrics.flash_bytes).map((r) => [`${r.board}/${r.stack}/${r.benchmark}@${r.target}`, r.metrics.flash_bytes.value]));
  const size = /* @__PURE__ */ new Map();
  const cells2 = /* @__PURE__ */ new Map();
  for (const r of results) {
    if (r.runtime === reference) continue;
    if (!cells2.has(cellKey(r))) cells2.set(cellKey(r), r);
    const native = nativeFlash.get(`${r.board}/${r.stack}/${r.benchmark}@${r.target}`);
    const flash = r.status === "ok" ? r.metrics.flash_bytes?.value : void 0;
    if (!native || !flash) continue;
    const m = size.get(cellKey(r)) ?? /* @__PURE__ */ new Map();
    size.set(cellKey(r), m.set(r.benchmark, flash / native));
  }
  const out = [];
  for (const [suite, members] of Object.entries(suitesOf(cat))) {
    for (const [key, r] of cells2) {
      if (!results.some((x) => cellKey(x) === key && members.includes(x.benchmark))) continue;
      out.push({
        suite,
        board: r.board,
        stack: r.stack,
        runtime: r.runtime,
        target: r.target,
        speed: part(members, speed.get(key) ?? /* @__PURE__ */ new Map()),
        size: part(members, size.get(key) ?? /* @__PURE__ */ new Map())
      });
    }
  }
  return out;
}
function taxChange(before, after) {
  const common4 = Object.keys(after.ratios).filter((b2) => b2 in before.ratios).sort();
  const b = embenchScore(common4.map((m) => before.ratios[m]));
  const a = embenchScore(common4.map((m) => after.ratios[m]));
  return { common: common4, ...b ? { before: b } : {}, ...a ? { after: a } : {}, ...a && b ? { change: a.mean / b.mean } : {} };
}
var taxKey = (t) => `${t.suite}:${t.board}/${t.stack}/${t.runtime}@${t.target}`;
function taxChanges(before, after, cat) {
  const was = new Map(runtimeTaxes(before, cat).map((t) => [taxKey(t), t]));
  const none = { ratios: {}, missing: [] };
  return runtimeTaxes(after, cat).map((tax) => {
    const old = was.get(taxKey(tax));
    return { tax, speed: taxChange(old?.speed ?? none, tax.speed), size: taxChange(old?.size ?? none, tax.size) };
  });
}

// src/report/suites.ts
var taxCell = (p) => p.score ? `**${ratio(p.score.mean)}** (GSD ${p.score.sd.toFixed(2)}${p.missing.length ? `, ${p.score.count} of ${p.score.count + p.missing.length}` : ""})` : "\u2014";
function suiteViews(r, cat) {
  const groups = /* @__PURE__ */ new Map();
  for (const t of runtimeTaxes(r.variants, cat)) {
    const key = `${t.suite}/${t.board}/${t.stack}@${t.target}`;
    groups.set(key, [...groups.get(key) ?? [], t]);
  }
  return [...groups.values()].map((taxes) => {
    const { suite, board: board2, stack, target } = taxes[0];
    const members = [...new Set(taxes.flatMap((t) => [...Object.keys(t.speed.ratios), ...t.speed.missing]))];
    const rows = [
      ["Benchmark", ...taxes.map((t) => runtimeTitle(cat, t.runtime))],
      ...members.map((m) => [m, ...taxes.map((t) => ratio(t.speed.ratios[m]) || "\u2014")]),
      ["Runtime tax: slowdown", ...taxes.map((t) => taxCell(t.speed))],
      ["Runtime tax: Flash", ...taxes.map((t) => taxCell(t.size))]
    ];
    const heads = taxes.filter((t) => t.speed.score).map((t) => `${t.runtime} ${ratio(t.speed.score.mean)}`).join(", ");
    return { summary: `Runtime tax, ${suite} on ${boardTitle(cat, board2)} (${stack}, ${target}): ${heads || "no runtime has a ratio"}`, rows };
  });
}
var cellText = (t, cat) => `${t.suite} on ${boardTitle(cat, t.board)} (${t.stack}, ${t.target}), ${runtimeTitle(cat, t.runtime)}`;
var percentOf = (ch) => 100 * (ch.change - 1);
function taxThreshold(c, cat, ch, kind2) {
  const byId = new Map(c.variants.map((v) => [v.id, v]));
  const { board: board2, stack, runtime, target } = ch.tax;
  const percents = ch[kind2].common.flatMap((m) => [runtime, withRole(cat.runtimes, "reference")].flatMap((rt) => {
    const v = byId.get(`${board2}/${stack}/${rt}/${m}@${target}`);
    const metric = kind2 === "size" ? "flash_bytes" : v?.result && headlineMetric(v.result, cat)?.[0];
    const t = v?.changes.find((x) => x.metric === metric && x.baseline !== void 0)?.threshold.percent;
    return t === void 0 ? [] : [t];
  }));
  return percents.length ? Math.min(...percents) : void 0;
}
function taxMoves(changes, c, cat) {
  const moves = changes.flatMap((ch) => ["speed", "size"].flatMap((kind2) => {
    const t = taxThreshold(c, cat, ch, kind2);
    const x = ch[kind2];
    if (x.change === void 0 || t === void 0 || !(Math.abs(percentOf(x)) > t)) return [];
    const what = kind2 === "speed" ? "slowdown" : "Flash";
    const over = x.common.length < Object.keys(ch.tax[kind2].ratios).length ? `, over the ${x.common.length} members both have` : "";
    return [{ worse: x.change > 1, line: `${x.change > 1 ? "\u{1F534}" : "\u{1F7E2}"} ${cellText(ch.tax, cat)}: ${what} tax ${ratio(x.before.mean)} \u2192 ${ratio(x.after.mean)} (${formatPercent(percentOf(x))}, threshold \xB1${t}%${over})` }];
  }));
  return [...moves.filter((m) => m.worse), ...moves.filter((m) => !m.worse)].map((m) => m.line);
}
var fromTo = (x, now) => x.before && x.after ? `${ratio(x.before.mean)} \u2192 ${ratio(x.after.mean)} (${formatPercent(percentOf(x))})<br><sub>GSD ${x.before.sd.toFixed(2)} \u2192 ${x.after.sd.toFixed(2)}</sub>` : now.score ? `${ratio(now.score.mean)}, before not known` : "\u2014";
function taxesMovedBy(changes, cat, sources) {
  const suites = suitesOf(cat);
  return changes.filter(({ tax: t }) => (suites[t.suite] ?? []).some((m) => sourcesFor(cat, { stack: t.stack, runtime: t.runtime, benchmark: m }).some((s) => sources.includes(s))));
}
function taxChangeRows(changes, cat) {
  const suites = suitesOf(cat);
  return [
    ["Suite", "Runtime", "Board, stack", "Slowdown tax, before \u2192 after", "Flash tax, before \u2192 after", "Members both have"],
    ...changes.map(({ tax: t, speed, size }) => [
      t.suite,
      runtimeTitle(cat, t.runtime),
      `${boardTitle(cat, t.board)}, ${t.stack}${t.target === "emulated" ? "" : `, ${t.target}`}`,
      fromTo(speed, t.speed),
      fromTo(size, t.size),
      `${speed.common.length} of ${(suites[t.suite] ?? []).length}`
    ])
  ];
}
function taxChangeSpan(changes) {
  const span2 = (kind2) => {
    const ps = changes.flatMap((ch) => ch[kind2].change === void 0 ? [] : [percentOf(ch[kind2])]);
    if (!ps.length) return "before not known";
    const [lo, hi] = [formatPercent(Math.min(...ps)), formatPercent(Math.max(...ps))];
    return lo === hi ? lo : `${lo} to ${hi}`;
  };
  return `slowdown ${span2("speed")}, Flash ${span2("size")}`;
}

// src/report/markdown.ts
var MARKER = "<!-- wasm-mcu-bench:report -->";
var KEEP = "<!-- wasm-mcu-bench:keep -->";
var keep = (section) => section && `${KEEP}
${section}`;
var STATUS_LABEL = {
  regression: "\u{1F534} regression",
  improvement: "\u{1F7E2} improvement",
  unchanged: "\u26AA unchanged",
  new: "\u{1F195} new",
  missing: "\u{1F7E0} missing",
  failed: "\u274C failed",
  "not-built": "\u2B1C not built",
  excluded: "\u23ED\uFE0F left out"
};
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function verdictLine(c, acceptedBy) {
  const n = c.counts;
  const coverage = `compared ${c.compared} of ${plural(c.baselined, "baselined variant")}`;
  const after = [n.new && `${n.new} new`, n.excluded && `${n.excluded} left out as expected`].filter(Boolean).map((x) => `; ${x}`).join("");
  const moved = [n.unchanged && `${n.unchanged} unchanged`, n.improvement && `${n.improvement} improved`].filter(Boolean);
  if (c.verdict === "pass") return `\u2705 **No regressions** (${coverage}: ${moved.join(", ")}${after})`;
  if (c.verdict === "incomplete") {
    if (c.noBaselines)
      return `\u26A0\uFE0F **No baselines yet**: ${plural(n.new, "variant")} measured, nothing compared; create the baselines with \`update-baselines\` and commit them`;
    return `\u26A0\uFE0F **Incomplete: ${coverage}** (${[n.missing && `${n.missing} missing`, ...moved].filter(Boolean).join(", ") || "nothing compared"}${after})`;
  }
  const parts = [n.regression && `${n.regression} regression${n.regression > 1 ? "s" : ""} over threshold`, n.failed && `${n.failed} failed`, n.missing && `${n.missing} missing`].filter(Boolean);
  return acceptedBy ? `\u26A0\uFE0F **${parts.join(", ")}**, accepted by ${acceptedBy} (${coverage}${c.incomplete ? "; incomplete" : ""})` : `\u274C **${parts.join(", ")}** (${coverage})`;
}
var code = (s) => `\`${s}\``;
var table = (rows, align) => markdownTable(rows, { alignDelimiters: false, ...align ? { align } : {} });
var details = (summary, body) => `<details><summary>${summary}</summary>

${body.trimEnd()}

</details>
`;
function thresholdCell(m) {
  const plain = `\xB1${m.threshold.percent}%`;
  const usual = `${formatPercent(m.percent)} worse than the ${m.threshold.percent}% threshold`;
  if (!m.why || m.why === usual) return plain;
  return m.why.startsWith(`${usual}, `) ? `${plain}, ${m.why.slice(usual.length + 2)}` : m.why;
}
function changesTable(c, cat) {
  const rows = c.variants.flatMap((v) => v.changes.filter((m) => m.status === "regression" || m.status === "improvement").map((m) => [
    m.status === "regression" ? "\u{1F534}" : "\u{1F7E2}",
    code(v.id),
    metricInfo(cat, v.result?.benchmark ?? "", m.metric)?.title ?? m.metric,
    formatFromTo(m.baseline, m.now, m.unit, "\u2192"),
    formatPercent(m.percent),
    thresholdCell(m)
  ]));
  if (!rows.length) return "";
  rows.sort((a, b) => a[0] === b[0] ? 0 : a[0] === "\u{1F534}" ? -1 : 1);
  return `### Regressions and improvements

${table([["", "Variant", "Metric", "Baseline \u2192 now", "Change", "Threshold"], ...rows], ["c", "l", "l", "r", "r", "l"])}
`;
}
function notCompared(c) {
  const groups = groupReasons(c.variants);
  const list = (want) => groups.filter((g) => want(g.status)).flatMap((g) => groupLines(g, STATUS_LABEL[g.status], code).map((l, i) => `${i ? "  " : ""}- ${l}`)).join("\n");
  const bad = list((s) => s === "failed" || s === "missing");
  const expected = list((s) => s === "excluded" || s === "not-built");
  const n = c.counts;
  const what = [n.excluded && `${n.excluded} left out`, n["not-built"] && `${n["not-built"]} not built`].filter(Boolean).join(", ");
  return [
    bad && `### Failed and missing

${bad}
`,
    expected && details(`Left out or not built, as expected: ${what}`, expected)
  ].filter(Boolean).join("\n");
}
function footprintSection(r, cat) {
  const views = footprintViews(r, cat);
  if (!views.length) return "";
  const star = views.some(hasReserved) ? `

\\* ${RESERVED_NOTE}` : "";
  const tables = views.map((v) => {
    const rows = footprintTable(v, (rt) => runtimeTitle(cat, rt), "\\*");
    return `**${boardTitle(cat, v.board)}**${boardCapacity(cat, v.board)}, Flash / RAM in KiB:

${table(rows, rows[0].map((_, k) => k < 2 ? "l" : "r"))}`;
  });
  return details(footprintSummary(r, cat), `Flash = text + rodata + data; RAM = static RAM (data + bss, from the ELF's section flags) + dynamic RAM (stack high-water, painted, + heap high-water; under an RTOS, also its task stack and heap high-water), measured at run time. Each variant's own figures are in \`results.json\`.

${tables.join("\n\n")}${star}`);
}
function runtimeCell(r, cat, id, runtime) {
  const v = r.variants.find((x) => x.id === id);
  const note = v ? buildNote(v) : "";
  return `${runtimeTitle(cat, runtime)}${note ? ` <sub>${note}</sub>` : ""}`;
}
function timeTable(r, cat, v) {
  const timed = v.rows.filter(({ x }) => x.vsNativeTime !== void 0);
  if (!timed.length) return "";
  const stack = v.stacks.length > 1;
  const us = (n) => formatNumber(n / 1e3, 1);
  const rows = timed.map(({ x }, j) => {
    const ns = r.variants.find((y) => y.id === x.id)?.metrics.ns;
    return [
      j && timed[j - 1].x.runtime === x.runtime ? "" : runtimeCell(r, cat, x.id, x.runtime),
      ...stack ? [x.stack] : [],
      timeBar(x, NBSP),
      ns?.ci ? `${us(ns.value)} [${us(ns.ci[0])}\u2013${us(ns.ci[1])}]` : ""
    ];
  });
  const header = ["Runtime", ...stack ? ["Stack"] : [], "vs native -O3 (wall time)", `Median \xB5s [${ciPercent(r)}% interval]`];
  return `

${table([header, ...rows], header.map((_, k) => k === header.length - 1 ? "r" : "l"))}`;
}
var ciPercent = (r) => Math.round(100 * (r.variants.find((v) => v.metrics.ns?.ci_level)?.metrics.ns?.ci_level ?? 0.95));
function ciLine(r, cat, x) {
  const ns = r.variants.find((v) => v.runtime === withRole(cat.runtimes, "reference") && v.board === x.board && v.stack === x.stack && v.benchmark === x.benchmark && v.target === x.target)?.metrics.ns;
  const us = (n) => formatNumber(n / 1e3, 1);
  return ns?.ci ? `native -O3: ${us(ns.value)} \xB5s [${us(ns.ci[0])}\u2013${us(ns.ci[1])}] per ${ns.unit.replace(/^ns\//, "")}, ${ns.runs} runs` : "native -O3 has no interval";
}
var WHY_THEY_DIFFER = "Ours are ratios of instructions counted exactly (QEMU on the emulated boards, callgrind on the host), the study's are ratios of cycles on its real boards (or of wall time on its host): flash wait states, pipeline stalls and FPU latency cost cycles that an instruction count does not see, and they cost an interpreter and native code differently, so the two ratios differ.";
function slowdownCharts(r, cat) {
  const views = slowdownViews(r, cat);
  if (!views.length) return details("Slowdown against native C: no runtime other than native C ran", "_No runtime other than native C ran in this matrix yet._");
  const explained = views.findIndex((v) => v.target !== "hardware");
  const sources = [...new Set(views.flatMap((v) => cat.benchmarks[v.benchmark]?.study?.source ?? []))];
  return views.map((v, i) => {
    const counted2 = { ...v, time: false, rows: v.rows.filter(({ x }) => x.metric !== "ns") };
    const rows = slowdownTable(counted2, { runtime: (x) => runtimeCell(r, cat, x.id, x.runtime), long: true });
    const same = v.rows.some(({ x }) => x.timeDistinguishable === false) ? `

\u2248 not distinguishable from native -O3: the ${ciPercent(r)}% confidence intervals of the two median wall times overlap (${ciLine(r, cat, v.rows[0].x)}).` : "";
    const why = i === explained ? `

${WHY_THEY_DIFFER}${sources.length ? ` <sub>Study figures: ${sources.join("; ")}.</sub>` : ""}` : "";
    const main = counted2.rows.length ? `

${table(rows, rows[0].map(() => "l"))}` : "";
    return details(slowdownSummary(v, cat), `Bars: ${SCALE}.${main}${timeTable(r, cat, v)}${same}${why}`);
  }).join("\n");
}
function suiteTables(r, cat) {
  return suiteViews(r, cat).map((v) => details(v.summary, `Slowdown of each member against native C (its headline metric), then each runtime's tax over the suite: the geometric mean of the ratios with their geometric standard deviation, Embench's own scoring; Flash likewise, over native's image.

${table(v.rows, v.rows[0].map((_, i) => i ? "r" : "l"))}`)).join("\n");
}
function taxMovesSection(changes, c, cat) {
  const lines = taxMoves(changes, c, cat);
  if (!lines.length) return "";
  return `**Runtime tax moved** beyond the strictest threshold of its members (Embench's geometric mean of the ratios against native over a suite, told over the members both runs have):

${lines.map((l) => `- ${l}`).join("\n")}
`;
}
function taxChangeSection(changes, cat, sources) {
  const moved = taxesMovedBy(changes, cat, sources);
  if (!moved.length) return "";
  const rows = taxChangeRows(moved, cat);
  return details(
    `The runtime tax before \u2192 after, ${plural(moved.length, "cell")}: ${taxChangeSpan(moved)}`,
    `Per suite and cell the change's source builds: Embench's geometric mean of the ratios against native, with its geometric standard deviation (GSD), both scored over the members both runs have.

${table(rows, rows[0].map((_, i) => i < 3 ? "l" : "r"))}`
  );
}
function overheadTable(r, cat) {
  const o = stackOverheads(r.variants, cat);
  if (!o.length) return "";
  const stacks = [...new Set(o.map((x) => x.stack))];
  const row = (x) => `${x.runtime}/${x.benchmark}@${x.target}`;
  const tables = [...new Set(o.map((x) => x.board))].map((board2) => {
    const mine = o.filter((x) => x.board === board2);
    const firsts = mine.filter((x, i) => mine.findIndex((y) => row(y) === row(x)) === i);
    const rows = firsts.map((x, j) => [
      j && firsts[j - 1].runtime === x.runtime ? "" : runtimeTitle(cat, x.runtime),
      x.target === "emulated" ? x.benchmark : `${x.benchmark}@${x.target}`,
      ...stacks.flatMap((s) => {
        const y = mine.find((z) => row(z) === row(x) && z.stack === s);
        return y ? [`${y.vsBareMetal.toFixed(3)}\xD7`, ratio(studyOverhead(y, cat))] : ["", ""];
      })
    ]);
    const header = ["Runtime", "Benchmark", ...stacks.flatMap((s) => [s, "study"])];
    return `**${boardTitle(cat, board2)}**:

${table([header, ...rows], header.map((_, k) => k < 2 ? "l" : "r"))}`;
  });
  const [lo, hi] = [o.reduce((a, b) => b.vsBareMetal < a.vsBareMetal ? b : a), o.reduce((a, b) => b.vsBareMetal > a.vsBareMetal ? b : a)];
  const summary = `RTOS overhead against ${withRole(cat.stacks, "reference")}: ${o.length} variants, ${lo.vsBareMetal.toFixed(2)}\xD7 to ${hi.vsBareMetal.toFixed(2)}\xD7 (most: ${hi.stack}/${hi.runtime}/${hi.benchmark} on ${boardTitle(cat, hi.board)})`;
  return details(summary, `The same runtime, benchmark and board on each stack, as a ratio of the headline metric (1 = no overhead); the study's own ratio beside ours.

${tables.join("\n\n")}`);
}
function studyOverhead(x, cat) {
  const rtos = studyCell(cat, x);
  const bare = studyCell(cat, { ...x, stack: withRole(cat.stacks, "reference") ?? "" });
  const larger = metricInfo(cat, x.benchmark, x.metric)?.direction === "larger";
  return rtos && bare ? larger ? bare.value / rtos.value : rtos.value / bare.value : void 0;
}
function matrixDetails(c, cat) {
  const rows = c.variants.map((v) => [
    code(v.id),
    STATUS_LABEL[v.status],
    v.result ? headline(v.result, cat) : "",
    ((v.reason ?? "").split("\n")[0] || (v.result ? buildNote(v.result) : "")).replace(/\|/g, "\\|")
  ]);
  return `<details><summary>Full matrix (${c.variants.length} variants)</summary>

${table([["Variant", "Status", "Headline", "Reason or build"], ...rows])}

</details>
`;
}
function editsSection(edits) {
  if (!edits.length) return "";
  const rows = edits.map((e) => [code(e.id), e.metric, e.before === void 0 ? "(none)" : formatValue(e.before, e.unit), e.after === void 0 ? "(removed)" : formatValue(e.after, e.unit)]);
  const variants = new Set(edits.map((e) => e.id)).size;
  return details(
    `Baselines changed by this pull request: ${edits.length} entr${edits.length === 1 ? "y" : "ies"} of ${variants} variant${variants === 1 ? "" : "s"}`,
    table([["Variant", "Metric", "Base commit", "This pull request"], ...rows], ["l", "l", "r", "r"])
  );
}
function provenanceSection(r, c) {
  const p = r.provenance;
  const tools = Object.entries(p.toolchain).map(([k, v]) => `- ${k}: ${v}`).join("\n");
  const sources = Object.values(p.sources ?? {});
  const differ = sources.filter((s) => s.verification === "differs").length;
  const trees = sources.length ? `; ${sources.length} upstream source${sources.length === 1 ? "" : "s"}${differ ? `, ${differ} not the pinned tree` : ""}` : "";
  return `<details><summary>Provenance: commit ${p.commit.slice(0, 12)}, wasm-mcu-bench ${p.tool}, baselines from ${c.baselineSource}${trees}</summary>

- commit: ${code(p.commit)}
- date: ${p.date}
- wasm-mcu-bench ${p.tool}, Node ${p.node}
- baselines from: ${c.baselineSource}
${tools}
${sourcesSection(r)}
</details>
`;
}
var ORIGIN = { download: "downloaded", cache: "cache", override: "override" };
function sourcesSection(r) {
  const sources = Object.entries(r.provenance.sources ?? {});
  if (!sources.length) return "";
  const mark = { verified: "\u2705", differs: "\u274C", unverified: "\u26A0\uFE0F" };
  const rows = sources.map(([name2, s]) => [
    code(name2),
    `${s.title} ${s.version} ${code(s.commit.slice(0, 12))}`,
    s.origin === "override" ? `override ${code(envName(name2))}` : ORIGIN[s.origin],
    // The hash's first 12 digits: the whole one is in results.json, and the table must fit a comment's width.
    `${s.verification ? `${mark[s.verification]} ` : ""}${verificationText(s, (h) => code(h.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, "$1\u2026")))}`
  ]);
  return `
Upstream sources (pins in \`firmware/sources.json\`):

${table([["Source", "Pin", "From", "Tree"], ...rows])}
`;
}
function sourceNotes(r, except) {
  return Object.entries(r.provenance.sources ?? {}).filter(([name2, s]) => s.verification === "differs" && name2 !== except).map(([name2, s]) => `\u26A0\uFE0F ${s.title} (${code(name2)}) is not the pinned tree ${s.version}: built from the override ${code(envName(name2))} (${code(s.tree ?? "")}); differences may come from it.`);
}
function renderMarkdown(input2) {
  const { results, comparison: c, catalogue: cat } = input2;
  const counts = STATUSES.map((s) => `${STATUS_LABEL[s]} ${c.counts[s]}`).join(" \xB7 ");
  const toolchain = c.toolchainChanges.length ? `> [!WARNING]
> The toolchain differs from the one the baselines were measured with; differences may come from it:
${c.toolchainChanges.map((t) => `> - ${t.tool}: baseline ${code(t.baseline)}, now ${code(t.now)} (${t.files.join(", ")})`).join("\n")}
` : "";
  const notes = [...sourceNotes(results, input2.ab?.name), ...input2.notes ?? []].map((n) => `> ${n}`).join("\n>\n");
  const pins = [...input2.ab ? [abText(input2.ab)] : [], ...(input2.pins ?? []).map(pinChangeText)].map((p) => `**${p}**`).join("<br>");
  const taxes = input2.before ? taxChanges(input2.before.variants, results.variants, cat) : [];
  const changed = input2.ab ? [input2.ab.name] : (input2.pins ?? []).map((p) => p.name);
  return [
    MARKER,
    pins && `${pins}
`,
    `## wasm-mcu-bench: ${verdictLine(c, input2.acceptedBy)}
`,
    `${counts}
`,
    notes && `${notes}
`,
    reusedSection(results),
    toolchain,
    keep(taxMovesSection(taxes, c, cat)),
    keep(changesTable(c, cat)),
    // The variants the moved sources build: another runtime's code does not change.
    changed.length && runtimeChangeSection(
      input2.ab ? abText(input2.ab).replace(/^A\/B/, "the A/B") : (input2.pins ?? []).map(pinChangeText).join(", "),
      { ...results, variants: results.variants.filter((v) => sourcesFor(cat, v).some((s) => changed.includes(s))) },
      input2.before
    ),
    changed.length && taxChangeSection(taxes, cat, changed),
    notCompared(c),
    footprintSection(results, cat),
    ownersSection(results, cat),
    slowdownCharts(results, cat),
    suiteTables(results, cat),
    overheadTable(results, cat),
    partsSection(results, cat),
    editsSection(input2.baselineEdits),
    matrixDetails(c, cat),
    keep(provenanceSection(results, c))
  ].filter(Boolean).join("\n");
}

// src/github/comment.ts
var MAX_COMMENT = 65e3;
function sections(body) {
  const out = [];
  let depth = 0;
  let fence = false;
  let afterKeep = false;
  let titled = false;
  for (const line of body.split("\n")) {
    const top = !fence && depth === 0;
    const heading = top && /^#{1,6} /.test(line);
    const boundary = top && !afterKeep && (line === KEEP || heading || line.startsWith("<details"));
    if (boundary || !out.length) out.push({ text: line, keep: line === KEEP || !out.length || heading && !titled, title: titleOf(line) });
    else {
      const s = out[out.length - 1];
      s.text += `
${line}`;
      if (!s.title) s.title = titleOf(line);
    }
    titled ||= heading;
    afterKeep = top && line === KEEP;
    if (/^(```|~~~)/.test(line)) fence = !fence;
    if (!fence) depth = Math.max(0, depth + (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0));
  }
  return out;
}
var titleOf = (line) => /^#{1,6} (.*)/.exec(line)?.[1] ?? /<summary>(.*?)<\/summary>/.exec(line)?.[1] ?? "";
function shrink(text, max) {
  const lines = text.split("\n");
  let kept = "";
  let rows = 0;
  for (const [i, line] of lines.entries()) {
    const next = i ? `${kept}
${line}` : line;
    if (next.length + 200 > max) {
      rows = lines.slice(i).filter((l) => l.startsWith("|")).length;
      break;
    }
    kept = next;
  }
  const open4 = (kept.match(/<details[\s>]/g)?.length ?? 0) - (kept.match(/<\/details>/g)?.length ?? 0);
  const fenced = (kept.match(/^(```|~~~)/gm)?.length ?? 0) % 2 === 1;
  return `${kept}${fenced ? "\n```" : ""}

_\u2026 ${rows ? `${rows} more row(s)` : "the rest of this section"} in the full report._
${"\n</details>".repeat(Math.max(0, open4))}`;
}
function fitComment(body, full = {}) {
  if (body.length <= MAX_COMMENT) return body;
  const all = sections(body);
  const where = [full.summaryUrl ? `the [job summary](${full.summaryUrl})` : "the job summary", full.artifact && `the artifact \`${full.artifact}\` (report.md)`].filter(Boolean).join(" and ");
  const note = (left2) => `> [!NOTE]
> Cut to fit a pull request comment (GitHub takes at most 65,536 characters): ${left2.length ? `left out ${left2.map((s) => s.title ? `\u201C${s.title}\u201D` : "a section").join(", ")}` : "shortened the sections above"}. The whole report is in ${where}.
`;
  let room = MAX_COMMENT - note(all.filter((s) => !s.keep)).length - 2 * all.length;
  const keepers = all.filter((s) => s.keep).sort((a, b) => a.text.length - b.text.length);
  const allowance = /* @__PURE__ */ new Map();
  keepers.forEach((s, i) => {
    const share = Math.floor(room / (keepers.length - i));
    allowance.set(s, Math.min(s.text.length, share));
    room -= allowance.get(s);
  });
  const chosen = all.map((s) => {
    if (s.keep) return { ...s, text: allowance.get(s) < s.text.length ? shrink(s.text, allowance.get(s)) : s.text, left: false };
    const fits = s.text.length + 1 <= room;
    if (fits) room -= s.text.length + 1;
    return { ...s, left: !fits };
  });
  const left = chosen.filter((s) => s.left);
  const at = left.length ? chosen.indexOf(left[0]) : chosen.length;
  const parts = chosen.map((s) => s.left ? void 0 : s.text);
  parts.splice(at, 0, note(left));
  return parts.filter((p) => p !== void 0).join("\n");
}
var runUrl = () => `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
async function upsertComment(octokit, where, body) {
  const { owner, repo, issueNumber } = where;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.find((c) => c.body?.includes(MARKER));
  if (mine) {
    const r2 = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return { action: "updated", id: r2.data.id, url: r2.data.html_url };
  }
  const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: "created", id: r.data.id, url: r.data.html_url };
}

// src/tools.ts
import { createHash as createHash2 } from "node:crypto";
import { accessSync, constants, existsSync as existsSync2, readdirSync as readdirSync2, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { mkdir as mkdir3, readFile as readFile2 } from "node:fs/promises";
import { delimiter, dirname as dirname3, isAbsolute, join as join4 } from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGES = {
  "arm-none-eabi-gcc": "gcc-arm-none-eabi",
  cmake: "cmake",
  ninja: "ninja-build",
  "qemu-system-arm": "qemu-system-arm",
  gcc: "gcc",
  valgrind: "valgrind",
  // child.ts runs every build and run under these two, so that no child outlives the tool.
  setpriv: "util-linux",
  timeout: "coreutils"
};
function which(name2, path = process.env.PATH ?? "") {
  for (const dir of isAbsolute(name2) ? [""] : path.split(delimiter).filter(Boolean)) {
    const file = dir ? join4(dir, name2) : name2;
    try {
      accessSync(file, constants.X_OK);
      if (statSync2(file).isFile()) return file;
    } catch {
    }
  }
  return void 0;
}
async function requireTools(names) {
  const missing = names.filter((name2) => !which(name2));
  if (missing.length)
    throw new UserError(`missing ${missing.join(", ")}: install the Debian package${missing.length > 1 ? "s" : ""} ${missing.map((m) => PACKAGES[m] ?? m).join(" ")} (scripts/setup.sh does it)`);
}
function toolVersion(name2) {
  const next = asking.then(() => askVersion(name2));
  asking = next.catch(() => void 0);
  return next;
}
var asking = Promise.resolve();
async function askVersion(name2) {
  const file = which(name2);
  if (!file) return "missing";
  const st = statSync2(file);
  const id = `${file} ${st.size} ${st.mtimeMs} ${st.ino}`;
  const memo = join4(cacheRoot(), "tool-versions.json");
  const known2 = await readFile2(memo, "utf8").then((t) => JSON.parse(t), () => ({}));
  const versions = known2 && typeof known2 === "object" && !Array.isArray(known2) ? Object.fromEntries(Object.entries(known2).filter((e) => typeof e[1] === "string")) : {};
  if (versions[id] !== void 0) return versions[id];
  const r = await execa(file, ["--version"], { reject: false });
  const version = r.failed ? "missing" : String(r.stdout).split("\n")[0].trim();
  if (r.failed) return version;
  await mkdir3(cacheRoot(), { recursive: true });
  await writeAtomic(memo, JSON.stringify({ ...versions, [id]: version }));
  return version;
}
function packageRoot() {
  let dir = dirname3(fileURLToPath(import.meta.url));
  for (; ; ) {
    const pkg = join4(dir, "package.json");
    if (existsSync2(pkg) && JSON.parse(readFileSync2(pkg, "utf8")).name === "wasm-mcu-bench") return dir;
    const up = dirname3(dir);
    if (up === dir) throw new Error("cannot find the wasm-mcu-bench package root");
    dir = up;
  }
}
var codeHash;
function toolCodeHash() {
  if (codeHash) return codeHash;
  const root = packageRoot();
  const from = join4(root, fileURLToPath(import.meta.url).startsWith(join4(root, "dist")) ? "dist" : "src");
  const h = createHash2("sha256");
  for (const f of readdirSync2(from, { recursive: true }).map(String).sort()) {
    const path = join4(from, f);
    if (statSync2(path).isFile()) h.update(`${f}
`).update(readFileSync2(path));
  }
  return codeHash = h.digest("hex");
}
var packageVersion;
function toolPackageVersion() {
  return packageVersion ??= JSON.parse(readFileSync2(join4(packageRoot(), "package.json"), "utf8")).version;
}

// src/interrupt.ts
import { constants as constants2 } from "node:os";
var Interrupted = class extends Error {
  constructor(signal, message = `interrupted by ${signal}`) {
    super(message);
    this.signal = signal;
  }
  signal;
  name = "Interrupted";
  get exitCode() {
    return 128 + constants2.signals[this.signal];
  }
};
var stopSignal = (s) => s?.aborted ? s.reason === "SIGINT" ? "SIGINT" : "SIGTERM" : void 0;
function onStopSignals() {
  const controller = new AbortController();
  const handler = (name2) => {
    if (controller.signal.aborted) process.exit(128 + constants2.signals[name2]);
    process.stderr.write(`wasm-mcu-bench: ${name2}: stopping the running variants, writing the finished ones (again to quit at once)
`);
    controller.abort(name2);
  };
  const names = ["SIGINT", "SIGTERM"];
  for (const n of names) process.on(n, handler);
  return { signal: controller.signal, dispose: () => names.forEach((n) => process.off(n, handler)) };
}

// src/run/lock.ts
import { hostname } from "node:os";
import { readFileSync as readFileSync3 } from "node:fs";
import { link, mkdir as mkdir4, open, readFile as readFile3, rename as rename2, rm as rm2, rmdir } from "node:fs/promises";
import { join as join5, resolve as resolve2 } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var Busy = class extends Error {
  constructor(message, owner) {
    super(message);
    this.owner = owner;
  }
  owner;
  name = "Busy";
};
var alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
};
function processStart(pid) {
  try {
    const stat6 = readFileSync3(`/proc/${pid}/stat`, "utf8");
    const start2 = Number(stat6.slice(stat6.lastIndexOf(")") + 2).split(" ")[19]);
    return Number.isFinite(start2) ? start2 : void 0;
  } catch {
    return void 0;
  }
}
var readOwner = async (path) => {
  try {
    return JSON.parse(await readFile3(path, "utf8"));
  } catch {
    return void 0;
  }
};
function isStale(o, path) {
  if (!o) return true;
  if (o.file !== void 0 && o.file !== resolve2(path)) return true;
  if (o.host !== hostname()) return false;
  if (!alive(o.pid)) return true;
  const start2 = o.start === void 0 ? void 0 : processStart(o.pid);
  return start2 !== void 0 && start2 !== o.start;
}
async function tryCreate(path, owner) {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const h = await open(tmp, "wx");
  try {
    await h.writeFile(JSON.stringify(owner));
  } finally {
    await h.close();
  }
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    if (e.code === "EEXIST") return false;
    throw e;
  } finally {
    await rm2(tmp, { force: true });
  }
}
async function breakStale(path, seen) {
  const aside = `${path}.stale.${process.pid}`;
  try {
    await rename2(path, aside);
  } catch {
    return;
  }
  const moved = await readOwner(aside);
  if (JSON.stringify(moved) !== JSON.stringify(seen) && !isStale(moved, path)) await link(aside, path).catch(() => void 0);
  await rm2(aside, { force: true });
}
async function takeLock(path, what, timeoutMs, pollMs = 200) {
  const start2 = processStart(process.pid);
  const me = { pid: process.pid, host: hostname(), since: (/* @__PURE__ */ new Date()).toISOString(), what, ...start2 !== void 0 ? { start: start2 } : {}, file: resolve2(path) };
  const deadline = Date.now() + timeoutMs;
  for (; ; ) {
    if (await tryCreate(path, me)) {
      return {
        async release() {
          const o = await readOwner(path);
          if (o && o.pid === me.pid && o.since === me.since && o.what === me.what) await rm2(path, { force: true });
        }
      };
    }
    const owner = await readOwner(path);
    if (isStale(owner, path)) {
      await breakStale(path, owner);
      continue;
    }
    if (Date.now() >= deadline)
      throw new Busy(`busy: locked by pid ${owner.pid} on ${owner.host} since ${owner.since} (${owner.what}); lock file ${path}`, owner);
    await sleep(pollMs);
  }
}
async function lockBoard(dir, board2, what, timeoutMs, pollMs = 200) {
  await mkdir4(dir, { recursive: true });
  return takeLock(join5(dir, `${board2}.lock`), what, timeoutMs, pollMs);
}
var OUT_LOCK = ".wasm-mcu-bench.lock";
async function lockOutDir(outDir, what) {
  const made = await mkdir4(outDir, { recursive: true }).catch((e) => {
    if (e.code === "EEXIST" || e.code === "ENOTDIR") throw new UserError(`output folder ${resolve2(outDir)}: it, or a folder above it, is a file; choose another --out`);
    throw e;
  });
  try {
    const held = await takeLock(join5(outDir, OUT_LOCK), what, 0);
    return {
      async release() {
        await held.release();
        if (made) await rmdir(outDir).catch(() => void 0);
      }
    };
  } catch (e) {
    if (!(e instanceof Busy) || !e.owner) throw e;
    const o = e.owner;
    throw new UserError(`output folder ${resolve2(outDir)} is in use by another run: pid ${o.pid} on ${o.host} (${o.what}) since ${o.since}; wait for it to finish or choose another --out (lock file ${join5(resolve2(outDir), OUT_LOCK)})`);
  }
}

// src/store/session.ts
import { createHash as createHash5 } from "node:crypto";
import { existsSync as existsSync3 } from "node:fs";
import { lstat as lstat2, mkdir as mkdir7, readdir as readdir4, readlink, rm as rm6, stat as stat3, symlink } from "node:fs/promises";
import { join as join10, resolve as resolve4 } from "node:path";

// src/build/stamp.ts
import { createHash as createHash4 } from "node:crypto";
import { open as open2, readFile as readFile5, rm as rm4, stat } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join as join7, resolve as resolve3, sep } from "node:path";

// src/child.ts
var GRACE_S = 3;
function guardedArgv(argv2, limitMs) {
  const limit = limitMs === void 0 ? "0" : `${Math.ceil(limitMs / 1e3) + GRACE_S}s`;
  return ["setpriv", "--pdeathsig", "TERM", "--", "timeout", `--kill-after=${GRACE_S}s`, "--", limit, ...argv2];
}
async function runGuarded(argv2, options) {
  const { limitMs, signal, ...rest } = options;
  const [bin, ...args] = guardedArgv(argv2, limitMs);
  return execa(bin, args, {
    ...rest,
    ...limitMs !== void 0 ? { timeout: limitMs } : {},
    ...signal ? { cancelSignal: signal } : {},
    // timeout passes SIGTERM on to the group; SIGKILL would kill timeout alone and orphan the program.
    killSignal: "SIGTERM",
    forceKillAfterDelay: (GRACE_S + 2) * 1e3,
    reject: false
  });
}

// src/store/store.ts
import { createHash as createHash3 } from "node:crypto";
import { mkdir as mkdir5, readdir, readFile as readFile4, rm as rm3, utimes } from "node:fs/promises";
import { join as join6 } from "node:path";

// src/measure/protocol.ts
var PREFIX = "@wmb ";
var PROTOCOL_VERSION = 2;
var FIELDS = {
  hello: { board: "string", target: "string", stack: "string", runtime: "string", benchmark: "string", counter: "string", core_hz: "number" },
  result: { name: "string", iterations: "number", count: "number" },
  load: { count: "number" },
  memory: { stack_bytes: "number", stack_size: "number", heap_bytes: "number" },
  done: { status: "number" },
  error: { message: "string" }
};
var OPTIONAL = {
  result: { checksum: "string", probe1: "number", probe2: "number", probe3: "number" },
  memory: { heap_reserved: "number", task_stack_bytes: "number", task_stack_size: "number", heap_used: "number", heap_size: "number", static_heap: "boolean", pool_size: "number", pool_used: "number", engine_ns: "number" }
};
var ProtocolError = class extends Error {
  name = "ProtocolError";
};
var finished = (output) => output.split(/\r?\n/).some((line) => {
  const at = line.indexOf(PREFIX);
  if (at < 0) return false;
  try {
    return JSON.parse(line.slice(at + PREFIX.length))?.type === "done";
  } catch {
    return false;
  }
});
function parseRecords(output, buildId) {
  const records = [];
  output.split(/\r?\n/).forEach((line, i) => {
    const at = line.indexOf(PREFIX);
    if (at < 0) return;
    const where = `serial line ${i + 1}`;
    let obj;
    try {
      obj = JSON.parse(line.slice(at + PREFIX.length));
    } catch {
      throw new ProtocolError(`${where}: malformed result line ${JSON.stringify(line.slice(0, 120))}`);
    }
    const rec = obj;
    const fields = FIELDS[rec?.type];
    if (!fields) throw new ProtocolError(`${where}: unknown record type ${JSON.stringify(rec?.type)}`);
    const optional = OPTIONAL[rec.type] ?? {};
    for (const [k, t] of Object.entries({ build_id: "string", ...fields, ...optional }))
      if ((!(k in optional) || k in rec) && (typeof rec[k] !== t || t === "number" && !Number.isFinite(rec[k])))
        throw new ProtocolError(`${where}: ${String(rec.type)} record: "${k}" should be a ${t}`);
    if (rec.build_id !== buildId)
      throw new ProtocolError(`${where}: build id ${String(rec.build_id)} is not the image's ${buildId} (stale output from an earlier image?)`);
    records.push(rec);
  });
  return records;
}

// src/store/store.ts
var entrySchema = {
  type: "object",
  required: ["schemaVersion", "key", "measured", "value"],
  properties: {
    schemaVersion: { const: 1 },
    key: { type: "object" },
    measured: { type: "object", required: ["commit", "date"], properties: { commit: { type: "string" }, date: { type: "string" } } },
    value: {
      anyOf: [
        { type: "object", required: ["instructions"], properties: { instructions: { type: "integer", minimum: 1 }, counted: { type: "string" } } },
        {
          type: "object",
          required: ["profile"],
          properties: {
            profile: {
              type: "object",
              required: ["profiles", "counts", "lints", "durationMs"],
              properties: {
                profiles: {
                  type: "array",
                  items: {
                    type: "object",
                    required: ["label", "total", "lost", "functions", "stacks"],
                    properties: { label: { type: "string" }, total: { type: "integer" }, lost: { type: "integer" }, functions: { type: "array" }, stacks: { type: "array" } }
                  }
                },
                counts: { type: "array", items: { type: "integer" } },
                lints: { type: "array", items: { type: "string" } },
                durationMs: { type: "number" },
                symbols: { type: "array", items: { type: "object" } },
                by: { enum: ["check", "explain"] }
              }
            }
          }
        },
        {
          type: "object",
          required: ["run"],
          properties: {
            run: {
              type: "object",
              required: ["serial", "diagnostics", "timedOut", "durationMs", "command"],
              properties: {
                serial: { type: "string" },
                diagnostics: { type: "string" },
                exitCode: { type: "integer" },
                timedOut: { const: false },
                durationMs: { type: "number" },
                command: { type: "array", items: { type: "string" } },
                samples: { type: "array", items: { type: "string" } },
                instructions: { type: "integer" },
                metrics: { type: "object" },
                counted: { type: "string" }
              }
            }
          }
        }
      ]
    }
  }
};
var validate2 = validator(entrySchema);
var canonical = (v) => JSON.stringify(v, (_k, x) => x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a < b ? -1 : 1)) : x);
var keyHash = (key) => createHash3("sha256").update(canonical(key)).digest("hex");
var ResultStore = class {
  /** `dir`: the store's folder (<cache>/results); `warn` hears of every entry not trusted. */
  constructor(dir, warn) {
    this.dir = dir;
    this.warn = warn;
  }
  dir;
  warn;
  stats = { hits: 0, misses: 0, rejected: 0 };
  pathOf(key) {
    const h = keyHash(key);
    return join6(this.dir, h.slice(0, 2), `${h}.json`);
  }
  /** The entry stored for exactly this key, or undefined (counted as a miss). */
  async get(key) {
    const path = this.pathOf(key);
    const text = await readFile4(path, "utf8").catch(() => void 0);
    if (text === void 0) {
      this.stats.misses++;
      return void 0;
    }
    let entry;
    let why = "it holds another key";
    try {
      entry = validate2(parseWithPositions(path, text));
      if ("run" in entry.value && !finished(entry.value.run.serial)) {
        entry = void 0;
        why = 'the stored run has no "done" record: it did not finish';
      }
    } catch (e) {
      why = e.message;
    }
    if (!entry || canonical(entry.key) !== canonical(key)) {
      this.stats.rejected++;
      this.stats.misses++;
      this.warn(`result store: ignored ${path} (${why.replace(`${path}:`, "").trim()}); it is measured again and replaced`);
      await rm3(path, { force: true });
      return void 0;
    }
    this.stats.hits++;
    const now = /* @__PURE__ */ new Date();
    await utimes(path, now, now).catch(() => void 0);
    return entry;
  }
  async put(key, measured2, value) {
    const path = this.pathOf(key);
    await mkdir5(join6(path, ".."), { recursive: true });
    const entry = { schemaVersion: 1, key, measured: measured2, value };
    await writeAtomic(path, `${JSON.stringify(entry)}
`);
  }
  /** Entry files (for pruning and counting). */
  async files() {
    const dirs = await readdir(this.dir).catch(() => []);
    const lists = await Promise.all(dirs.map(async (d) => (await readdir(join6(this.dir, d)).catch(() => [])).filter((f) => f.endsWith(".json")).map((f) => join6(this.dir, d, f))));
    return lists.flat();
  }
};

// src/build/stamp.ts
var STAMP = "wmb-stamp.json";
var validate3 = validator({
  type: "object",
  required: ["inputs", "files", "bytes"],
  properties: {
    inputs: { type: "object" },
    files: { type: "object", additionalProperties: { type: "string" } },
    failed: { type: "object", additionalProperties: { type: "object", required: ["message", "log"], properties: { message: { type: "string" }, log: { type: "string" } } } },
    bytes: { type: "number" }
  }
});
function ninjaPaths(buildNinja) {
  const text = buildNinja.replace(/\$\r?\n\s*/g, " ");
  const tokens = text.split(/(?<!\$)\s+/).map((t) => t.replace(/\$([ :$])/g, "$1"));
  return tokens.filter((t) => t.startsWith("/") && !t.includes("*"));
}
function depsPaths(output, buildDir) {
  return output.split("\n").filter((l) => /^\s{4}\S/.test(l)).map((l) => l.trim()).map((p) => isAbsolute2(p) ? p : resolve3(buildDir, p));
}
var within = (path, dirs) => dirs.some((d) => path === d || path.startsWith(d.endsWith(sep) ? d : d + sep));
var SYSTEM = ["/usr/"];
var FileHashes = class {
  known = /* @__PURE__ */ new Map();
  of(path) {
    let h = this.known.get(path);
    if (!h) {
      h = SYSTEM.some((d) => path.startsWith(d)) ? stat(path).then((s) => s.isFile() ? `size ${s.size} mtime ${s.mtimeMs}` : void 0, () => void 0) : readFile5(path).then((b) => createHash4("sha256").update(b).digest("hex"), () => void 0);
      this.known.set(path, h);
    }
    return h;
  }
};
async function stale(dir, wanted, hashes) {
  const file = join7(dir, STAMP);
  const text = await readFile5(file, "utf8").catch(() => void 0);
  if (text === void 0) return { why: "no build stamp" };
  let s;
  try {
    s = validate3(parseWithPositions(file, text));
  } catch (e) {
    return { why: `unreadable build stamp (${e.message})` };
  }
  if (canonical(s.inputs.toolchain) !== canonical(wanted.inputs.toolchain)) return { why: "another toolchain", clean: true };
  if (canonical(s.inputs) !== canonical(wanted.inputs)) return { why: "flags, definitions or upstream trees changed" };
  for (const [path, sha] of Object.entries(s.files)) if (await hashes.of(path) !== sha) return { why: `${path} changed` };
  return { failed: s.failed ?? {} };
}
async function writeStamp(dir, wanted, hashes, bytes2, failed = {}) {
  const ninja = await readFile5(join7(dir, "build.ninja"), "utf8").catch(() => void 0);
  const deps = await runGuarded(["ninja", "-C", dir, "-t", "deps"], { all: false });
  if (ninja === void 0 || deps.failed) return;
  const skip = [resolve3(dir), ...wanted.covered.map((d) => resolve3(d))];
  const paths = [.../* @__PURE__ */ new Set([...ninjaPaths(ninja), ...depsPaths(String(deps.stdout), dir)])].filter((p) => !within(p, skip)).sort();
  const files = {};
  for (const p of paths) {
    const isFile = await stat(p).then((x) => x.isFile(), () => false);
    const what = isFile ? await hashes.of(p) : void 0;
    if (what) files[p] = what;
  }
  const stamp = { bytes: bytes2, inputs: wanted.inputs, files, ...Object.keys(failed).length ? { failed } : {} };
  await writeAtomic(join7(dir, STAMP), `${JSON.stringify(stamp)}
`);
}
async function stampBytes(path) {
  const h = await open2(path).catch(() => void 0);
  if (!h) return void 0;
  try {
    const { buffer, bytesRead } = await h.read(Buffer.alloc(64), 0, 64, 0);
    const head = /^\{"bytes":(\d+),/.exec(buffer.toString("utf8", 0, bytesRead));
    if (head) return Number(head[1]);
  } finally {
    await h.close();
  }
  const bytes2 = await readFile5(path, "utf8").then((t) => Number(JSON.parse(t).bytes)).catch(() => NaN);
  return Number.isFinite(bytes2) ? bytes2 : void 0;
}
var dropStamp = (dir) => rm4(join7(dir, STAMP), { force: true });

// src/store/durations.ts
import { mkdir as mkdir6, readdir as readdir2, readFile as readFile6 } from "node:fs/promises";
import { join as join8 } from "node:path";
var fileOf = (dir, id) => join8(dir, `${id.replace(/[/@]/g, ".")}.json`);
async function recordDurations(dir, results) {
  const measured2 = results.filter((r) => r.status === "ok" && r.durationMs !== void 0 && (!r.reused || r.reused.only));
  if (!measured2.length) return;
  await mkdir6(dir, { recursive: true });
  for (const r of measured2) await writeAtomic(fileOf(dir, r.id), JSON.stringify({ id: r.id, durationMs: r.durationMs }));
}
async function readDurations(dir) {
  const files = (await readdir2(dir).catch(() => [])).filter((f) => f.endsWith(".json"));
  const known2 = /* @__PURE__ */ new Map();
  const read = await Promise.all(files.map((f) => readFile6(join8(dir, f), "utf8").then((t) => JSON.parse(t), () => void 0)));
  read.forEach((d, i) => {
    const { id, durationMs } = d ?? {};
    if (typeof id === "string" && typeof durationMs === "number" && durationMs >= 0 && fileOf(dir, id) === join8(dir, files[i])) known2.set(id, durationMs);
  });
  return known2;
}

// src/store/prune.ts
import { lstat, readdir as readdir3, readFile as readFile7, rm as rm5, stat as stat2 } from "node:fs/promises";
import { join as join9 } from "node:path";
function toPrune(items, limit) {
  let total = items.reduce((s, i) => s + i.bytes, 0);
  const out = [];
  for (const i of [...items].sort((a, b) => a.used - b.used)) {
    if (total <= limit) break;
    out.push(i);
    total -= i.bytes;
  }
  return out;
}
async function sizeOf(path) {
  const st = await lstat(path).catch(() => void 0);
  if (!st) return 0;
  if (!st.isDirectory()) return st.size;
  const names = await readdir3(path).catch(() => []);
  let n = 0;
  for (const name2 of names) n += await sizeOf(join9(path, name2));
  return n;
}
var HEX = [..."0123456789abcdef"];
var validateRecord = validator({
  type: "object",
  required: ["key", "bytes"],
  additionalProperties: false,
  properties: { key: { type: "string" }, bytes: { type: "number", minimum: 0 } }
});
async function ccacheSize(dir, record) {
  const files = [...HEX.map((a) => join9(dir, a, "stats")), ...HEX.flatMap((a) => HEX.map((b) => join9(dir, a, b, "stats")))];
  const seen = await Promise.all(files.map((f) => stat2(f, { bigint: true }).then((s) => `${s.size}:${s.mtimeNs}`, () => "")));
  const key = seen.join(",");
  if (!seen.some(Boolean)) return sizeOf(dir);
  const last = await readFile7(record, "utf8").then((t) => validateRecord(parseWithPositions(record, t)), () => void 0);
  if (last?.key === key) return last.bytes;
  const bytes2 = await sizeOf(dir);
  await writeAtomic(record, `${JSON.stringify({ key, bytes: bytes2 })}
`).catch(() => void 0);
  return bytes2;
}
async function prune(items, limit) {
  const gone = toPrune(items, limit);
  for (const i of gone) await rm5(i.path, { recursive: true, force: true });
  return gone;
}

// src/store/session.ts
var TOOLCHAIN = ["arm-none-eabi-gcc", "cmake", "ninja", "gcc", "clang-19"];
var CCACHE_SHARE = 0.4;
var BUILD_WAIT_MS = 6 * 3600 * 1e3;
var storeDir = (cache) => join10(cache, "results");
var durationsDir = (cache) => join10(cache, "durations");
var buildsDir = (cache, firmwareDir) => join10(cache, "builds", createHash5("sha256").update(resolve4(firmwareDir)).digest("hex").slice(0, 12));
var mib = (bytes2) => `${(bytes2 / 2 ** 20).toFixed(1)} MiB`;
var holdIn = (buildRoot) => async (folder, what) => {
  await mkdir7(buildRoot, { recursive: true });
  return takeLock(join10(buildRoot, `${folder}.lock`), `building and running ${what}`, BUILD_WAIT_MS);
};
async function openCache(o) {
  const store = new ResultStore(storeDir(o.cache), (w) => o.progress.note(`warning: ${w}`));
  const buildRoot = buildsDir(o.cache, o.firmwareDir);
  const versions = Object.fromEntries(await Promise.all(TOOLCHAIN.map(async (t) => [t, await toolVersion(t)])));
  const hashes = new FileHashes();
  const trees = Object.fromEntries([...o.sources.values()].filter((s) => s.dir).map((s) => [s.name, s.tree ?? s.pin.commit]));
  const covered = [o.cache, ...[...o.sources.values()].flatMap((s) => s.dir ? [s.dir] : [])];
  const limit = o.config.cacheMb * 2 ** 20;
  return {
    store,
    buildRoot,
    reuse: { ctx: { store, measured: o.measured, version: toolVersion }, rerun: o.rerun, measured: o.config.reuse },
    stampOf: (u) => ({
      wanted: { inputs: { variants: u.members.map((v) => v.id), cflags: u.members[0].cflags, defines: u.members[0].defines, image: u.members[0].image ?? u.members[0].target, defs: u.defs, own: u.own, toolchain: versions, trees }, covered },
      hashes
    }),
    hold: holdIn(buildRoot),
    ccacheEnv: { CCACHE_MAXSIZE: `${Math.floor(o.config.cacheMb * CCACHE_SHARE)}M` },
    async finish(results) {
      await recordDurations(durationsDir(o.cache), results);
      const { hits, misses, rejected } = store.stats;
      const asked = hits + misses;
      const items = [...await storeItems(store), ...await buildItems(join10(o.cache, "builds"))];
      const gone = await prune(items, limit * (1 - CCACHE_SHARE));
      const kept = items.filter((i) => !gone.includes(i)).reduce((s, i) => s + i.bytes, 0);
      const ccache = await ccacheSize(join10(o.cache, "ccache"), join10(o.cache, "ccache-size.json"));
      o.progress.note(`result store: ${hits} of ${asked} reused (hit rate ${asked ? Math.round(100 * hits / asked) : 0}%)${rejected ? `, ${rejected} entr${rejected === 1 ? "y" : "ies"} ignored` : ""}${o.rerun ? " (--rerun: every run measured again)" : ""}`);
      o.progress.note(`cache ${o.cache}: ${mib(kept + ccache)} (results and builds ${mib(kept)}, compiler cache ${mib(ccache)}), limit ${mib(limit)}${gone.length ? `; pruned ${gone.length} least recently used item(s), ${mib(gone.reduce((s, i) => s + i.bytes, 0))}` : ""}`);
    }
  };
}
async function storeItems(store) {
  return Promise.all((await store.files()).map(async (path) => {
    const st = await stat3(path).catch(() => void 0);
    return { path, bytes: st?.size ?? 0, used: st?.mtimeMs ?? 0 };
  }));
}
async function buildItems(root) {
  const folders = (await Promise.all((await readdir4(root).catch(() => [])).map(async (tree) => (await readdir4(join10(root, tree)).catch(() => [])).map((name2) => join10(root, tree, name2))))).flat();
  const items = await Promise.all(folders.filter((path) => !path.endsWith(".lock") && !existsSync3(`${path}.lock`)).map(async (path) => {
    const st = await stat3(join10(path, STAMP)).catch(() => void 0);
    const bytes2 = (st && await stampBytes(join10(path, STAMP))) ?? await sizeOf(path);
    return { path, bytes: bytes2, used: st?.mtimeMs ?? (await stat3(path).catch(() => void 0))?.mtimeMs ?? 0 };
  }));
  return items;
}
async function linkBuilds(outDir, buildRoot) {
  const link2 = join10(outDir, "build");
  const there = await lstat2(link2).catch(() => void 0);
  if (there?.isSymbolicLink() && await readlink(link2) === buildRoot) return;
  if (there && !there.isSymbolicLink()) return;
  await mkdir7(buildRoot, { recursive: true });
  await rm6(link2, { force: true });
  await symlink(buildRoot, link2).catch(() => void 0);
}
var withEnv = (c, env) => ({ args: c.args, env: { ...c.env, ...env } });

// src/shard/files.ts
import { existsSync as existsSync4 } from "node:fs";
import { readdir as readdir5, readFile as readFile8 } from "node:fs/promises";
import { join as join11 } from "node:path";

// src/shard/plan.ts
var HOSTED_RUNNER = "ubuntu-24.04";
var HOSTED = ["emulated", "host"];
var UNKNOWN_MS = 3e4;
var groupMs = (ms) => {
  const sum = ms.reduce((s, x) => s + x, 0);
  return ms.length ? Math.min(sum, Math.max(...ms) + sum - ms.length * Math.min(...ms)) : 0;
};
function balance(ids, n, weigh, together = (id) => id) {
  const groups = Array.from({ length: Math.max(1, n) }, () => ({ ids: [], ms: 0 }));
  const items = /* @__PURE__ */ new Map();
  ids.forEach((id, i) => {
    const key = together(id);
    const item = items.get(key) ?? { ids: [], i };
    item.ids.push(id);
    items.set(key, item);
  });
  const whole = [...items.values()].map((x) => ({ ...x, ms: weigh(x.ids) }));
  const share = whole.reduce((s, x) => s + x.ms, 0) / groups.length;
  const parts = whole.flatMap((x) => {
    const k = Math.min(x.ids.length, Math.ceil(x.ms / (share || 1)));
    if (k <= 1) return [x];
    const cut = Array.from({ length: k }, () => []);
    [...x.ids].sort((a, b) => weigh([b]) - weigh([a])).forEach((id, j) => cut[j % k].push(id));
    return cut.map((part2) => ({ ids: part2, i: x.i, ms: weigh(part2) }));
  });
  const order2 = parts.sort((a, b) => b.ms - a.ms || a.i - b.i);
  for (const v of order2) {
    const g = groups.reduce((best, x) => x.ms < best.ms ? x : best);
    g.ids.push(...v.ids);
    g.ms += v.ms;
  }
  const position3 = new Map(ids.map((id, i) => [id, i]));
  return groups.filter((g) => g.ids.length).map((g) => ({ ids: g.ids.sort((a, b) => position3.get(a) - position3.get(b)), ms: g.ms }));
}
var median2 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2 : void 0;
};
function planShards(variants, boardOf, by2 = { shards: {}, durations: /* @__PURE__ */ new Map() }) {
  const shards = [];
  for (const target of HOSTED) {
    const mine = variants.filter((v) => v.target === target);
    if (!mine.length) continue;
    const notBuilt = new Set(mine.filter((v) => v.notBuilt).map((v) => v.id));
    const typical = median2(mine.flatMap((v) => by2.durations.has(v.id) ? [by2.durations.get(v.id)] : [])) ?? UNKNOWN_MS;
    const cell = new Map(mine.map((v) => [v.id, by2.together?.(v) ?? v.id]));
    const weigh = (ids) => {
      const built = ids.filter((id) => !notBuilt.has(id));
      const known2 = built.flatMap((id) => by2.durations.has(id) ? [by2.durations.get(id)] : []);
      return groupMs(known2) + (built.length - known2.length) * typical;
    };
    const groups = balance(mine.map((v) => v.id), by2.shards[target] ?? 1, weigh, (id) => cell.get(id));
    groups.forEach((g, i) => shards.push({ name: groups.length > 1 ? `${target}-${i + 1}` : target, target, runsOn: HOSTED_RUNNER, variants: g.ids, estimateMs: Math.round(g.ms) }));
  }
  const byBoard = /* @__PURE__ */ new Map();
  for (const v of variants.filter((x) => x.target === "hardware")) {
    const b = boardOf.get(v.id);
    if (!b) throw new Error(`${v.id}: no board assigned`);
    if (HOSTED.includes(b.name)) throw new UserError(`${b.where}: the board name "${b.name}" is reserved for the ${b.name} shard`);
    const s = byBoard.get(b.name) ?? { name: b.name, target: "hardware", runsOn: ["self-hosted", ...b.runner], board: b.board, variants: [] };
    s.variants.push(v.id);
    byBoard.set(b.name, s);
  }
  shards.push(...byBoard.values());
  return { schemaVersion: 1, shards };
}
function strategyMatrix(plan2) {
  return { include: plan2.shards.map((s) => ({ shard: s.name, target: s.target, "runs-on": s.runsOn, ...s.board ? { board: s.board } : {} })) };
}
function selectShard(plan2, variants, name2) {
  const shard = plan2.shards.find((s) => s.name === name2);
  if (!shard) throw new UserError(`no shard "${name2}" in the plan; the shards are: ${plan2.shards.map((s) => s.name).join(", ") || "(none)"}`);
  const ids = new Set(shard.variants);
  return variants.filter((v) => ids.has(v.id));
}
function parsePlan(file, text) {
  let p;
  try {
    p = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not JSON (${e.message})`);
  }
  if (p?.schemaVersion !== 1 || !Array.isArray(p.shards) || !p.shards.every((s) => typeof s.name === "string" && Array.isArray(s.variants)))
    throw new UserError(`${file}: not a wasm-mcu-bench plan (schemaVersion 1 with shards)`);
  return p;
}
function onlyTargets(plan2, targets) {
  const unknown = targets.filter((t) => !["emulated", "hardware", "host"].includes(t));
  if (unknown.length) throw new UserError(`--targets: unknown target ${unknown.join(", ")}; expected emulated, hardware or host`);
  return { ...plan2, shards: plan2.shards.filter((s) => targets.includes(s.target)) };
}

// src/shard/files.ts
async function candidates(dir) {
  if (!existsSync4(dir)) throw new UserError(`${dir}: no such folder of shard results`);
  const inside = (await readdir5(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => join11(dir, e.name)).sort();
  return [dir, ...inside];
}
async function readShardFolders(dirs) {
  const files = [];
  let plan2;
  for (const dir of (await Promise.all(dirs.map(candidates))).flat()) {
    const results = join11(dir, "results.json");
    if (existsSync4(results)) {
      const r = parseResults(results, await readFile8(results, "utf8"));
      files.push({ file: results, results: r });
    }
    const p = join11(dir, "plan.json");
    if (existsSync4(p) && !plan2) plan2 = { file: p, plan: parsePlan(p, await readFile8(p, "utf8")) };
  }
  return { files, ...plan2 ? { plan: plan2 } : {} };
}

// src/jobs/explain.ts
import { existsSync as existsSync8 } from "node:fs";
import { mkdir as mkdir15, mkdtemp as mkdtemp5, readFile as readFile21, rm as rm13, writeFile as writeFile8 } from "node:fs/promises";
import { tmpdir as tmpdir4 } from "node:os";
import { dirname as dirname10, isAbsolute as isAbsolute4, join as join23, relative as relative2, resolve as resolve9 } from "node:path";

// src/build/cmake.ts
import { mkdir as mkdir8, readFile as readFile10, realpath, rm as rm7, utimes as utimes2, writeFile as writeFile3 } from "node:fs/promises";
import { existsSync as existsSync5 } from "node:fs";
import { dirname as dirname5, join as join12, resolve as resolve5 } from "node:path";

// src/build/group.ts
import { createHash as createHash6 } from "node:crypto";
var MEMBER_DEFS = ["WMB_BENCHMARK_DIR", "WMB_ITERATIONS", "WMB_STEADY_PROBES"];
var slug = (id) => id.replace(/[/@]/g, ".");
var short = (x) => createHash6("sha256").update(canonical(x)).digest("hex").slice(0, 10);
var how = (v) => ({ cflags: v.cflags, defines: v.defines, image: v.image ?? v.target });
var buildCell = (v) => canonical({ board: v.board, stack: v.stack, runtime: v.runtime, target: v.target, ...how(v) });
var buildFolder = (v) => `${slug(v.id)}-${short(how(v))}`;
var split = (defs) => {
  const shared = {};
  const own = {};
  for (const [k, val] of Object.entries(defs)) (MEMBER_DEFS.includes(k) ? own : shared)[k] = val;
  return { shared, own };
};
var agree = (a, b) => Object.entries(b).every(([k, val]) => a[k] === void 0 || a[k] === val);
function planBuilds(variants, alone) {
  const units = [];
  for (const { v, defs } of variants) {
    if (alone(v)) {
      units.push({ folder: buildFolder(v), members: [v], grouped: false, defs, own: {} });
      continue;
    }
    const { shared, own } = split(defs);
    const key = buildCell(v);
    const into = units.find((u) => u.key === key && agree(u.defs, shared) && !u.members.some((m) => m.benchmark === v.benchmark));
    if (into) {
      into.members.push(v);
      Object.assign(into.defs, shared);
      into.own[v.id] = own;
    } else units.push({ key, folder: "", members: [v], grouped: true, defs: { ...shared }, own: { [v.id]: own } });
  }
  return units.map(({ key, ...u }) => {
    if (!u.grouped) return u;
    const v = u.members[0];
    return { ...u, folder: `${slug(`${v.board}/${v.stack}/${v.runtime}@${v.target}`)}-${short({ ...how(v), members: u.members.map((m) => m.benchmark), defs: u.defs, own: Object.values(u.own) })}` };
  });
}
function groupDefinitions(u) {
  const out = { WMB_GROUP: u.members.map((m) => m.benchmark).join(";") };
  for (const m of u.members) for (const [k, val] of Object.entries(u.own[m.id] ?? {})) out[`${k}__${m.benchmark}`] = val;
  return out;
}
var stepOutput = (step) => step.slice("FAILED: ".length).replace(/^\s*\[code=\d+\]/, "").trim().split(/\s+/)[0] ?? "";
function failedSteps(log, benchmarks) {
  const own = /* @__PURE__ */ new Map();
  const shared = [];
  let block;
  const flush = () => {
    if (!block) return;
    const out = stepOutput(block[0]);
    const b = benchmarks.find((x) => out.startsWith(`${x}/`) && (!out.includes("/CMakeFiles/") || out.includes(`/CMakeFiles/firmware_${x}.dir/`)));
    if (b) own.set(b, [...own.get(b) ?? [], block.join("\n")]);
    else shared.push(block.join("\n"));
    block = void 0;
  };
  for (const line of log.split("\n")) {
    if (line.startsWith("FAILED: ")) {
      flush();
      block = [line];
    } else if (/^\[\d+\/\d+\] |^ninja: /.test(line)) flush();
    else block?.push(line);
  }
  flush();
  return { own, shared };
}
var MISFIT = /region [`'](?:RAM|FLASH)' overflowed by \d+ bytes|static RAM and stack do not fit/;
function onlyMisfits(steps, failed) {
  return !steps.shared.length && failed.every((b) => (steps.own.get(b) ?? []).some((f) => stepOutput(f) === `${b}/firmware.elf` && MISFIT.test(f)));
}

// src/build/image.ts
import { createHash as createHash8 } from "node:crypto";
import { readFile as readFile9, stat as stat4 } from "node:fs/promises";
import { dirname as dirname4 } from "node:path";

// src/measure/elf.ts
import { createHash as createHash7 } from "node:crypto";
var SHF_WRITE = 1;
var SHF_ALLOC = 2;
var SHF_EXECINSTR = 4;
var SHT_NOBITS = 8;
var SHT_NOTE = 7;
function parseElf(buf, file = "ELF file") {
  if (buf.length < 52 || buf.readUInt32BE(0) !== 2135247942) throw new UserError(`${file}: not an ELF file`);
  const is64 = buf[4] === 2;
  if (buf[5] !== 1) throw new UserError(`${file}: big-endian ELF is not supported`);
  const num = (off, wide) => wide ? Number(buf.readBigUInt64LE(off)) : buf.readUInt32LE(off);
  const machine = buf.readUInt16LE(18);
  const shoff = num(is64 ? 40 : 32, is64);
  const shentsize = buf.readUInt16LE(is64 ? 58 : 46);
  const shnum = buf.readUInt16LE(is64 ? 60 : 48);
  const shstrndx = buf.readUInt16LE(is64 ? 62 : 50);
  if (shoff === 0 || shoff + shnum * shentsize > buf.length) throw new UserError(`${file}: truncated ELF (section headers out of range)`);
  const raw = Array.from({ length: shnum }, (_, i) => {
    const o = shoff + i * shentsize;
    return {
      nameOff: buf.readUInt32LE(o),
      type: buf.readUInt32LE(o + 4),
      flags: num(o + 8, is64),
      addr: num(is64 ? o + 16 : o + 12, is64),
      offset: num(is64 ? o + 24 : o + 16, is64),
      size: num(is64 ? o + 32 : o + 20, is64)
    };
  });
  const strtab = raw[shstrndx];
  const name2 = (off) => {
    if (!strtab) return "";
    const start2 = strtab.offset + off;
    return buf.toString("latin1", start2, buf.indexOf(0, start2));
  };
  const sections2 = raw.map(({ nameOff, ...s }) => ({ name: name2(nameOff), ...s }));
  return { machine, sections: sections2, ...findBuildId(buf, sections2) ?? {} };
}
function findBuildId(buf, sections2) {
  for (const s of sections2) {
    if (s.type !== SHT_NOTE) continue;
    for (let o = s.offset; o + 12 <= s.offset + s.size; ) {
      const namesz = buf.readUInt32LE(o);
      const descsz = buf.readUInt32LE(o + 4);
      const type = buf.readUInt32LE(o + 8);
      const nameStart = o + 12;
      const descStart = nameStart + (namesz + 3 & ~3);
      if (type === 3 && buf.toString("latin1", nameStart, nameStart + namesz) === "GNU\0")
        return { buildId: buf.toString("hex", descStart, descStart + descsz) };
      o = descStart + (descsz + 3 & ~3);
    }
  }
  return void 0;
}
function loadedContentHash(buf, file = "ELF file") {
  if (buf.length < 52 || buf.readUInt32BE(0) !== 2135247942) throw new UserError(`${file}: not an ELF file`);
  const is64 = buf[4] === 2;
  const num = (off) => is64 ? Number(buf.readBigUInt64LE(off)) : buf.readUInt32LE(off);
  const phoff = num(is64 ? 32 : 28);
  const phentsize = buf.readUInt16LE(is64 ? 54 : 42);
  const phnum = buf.readUInt16LE(is64 ? 56 : 44);
  if (phoff === 0 || phoff + phnum * phentsize > buf.length) throw new UserError(`${file}: truncated ELF (program headers out of range)`);
  const h = createHash7("sha256").update(`entry ${num(24)}
`);
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize;
    if (buf.readUInt32LE(o) !== 1) continue;
    const [offset, vaddr, paddr, filesz, memsz, flags] = is64 ? [num(o + 8), num(o + 16), num(o + 24), num(o + 32), num(o + 40), buf.readUInt32LE(o + 4)] : [num(o + 4), num(o + 8), num(o + 12), num(o + 16), num(o + 20), buf.readUInt32LE(o + 24)];
    if (offset + filesz > buf.length) throw new UserError(`${file}: truncated ELF (segment ${i} out of range)`);
    h.update(`load ${vaddr} ${paddr} ${filesz} ${memsz} ${flags}
`).update(buf.subarray(offset, offset + filesz));
  }
  return h.digest("hex");
}

// src/build/image.ts
var sha256Hex = { type: "string", pattern: "^[0-9a-f]{64}$" };
var validate4 = validator({
  type: "object",
  additionalProperties: false,
  required: ["identity", "sha256", "loaded", "tool"],
  properties: { identity: { type: "string" }, sha256: sha256Hex, loaded: sha256Hex, tool: { type: "string" } }
});
var known = /* @__PURE__ */ new Map();
var fileIdentity = (s) => s ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` : "none";
var hashesFile = (image) => `${image}.wmb-hashes.json`;
async function recorded(image) {
  const file = hashesFile(image);
  const text = await readFile9(file, "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  try {
    const r = validate4(parseWithPositions(file, text));
    return r.tool === toolCodeHash() ? r : void 0;
  } catch {
    return void 0;
  }
}
async function imageHashes(path) {
  const before = fileIdentity(await stat4(path, { bigint: true }));
  const hit = known.get(path);
  if (hit?.identity === before) return hit;
  const r = await recorded(path);
  if (r?.identity === before) {
    const entry2 = { identity: before, sha256: r.sha256, loaded: () => r.loaded };
    known.set(path, entry2);
    return entry2;
  }
  const bytes2 = await readFile9(path);
  let loaded;
  try {
    loaded = loadedContentHash(bytes2, path);
  } catch (e) {
    loaded = e;
  }
  const entry = {
    identity: before,
    sha256: createHash8("sha256").update(bytes2).digest("hex"),
    loaded: () => {
      if (loaded instanceof Error) throw loaded;
      return loaded;
    }
  };
  if (fileIdentity(await stat4(path, { bigint: true })) === before) {
    known.set(path, entry);
    if (typeof loaded === "string")
      await writeAtomic(hashesFile(path), `${JSON.stringify({ identity: before, sha256: entry.sha256, loaded, tool: toolCodeHash() })}
`).catch(() => void 0);
  }
  return entry;
}
var replaced = (a, now) => now === a.sha256 ? void 0 : `${a.elf} is not the image this build linked: its sha256 is ${now}, the build recorded ${a.sha256} (replaced after the build?); it is neither run nor measured. Delete ${dirname4(a.elf)} to build it again`;
async function replacedImage(a) {
  let now;
  try {
    now = (await imageHashes(a.elf)).sha256;
  } catch (e) {
    return `${a.elf}: ${e.message}`;
  }
  return replaced(a, now);
}
var notTheImage = (a, bytes2) => replaced(a, createHash8("sha256").update(bytes2).digest("hex"));

// src/build/cmake.ts
var configurationOf = (info2) => typeof info2.runtime_info?.configuration === "string" ? info2.runtime_info.configuration : void 0;
var BuildError = class extends Error {
  /** `dir`: the image's build folder (its firmware.map, for what a link that does not fit needed). */
  constructor(message, log, dir) {
    super(message);
    this.log = log;
    this.dir = dir;
  }
  log;
  dir;
  name = "BuildError";
};
function configureArgs(v, firmwareDir, buildDir, extra = {}, group) {
  const defines = Object.entries(v.defines).map(([k, val]) => `${k}=${val}`);
  return [
    "-G",
    "Ninja",
    "-S",
    firmwareDir,
    "-B",
    buildDir,
    `-DBOARD=${v.board}`,
    `-DSTACK=${v.stack}`,
    `-DRUNTIME=${v.runtime}`,
    `-DBENCHMARK=${group ? "" : v.benchmark}`,
    `-DTARGET=${v.image ?? v.target}`,
    `-DWMB_CFLAGS=${v.cflags.join(";")}`,
    `-DWMB_DEFINES=${defines.join(";")}`,
    ...Object.entries({ ...extra, ...group }).sort().map(([k, val]) => `-D${k}=${val}`)
  ];
}
function buildFailure(log, lines = 6) {
  const all = log.split("\n").map((l) => l.trim()).filter(Boolean);
  const errors = all.filter((l) => /\berror\b|CMake Error|FATAL|undefined reference|overflowed|will not fit/i.test(l));
  return (errors.length ? errors : all).slice(-lines).map((l) => l.length > 300 ? `${l.slice(0, 297)}...` : l).join("\n");
}
function ramNeedFromMap(map) {
  const ram = /^RAM\s+0x([0-9a-f]+)\s/m.exec(map)?.[1];
  const heap = /^\s+0x([0-9a-f]+)\s+__wmb_heap_start = /m.exec(map)?.[1];
  const stack = /^\s+0x([0-9a-f]+)\s+WMB_STACK_SIZE = /m.exec(map)?.[1];
  if (ram === void 0 || heap === void 0 || stack === void 0) return void 0;
  return parseInt(heap, 16) - parseInt(ram, 16) + parseInt(stack, 16);
}
function memoryNeed(log, v, capacity, ramNeed) {
  const need = /* @__PURE__ */ new Map();
  for (const m of log.matchAll(/region [`'](RAM|FLASH)' overflowed by (\d+) bytes/g)) {
    const region = m[1];
    need.set(region, Math.max(need.get(region) ?? 0, capacity[region] + Number(m[2])));
  }
  if (ramNeed !== void 0 && ramNeed > capacity.RAM && (need.has("RAM") || log.includes("static RAM and stack do not fit")))
    need.set("RAM", Math.max(need.get("RAM") ?? 0, ramNeed));
  if (!need.size) return void 0;
  const kib3 = (bytes2) => Math.ceil(bytes2 / 1024);
  return [...need].sort(([a], [b]) => a === "RAM" ? -1 : b === "RAM" ? 1 : 0).map(([region, bytes2]) => `needs ${kib3(bytes2)} KiB ${region === "RAM" ? "RAM" : "flash"} through ${v.runtime}, ${v.board} has ${kib3(capacity[region])} KiB`).join("; ");
}
function compilerCache(buildRoot, cacheDir) {
  return {
    args: ["-DCMAKE_C_COMPILER_LAUNCHER=ccache"],
    env: { CCACHE_DIR: join12(cacheDir, "ccache"), CCACHE_BASEDIR: resolve5(buildRoot), CCACHE_NOHASHDIR: "true", CCACHE_COMPILERCHECK: "content" }
  };
}
var cacheEntry = (cache, name2) => new RegExp(`^${name2}:INTERNAL=(.*)$`, "m").exec(cache)?.[1];
function foreignCache(cache, here, source) {
  const dir = cacheEntry(cache, "CMAKE_CACHEFILE_DIR");
  const home = cacheEntry(cache, "CMAKE_HOME_DIRECTORY");
  if (dir !== void 0 && !here.includes(dir)) return `configured in ${dir}`;
  if (home !== void 0 && !source.includes(home)) return `configured from ${home}`;
  return void 0;
}
async function artifactIn(v, dir, log) {
  const image = await builtImage(join12(dir, "wmb-build.json"), log);
  const timed = image.info.timed_build ? await builtImage(image.info.timed_build, log) : void 0;
  return { variant: v, ...image, log, ...timed ? { timed } : {} };
}
async function upToDate(u, dir, stamp) {
  const changed = await stale(dir, stamp.wanted, stamp.hashes);
  if (changed.why !== void 0) {
    if (changed.clean) {
      await rm7(dir, { recursive: true, force: true });
      await mkdir8(dir, { recursive: true });
    }
    return void 0;
  }
  const note = `# ${dir}: up to date (its build stamp ${STAMP} matches): neither configured nor built
`;
  const done = /* @__PURE__ */ new Map();
  for (const v of u.members) {
    const failed = changed.failed[v.id];
    if (failed) {
      done.set(v.id, new BuildError(failed.message, `${note}${failed.log}`, imageDir(u, dir, v)));
      continue;
    }
    const a = await artifactIn(v, imageDir(u, dir, v), note).catch(() => void 0);
    if (!a) return void 0;
    for (const i of [a, ...a.timed ? [a.timed] : []]) if (await replacedImage(i)) return void 0;
    done.set(v.id, a);
  }
  const now = /* @__PURE__ */ new Date();
  await utimes2(join12(dir, STAMP), now, now).catch(() => void 0);
  return done;
}
var imageDir = (u, dir, v) => u.grouped ? join12(dir, v.benchmark) : dir;
async function buildFirmware(v, firmwareDir, buildRoot, extra = {}, o = {}) {
  const u = { folder: buildFolder(v), members: [v], grouped: false, defs: extra, own: {} };
  const held = await o.hold?.(u.folder, v.id);
  const built = (await buildUnit(u, firmwareDir, buildRoot, o).finally(() => held?.release())).get(v.id);
  if (built instanceof BuildError) throw built;
  return built;
}
async function buildUnit(u, firmwareDir, buildRoot, o = {}) {
  const stamp = o.stampOf?.(u);
  const dir = resolve5(buildRoot, u.folder);
  const source = resolve5(firmwareDir);
  await mkdir8(dir, { recursive: true });
  let log = "";
  const cache = await readFile10(join12(dir, "CMakeCache.txt"), "utf8").catch(() => void 0);
  const foreign = cache === void 0 ? void 0 : foreignCache(cache, [dir, await realpath(dir)], [source, await realpath(source).catch(() => source)]);
  if (foreign) {
    log += `# ${dir} was ${foreign}: cleared and configured anew
`;
    await rm7(dir, { recursive: true, force: true });
    await mkdir8(dir, { recursive: true });
  }
  if (stamp && !foreign) {
    const done = await upToDate(u, dir, stamp);
    if (done) return done;
  }
  await o.before?.();
  const build = () => configureAndBuild(u, firmwareDir, buildRoot, dir, log, stamp, { ...o, slot: void 0 });
  return o.slot ? o.slot(build) : build();
}
async function configureAndBuild(u, firmwareDir, buildRoot, dir, log, stamp, o) {
  const { ccache, signal } = o;
  const all = (e) => new Map(u.members.map((v) => [v.id, e(v)]));
  if (signal?.aborted) return all((v) => new BuildError("interrupted before it was built", log, imageDir(u, dir, v)));
  if (stamp) await dropStamp(dir);
  const args = [...configureArgs(u.members[0], firmwareDir, dir, u.defs, u.grouped ? groupDefinitions(u) : void 0), ...ccache?.args ?? []];
  const configureStamp = join12(dir, "wmb-configure-args.json");
  const wanted = JSON.stringify(args);
  const run = (a) => runGuarded(["cmake", ...a], { all: true, env: ccache?.env ?? {}, ...signal ? { signal } : {} });
  const configured = existsSync5(join12(dir, "CMakeCache.txt")) && await readFile10(configureStamp, "utf8").catch(() => "") === wanted;
  if (!configured) {
    const r2 = await run(args);
    log += `$ cmake ${args.join(" ")}
${r2.all}
`;
    if (r2.failed && u.grouped && u.members.length > 1) {
      const alone = /* @__PURE__ */ new Map();
      for (const v of u.members) {
        const one2 = { folder: buildFolder(v), members: [v], grouped: false, defs: { ...u.defs, ...u.own[v.id] }, own: {} };
        const held = await o.hold?.(one2.folder, v.id);
        alone.set(v.id, (await buildUnit(one2, firmwareDir, buildRoot, o).finally(() => held?.release())).get(v.id));
      }
      return alone;
    }
    if (r2.failed) return all((v) => new BuildError(`configure failed: ${buildFailure(String(r2.all))}`, log, imageDir(u, dir, v)));
    await writeFile3(configureStamp, wanted);
  }
  const build = u.grouped ? ["--build", dir, "--", "-k", "0"] : ["--build", dir];
  const r = await run(build);
  log += `$ cmake ${build.join(" ")}
${r.all}
`;
  if (!r.failed) {
    const out2 = /* @__PURE__ */ new Map();
    for (const v of u.members) out2.set(v.id, await artifactIn(v, imageDir(u, dir, v), log).catch((e) => e instanceof BuildError ? e : new BuildError(e.message, log, imageDir(u, dir, v))));
    if (stamp && [...out2.values()].every((a) => !(a instanceof BuildError))) await writeStamp(dir, stamp.wanted, stamp.hashes, await sizeOf(dir));
    return out2;
  }
  if (!u.grouped) return all((v) => new BuildError(`build failed: ${buildFailure(String(r.all))}`, log, dir));
  const steps = failedSteps(String(r.all), u.members.map((v) => v.benchmark));
  const out = /* @__PURE__ */ new Map();
  for (const v of u.members) {
    const own = steps.own.get(v.benchmark);
    const at = imageDir(u, dir, v);
    const pending = own ? true : !/no work to do/.test(String((await runGuarded(["ninja", "-C", dir, "-n", `${v.benchmark}/firmware.elf`], { all: true })).all));
    if (!pending) {
      const a = await artifactIn(v, at, log).catch(() => void 0);
      if (a) {
        out.set(v.id, a);
        continue;
      }
    }
    const why = (own ?? steps.shared).join("\n");
    out.set(v.id, new BuildError(`build failed: ${buildFailure(why || String(r.all))}`, `${log.slice(0, log.indexOf("$ cmake --build"))}$ cmake ${build.join(" ")} (${v.benchmark}'s part)
${why || r.all}
`, at));
  }
  const failed = Object.fromEntries([...out].flatMap(([id, a]) => a instanceof BuildError ? [[id, { message: a.message, log: a.log }]] : []));
  if (stamp && !signal?.aborted && onlyMisfits(steps, u.members.filter((v) => failed[v.id]).map((v) => v.benchmark)))
    await writeStamp(dir, stamp.wanted, stamp.hashes, await sizeOf(dir), failed);
  return out;
}
async function builtImage(json, log) {
  const info2 = JSON.parse(await readFile10(json, "utf8"));
  const recorded2 = info2.image_sha256 ? (await readFile10(info2.image_sha256, "utf8").catch(() => "")).trim() : "";
  if (!/^[0-9a-f]{64}$/.test(recorded2))
    throw new BuildError(`the build recorded no sha256 of its image (${info2.image_sha256 ?? `no image_sha256 in ${json}`}): a firmware tree without firmware/cmake/wmb_image_record.cmake?`, log);
  return { elf: info2.elf ?? join12(dirname5(json), "firmware.elf"), sha256: recorded2, info: info2 };
}

// src/measure/owners.ts
import { readdir as readdir6, readFile as readFile11 } from "node:fs/promises";
import { basename, dirname as dirname6, sep as sep2 } from "node:path";
function parseMap(text) {
  const start2 = text.indexOf("\nLinker script and memory map");
  const lines = (start2 < 0 ? "" : text.slice(start2)).split("\n");
  const out = [];
  let output = "";
  let pendingOutput = false;
  let pendingInput;
  for (const line of lines) {
    const head = /^(\.\S+|[A-Za-z_]\S*)(?:\s+0x[0-9a-f]+)?/.exec(line);
    if (head && !line.startsWith(" ")) {
      if (/^(LOAD|START|END|OUTPUT)\b/.test(line)) continue;
      output = head[1];
      pendingOutput = !/0x/.test(line);
      pendingInput = void 0;
      continue;
    }
    const full = /^ (\S+)\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(.*\S)\s*$/.exec(line);
    if (full) {
      out.push({ output, section: full[1], addr: parseInt(full[2], 16), size: parseInt(full[3], 16), object: full[4] });
      pendingInput = void 0;
      continue;
    }
    const name2 = /^ ([^\s*][^\s]*)\s*$/.exec(line);
    if (name2) {
      pendingInput = name2[1];
      continue;
    }
    const cont = /^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(.*\S)\s*$/.exec(line);
    if (cont && pendingInput) {
      out.push({ output, section: pendingInput, addr: parseInt(cont[1], 16), size: parseInt(cont[2], 16), object: cont[3] });
      pendingInput = void 0;
    } else if (pendingOutput && /^\s+0x/.test(line)) pendingOutput = false;
  }
  return out.filter((s) => s.size > 0 && s.section !== "*fill*");
}
var inTree = (folder, folders) => {
  const top = folder.split("/")[0];
  for (const f of folders.values()) if (f.split("/")[0] === top) return true;
  return false;
};
var ARCHIVE = /(?:^|\/)(lib[^/()]+\.a)(?:\(([^)]+)\))?$/;
function ownerOf(object, folders) {
  if (object === "linker stubs" || object === "") return { owner: "linker", detail: "linker" };
  const a = ARCHIVE.exec(object);
  const archive = a?.[1];
  const member = a?.[2] ?? basename(object);
  if (archive) {
    if (archive === "libgcc.a") return { owner: "compiler runtime", detail: "libgcc" };
    if (/^lib(c|c_nano|m|nosys|g|g_nano|semihost)\.a$/.test(archive) || archive.startsWith("liblib__libc__"))
      return { owner: "libc", detail: object.includes("picolibc") || archive.startsWith("liblib__libc__") ? "picolibc" : "newlib" };
    const runtime = /^libwmb_(\w+)\.a$/.exec(archive);
    if (runtime) return { owner: "runtime", detail: runtime[1] === "wamr" ? "WAMR" : runtime[1] };
    if (archive === "libfreertos_kernel.a") return { owner: "rtos", detail: "FreeRTOS" };
  }
  const src = member.replace(/\.obj$|\.o$/, "");
  if (src === "wmb_module.c") return { owner: "module", detail: "embedded module" };
  const ours = archive === "libfirmware.a" || archive === "libapp.a";
  const folder = /CMakeFiles\/firmware(?:_[^/]+)?\.dir\/(?:__\/)*(.+)\//.exec(object)?.[1] ?? (ours ? folders.get(src) : void 0);
  if (folder) {
    if (/^(apps|benchmarks)\//.test(folder)) return { owner: "benchmark", detail: folder.split("/")[1] };
    if (!inTree(folder, folders)) return { owner: "benchmark", detail: /\/sources\/(.+?)-[0-9a-f]{40}\//.exec(`/${folder}/`)?.[1] ?? basename(folder) };
    return { owner: "harness", detail: folder.split("/").slice(0, 2).join("/") };
  }
  if (ours) return { owner: "benchmark", detail: "benchmark" };
  if (archive || object.startsWith("zephyr/")) return { owner: "rtos", detail: "Zephyr" };
  return { owner: "harness", detail: "other" };
}
var symbolName = (section, object) => {
  const m = /^\.(?:text|rodata|data|bss|sdata|sbss|noinit|ramfunc)\.(.+)$/.exec(section);
  return m ? m[1] : `${section} (${basename(object)})`;
};
function ownerSizes(elf, map, folders) {
  const owners = {};
  const add = (o, flash, ram) => {
    const b = owners[o] ??= { flash_bytes: 0, static_ram_bytes: 0 };
    b.flash_bytes += flash;
    b.static_ram_bytes += ram;
  };
  const symbols = [];
  for (const s of elf.sections) {
    if (!(s.flags & SHF_ALLOC) || s.size === 0) continue;
    const write = !!(s.flags & SHF_WRITE);
    const inFlash = write ? s.type !== SHT_NOBITS : !!(s.flags & SHF_EXECINSTR) || s.type !== SHT_NOBITS;
    const inRam = write;
    if (!inFlash && !inRam) continue;
    const region = inFlash && inRam ? "flash+ram" : inRam ? "ram" : "flash";
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
    if (rest > 0) add("linker", inFlash ? rest : 0, inRam ? rest : 0);
  }
  return { owners, symbols: symbols.sort((a, b) => b.size - a.size) };
}
var symbolsTsv = (symbols) => ["size	region	owner	detail	name	address	object", ...symbols.map((s) => `${s.size}	${s.region}	${s.owner}	${s.detail}	${s.name}	0x${s.addr.toString(16)}	${s.object}`)].join("\n") + "\n";
var folderCache = /* @__PURE__ */ new Map();
function sourceFolders(firmwareDir) {
  let f = folderCache.get(firmwareDir);
  if (!f) {
    f = readdir6(firmwareDir, { recursive: true }).then((all) => new Map(all.map(String).filter((p) => /\.(c|s|S)$/.test(p)).map((p) => [basename(p), dirname6(p).split(sep2).join("/")])));
    folderCache.set(firmwareDir, f);
  }
  return f;
}
var mapOf = (elfPath) => elfPath.replace(/\.elf$/, ".map");
async function sizesOf(elfPath, elf, firmwareDir) {
  const map = await readFile11(mapOf(elfPath), "utf8").catch(() => void 0);
  return map === void 0 ? void 0 : ownerSizes(elf, parseMap(map), await sourceFolders(firmwareDir));
}

// src/jobs/collect.ts
import { availableParallelism as availableParallelism2 } from "node:os";
import { mkdir as mkdir14, readFile as readFile20, writeFile as writeFile7 } from "node:fs/promises";
import { join as join22 } from "node:path";

// src/jobs/execute.ts
import { mkdir as mkdir11, readFile as readFile16, writeFile as writeFile5 } from "node:fs/promises";
import { join as join16 } from "node:path";
import { availableParallelism } from "node:os";

// src/measure/facts.ts
import { createHash as createHash9 } from "node:crypto";
import { copyFile, readFile as readFile12, stat as stat5 } from "node:fs/promises";

// src/measure/footprint.ts
function footprint(elf) {
  const f = { text: 0, rodata: 0, data: 0, bss: 0 };
  for (const s of elf.sections) {
    if (!(s.flags & SHF_ALLOC) || s.size === 0) continue;
    if (s.flags & SHF_WRITE) {
      if (s.type === SHT_NOBITS) f.bss += s.size;
      else f.data += s.size;
    } else if (s.flags & SHF_EXECINSTR) f.text += s.size;
    else if (s.type !== SHT_NOBITS) f.rodata += s.size;
  }
  return { ...f, flash: f.text + f.rodata + f.data, staticRam: f.data + f.bss };
}

// src/measure/facts.ts
var count = { type: "integer", minimum: 0 };
var bytes = { type: "object", additionalProperties: false, required: ["flash_bytes", "static_ram_bytes"], properties: { flash_bytes: count, static_ram_bytes: count } };
var validate5 = validator({
  type: "object",
  additionalProperties: false,
  required: ["tool", "sha256", "map", "folders", "footprint"],
  properties: {
    tool: { type: "string" },
    sha256: { type: "string" },
    map: { type: "string" },
    folders: { type: "string" },
    buildId: { type: "string", pattern: "^[0-9a-f]+$" },
    footprint: {
      type: "object",
      additionalProperties: false,
      required: ["text", "rodata", "data", "bss", "flash", "staticRam"],
      properties: Object.fromEntries(["text", "rodata", "data", "bss", "flash", "staticRam"].map((k) => [k, count]))
    },
    owners: { type: "object", additionalProperties: bytes }
  }
});
var factsFile = (image) => `${image}.wmb-facts.json`;
var symbolsFile = (image) => `${image}.wmb-symbols.tsv`;
var foldersKey = /* @__PURE__ */ new Map();
var foldersOf = (firmwareDir) => {
  if (firmwareDir === void 0) return Promise.resolve("none");
  let k = foldersKey.get(firmwareDir);
  if (!k) {
    k = sourceFolders(firmwareDir).then((f) => createHash9("sha256").update(JSON.stringify([...f].sort())).digest("hex"));
    foldersKey.set(firmwareDir, k);
  }
  return k;
};
async function keptFor(image, want) {
  const file = factsFile(image);
  const text = await readFile12(file, "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  let kept;
  try {
    kept = validate5(parseWithPositions(file, text));
  } catch {
    return void 0;
  }
  return Object.keys(want).every((k) => kept[k] === want[k]) ? kept : void 0;
}
async function imageFacts(image, sha2562, o = {}) {
  const changed = () => new Error(`${image} changed while it was measured (not the image that was checked)`);
  if ((await imageHashes(image)).sha256 !== sha2562) throw changed();
  const want = { tool: toolCodeHash(), sha256: sha2562, map: fileIdentity(await stat5(mapOf(image), { bigint: true }).catch(() => void 0)), folders: await foldersOf(o.firmwareDir) };
  const kept = await keptFor(image, want);
  if (kept && (!o.symbolsTo || !kept.owners || await copyFile(symbolsFile(image), o.symbolsTo).then(() => true, () => false)))
    return { ...kept.buildId ? { buildId: kept.buildId } : {}, footprint: kept.footprint, ...kept.owners ? { owners: kept.owners } : {} };
  const read = await readFile12(image);
  if (createHash9("sha256").update(read).digest("hex") !== sha2562) throw changed();
  const elf = parseElf(read, image);
  const sizes = o.firmwareDir === void 0 ? void 0 : await sizesOf(image, elf, o.firmwareDir);
  const facts = { ...elf.buildId ? { buildId: elf.buildId } : {}, footprint: footprint(elf), ...sizes ? { owners: sizes.owners } : {} };
  if (sizes) {
    const tsv = symbolsTsv(sizes.symbols);
    await writeAtomic(symbolsFile(image), tsv).catch(() => void 0);
    if (o.symbolsTo) await writeAtomic(o.symbolsTo, tsv);
  }
  await writeAtomic(factsFile(image), `${JSON.stringify({ ...want, ...facts })}
`).catch(() => void 0);
  return facts;
}

// src/measure/metrics.ts
var round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
function only(records, type) {
  return records.filter((r) => r.type === type);
}
function one(records, type) {
  const found = only(records, type);
  if (found.length !== 1) throw new ProtocolError(found.length ? `${found.length} "${type}" records, expected one` : `output truncated: no "${type}" record`);
  return found[0];
}
function measurements(spec, records, iterations) {
  const found = only(records, "result");
  if (!found.length) throw new ProtocolError('output truncated: no "result" record');
  const seen = /* @__PURE__ */ new Set();
  for (const r of found) {
    const what = `${spec.id} result "${r.name}"`;
    if (!spec.results[r.name]) throw new ProtocolError(`${what} is not one of the results its benchmark.yml declares (${Object.keys(spec.results).join(", ")})`);
    if (seen.has(r.name)) throw new ProtocolError(`${what} written twice`);
    seen.add(r.name);
    if (r.iterations <= 0 || r.count <= 0) throw new ProtocolError(`${what}: ${r.iterations} iterations counted ${r.count}`);
    if (iterations !== void 0 && r.iterations !== iterations && !(r.iterations === 1 && r.probe3 !== void 0))
      throw new ProtocolError(`${what}: ran ${r.iterations} iterations, its benchmark.yml says ${iterations} (an image built from another benchmark.yml?)`);
    if (spec.checksum === void 0 && r.checksum !== void 0)
      throw new ProtocolError(`${what} carries checksum ${r.checksum}, but its benchmark.yml declares none`);
    if (spec.checksum !== void 0 && r.checksum !== spec.checksum)
      throw new ProtocolError(r.checksum === void 0 ? `${what} carries no checksum; its benchmark.yml declares ${spec.checksum}` : `${spec.id} checksum ${r.checksum} differs from the expected ${spec.checksum}: wrong result`);
  }
  return found;
}
function partsOf(spec, m, over) {
  if (m.probe1 === void 0 || m.probe2 === void 0 || m.probe3 === void 0) return void 0;
  const [d1, d2] = [m.probe2 - m.probe1, m.probe3 - m.probe2];
  const steady = (m.probe3 - m.probe1) / 2;
  if (m.iterations === over) return { first: m.count - (over - 1) * steady, steady, total: m.count };
  if (d1 !== d2)
    throw new ProtocolError(`${spec.id} result "${m.name}": iterations after the first differ (run(2) - run(1) = ${d1}, run(3) - run(2) = ${d2}): its average over ${over} iterations cannot be derived from the first; measure them (run: { study_iterations: true }) or probe only (steady: { emulated: probe })`);
  return { first: m.count - (m.iterations - 1) * d1, steady: d1, total: m.count + (over - m.iterations) * d1 };
}
function speedOf(spec, m, counter, coreHz, over = m.iterations) {
  const out = {};
  const prefix = spec.results[m.name].prefix;
  const parts = partsOf(spec, m, over);
  const [count2, iterations] = parts ? [parts.total, over] : [m.count, m.iterations];
  for (const [name2, d] of Object.entries(spec.metrics)) {
    if (d.counter !== counter) continue;
    const rate = d.rate === "core_hz" ? coreHz : d.rate;
    const value = rate === void 0 ? count2 / iterations : iterations * rate / count2;
    out[`${prefix}${name2}`] = { value: round(value, d.digits), unit: d.unit };
    if (parts && rate === void 0) {
      out[partName("first", prefix, name2)] = { value: round(parts.first, d.digits), unit: d.unit };
      out[partName("steady", prefix, name2)] = { value: round(parts.steady, d.digits), unit: d.unit };
    }
  }
  return out;
}
var COUNTED = { instructions: "insn", cycles: "cycles" };
function speedMetrics(hello, records, spec, iterations) {
  const unit = hello.counter;
  if (unit !== "instructions" && unit !== "cycles") throw new ProtocolError(`unknown counter "${String(unit)}"`);
  const load = only(records, "load");
  if (load.length > 1) throw new ProtocolError(`${load.length} "load" records, expected one`);
  return Object.assign(
    load.length ? { [`load_${unit}`]: { value: load[0].count, unit: COUNTED[unit] } } : {},
    ...measurements(spec, records, iterations).map((m) => speedOf(spec, m, unit, hello.core_hz, iterations))
  );
}
function metricsFor(variant, spec, board2, records, fp) {
  const hello = one(records, "hello");
  const err = only(records, "error")[0];
  if (err) throw new ProtocolError(`firmware reported: ${err.message}`);
  const expected = { ...variant, target: variant.image ?? variant.target };
  for (const k of ["board", "stack", "runtime", "benchmark", "target"])
    if (hello[k] !== expected[k]) throw new ProtocolError(`image says ${k} "${hello[k]}", expected "${expected[k]}"`);
  const done = one(records, "done");
  if (done.status !== 0) throw new ProtocolError(`firmware finished with status ${done.status}`);
  const mem = one(records, "memory");
  const pct2 = (v, cap) => round(100 * v / cap);
  const bytes2 = (value) => ({ value, unit: "B" });
  const dynamic = mem.stack_bytes + mem.heap_bytes + (mem.task_stack_bytes ?? 0) + (mem.heap_used ?? 0);
  const reserved = (mem.heap_reserved ?? 0) + (mem.static_heap ? (mem.heap_size ?? 0) + (mem.task_stack_size ?? 0) : 0) + (mem.pool_size ?? 0);
  return {
    ...speedMetrics(hello, records, spec, spec.iterations[expected.target]),
    flash_bytes: { value: fp.flash, unit: "B", capacity: board2.flashBytes, percent: pct2(fp.flash, board2.flashBytes) },
    static_ram_bytes: { value: fp.staticRam, unit: "B", capacity: board2.ramBytes, percent: pct2(fp.staticRam, board2.ramBytes) },
    dynamic_ram_bytes: { value: dynamic, unit: "B", capacity: board2.ramBytes, percent: pct2(dynamic, board2.ramBytes) },
    stack_bytes: bytes2(mem.stack_bytes),
    heap_bytes: bytes2(mem.heap_bytes),
    ...mem.task_stack_bytes !== void 0 ? { task_stack_bytes: bytes2(mem.task_stack_bytes) } : {},
    ...mem.heap_used !== void 0 ? { rtos_heap_bytes: bytes2(mem.heap_used) } : {},
    ...reserved ? { static_reserved_bytes: bytes2(reserved) } : {},
    ...mem.pool_size !== void 0 && mem.pool_used !== void 0 ? { pool_bytes: { value: mem.pool_used, unit: "B", capacity: mem.pool_size, percent: pct2(mem.pool_used, mem.pool_size) } } : {}
  };
}

// src/measure/host.ts
var round2 = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
function interval(xs) {
  const i = medianInterval(xs);
  return { ci: [round2(i.lo), round2(i.hi)], ci_level: round2(i.level, 4) };
}
function checked(spec, records, run) {
  const done = records.find((r) => r.type === "done");
  const err = records.find((r) => r.type === "error");
  if (err && err.type === "error") throw new ProtocolError(`${run}: ${err.message}`);
  if (!records.some((r) => r.type === "result") || !done) throw new ProtocolError(`${run}: output truncated`);
  try {
    return measurements(spec, records, spec.iterations.host)[0];
  } catch (e) {
    throw new ProtocolError(`${run}: ${e.message}`);
  }
}
function hostMetrics(v, spec, runs, instructions, clockGhz, images = {}) {
  const per = `/${spec.iteration}`;
  const perIteration = [];
  let iterations = 0;
  let rss = 0;
  const engine = [];
  const countedRun = images.countedRun ? checked(spec, images.countedRun, "the run callgrind counted") : void 0;
  runs.forEach((records, i) => {
    const m = checked(spec, records, `run ${i + 1}`);
    iterations = m.iterations;
    perIteration.push(m.count / m.iterations);
    const mem = records.find((r) => r.type === "memory");
    rss = Math.max(rss, mem?.rss_bytes ?? 0);
    if (mem?.engine_ns) engine.push(mem.engine_ns / m.iterations);
  });
  if (!perIteration.length) throw new ProtocolError("no timed run");
  const ns = median(perIteration);
  const spread = 100 * (Math.max(...perIteration) - Math.min(...perIteration)) / ns;
  const timed = images.timed ? { configuration: images.timed } : {};
  const counted2 = images.counted ? { configuration: images.counted } : {};
  return {
    ns: { value: round2(ns), unit: `ns${per}`, spread: round2(spread), runs: perIteration.length, ...interval(perIteration), samples: perIteration.map((x) => round2(x)), ...timed },
    equivalent_cycles: { value: Math.round(ns * clockGhz), unit: `cycles${per} at ${clockGhz} GHz`, ...timed },
    // The exact count of the measured region, as the benchmark's per-iteration instruction metrics.
    ...instructions === void 0 ? {} : Object.fromEntries(spec.host.metrics.map((name2) => [
      name2,
      { value: round2(instructions / (countedRun?.iterations ?? iterations), spec.metrics[name2].digits), unit: spec.metrics[name2].unit, ...counted2 }
    ])),
    ...rss ? { rss_bytes: { value: rss, unit: "B", ...timed } } : {},
    // An engine in another process: the same calls timed inside it; ns minus this is the pipe.
    ...engine.length ? { engine_ns: { value: round2(median(engine)), unit: `ns${per}`, runs: engine.length, ...timed } } : {}
  };
}

// src/profile/variant.ts
import { mkdir as mkdir10, mkdtemp as mkdtemp2, readFile as readFile14, rm as rm9, writeFile as writeFile4 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join14 } from "node:path";

// src/run/qemu.ts
var QEMU = "qemu-system-arm";
function qemuCommand(a) {
  const q = a.info.qemu;
  if (!q) throw new Error(`${a.variant.id}: the build names no QEMU machine for board ${a.variant.board}`);
  return [q.binary, "-M", q.machine, ...q.args, "-kernel", a.elf];
}
var qemuBackend = {
  async run(artifact, timeoutMs, signal) {
    const command = qemuCommand(artifact);
    const start2 = performance.now();
    const r = await runGuarded(command, { limitMs: timeoutMs, ...signal ? { signal } : {}, stdin: "ignore", stripFinalNewline: false });
    const stopped = !r.timedOut && !signal?.aborted ? /terminating on signal \d+.*/.exec(String(r.stderr ?? ""))?.[0] : void 0;
    return {
      ...stopped ? { failure: `QEMU was stopped before the firmware finished (${stopped})` } : {},
      serial: String(r.stdout ?? ""),
      diagnostics: String(r.stderr ?? ""),
      ...typeof r.exitCode === "number" ? { exitCode: r.exitCode } : {},
      timedOut: Boolean(r.timedOut),
      durationMs: performance.now() - start2,
      command
    };
  }
};

// src/profile/functions.ts
var SHT_SYMTAB = 2;
var STT_OBJECT = 1;
var STT_FUNC = 2;
function functionsOf(buf, elf) {
  const symtab = elf.sections.find((s) => s.type === SHT_SYMTAB);
  if (!symtab || buf[4] !== 1) return [];
  const strtab = elf.sections[buf.readUInt32LE(findLink(buf, elf, symtab))];
  const found = [];
  for (let o = symtab.offset; o + 16 <= symtab.offset + symtab.size; o += 16) {
    const info2 = buf[o + 12];
    const shndx = buf.readUInt16LE(o + 14);
    const type = info2 & 15;
    if (type !== STT_FUNC && type !== STT_OBJECT || shndx === 0 || shndx >= 65280) continue;
    const value = buf.readUInt32LE(o + 4) & (type === STT_FUNC ? ~1 : ~0);
    const size = buf.readUInt32LE(o + 8);
    if (type === STT_OBJECT && size === 0) continue;
    const nameStart = strtab.offset + buf.readUInt32LE(o);
    const name2 = buf.toString("latin1", nameStart, buf.indexOf(0, nameStart));
    found.push(type === STT_FUNC ? { name: name2, start: value, end: value + size, handler: false } : { name: `[code in ${name2}]`, start: value, end: value + size, handler: false, data: true });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.name.localeCompare(b.name));
  const out = [];
  for (const [i, f] of found.entries()) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    const next = found.slice(i + 1).find((g) => g.start > f.start);
    out.push(f.end > f.start ? f : { ...f, end: next?.start ?? f.start + 2 });
  }
  const handlers = vectorTargets(buf, elf, new Set(out.map((f) => f.start)));
  return out.map((f) => handlers.has(f.start) ? { ...f, handler: true } : f);
}
function findLink(buf, elf, s) {
  const shoff = buf.readUInt32LE(32);
  const shentsize = buf.readUInt16LE(46);
  return shoff + elf.sections.indexOf(s) * shentsize + 24;
}
function vectorTargets(buf, elf, starts) {
  const table2 = elf.sections.filter((s) => s.flags & SHF_ALLOC && !(s.flags & SHF_WRITE) && s.size >= 8 && s.type !== 8).sort((a, b) => a.addr - b.addr)[0];
  const out = /* @__PURE__ */ new Set();
  if (!table2) return out;
  for (let o = 4; o + 4 <= table2.size; o += 4) {
    const w = buf.readUInt32LE(table2.offset + o);
    if (w === 0) continue;
    if (!(w & 1) || !starts.has(w & ~1)) break;
    out.add(w & ~1);
  }
  return out;
}
var funcsFile = (fs) => fs.map((f) => `${f.start.toString(16)} ${f.end.toString(16)} ${f.handler ? 1 : 0}`).join("\n") + "\n";

// src/profile/plugin.ts
import { createHash as createHash10 } from "node:crypto";
import { existsSync as existsSync6 } from "node:fs";
import { mkdir as mkdir9, readFile as readFile13, rename as rename3, rm as rm8 } from "node:fs/promises";
import { join as join13 } from "node:path";
var PLUGIN_SOURCE = () => join13(packageRoot(), "tools", "qemu-plugin", "wmb_profile.c");
var building = /* @__PURE__ */ new Map();
function ensurePlugin(cache = cacheRoot()) {
  let b = building.get(cache);
  if (!b) building.set(cache, b = buildPlugin(cache));
  return b;
}
async function buildPlugin(cache) {
  const source = PLUGIN_SOURCE();
  const text = await readFile13(source).catch(() => void 0);
  if (!text) return { unavailable: `the plugin source ${source} is missing` };
  const dir = join13(cache, "qemu-plugin", createHash10("sha256").update(text).digest("hex").slice(0, 16));
  const path = join13(dir, "wmb_profile.so");
  if (existsSync6(path)) return { path };
  await mkdir9(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const r = await execa("gcc", ["-shared", "-fPIC", "-O2", "-Wall", "-o", tmp, source], { reject: false });
  if (r.failed) {
    await rm8(tmp, { force: true });
    return { unavailable: `the host's gcc cannot build the QEMU plugin: ${String(r.stderr || r.message).split("\n").slice(0, 3).join(" ")}` };
  }
  await rename3(tmp, path);
  return { path };
}
var optionValue = (s) => s.replaceAll(",", ",,");
function pluginCommand(command, plugin, funcs, counter, out) {
  const [qemu, ...args] = command;
  return [qemu, "-plugin", [optionValue(plugin), `funcs=${optionValue(funcs)}`, `counter=${counter.start.toString(16)}:${counter.end.toString(16)}`, `out=${optionValue(out)}`].join(","), ...args];
}
async function runWithPlugin(command, timeoutMs, signal) {
  const start2 = performance.now();
  const r = await runGuarded(command, { limitMs: timeoutMs, ...signal ? { signal } : {}, stdin: "ignore", stripFinalNewline: false });
  return {
    serial: String(r.stdout ?? ""),
    diagnostics: String(r.stderr ?? ""),
    ...typeof r.exitCode === "number" ? { exitCode: r.exitCode } : {},
    timedOut: Boolean(r.timedOut),
    durationMs: performance.now() - start2,
    command
  };
}
function refusal(diagnostics) {
  const line = diagnostics.split("\n").find((l) => /plugin|wmb_profile/i.test(l) && !/^#/.test(l));
  return line?.trim();
}

// src/profile/lints.ts
var TAG_FP_ARCH = 10;
var TAG_ABI_HARDFP_USE = 27;
function floatBuild(buf, elf) {
  const s = elf.sections.find((x) => x.name === ".ARM.attributes");
  if (!s || buf[s.offset] !== 65) return void 0;
  const end = s.offset + s.size;
  let o = s.offset + 1;
  while (o + 4 < end) {
    const len = buf.readUInt32LE(o);
    const vendorEnd = buf.indexOf(0, o + 4);
    if (buf.toString("latin1", o + 4, vendorEnd) === "aeabi") return fileAttributes(buf, vendorEnd + 1, Math.min(o + len, end));
    o += len || end;
  }
  return void 0;
}
function fileAttributes(buf, start2, end) {
  if (buf[start2] !== 1) return void 0;
  const stop = Math.min(start2 + buf.readUInt32LE(start2 + 1), end);
  let o = start2 + 5;
  const uleb = () => {
    let v = 0;
    let shift = 0;
    for (; ; ) {
      const b = buf[o++];
      v |= (b & 127) << shift;
      shift += 7;
      if (!(b & 128)) return v;
    }
  };
  const out = { fpArch: 0, singleOnly: false };
  while (o < stop) {
    const tag = uleb();
    if (tag === 4 || tag === 5 || tag === 67 || tag > 32 && tag % 2 === 1) o = buf.indexOf(0, o) + 1;
    else if (tag === 32) {
      uleb();
      o = buf.indexOf(0, o) + 1;
    } else {
      const v = uleb();
      if (tag === TAG_FP_ARCH) out.fpArch = v;
      if (tag === TAG_ABI_HARDFP_USE) out.singleOnly = v === 1;
    }
  }
  return out;
}
var SOFT_FLOAT = /^(__aeabi_(d(add|sub|rsub|mul|div|cmp\w*|2f|2iz|2uiz|2lz|2ulz)|f2d|[ul]?i2d|l2d|ul2d|f(add|sub|rsub|mul|div|cmp\w*|2iz|2uiz))|__(add|sub|mul|div)[ds]f3|__(extendsfdf2|truncdfsf2)|__(eq|ne|lt|le|gt|ge|un)[ds]f2|__fix(uns)?dfsi|__float(un)?sidf)$/;
var SOFT_FLOAT_PERCENT = 3;
var RUNTIME_NOTES = {
  wasm3: "wasm3 keeps its float register `_fp0` as a double whenever it has floats (d_m3HasFloat, source/m3_exec_defs.h), so each f32 operation converts to double and back; no build option of this wasm3 avoids it but turning floats off (d_m3HasFloat 0)"
};
var LIBC_PERCENT = 5;
var RAM_PERCENT = 5;
function callersOf(p, leaves) {
  const callers = /* @__PURE__ */ new Map();
  const byName = new Map(p.functions.map((f) => [f.name, f]));
  for (const s of p.stacks) {
    const caller = s.frames[s.frames.length - 2];
    if (!leaves.has(s.frames[s.frames.length - 1]) || !caller) continue;
    const d = byName.get(caller)?.detail ?? "unknown";
    callers.set(d, (callers.get(d) ?? 0) + s.count);
  }
  return [...callers].sort((a, b) => b[1] - a[1]);
}
var percent = (n, of) => `${(100 * n / (of || 1)).toFixed(1)}%`;
var calledFrom = (from, of) => from.length ? `, called from ${from.slice(0, 2).map(([d, n]) => `${d} (${(100 * n / (of || 1)).toFixed(0)}%)`).join(", ")}` : "";
function softFloat(p, fp) {
  if (!fp || fp.fpArch === 0) return [];
  const helpers = p.functions.filter((f) => f.owner === "compiler runtime" && SOFT_FLOAT.test(f.name));
  const self = helpers.reduce((n, f) => n + f.self, 0);
  if (100 * self / (p.total || 1) < SOFT_FLOAT_PERCENT) return [];
  const from = callersOf(p, new Set(helpers.map((h) => h.name)));
  const named = helpers.slice(0, 3).map((h) => `${h.name} ${percent(h.self, p.total)}`).join(", ");
  const fpu = fp.singleOnly ? "a single-precision FPU" : "an FPU";
  const note = from[0] && RUNTIME_NOTES[from[0][0]] ? ` ${RUNTIME_NOTES[from[0][0]]}.` : "";
  return [`${p.label}: ${percent(self, p.total)} of the instructions are libgcc's soft-float helpers (${named}) on an image built for ${fpu}${calledFrom(from, self)}: each double operation or float/double conversion is a library call.${note}`];
}
function libcLoop(p) {
  return p.functions.filter((f) => f.owner === "libc" && 100 * f.self / (p.total || 1) >= LIBC_PERCENT).slice(0, 2).map((f) => `${p.label}: ${percent(f.self, p.total)} of the instructions are a loop in the C library's \`${f.name}\` (${f.detail})${calledFrom(callersOf(p, /* @__PURE__ */ new Set([f.name])), f.self)}: the number measures that library routine as built for this image (another C library, or the same one built for speed rather than size, gives another number) as much as the code under test.`);
}
function fromRam(p, ram) {
  if (!ram || 100 * ram.count / (p.total || 1) < RAM_PERCENT) return [];
  const aot = ram.where.some((w) => /^\[code in /.test(w)) ? " WAMR AOT loads its machine code into its pool in RAM; wamrc --xip (with the f64 intrinsics listed) runs it in place from flash instead." : "";
  return [`${p.label}: ${percent(ram.count, p.total)} of the instructions execute from RAM (${ram.where.slice(0, 2).map((w) => `\`${w}\``).join(", ")}): the count is the same as from flash, but on the board each fetch then goes over the bus the data uses (an STM32F4's SRAM is on its system bus, flash behind the ART accelerator), so cycles on hardware can differ where instructions do not.${aot}`];
}
function lints(profiles, facts = {}) {
  return profiles.flatMap((p, i) => [...softFloat(p, facts.fp), ...fromRam(p, facts.fromRam?.[i]), ...libcLoop(p)]);
}

// src/profile/profile.ts
var PluginOutputError = class extends Error {
  name = "PluginOutputError";
};
function parsePluginOutput(file, text) {
  const lines = text.split("\n");
  if (!/^wmb_profile 1 /.test(lines[0] ?? "")) throw new PluginOutputError(`${file}: not the output of wasm-mcu-bench's QEMU plugin`);
  const regions = [];
  let finished2 = false;
  lines.slice(1).forEach((line, i) => {
    if (!line) return;
    const f = line.split(" ");
    const r = regions[regions.length - 1];
    if (f[0] === "region" && f.length === 7 && f[5] === "opener") regions.push({ total: Number(f[2]), lost: Number(f[4]), opener: Number(f[6]), addresses: /* @__PURE__ */ new Map(), nodes: [] });
    else if (f[0] === "a" && r && f.length === 3) r.addresses.set(parseInt(f[1], 16), Number(f[2]));
    else if (f[0] === "n" && r && f.length === 5 && Number(f[1]) === r.nodes.length) r.nodes.push({ parent: Number(f[2]), func: Number(f[3]), self: Number(f[4]) });
    else if (f[0] === "end") finished2 = f.length === 2;
    else throw new PluginOutputError(`${file}:${i + 2}: unexpected line ${JSON.stringify(line.slice(0, 80))}`);
  });
  return { regions, finished: finished2 };
}
var UNKNOWN = "[unknown]";
function profileOf(label2, r, funcs, ownerOf2) {
  const name2 = (i) => funcs[i]?.name ?? UNKNOWN;
  const rows = /* @__PURE__ */ new Map();
  const row = (i) => {
    const n = name2(i);
    let x = rows.get(n);
    if (!x) rows.set(n, x = { name: n, ...funcs[i] ? ownerOf2(funcs[i]) : { owner: "unknown", detail: "unknown" }, self: 0, inclusive: 0 });
    return x;
  };
  for (const [addr, count2] of r.addresses) row(funcIndex(funcs, addr)).self += count2;
  const inclusive = r.nodes.map((n) => n.self);
  for (let i = r.nodes.length - 1; i >= 0; i--) {
    const p = r.nodes[i].parent;
    if (p >= 0) inclusive[p] += inclusive[i];
  }
  const stacks = [];
  r.nodes.forEach((n, i) => {
    const path = [];
    for (let j = i; j >= 0; j = r.nodes[j].parent) path.unshift(r.nodes[j].func);
    if (path.indexOf(n.func) === path.length - 1) row(n.func).inclusive += inclusive[i];
    if (n.self) stacks.push({ frames: path.map(name2), count: n.self });
  });
  for (const x of rows.values()) x.inclusive = Math.max(x.inclusive, x.self);
  return {
    label: label2,
    total: r.total,
    lost: r.lost,
    functions: [...rows.values()].filter((x) => x.self || x.inclusive).sort((a, b) => b.self - a.self || b.inclusive - a.inclusive || a.name.localeCompare(b.name)),
    stacks
  };
}
function funcIndex(funcs, addr) {
  let lo = 0;
  let hi = funcs.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const f = funcs[mid];
    if (addr < f.start) hi = mid - 1;
    else if (addr >= f.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
function foldedStacks(profiles) {
  const several = profiles.length > 1;
  return profiles.flatMap((p) => p.stacks.map((s) => `${[...several ? [p.label] : [], ...s.frames].join(";")} ${s.count}`)).join("\n") + "\n";
}
function flatTsv(profiles) {
  return [
    "region	function	owner	detail	self	inclusive	self_percent",
    ...profiles.flatMap((p) => p.functions.map((f) => `${p.label}	${f.name}	${f.owner}	${f.detail}	${f.self}	${f.inclusive}	${(100 * f.self / (p.total || 1)).toFixed(2)}`))
  ].join("\n") + "\n";
}
function speedscope(name2, profiles) {
  const frames = [];
  const index = /* @__PURE__ */ new Map();
  const frame = (n) => {
    let i = index.get(n);
    if (i === void 0) {
      index.set(n, i = frames.length);
      frames.push({ name: n });
    }
    return i;
  };
  const sampled = profiles.map((p) => ({
    type: "sampled",
    name: `${name2} ${p.label}`,
    unit: "none",
    startValue: 0,
    endValue: p.total,
    samples: p.stacks.map((s) => s.frames.map(frame)),
    weights: p.stacks.map((s) => s.count)
  }));
  return { $schema: "https://www.speedscope.app/file-format-schema.json", name: name2, exporter: "wasm-mcu-bench", activeProfileIndex: 0, shared: { frames }, profiles: sampled };
}

// src/profile/variant.ts
var COUNTER_READ = "counter_read";
var MEASURE = "wmb_driver_measure";
function measuredRecords(records) {
  return records.flatMap((r) => r.type === "result" ? [{ label: r.name, count: r.count, regions: r.probe1 === void 0 ? 1 : 4 }] : []);
}
function ownerLookup(map, folders) {
  return (f) => {
    if (f.data) return { owner: "module", detail: `code loaded into ${f.name.slice("[code in ".length, -1)}` };
    const s = map.find((x) => f.start >= x.addr && f.start < x.addr + x.size && !/^\.debug/.test(x.output));
    return s ? ownerOf(s.object, folders) : { owner: "unknown", detail: "unknown" };
  };
}
async function writeProfiles(outDir, id, profiles) {
  const base3 = join14("profiles", slug(id));
  const files = { flat: `${base3}.tsv`, folded: `${base3}.folded`, speedscope: `${base3}.speedscope.json` };
  await mkdir10(join14(outDir, "profiles"), { recursive: true });
  await writeFile4(join14(outDir, files.flat), flatTsv(profiles));
  await writeFile4(join14(outDir, files.folded), foldedStacks(profiles));
  await writeFile4(join14(outDir, files.speedscope), `${JSON.stringify(speedscope(id, profiles))}
`);
  return files;
}
function fromRam2(r, elf, funcs) {
  const ram = elf.sections.filter((s) => s.flags & SHF_ALLOC && s.flags & SHF_WRITE && s.size > 0);
  const by2 = /* @__PURE__ */ new Map();
  let count2 = 0;
  for (const [addr, n] of r.addresses) {
    if (!ram.some((s) => addr >= s.addr && addr < s.addr + s.size)) continue;
    count2 += n;
    const f = funcs.find((x) => addr >= x.start && addr < x.end)?.name ?? UNKNOWN;
    by2.set(f, (by2.get(f) ?? 0) + n);
  }
  return { count: count2, where: [...by2].sort((a, b) => b[1] - a[1]).map(([f]) => f) };
}
function recordRegions(plugged, funcs, measured2) {
  const calls = plugged.regions.filter((r) => funcs[r.opener]?.name === MEASURE);
  const wanted = measured2.reduce((n, m) => n + m.regions, 0);
  if (!plugged.finished || calls.length !== wanted)
    return { unavailable: `the plugin saw ${calls.length} region(s) opened by ${MEASURE}${plugged.finished ? "" : " (and one unfinished)"}, the firmware reported ${measured2.length} measurement(s) of ${wanted} region(s)` };
  let next = 0;
  return measured2.map((m) => {
    const r = calls[next];
    next += m.regions;
    return r;
  });
}
async function profileImage(o) {
  const plugin = await ensurePlugin();
  if ("unavailable" in plugin) return plugin;
  const funcs = functionsOf(o.image, o.elf);
  const counter = funcs.find((f) => f.name === COUNTER_READ);
  if (!counter) return { unavailable: `${o.artifact.elf} has no ${COUNTER_READ} function to find the measured region by` };
  const work = await mkdtemp2(join14(tmpdir(), "wmb-profile-"));
  try {
    const funcsPath = join14(work, "funcs.txt");
    const outPath = join14(work, "profile.txt");
    await writeFile4(funcsPath, funcsFile(funcs));
    const run = await runWithPlugin(pluginCommand(qemuCommand(o.artifact), plugin.path, funcsPath, counter, outPath), o.timeoutMs, o.signal);
    const text = await readFile14(outPath, "utf8").catch(() => void 0);
    if (text === void 0)
      return { unavailable: `QEMU did not run the profiling plugin: ${refusal(run.diagnostics) ?? `exit status ${run.exitCode}${run.timedOut ? " (timed out)" : ""}`}` };
    if (run.timedOut || run.exitCode !== 0) return { unavailable: `the profiled run ${run.timedOut ? "timed out" : `exited with status ${run.exitCode}`}` };
    let plugged;
    try {
      plugged = parsePluginOutput(outPath, text);
    } catch (e) {
      if (!(e instanceof PluginOutputError)) throw e;
      return { unavailable: e.message };
    }
    let measured2;
    try {
      measured2 = measuredRecords(parseRecords(run.serial, o.elf.buildId ?? ""));
    } catch (e) {
      if (!(e instanceof ProtocolError)) throw e;
      return { unavailable: `the profiled run's output: ${e.message}` };
    }
    const regions = recordRegions(plugged, funcs, measured2);
    if ("unavailable" in regions) return regions;
    const mapText = await readFile14(o.artifact.elf.replace(/\.elf$/, ".map"), "utf8").catch(() => "");
    const owner = ownerLookup(parseMap(mapText), await sourceFolders(o.firmwareDir));
    const profiles = regions.map((r, i) => profileOf(measured2[i].label, r, funcs, owner));
    const files = await writeProfiles(o.outDir, o.artifact.variant.id, profiles);
    return { profiles, counts: measured2.map((m) => m.count), files, durationMs: run.durationMs, lints: lints(profiles, { fp: floatBuild(o.image, o.elf), fromRam: regions.map((r) => fromRam2(r, o.elf, funcs)) }) };
  } finally {
    await rm9(work, { recursive: true, force: true });
  }
}
var measured = (p, plainMs) => ({ profile: { ...p.files, ...plainMs ? { slowdown: Math.round(100 * p.durationMs / plainMs) / 100 } : {}, ...p.lints.length ? { lints: p.lints } : {} } });
async function profileMeasured(o) {
  const p = await profileImage(o);
  if ("unavailable" in p) return { profileUnavailable: p.unavailable };
  const plain = measuredRecords(parseRecords(o.plainSerial, o.elf.buildId ?? "")).map((m) => m.count);
  if (plain.join() !== p.counts.join())
    return { profileUnavailable: `the profiled run counted ${p.counts.join(", ")} where the plain run counted ${plain.join(", ")}: the plugin changed what it measures` };
  await o.keep?.(p);
  return measured(p, o.plainMs);
}

// src/profile/host.ts
import { mkdtemp as mkdtemp3, readFile as readFile15, realpath as realpath2, rm as rm10 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { basename as basename2, join as join15 } from "node:path";

// src/run/host.ts
import { readFileSync as readFileSync4 } from "node:fs";

// src/run/timing.ts
function parseCpuList(list) {
  const cpus2 = [];
  for (const part2 of list.trim().split(",").filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part2.trim());
    if (!m) throw new Error(`not a CPU list: ${JSON.stringify(list)}`);
    for (let c = Number(m[1]); c <= Number(m[2] ?? m[1]); c++) cpus2.push(c);
  }
  return cpus2;
}
function timingCpu(procStatus) {
  const m = /^Cpus_allowed_list:\s*(.+)$/m.exec(procStatus);
  return m ? parseCpuList(m[1]).at(-1) : void 0;
}
var pinned = (cpu, command) => ["taskset", "--cpu-list", String(cpu), ...command];
var TimingQueue = class {
  tail = Promise.resolve();
  run(timed) {
    const next = this.tail.then(timed, timed);
    this.tail = next.catch(() => void 0);
    return next;
  }
};

// src/run/host.ts
var MEASURED_FUNCTION = "wmb_driver_measure";
function callgrindCommand(elf, profile) {
  return [
    "valgrind",
    "--tool=callgrind",
    `--callgrind-out-file=${profile?.out ?? "/dev/null"}`,
    `--toggle-collect=${MEASURED_FUNCTION}`,
    ...profile ? [`--separate-callers=${profile.callers}`, "--dump-instr=yes"] : [],
    elf
  ];
}
function parseCallgrind(stderr) {
  const m = stderr.match(/^==\d+== Collected : (\d+)/m);
  return m ? Number(m[1]) : void 0;
}
function hostBackend(repeat, counts) {
  const queue = new TimingQueue();
  const cpu = timingCpu(readFileSync4("/proc/self/status", "utf8"));
  return {
    async run(artifact, timeoutMs, signal) {
      const start2 = performance.now();
      const samples = [];
      let diagnostics = cpu === void 0 ? "# timed runs not pinned: no Cpus_allowed_list in /proc/self/status\n" : `# timed runs pinned to CPU ${cpu} (taskset), in turn with the other host variants
`;
      const image = artifact.timed ?? artifact;
      if (artifact.timed) diagnostics += `# timed: ${image.elf} (${configurationOf(image.info) ?? "as built"}); counted: ${artifact.elf} (${configurationOf(artifact.info) ?? "as built"})
`;
      const timed = cpu === void 0 ? [image.elf] : pinned(cpu, [image.elf]);
      let own = 0;
      const left = () => ({ limitMs: Math.max(1, timeoutMs - own), ...signal ? { signal } : {}, stdin: "ignore" });
      for (let i = 0; i < repeat; i++) {
        const r = await queue.run(async () => {
          const t = performance.now();
          const x = await runGuarded(timed, left());
          own += performance.now() - t;
          return x;
        });
        diagnostics += String(r.stderr ?? "");
        if (r.timedOut || r.exitCode !== 0)
          return { serial: String(r.stdout ?? ""), diagnostics, ...typeof r.exitCode === "number" ? { exitCode: r.exitCode } : {}, timedOut: Boolean(r.timedOut), durationMs: performance.now() - start2, command: timed };
        samples.push(String(r.stdout));
      }
      if (artifact.info.runtime_info?.out_of_process)
        return { serial: samples[0], samples, diagnostics, exitCode: 0, timedOut: false, durationMs: performance.now() - start2, command: timed };
      const cg = callgrindCommand(artifact.elf);
      const known2 = await counts?.get(artifact.elf, cg);
      if (known2) {
        diagnostics += `# instruction count reused: the same binary under the same valgrind was counted by ${measuredBy(known2.measured.commit)} on ${known2.measured.date}
`;
        return {
          serial: samples[0],
          samples,
          instructions: known2.instructions,
          ...artifact.timed && known2.counted !== void 0 ? { counted: known2.counted } : {},
          diagnostics,
          exitCode: 0,
          timedOut: false,
          durationMs: performance.now() - start2,
          command: timed,
          reused: { ...known2.measured, only: "instructions" }
        };
      }
      const c = await runGuarded(cg, left());
      diagnostics += String(c.stderr ?? "");
      const collected = parseCallgrind(String(c.stderr ?? ""));
      const instructions = c.exitCode === 0 && collected ? collected : void 0;
      if (instructions !== void 0 && !c.timedOut) await counts?.put(artifact.elf, cg, instructions, String(c.stdout ?? ""));
      if (instructions === void 0) diagnostics += `
# no instruction count: callgrind exited with ${c.exitCode}, collected ${collected ?? "nothing"}
`;
      return {
        serial: samples[0],
        samples,
        ...instructions !== void 0 ? { instructions } : {},
        ...artifact.timed ? { counted: String(c.stdout ?? "") } : {},
        diagnostics,
        exitCode: c.timedOut ? 0 : c.exitCode ?? 0,
        timedOut: Boolean(c.timedOut),
        durationMs: performance.now() - start2,
        command: timed
      };
    }
  };
}

// src/profile/callgrind.ts
var CALLER_DEPTH = 500;
var CallgrindFormatError = class extends Error {
  name = "CallgrindFormatError";
};
function position2(field2, last) {
  if (field2 === "*") return last;
  if (field2.startsWith("+")) return last + Number(field2.slice(1));
  if (field2.startsWith("-")) return last - Number(field2.slice(1));
  return field2.startsWith("0x") ? parseInt(field2, 16) : Number(field2);
}
function parseCallgrindOut(file, text) {
  const names = { ob: /* @__PURE__ */ new Map(), fn: /* @__PURE__ */ new Map() };
  const named = (kind2, v) => {
    const m = /^\((\d+)\)(?: (.*))?$/.exec(v);
    if (!m) return v;
    if (m[2] !== void 0) names[kind2].set(m[1], m[2]);
    const n = names[kind2].get(m[1]);
    if (n === void 0) throw new CallgrindFormatError(`${file}: ${kind2} (${m[1]}) used before it is named`);
    return n;
  };
  const contexts = /* @__PURE__ */ new Map();
  const calls = [];
  let total;
  let ob = "";
  let fn;
  let call;
  let cfn;
  let last = 0;
  let lastLine = 0;
  let positions = "line";
  text.split("\n").forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    const kv = /^(\w+)[=:] ?(.*)$/.exec(line);
    if (kv && !/^[\d+*-]/.test(line)) {
      const [, key, value] = kv;
      if (key === "positions") positions = value.trim();
      else if (key === "events" && value.trim() !== "Ir") throw new CallgrindFormatError(`${at}: events ${value}: expected instructions only (Ir)`);
      else if (key === "summary") total = Number(value);
      else if (key === "ob") ob = named("ob", value);
      else if (key === "cob") named("ob", value);
      else if (key === "fn") {
        const name2 = named("fn", value);
        fn = contexts.get(name2);
        if (!fn) contexts.set(name2, fn = { frames: name2.split("'").reduce((fs, t) => /^\d+$/.test(t) && fs.length ? [...fs.slice(0, -1), `${fs.at(-1)}'${t}`] : [...fs, t], []), object: ob, self: 0 });
      } else if (key === "cfn") cfn = named("fn", value);
      else if (key === "calls") {
        if (!cfn) throw new CallgrindFormatError(`${at}: calls= without cfn=`);
        call = { callee: cfn, count: Number(value.split(" ")[0]) };
      }
      return;
    }
    if (!/^[\d+*-]/.test(line)) return;
    if (positions !== "instr line") throw new CallgrindFormatError(`${at}: positions "${positions}": run callgrind with --dump-instr=yes`);
    const f = line.trim().split(/\s+/);
    if (!fn || f.length < 3) throw new CallgrindFormatError(`${at}: a cost line outside a function or without a cost`);
    last = position2(f[0], last);
    lastLine = position2(f[1], lastLine);
    const cost = Number(f[2]);
    if (call) {
      calls.push({ callee: call.callee, object: fn.object, site: last, count: call.count });
      call = void 0;
      cfn = void 0;
    } else {
      fn.self += cost;
      fn.addr = Math.min(fn.addr ?? last, last);
    }
  });
  if (total === void 0) throw new CallgrindFormatError(`${file}: no summary line (not callgrind's output, or cut short)`);
  return { total, contexts, calls };
}
function edgeKind(machine, bytes2) {
  if (machine === 62) {
    let i = 0;
    while (i < bytes2.length && ([38, 46, 54, 62, 100, 101, 102, 103, 240, 242, 243].includes(bytes2[i]) || (bytes2[i] & 240) === 64)) i++;
    const op = bytes2[i];
    if (op === 232) return "call";
    if (op === 255 && i + 1 < bytes2.length) {
      const reg = bytes2[i + 1] >> 3 & 7;
      return reg === 2 || reg === 3 ? "call" : "jump";
    }
    return op === void 0 ? void 0 : "jump";
  }
  if (machine === 183 && bytes2.length >= 4) {
    const w = bytes2.readUInt32LE(0);
    const is = (mask, value) => (w & mask) >>> 0 === value;
    return is(4227858432, 2483027968) || is(4294966303, 3594452992) || is(4278188032, 3594455040) ? "call" : "jump";
  }
  return void 0;
}
var frameName = (f) => f.replace(/'\d+$/, "");
function hostProfile(label2, out, kindOf, ownerOf2) {
  const unlevelled = (name2) => name2.replace(/^([^']*)'\d+(?='|$)/, "$1");
  const entered = /* @__PURE__ */ new Map();
  for (const e of out.calls) {
    const k = kindOf(e) ?? "call";
    const c = entered.get(unlevelled(e.callee)) ?? { call: 0, jump: 0 };
    c[k] += e.count;
    entered.set(unlevelled(e.callee), c);
  }
  const jumped = (name2) => {
    const c = entered.get(unlevelled(name2));
    return !!c && c.jump > c.call;
  };
  const stacks = /* @__PURE__ */ new Map();
  let lost = 0;
  const byName = /* @__PURE__ */ new Map();
  for (const c of out.contexts.values()) {
    byName.set(frameName(c.frames[0]), byName.get(frameName(c.frames[0])) ?? c);
    if (!c.self) continue;
    const outer = c.frames.map(frameName).lastIndexOf(MEASURED_FUNCTION);
    if (outer < 0) lost += c.self;
    const top = outer < 0 ? c.frames.length - 1 : outer;
    const frames = outer < 0 ? ["[deeper than the stacks kept]"] : [];
    for (let i = top; i >= 0; i--) {
      if (i < top && jumped(c.frames.slice(i).join("'"))) frames.pop();
      frames.push(frameName(c.frames[i]));
    }
    const k = frames.join(";");
    const s = stacks.get(k) ?? { frames, count: 0 };
    s.count += c.self;
    stacks.set(k, s);
  }
  const rows = /* @__PURE__ */ new Map();
  const row = (n) => {
    let r = rows.get(n);
    if (!r) rows.set(n, r = { name: n, ...ownerOf2(n, byName.get(n)), self: 0, inclusive: 0 });
    return r;
  };
  for (const s of stacks.values()) {
    row(s.frames.at(-1)).self += s.count;
    for (const f of new Set(s.frames)) row(f).inclusive += s.count;
  }
  return {
    label: label2,
    total: out.total,
    lost,
    functions: [...rows.values()].sort((a, b) => b.self - a.self || b.inclusive - a.inclusive || a.name.localeCompare(b.name)),
    stacks: [...stacks.values()].sort((a, b) => b.count - a.count)
  };
}

// src/profile/host.ts
async function codeOf(path) {
  const buf = await readFile15(path).catch(() => void 0);
  if (!buf || buf.readUInt32BE(0) !== 2135247942) return void 0;
  const elf = parseElf(buf, path);
  const code2 = elf.sections.filter((s) => s.flags & SHF_EXECINSTR);
  return Object.assign((addr) => {
    const s = code2.find((x) => addr >= x.addr && addr < x.addr + x.size);
    return s ? buf.subarray(s.offset + addr - s.addr, s.offset + Math.min(addr - s.addr + 16, s.size)) : void 0;
  }, { machine: buf.readUInt16LE(18) });
}
function libraryOwner(object) {
  const name2 = basename2(object);
  if (/^(libc|libm|libpthread|libdl|librt|ld-linux[\w-]*)\.so/.test(name2)) return { owner: "libc", detail: "glibc" };
  if (/^libgcc_s\.so/.test(name2)) return { owner: "compiler runtime", detail: "libgcc" };
  return { owner: "library", detail: name2 };
}
function hostOwners(image, map, folders) {
  return (_frame, c) => {
    if (!c) return { owner: "unknown", detail: "unknown" };
    if (!image.has(c.object)) return libraryOwner(c.object);
    const s = c.addr === void 0 ? void 0 : map.find((x) => c.addr >= x.addr && c.addr < x.addr + x.size && !/^\.debug/.test(x.output));
    return s ? ownerOf(s.object, folders) : { owner: "unknown", detail: "unknown" };
  };
}
async function profileHostImage(o) {
  if (o.artifact.info.runtime_info?.out_of_process) return { unavailable: "the engine runs in another process: callgrind would see only the pipe" };
  const work = await mkdtemp3(join15(tmpdir2(), "wmb-host-profile-"));
  try {
    const outPath = join15(work, "callgrind.out");
    const start2 = performance.now();
    const run = await runGuarded(callgrindCommand(o.artifact.elf, { out: outPath, callers: CALLER_DEPTH }), { limitMs: o.timeoutMs, ...o.signal ? { signal: o.signal } : {}, stdin: "ignore" });
    const durationMs = performance.now() - start2;
    if (run.timedOut || run.exitCode !== 0) return { unavailable: `the profiled run under callgrind ${run.timedOut ? "timed out" : `exited with status ${run.exitCode}`}` };
    const text = await readFile15(outPath, "utf8").catch(() => void 0);
    if (text === void 0) return { unavailable: "callgrind wrote no profile" };
    let parsed;
    let label2;
    try {
      parsed = parseCallgrindOut(outPath, text);
      const elf = parseElf(await readFile15(o.artifact.elf), o.artifact.elf);
      label2 = measuredRecords(parseRecords(String(run.stdout ?? ""), elf.buildId ?? ""))[0]?.label ?? o.artifact.variant.benchmark;
    } catch (e) {
      if (!(e instanceof CallgrindFormatError || e instanceof ProtocolError)) throw e;
      return { unavailable: `the profiled run: ${e.message}` };
    }
    const readers = new Map(await Promise.all([...new Set(parsed.calls.map((c) => c.object))].map(async (ob) => [ob, await codeOf(ob)])));
    const kindOf = (e) => {
      const r = readers.get(e.object);
      const bytes2 = r?.(e.site);
      return r && bytes2 ? edgeKind(r.machine, bytes2) : void 0;
    };
    const map = parseMap(await readFile15(o.artifact.elf.replace(/\.elf$/, ".map"), "utf8").catch(() => ""));
    const profiles = [hostProfile(label2, parsed, kindOf, hostOwners(/* @__PURE__ */ new Set([o.artifact.elf, await realpath2(o.artifact.elf)]), map, await sourceFolders(o.firmwareDir)))];
    const files = await writeProfiles(o.outDir, o.artifact.variant.id, profiles);
    return { profiles, counts: [parsed.total], files, durationMs, lints: lints(profiles) };
  } finally {
    await rm10(work, { recursive: true, force: true });
  }
}
async function profileHostMeasured(o) {
  const p = await profileHostImage(o);
  if ("unavailable" in p) return { profileUnavailable: p.unavailable };
  if (o.instructions !== void 0 && p.counts[0] !== o.instructions)
    return { profileUnavailable: `the profiled run counted ${p.counts[0]} instructions where the plain run counted ${o.instructions}: the profile does not add up` };
  await o.keep?.(p);
  return measured(p);
}

// src/jobs/execute.ts
var base = (v) => ({ id: v.id, board: v.board, stack: v.stack, runtime: v.runtime, benchmark: v.benchmark, target: v.target });
var interrupted = (v, signal, extra = {}) => ({ ...base(v), status: "failed", reason: `interrupted by ${stopSignal(signal)} before it finished`, metrics: {}, ...extra });
async function runOne(v, o, phase, built) {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  const failed = (reason, log2, extra = {}) => o.signal?.aborted ? { result: interrupted(v, o.signal, { durationMs: took(), ...extra }), log: log2 } : { result: { ...base(v), status: "failed", reason, metrics: {}, durationMs: took(), ...extra }, log: log2 };
  phase("build");
  const defs = o.cmakeDefs(v);
  if ("failed" in defs) return failed(defs.failed, defs.failed);
  const artifact = await built();
  if (artifact instanceof BuildError) {
    const e = artifact;
    const buildLog = join16("raw", `${slug(v.id)}.build.log`);
    await mkdir11(join16(o.outDir, "raw"), { recursive: true });
    await writeFile5(join16(o.outDir, buildLog), e.log);
    const map = e.dir ? await readFile16(join16(e.dir, "firmware.map"), "utf8").catch(() => "") : "";
    const need = memoryNeed(e.log, v, { RAM: Number(defs.WMB_BOARD_RAM_BYTES), FLASH: Number(defs.WMB_BOARD_FLASH_BYTES) }, ramNeedFromMap(map));
    if (need && !o.signal?.aborted)
      return { result: { ...base(v), status: "not-built", reason: need, metrics: {}, durationMs: took(), log: buildLog }, log: e.log };
    return failed(e.message, e.log, { log: buildLog });
  }
  const backend = o.backends[v.target];
  if (!backend) return failed(`no run backend for target ${v.target}`, artifact.log);
  const images = [artifact, ...artifact.timed ? [artifact.timed] : []];
  for (const i of images) {
    const replaced2 = await replacedImage(i);
    if (replaced2) return failed(replaced2, artifact.log);
  }
  phase("run");
  const out = await backend.run(artifact, o.timeoutMs, o.signal);
  const rawName = join16("raw", `${slug(v.id)}.log`);
  const raw = [
    `# ${v.id}`,
    `# command: ${out.command.join(" ")}`,
    `# exit: ${out.timedOut ? `killed after ${o.timeoutMs} ms timeout` : out.exitCode}`,
    ...out.reused ? [`# reused${out.reused.only ? ` (${out.reused.only})` : ""}: measured by ${measuredBy(out.reused.commit)} on ${out.reused.date}, not run again`] : [],
    "# serial:",
    out.serial,
    "# diagnostics:",
    out.diagnostics
  ].join("\n");
  await mkdir11(join16(o.outDir, "raw"), { recursive: true });
  await writeFile5(join16(o.outDir, rawName), raw);
  const log = `${artifact.log}$ ${out.command.join(" ")}
${out.serial}${out.diagnostics}`;
  const keep2 = { log: rawName, ...out.reused ? { reused: out.reused } : {} };
  if (out.failure) return failed(out.failure, log, keep2);
  if (out.timedOut) return failed(`timed out after ${o.timeoutMs / 1e3} s (hung firmware?)`, log, keep2);
  phase("measure");
  try {
    const symbols = join16("symbols", `${slug(v.id)}.tsv`);
    if (v.target !== "host") await mkdir11(join16(o.outDir, "symbols"), { recursive: true });
    const facts = [];
    for (const i of images) {
      const swapped = await replacedImage(i);
      if (swapped) return failed(swapped, log, keep2);
      const f = await imageFacts(i.elf, i.sha256, i === artifact && v.target !== "host" ? { firmwareDir: o.firmwareDir, symbolsTo: join16(o.outDir, symbols) } : {});
      if (!f.buildId) return failed(`${i.elf} has no GNU build id`, log, keep2);
      facts.push({ ...f, buildId: f.buildId });
    }
    const { buildId, footprint: fp, owners } = facts[0];
    const timedId = facts.at(-1).buildId;
    const timed = artifact.timed?.info ?? artifact.info;
    const spec = o.benchmarks[v.benchmark];
    const metrics = v.target === "host" ? hostMetrics(v, spec, (out.samples ?? [out.serial]).map((s) => parseRecords(s, timedId)), out.instructions, o.host.clockGhz, {
      timed: configurationOf(timed),
      counted: configurationOf(artifact.info),
      ...out.counted !== void 0 ? { countedRun: parseRecords(out.counted, buildId) } : {}
    }) : { ...metricsFor(v, spec, { flashBytes: artifact.info.flash_bytes_capacity, ramBytes: artifact.info.ram_bytes_capacity }, parseRecords(out.serial, buildId), fp), ...out.metrics };
    if (out.exitCode !== 0) return failed(`emulator exited with status ${out.exitCode}`, log, keep2);
    const build = artifact.timed?.info.runtime_info ? { ...artifact.info.runtime_info, timed: artifact.timed.info.runtime_info } : artifact.info.runtime_info;
    const owned = owners ? { owners, symbols } : {};
    const inSlot = o.slot ?? ((task) => task());
    const stop = (symbols2) => ({ ...o.signal ? { signal: o.signal } : {}, ...o.keepProfile ? { keep: (p) => o.keepProfile(v, p, symbols2) } : {} });
    const profile = async () => {
      const image = await readFile16(artifact.elf);
      const swapped = notTheImage(artifact, image);
      if (swapped) throw new Error(swapped);
      const elf = parseElf(image, artifact.elf);
      const sizes = await sizesOf(artifact.elf, elf, o.firmwareDir);
      return inSlot(() => profileMeasured({ artifact, image, elf, firmwareDir: o.firmwareDir, outDir: o.outDir, timeoutMs: o.timeoutMs, plainSerial: out.serial, plainMs: out.durationMs, ...stop(sizes?.symbols) }));
    };
    const profiled = !o.profile?.(v) ? {} : v.target === "emulated" ? await profile() : v.target === "host" ? await inSlot(() => profileHostMeasured({ artifact, firmwareDir: o.firmwareDir, outDir: o.outDir, timeoutMs: o.timeoutMs, instructions: out.instructions, ...stop() })) : {};
    return { result: { ...base(v), status: "ok", metrics, durationMs: took(), ...keep2, ...owned, ...build ? { build } : {}, ...profiled }, log };
  } catch (e) {
    const why = e.message;
    return failed(out.exitCode ? `${why} (exit status ${out.exitCode})` : why, log, keep2);
  }
}
async function executeMatrix(variants, o) {
  const results = new Array(variants.length);
  const buildable = [];
  variants.forEach((v, i) => {
    if (v.notBuilt) results[i] = { ...base(v), status: "not-built", reason: v.notBuilt, metrics: {} };
    else {
      const defs = o.cmakeDefs(v);
      if (!("failed" in defs)) buildable.push({ v, defs });
    }
  });
  const units = planBuilds(buildable, o.alone ?? (() => true));
  const unitOf = new Map(units.flatMap((u) => u.members.map((m) => [m.id, u])));
  const state = new Map(
    units.map((u) => [u, { left: u.members.length }])
  );
  const index = new Map(variants.map((v, i) => [v.id, i]));
  const order2 = [
    ...units.flatMap((u) => u.members.map((m) => index.get(m.id))),
    ...variants.flatMap((v, i) => results[i] === void 0 && !unitOf.has(v.id) ? [i] : [])
  ];
  const total = order2.length;
  let next = 0;
  const stop = new AbortController();
  let failure;
  const signal = o.signal ? AbortSignal.any([o.signal, stop.signal]) : stop.signal;
  const io = { ...o, signal };
  const worker = async () => {
    for (let k = next++; k < total && !signal.aborted; k = next++) {
      const i = order2[k];
      const v = variants[i];
      const u = unitOf.get(v.id);
      const s = u && state.get(u);
      const what = u && (u.members.length > 1 ? `${u.members.length} variants (${v.board}/${v.stack}/${v.runtime}@${v.target})` : v.id);
      if (s) s.held ??= o.hold?.(u.folder, what);
      const held = await s?.held;
      const built = () => (s.built ??= buildUnit(u, io.firmwareDir, io.buildRoot ?? join16(io.outDir, "build"), io)).then((m) => m.get(v.id));
      let done;
      try {
        done = await runOne(v, io, (p) => o.progress.phase(k + 1, total, p, v.id), built).finally(() => s && --s.left === 0 ? held?.release() : void 0);
      } catch (error) {
        failure ??= { error };
        stop.abort();
        return;
      }
      const { result, log } = done;
      results[i] = result;
      o.progress.done(k + 1, total, result, log, headline(result, { benchmarks: o.benchmarks }));
    }
  };
  const jobs = (o.jobs > 0 ? o.jobs : availableParallelism()) * (o.slot ? 4 : 1);
  await Promise.all(Array.from({ length: Math.min(jobs, total) }, worker));
  if (failure) throw failure.error;
  variants.forEach((v, i) => {
    results[i] ??= interrupted(v, o.signal);
  });
  return results;
}

// src/jobs/job.ts
import { dirname as dirname8, join as join19, resolve as resolve8 } from "node:path";

// src/config/matrix.ts
var variantId = (v) => `${v.board}/${v.stack}/${v.runtime}/${v.benchmark}@${v.target}`;
function matches(pattern, id) {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/@]*").replace(/\?/g, "[^/@]");
  return new RegExp(`^${re}$`).test(id);
}
function excluded(cell, ex) {
  return AXES.every((axis) => {
    const want = ex[axis];
    return want === void 0 || (Array.isArray(want) ? want : [want]).includes(cell[axis]);
  });
}
function notBuiltReason(cell, cat, backends) {
  const notOn = cat.benchmarks[cell.benchmark].notOn[cell.target];
  if (notOn) return notOn;
  if (!backends.includes(cell.target)) return `no run backend for target ${cell.target} yet`;
  if (cell.target === "host" && (!cat.boards[cell.board] || !cat.stacks[cell.stack])) return "the firmware tree has no host board and stack (a board and a stack with target host)";
  for (const [kind2, spec] of [["board", cat.boards[cell.board]], ["stack", cat.stacks[cell.stack]]])
    if (!spec.targets.includes(cell.target)) return `${kind2} ${spec.id} does not build for target ${cell.target} (its targets: ${spec.targets.join(", ")})`;
  const lacking = cat.benchmarks[cell.benchmark].needs.find((n) => !cat.boards[cell.board][n]);
  if (lacking) return `${cell.board} has no ${NEEDS[lacking]} for ${cell.benchmark}`;
  const targets = cat.runtimes[cell.runtime].targets;
  if (targets.includes(cell.target)) return void 0;
  if (targets.every((t) => t === "host")) return `runtime ${cell.runtime} runs on the host only`;
  return `runtime ${cell.runtime} does not build for target ${cell.target} (its targets: ${targets.join(", ")})`;
}
function cells(config, target) {
  const host = target === "host";
  const out = [];
  for (const board2 of host ? [config.host.board ?? "host"] : config.boards)
    for (const stack of host ? [config.host.stack ?? "host"] : config.stacks)
      for (const runtime of host ? config.host.runtimes : config.runtimes)
        for (const benchmark of config.benchmarks) out.push({ board: board2, stack, runtime, benchmark, target });
  return out;
}
function expandMatrix(config, cat, backends) {
  const out = [];
  for (const target of config.targets)
    for (const cell of cells(config, target)) {
      if (config.exclude.some((ex) => excluded(cell, ex))) continue;
      const id = variantId(cell);
      const mine = config.overrides.filter((o) => matches(o.match, id));
      const notBuilt = notBuiltReason(cell, cat, backends);
      out.push({
        id,
        ...cell,
        cflags: [...config.cflags, ...mine.flatMap((o) => o.cflags ?? [])],
        defines: Object.assign({}, config.defines, ...mine.map((o) => stringDefines(o.defines))),
        ...notBuilt ? { notBuilt } : {}
      });
    }
  return out;
}
function placeOf(config, id) {
  for (const target of config.targets)
    for (const cell of cells(config, target))
      if (variantId(cell) === id) {
        const ex = config.exclude.find((e) => excluded(cell, e));
        return ex ? { excluded: ex } : { in: true };
      }
  return { outside: true };
}
var keepsBaseline = (p) => "in" in p || "excluded" in p && !p.excluded.reason;
function absence(config, ranTargets) {
  return (id) => {
    const p = placeOf(config, id);
    if ("outside" in p) return { reason: "no longer in the config's matrix (update-baselines removes its entry)", expected: true };
    if ("excluded" in p)
      return p.excluded.reason ? { reason: `excluded by the config: ${p.excluded.reason}`, expected: true } : { reason: "excluded by the config without a reason (if on purpose, give the exclude entry a `reason`)", expected: false };
    const target = id.slice(id.lastIndexOf("@") + 1);
    if (!ranTargets.includes(target)) return { reason: `target ${target} is not in this run`, expected: true };
    return { reason: "in the baseline but not in this run", expected: false };
  };
}
function thresholdsFor(config, cat, id) {
  const benchmark = id.slice(id.lastIndexOf("/") + 1, id.lastIndexOf("@"));
  const merged = declaredThresholds(cat, benchmark, structuredClone(config.thresholds));
  for (const o of config.overrides)
    if (matches(o.match, id))
      for (const [metric, t] of Object.entries(o.thresholds ?? {})) merged[metric] = { ...merged[metric], ...t };
  return merged;
}

// src/run/hardware.ts
import { mkdir as mkdir12, readFile as readFile17 } from "node:fs/promises";
import { resolve as resolve6 } from "node:path";
import { setTimeout as sleep3 } from "node:timers/promises";

// src/run/capture.ts
var field = (line, key) => new RegExp(`"${key}"\\s*:\\s*"([^"]*)"`).exec(line)?.[1];
function scanCapture(text, buildId) {
  const complete = text.slice(0, text.lastIndexOf("\n") + 1);
  let start2;
  let foreign;
  let offset = 0;
  for (const line of complete.split("\n")) {
    const end = offset + line.length + 1;
    const at = line.indexOf(PREFIX);
    if (at >= 0) {
      const type = field(line, "type");
      const id = field(line, "build_id");
      if (type === "hello" && id === buildId) start2 = offset + at;
      else if (type === "hello" && id && start2 === void 0) foreign = id;
      else if (type === "done" && id === buildId && start2 !== void 0) return { hello: true, run: complete.slice(start2, end) };
    }
    offset = end;
  }
  return { hello: start2 !== void 0, ...foreign && start2 === void 0 ? { foreign } : {} };
}

// src/run/flash/flasher.ts
var hex = (n) => `0x${n.toString(16).padStart(8, "0")}`;
var opt = (job, key, fallback) => {
  const v = job.board.flasher.options[key];
  return typeof v === "string" ? v : fallback;
};
function forBoard(job, key, flasher2) {
  const v = job.board.flasher.options[key];
  if (typeof v !== "string")
    throw new Error(`${job.board.where}: flasher ${flasher2} has no ${key} for ${job.board.board}; set flasher.options.${key}, or give it under flasher.${flasher2} in boards/${job.board.board}/board.yml`);
  return v;
}

// src/run/flash/gdb.ts
function start(job) {
  if (opt(job, "reset", "vector") === "monitor") return ["-ex", `monitor ${opt(job, "monitor", "reset halt")}`];
  return ["-ex", `set $sp = *(unsigned int *)${hex(job.vectors)}`, "-ex", `set $pc = *(unsigned int *)${hex(job.vectors + 4)}`];
}
var FAILED = /^(.*(Connection refused|Connection timed out|Remote connection closed|Remote communication error|Load failed|Error (writing|erasing)|Cannot access memory|not supported by this target|No such file or directory).*)$/m;
function session(job, commands, mustSay, what) {
  return {
    // No connection retries: an absent server is the ladder's business, not a 15 s wait.
    argv: [
      opt(job, "binary", "gdb-multiarch"),
      "-batch",
      "-nx",
      "-ex",
      "set confirm off",
      "-ex",
      "set tcp auto-retry off",
      "-ex",
      `target remote ${opt(job, "remote", "")}`,
      ...commands,
      "-ex",
      "detach",
      job.elf
    ],
    check(output) {
      const bad = FAILED.exec(output);
      if (bad) return bad[1].trim();
      if (!mustSay.test(output)) return `gdb did not ${what}`;
      if (!/detached/i.test(output)) return "gdb did not detach (the core may be left halted)";
      return void 0;
    }
  };
}
var gdb = {
  flash: (job) => [session(job, ["-ex", "load", ...start(job)], /^Transfer rate/m, "load the image")],
  reset: (job) => [session(job, start(job), /./, "reset")]
};

// src/run/flash/openocd.ts
function base2(job) {
  const extra = job.board.flasher.options.commands ?? [];
  return [
    opt(job, "binary", "openocd"),
    "-f",
    opt(job, "interface", "interface/stlink.cfg"),
    "-c",
    `adapter serial ${job.board.probe}`,
    ...job.underReset ? ["-c", "reset_config srst_only srst_nogate connect_assert_srst"] : [],
    "-f",
    forBoard(job, "target", "openocd"),
    ...extra.flatMap((c) => ["-c", c])
  ];
}
var tclPath = (p) => {
  if (/[{}]/.test(p)) throw new Error(`openocd: cannot pass the path ${p} (it contains braces)`);
  return `{${p}}`;
};
var openocd = {
  flash: (job) => [{ argv: [...base2(job), "-c", `program ${tclPath(job.elf)} verify reset exit`] }],
  reset: (job) => [{ argv: [...base2(job), "-c", "init", "-c", "reset run", "-c", "shutdown"] }]
};

// src/run/flash/probe-rs.ts
function common(job) {
  const protocol = job.board.flasher.options.protocol;
  return [
    "--probe",
    job.board.probe,
    "--chip",
    forBoard(job, "chip", "probe-rs"),
    ...typeof protocol === "string" ? ["--protocol", protocol] : [],
    ...job.underReset ? ["--connect-under-reset"] : []
  ];
}
var reset = (job) => ({ argv: [opt(job, "binary", "probe-rs"), "reset", ...common(job)] });
var probeRs = {
  flash: (job) => [{ argv: [opt(job, "binary", "probe-rs"), "download", ...common(job), job.elf] }, reset(job)],
  reset: (job) => [reset(job)]
};

// src/run/flash/pyocd.ts
function common2(job) {
  const freq = job.board.flasher.options.frequency;
  return [
    "-u",
    job.board.probe,
    "-t",
    forBoard(job, "target", "pyocd"),
    ...typeof freq === "string" ? ["-f", freq] : [],
    ...job.underReset ? ["-O", "connect_mode=under-reset"] : []
  ];
}
var pyocd = {
  flash: (job) => [{ argv: [opt(job, "binary", "pyocd"), "flash", ...common2(job), job.elf] }],
  reset: (job) => [{ argv: [opt(job, "binary", "pyocd"), "reset", ...common2(job)] }]
};

// src/run/flash/st-flash.ts
import { join as join17 } from "node:path";
var common3 = (job) => [...job.underReset ? ["--connect-under-reset"] : [], "--serial", job.board.probe];
var stFlash = {
  flash(job) {
    const bin = join17(job.workDir, "firmware.bin");
    return [
      { argv: [opt(job, "objcopy", "arm-none-eabi-objcopy"), "-O", "binary", job.elf, bin] },
      { argv: [opt(job, "binary", "st-flash"), ...common3(job), "--reset", "write", bin, opt(job, "address", hex(job.vectors))] }
    ];
  },
  reset: (job) => [{ argv: [opt(job, "binary", "st-flash"), ...common3(job), "reset"] }]
};

// src/run/flash/index.ts
var FLASHERS = {
  openocd,
  pyocd,
  "st-flash": stFlash,
  "probe-rs": probeRs,
  gdb
};
var firstLine = (s) => s.trim().split("\n").filter(Boolean).slice(-1)[0] ?? "";
async function runCommands(commands, timeoutMs) {
  let log = "";
  for (const c of commands) {
    const [bin, ...args] = c.argv;
    const r = await execa(bin, args, { all: true, reject: false, timeout: timeoutMs, killSignal: "SIGKILL", stdin: "ignore" });
    const out = String(r.all ?? "");
    log += `$ ${c.argv.join(" ")}
${out}
`;
    if (r.code === "ENOENT") return { failure: `${bin} not found (install it on this runner)`, log };
    if (r.timedOut) return { failure: `${bin} did not finish within ${timeoutMs / 1e3} s`, log };
    const bad = c.check?.(out);
    if (r.exitCode !== 0) return { failure: `${bin} exited with status ${r.exitCode}: ${bad ?? firstLine(out)}`, log };
    if (bad) return { failure: `${bin}: ${bad}`, log };
  }
  return { log };
}

// src/run/serial.ts
import { constants as constants3 } from "node:fs";
import { open as open3 } from "node:fs/promises";
import { connect } from "node:net";
import { ReadStream } from "node:tty";
import { setTimeout as sleep2 } from "node:timers/promises";
function wrap(stream, name2) {
  let text = "";
  let gone;
  let wake;
  const poke = () => {
    wake?.();
    wake = void 0;
  };
  stream.setEncoding("latin1");
  stream.on("data", (d) => {
    text += d;
    poke();
  });
  stream.on("error", (e) => {
    gone ??= `serial port ${name2} went away (${e.code ?? e.message})`;
    poke();
  });
  stream.on("close", () => {
    gone ??= `serial port ${name2} closed`;
    poke();
  });
  let closing = false;
  return {
    text: () => text,
    next: () => gone ? Promise.resolve() : new Promise((r) => wake = r),
    gone: () => closing ? void 0 : gone,
    close() {
      closing = true;
      stream.destroy();
    }
  };
}
async function openTcp(host, port, name2) {
  const socket = await new Promise((resolve10, reject) => {
    const s = connect({ host, port });
    s.once("connect", () => resolve10(s));
    s.once("error", reject);
  });
  return wrap(socket, name2);
}
async function openDevice(path, baud) {
  const stty = await execa("stty", ["-F", path, String(baud), "raw", "-echo", "cs8", "-cstopb", "-parenb", "clocal"], { reject: false, all: true });
  if (stty.failed) throw Object.assign(new Error(`stty ${path}: ${String(stty.all).trim()}`), { code: "ESTTY" });
  const fh = await open3(path, constants3.O_RDONLY | constants3.O_NOCTTY | constants3.O_NONBLOCK);
  return wrap(new ReadStream(fh.fd), path);
}
async function openSerial(spec, baud, waitMs) {
  const deadline = Date.now() + waitMs;
  for (; ; ) {
    try {
      return spec.kind === "tcp" ? await openTcp(spec.host, spec.port, spec.text) : await openDevice(spec.path, baud);
    } catch (e) {
      const code2 = e.code;
      const absent = code2 === "ECONNREFUSED" || code2 === "ENOENT" || code2 === "ENXIO" || code2 === "ESTTY";
      if (!absent || Date.now() >= deadline) throw new Error(`cannot open serial port ${spec.text}: ${code2 === "ESTTY" ? e.message : code2 ?? e.message}`);
      await sleep2(100);
    }
  }
}

// src/run/sigrok.ts
function sigrokArgs(s) {
  return [
    "--driver",
    s.driver,
    "--channels",
    s.channel,
    ...s.channelGroup ? ["--channel-group", s.channelGroup] : [],
    ...s.config.flatMap((c) => ["--config", c]),
    ...s.trigger ? ["--triggers", `${s.channel}=${s.trigger}`] : [],
    "--samples",
    String(s.samples),
    "-O",
    "csv"
  ];
}
var UNITS = { "": 1, k: 1e3, M: 1e6, G: 1e9 };
function edgeRate(csv) {
  const rate = /^; Samplerate: ([\d.]+) ?([kMG]?)Hz$/m.exec(csv);
  if (!rate) throw new Error("sigrok-cli output names no samplerate");
  const samplerate = Number(rate[1]) * UNITS[rate[2]];
  const bits = csv.split("\n").filter((l) => /^[01]$/.test(l.trim())).map((l) => l.trim());
  let first = -1;
  let last = -1;
  let edges = 0;
  for (let i = 1; i < bits.length; i++)
    if (bits[i] !== bits[i - 1]) {
      if (first < 0) first = i;
      last = i;
      edges++;
    }
  if (edges < 2) throw new Error(`${edges} edge(s) in ${bits.length} samples: the pin did not change while the analyzer captured`);
  return { hz: Math.round((edges - 1) * samplerate / (last - first)), edges, samplerate };
}
function startSigrok(s, timeoutMs) {
  const argv2 = sigrokArgs(s);
  const child = execa("sigrok-cli", argv2, { reject: false, timeout: timeoutMs, stdin: "ignore", maxBuffer: 512 * 1024 * 1024 });
  return {
    async result() {
      const r = await child;
      const log = `$ sigrok-cli ${argv2.join(" ")}
${String(r.stderr ?? "")}`;
      if (r.code === "ENOENT") return { log, failure: "sigrok-cli not found (apt-get install sigrok-cli)" };
      if (r.exitCode !== 0) return { log, failure: `sigrok-cli exited with status ${r.exitCode}: ${String(r.stderr ?? "").trim().split("\n").pop()}` };
      try {
        const { hz, edges, samplerate } = edgeRate(String(r.stdout ?? ""));
        return { hz, log: `${log}${edges} edges at ${samplerate} Hz sampling: ${hz} Hz
` };
      } catch (e) {
        return { log, failure: e.message };
      }
    }
  };
}

// src/run/hardware.ts
var LADDER = [
  { name: "flash", flash: true, underReset: false },
  { name: "soft reset", flash: false, underReset: false },
  { name: "reflash under reset", flash: true, underReset: true }
];
async function vectorTable(elf) {
  const sections2 = parseElf(await readFile17(elf), elf).sections.filter((s) => s.flags & SHF_ALLOC && s.type !== SHT_NOBITS && s.size > 0);
  const v = sections2.find((s) => s.name === ".vectors") ?? sections2.sort((a, b) => a.addr - b.addr)[0];
  if (!v) throw new Error(`${elf}: no loadable section`);
  return v.addr;
}
async function watch(port, from, buildId, board2, timeoutMs, onHello) {
  const started = Date.now();
  let greeted = false;
  for (; ; ) {
    const s = scanCapture(port.text().slice(from), buildId);
    if (s.run) return { kind: "done", run: s.run };
    if (s.hello && !greeted) {
      greeted = true;
      onHello();
    }
    const gone = port.gone();
    if (gone) return { kind: "board", why: gone };
    const elapsed = Date.now() - started;
    if (!s.hello && elapsed >= board2.helloTimeoutMs)
      return { kind: "board", why: s.foreign ? `the board still runs another image (build id ${s.foreign})` : `no output on ${board2.serial.text} within ${board2.helloTimeoutMs / 1e3} s` };
    if (s.hello && elapsed >= timeoutMs) return { kind: "hung", run: port.text().slice(from) };
    const left = (s.hello ? timeoutMs : board2.helloTimeoutMs) - elapsed;
    await Promise.race([port.next(), sleep3(Math.max(10, Math.min(left, 500)))]);
  }
}
function hardwareBackend(farm, workRoot, analyzerMetric2) {
  const unavailable = /* @__PURE__ */ new Map();
  return {
    async run(artifact, timeoutMs) {
      const v = artifact.variant;
      const started = performance.now();
      const board2 = farm.boardOf.get(v.id);
      const out = (o) => ({ serial: "", diagnostics: "", timedOut: false, durationMs: performance.now() - started, command: [], ...o });
      if (!board2) return out({ failure: `no board in ${farm.inventory.file} runs ${v.id}` });
      const down = unavailable.get(board2.name);
      if (down) return out({ failure: `board ${board2.name} unavailable: ${down}` });
      let held;
      try {
        held = await lockBoard(farm.inventory.lockDir, board2.name, v.id, farm.inventory.lockTimeoutMs);
      } catch (e) {
        if (!(e instanceof Busy)) throw e;
        unavailable.set(board2.name, e.message);
        return out({ failure: `board ${board2.name} unavailable: ${e.message}` });
      }
      const given = unavailable.get(board2.name);
      if (given) {
        await held.release();
        return out({ failure: `board ${board2.name} unavailable: ${given}` });
      }
      const workDir = resolve6(workRoot, slug(v.id));
      await mkdir12(workDir, { recursive: true });
      const flasher2 = FLASHERS[board2.flasher.type];
      const notes = [`# board ${board2.name} (${board2.board}, ${board2.where}), serial ${board2.serial.text}, flasher ${board2.flasher.type}`];
      let serialLog = "";
      let port;
      const dropPort = () => {
        if (port) serialLog += port.text();
        port?.close();
        port = void 0;
      };
      try {
        const job = { elf: artifact.elf, board: board2, vectors: await vectorTable(artifact.elf), workDir, underReset: false };
        const buildId = parseElf(await readFile17(artifact.elf), artifact.elf).buildId;
        if (!buildId) return out({ failure: `${artifact.elf} has no GNU build id` });
        let why = "";
        for (const step of LADDER) {
          if (step.flash && board2.pre) {
            const pre = await runCommands([{ argv: board2.pre }], board2.flasher.timeoutMs);
            notes.push(pre.log);
            if (pre.failure) {
              why = `${step.name}: pre command: ${pre.failure}`;
              notes.push(`# ${why}`);
              continue;
            }
          }
          if (!port || port.gone()) {
            dropPort();
            try {
              port = await openSerial(board2.serial, board2.baud, board2.helloTimeoutMs);
            } catch (e) {
              why = `${step.name}: ${e.message}`;
              notes.push(`# ${why}`);
              continue;
            }
          }
          const from = port.text().length;
          const commands = step.flash ? flasher2.flash({ ...job, underReset: step.underReset }) : flasher2.reset(job);
          const flashed = await runCommands(commands, board2.flasher.timeoutMs);
          notes.push(flashed.log);
          if (flashed.failure) {
            why = `${step.name} failed: ${flashed.failure}`;
            notes.push(`# ${why}`);
            continue;
          }
          let sigrok2;
          const external = analyzerMetric2(v.benchmark);
          const attempt = await watch(port, from, buildId, board2, timeoutMs, () => {
            if (board2.sigrok && external) sigrok2 = startSigrok(board2.sigrok, timeoutMs);
          });
          const command = commands.at(-1).argv;
          if (attempt.kind === "board") {
            why = `${step.name}: ${attempt.why}`;
            notes.push(`# ${why}`);
            await sigrok2?.result();
            continue;
          }
          const metrics = {};
          let failure;
          if (sigrok2) {
            const m = await sigrok2.result();
            notes.push(m.log);
            if (m.hz !== void 0) metrics[external] = { value: m.hz, unit: "Hz" };
            else failure = `external measurement ${external} (sigrok ${board2.sigrok.driver}) failed: ${m.failure}`;
          }
          return out({
            serial: attempt.run,
            diagnostics: notes.join("\n"),
            command,
            metrics,
            ...attempt.kind === "done" ? { exitCode: 0 } : { timedOut: true },
            ...failure ? { failure } : {}
          });
        }
        unavailable.set(board2.name, why);
        return out({ failure: `board ${board2.name} unavailable: ${why}`, serial: serialLog + (port?.text() ?? ""), diagnostics: notes.join("\n") });
      } finally {
        dropPort();
        await held.release();
      }
    }
  };
}

// src/store/reuse.ts
import { cpus } from "node:os";
var portableCommand = (command, elf) => command.map((a) => a.split(elf).join("<image>"));
var libc;
var hostLibc = () => libc ??= process.report.getReport().header?.glibcVersionRuntime ?? "unknown";
async function runKey(a, command, ctx) {
  const image = await imageHashes(a.elf);
  const target = a.variant.target;
  return {
    kind: "run",
    target,
    protocol: PROTOCOL_VERSION,
    command: portableCommand(command, a.elf),
    // A host binary runs by itself: its machine is in `cpu` and `libc`.
    runner: command[0] === a.elf ? "none" : await ctx.version(command[0]),
    ...target === "host" ? {
      binary: image.sha256,
      libc: hostLibc(),
      cpu: cpus()[0]?.model ?? "unknown",
      ...a.timed ? { timed: (await imageHashes(a.timed.elf)).sha256 } : {}
    } : { image: image.loaded() },
    ...ctx.placeOf ? { place: ctx.placeOf(a.variant.id) ?? null } : {}
  };
}
function reusing(backend, commandOf, ctx, rerun) {
  return {
    async run(artifact, timeoutMs, signal) {
      const key = await runKey(artifact, commandOf(artifact), ctx);
      const hit = rerun ? void 0 : await ctx.store.get(key);
      if (hit && "run" in hit.value) return { ...hit.value.run, command: commandOf(artifact), reused: hit.measured };
      const out = await backend.run(artifact, timeoutMs, signal);
      if (out.exitCode === 0 && !out.timedOut && !out.failure && !signal?.aborted && finished(out.serial) && (!out.reused || out.reused.only)) {
        const { reused: _, ...run } = out;
        await ctx.store.put(key, ctx.measured, { run: { ...run, command: portableCommand(run.command, artifact.elf) } });
      }
      return out;
    }
  };
}
function instructionCounts(ctx, rerun) {
  const key = async (elf, command) => ({
    kind: "instructions",
    binary: (await imageHashes(elf)).sha256,
    command: portableCommand(command, elf),
    runner: await ctx.version(command[0]),
    libc: hostLibc()
  });
  return {
    async get(elf, command) {
      if (rerun) return void 0;
      const hit = await ctx.store.get(await key(elf, command));
      return hit && "instructions" in hit.value ? { ...hit.value, measured: hit.measured } : void 0;
    },
    async put(elf, command, instructions, counted2) {
      await ctx.store.put(await key(elf, command), ctx.measured, { instructions, ...counted2 !== void 0 ? { counted: counted2 } : {} });
    }
  };
}

// src/store/backends.ts
var TARGETS_WITH_BACKEND = ["emulated", "host", "hardware"];
var boardPlace = (b) => ({ name: b.name, board: b.board, probe: b.probe ?? null });
function backendsFor(ctx) {
  const r = ctx.reuse;
  const slot = ctx.slot;
  const limited = (b) => slot ? {
    run: (a, timeoutMs, signal) => slot(async () => signal?.aborted ? { serial: "", diagnostics: "", timedOut: false, durationMs: 0, command: [], failure: "interrupted before it started" } : b.run(a, timeoutMs, signal))
  } : b;
  const qemuBackend2 = limited(qemuBackend);
  const host = limited(hostBackend(ctx.host.repeat, r && instructionCounts(r.ctx, r.rerun)));
  const farm = ctx.farm;
  const hardware = farm && limited(hardwareBackend(farm, ctx.workDir, ctx.analyzerMetric));
  const place = (id) => {
    const b = farm?.boardOf.get(id);
    return b && boardPlace(b);
  };
  return {
    emulated: r ? reusing(qemuBackend2, qemuCommand, r.ctx, r.rerun) : qemuBackend2,
    host: r?.measured.includes("host") ? reusing(host, (a) => [a.elf, `timed runs: ${ctx.host.repeat}`], r.ctx, r.rerun) : host,
    ...hardware ? {
      hardware: r?.measured.includes("hardware") ? reusing(hardware, (a) => [farm.boardOf.get(a.variant.id)?.flasher.type ?? "unassigned"], { ...r.ctx, placeOf: place }, r.rerun) : hardware
    } : {}
  };
}

// src/inventory/inventory.ts
import { readFile as readFile18 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { dirname as dirname7, join as join18, resolve as resolve7 } from "node:path";

// src/inventory/schema.ts
var argv = { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 };
var name = { type: "string", minLength: 1 };
var flasher = {
  type: "object",
  additionalProperties: false,
  required: ["type"],
  properties: {
    type: { enum: [...FLASHER_TYPES] },
    // Flasher-specific settings (see src/run/flash/<type>.ts); unknown keys are refused there.
    options: { type: "object", additionalProperties: { type: ["string", "number", "boolean", "array"] } },
    timeout: seconds
  }
};
var sigrok = {
  type: "object",
  additionalProperties: false,
  required: ["driver", "channel"],
  properties: {
    driver: { type: "string", minLength: 1 },
    channel: { type: "string", minLength: 1 },
    samples: { type: "integer", minimum: 16 },
    config: { type: "array", items: { type: "string", minLength: 1 } },
    channelGroup: { type: "string", minLength: 1 },
    trigger: { enum: ["r", "f", "e"] }
  }
};
var board = (cat) => ({
  type: "object",
  additionalProperties: false,
  required: ["name", "board", "serial", "flasher", "runner"],
  properties: {
    name,
    board: { enum: mcu(cat.boards) },
    probe: { type: "string", minLength: 1 },
    serial: { type: "string", minLength: 1 },
    baud: { type: "integer", minimum: 300 },
    flasher,
    runner: { anyOf: [name, { type: "array", items: name, minItems: 1 }] },
    image: { enum: ["hardware", "emulated"] },
    pre: argv,
    helloTimeout: seconds,
    sigrok
  }
});
var inventorySchema = (cat) => ({
  type: "object",
  additionalProperties: false,
  required: ["boards"],
  properties: {
    lock: {
      type: "object",
      additionalProperties: false,
      properties: { dir: { type: "string", minLength: 1 }, timeout: seconds }
    },
    boards: { type: "array", items: board(cat) }
  }
});

// src/inventory/inventory.ts
var NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parseSerial(text) {
  const tcp = /^tcp:([^:\s]+):(\d{1,5})$/.exec(text);
  if (tcp && Number(tcp[2]) > 0 && Number(tcp[2]) < 65536) return { kind: "tcp", host: tcp[1], port: Number(tcp[2]), text };
  if (/^\/\S+$/.test(text)) return { kind: "device", path: text, text };
  return void 0;
}
var NOT_A_VALUE = /* @__PURE__ */ new Set(["binary", "objcopy", "commands", "monitor"]);
var optionLike = (parsed, path, value, program) => value.startsWith("-") && fail(parsed, path, `"${value}" starts with "-": ${program} would read it as an option`);
var GDB_REMOTE = /^(?:(?:tcp|udp):)?[\w.[\]:-]+:\d{1,5}$|^\/\S+$/;
function checkOptions(parsed, at, type, options) {
  const known2 = FLASHER_OPTIONS[type];
  for (const [key, value] of Object.entries(options)) {
    const want = known2[key];
    if (!want) fail(parsed, [...at, key], `unknown option "${key}" for flasher ${type}; expected one of: ${Object.keys(known2).join(", ")}`, true);
    const ok = want === "string[]" ? Array.isArray(value) && value.every((v) => typeof v === "string") : typeof value === want;
    if (!ok) fail(parsed, [...at, key], `expected ${want === "string[]" ? "a list of strings" : want}`);
    if (typeof value === "string" && !NOT_A_VALUE.has(key)) optionLike(parsed, [...at, key], value, type);
  }
  if (typeof options.address === "string" && !/^(0x[0-9a-fA-F]+|\d+)$/.test(options.address))
    fail(parsed, [...at, "address"], `"${options.address}" is not an address (0x08000000)`);
  if (typeof options.remote === "string" && !GDB_REMOTE.test(options.remote))
    fail(parsed, [...at, "remote"], `"${options.remote}" is neither HOST:PORT nor a device path`);
  return options;
}
function parseInventory(file, text, cat) {
  const parsed = parseWithPositions(file, text);
  if (parsed.value === null || typeof parsed.value !== "object" || Array.isArray(parsed.value))
    fail(parsed, [], "expected a mapping with a list of boards");
  const raw = validator(inventorySchema(cat))(parsed);
  const seen = /* @__PURE__ */ new Map();
  const boards = raw.boards.map((b, i) => {
    const at = ["boards", i];
    if (!NAME.test(b.name)) fail(parsed, [...at, "name"], `"${b.name}" is not a usable name (letters, digits, "_", "." and "-"; it names a shard, a lock file and an artifact)`);
    if (seen.has(b.name)) fail(parsed, [...at, "name"], `"${b.name}" is already the name of boards[${seen.get(b.name)}]`);
    seen.set(b.name, i);
    const serial = parseSerial(b.serial);
    if (!serial) fail(parsed, [...at, "serial"], `"${b.serial}" is neither a device path (/dev/serial/by-id/...) nor tcp:HOST:PORT`);
    const runner = typeof b.runner === "string" ? [b.runner] : b.runner;
    runner.forEach((r, k) => NAME.test(r) || fail(parsed, [...at, "runner", ...typeof b.runner === "string" ? [] : [k]], `"${r}" is not a runner label`));
    const options = checkOptions(parsed, [...at, "flasher", "options"], b.flasher.type, b.flasher.options ?? {});
    if (b.probe && !/^[A-Za-z0-9][\w:.-]*$/.test(b.probe))
      fail(parsed, [...at, "probe"], `"${b.probe}" is not a probe serial number (letters, digits, ":", "_", "." and "-", not first)`);
    if (b.flasher.type !== "gdb" && !b.probe) fail(parsed, at, `missing key "probe": flasher ${b.flasher.type} needs the probe's serial number, so it never flashes another board`);
    if (b.flasher.type === "gdb") {
      if (typeof options.remote !== "string") fail(parsed, [...at, "flasher"], "flasher gdb needs options.remote (HOST:PORT of the GDB server)");
      if (options.reset !== void 0 && options.reset !== "vector" && options.reset !== "monitor")
        fail(parsed, [...at, "flasher", "options", "reset"], `"${String(options.reset)}" is not known; expected one of: vector, monitor`);
    }
    const s = b.sigrok;
    if (s) {
      if (/[=,\s]/.test(s.channel)) fail(parsed, [...at, "sigrok", "channel"], `"${s.channel}" is not one sigrok channel name (e.g. D0)`);
      s.config?.forEach((c, k) => /^[^=\s-][^=\s]*=\S+$/.test(c) || fail(parsed, [...at, "sigrok", "config", k], `"${c}" is not a sigrok KEY=VALUE option`));
      for (const key of ["driver", "channel", "channelGroup"]) if (s[key]) optionLike(parsed, [...at, "sigrok", key], s[key], "sigrok-cli");
    }
    return {
      name: b.name,
      board: b.board,
      ...b.probe ? { probe: b.probe } : {},
      serial,
      baud: b.baud ?? 115200,
      flasher: { type: b.flasher.type, options: { ...cat.boards[b.board].flasher[b.flasher.type], ...options }, timeoutMs: (b.flasher.timeout ?? 120) * 1e3 },
      runner,
      image: b.image ?? "hardware",
      ...b.pre ? { pre: b.pre } : {},
      helloTimeoutMs: (b.helloTimeout ?? 10) * 1e3,
      ...s ? { sigrok: { driver: s.driver, channel: s.channel, samples: s.samples ?? 1e6, config: s.config ?? [], ...s.channelGroup ? { channelGroup: s.channelGroup } : {}, ...s.trigger ? { trigger: s.trigger } : {} } } : {},
      where: position(parsed, at)
    };
  });
  const lockDir = raw.lock?.dir ? resolve7(dirname7(resolve7(file)), raw.lock.dir) : join18(tmpdir3(), "wasm-mcu-bench-locks");
  return { file, lockDir, lockTimeoutMs: (raw.lock?.timeout ?? 3600) * 1e3, boards };
}
async function loadInventory(file, cat) {
  let text;
  try {
    text = await readFile18(file, "utf8");
  } catch (e) {
    throw new UserError(`${file}: cannot read the board inventory (${e.code ?? String(e)}); target hardware needs one (see README "Board inventory")`);
  }
  return parseInventory(file, text, cat);
}

// src/inventory/assign.ts
function assignBoards(variants, inventory, configFile) {
  const boardOf = /* @__PURE__ */ new Map();
  const dealt = /* @__PURE__ */ new Map();
  const out = variants.map((v) => {
    if (v.target !== "hardware") return v;
    const boards = inventory.boards.filter((b2) => b2.board === v.board);
    if (!boards.length)
      throw new UserError(`${configFile}: target hardware with board ${v.board}, but ${inventory.file} has no ${v.board}; add one or exclude { board: ${v.board}, target: hardware }`);
    const k = dealt.get(v.board) ?? 0;
    dealt.set(v.board, k + 1);
    const b = boards[k % boards.length];
    boardOf.set(v.id, b);
    return b.image === "emulated" ? { ...v, image: "emulated" } : v;
  });
  return { inventory, variants: out, boardOf };
}

// src/jobs/job.ts
async function resolveJob(options) {
  const configFile = resolve8(options.config);
  const firmwareDir = resolve8(options.firmwareDir ?? join19(packageRoot(), "firmware"));
  const catalogue = await loadCatalogue(firmwareDir, await benchmarkDirsOf(options.config));
  const loaded = await loadConfig(options.config, catalogue);
  const config = options.profile ? { ...loaded, profile: options.profile } : loaded;
  const configDir = dirname8(configFile);
  const manifest = await loadManifest(firmwareDir);
  checkSources(catalogue, Object.keys(manifest));
  const cells2 = expandMatrix(config, catalogue, TARGETS_WITH_BACKEND);
  if (options.source) checkSourceDir(options.source, manifest, catalogue, cells2);
  const hardware = cells2.some((v) => v.target === "hardware" && !v.notBuilt);
  const inventory = hardware || options.boards ? await loadInventory(options.boards ?? resolve8(configDir, config.inventory), catalogue) : void 0;
  return {
    options,
    configFile,
    configDir,
    config,
    catalogue,
    firmwareDir,
    manifest,
    baselineDir: resolve8(configDir, config.baselines),
    cells: cells2,
    ...inventory ? { inventory } : {}
  };
}
function checkSourceDir(s, manifest, catalogue, cells2) {
  if (!manifest[s.name]) throw new UserError(`source ${s.name}=${s.dir}: ${s.name} is not a pinned source (firmware/sources.json pins ${Object.keys(manifest).join(", ")})`);
  if (!cells2.some((v) => !v.notBuilt && sourcesFor(catalogue, v).includes(s.name)))
    throw new UserError(`source ${s.name}=${s.dir}: no variant of the config's matrix builds from ${s.name}`);
}
async function baselineFolder(job, mayCreate = false) {
  await checkBaselineFolder(job.baselineDir, mayCreate ? void 0 : job.config.baselinesAt);
  const repaired = await recoverBaselines(job.baselineDir);
  if (repaired) job.options.progress.note(repaired);
  return job.baselineDir;
}
var builtTogether = (job) => (v) => job.catalogue.stacks[v.stack]?.one_image_per_build ? v.id : buildCell(v);
async function planMatrix(job, shard) {
  const sources = /* @__PURE__ */ new Map();
  for (const name2 of new Set(job.cells.filter((v) => !v.notBuilt).flatMap((v) => sourcesFor(job.catalogue, v))))
    sources.set(name2, await resolveSource(name2, job.manifest[name2], { lazy: true, ...job.options.source?.name === name2 ? { override: job.options.source.dir } : {} }));
  let variants = markUnavailable(job.cells, (v) => sourcesFor(job.catalogue, v), sources);
  const farm = job.inventory && variants.some((v) => v.target === "hardware" && !v.notBuilt) ? assignBoards(variants, job.inventory, job.config.file) : void 0;
  if (farm) variants = farm.variants;
  const shards = planShards(variants, farm?.boardOf ?? /* @__PURE__ */ new Map(), {
    shards: job.config.shards,
    durations: await readDurations(durationsDir(cacheRoot())),
    together: builtTogether(job)
  });
  if (shard) variants = selectShard(shards, variants, shard);
  return { variants, sources, verify: verifier(sources.values()), shards, ...farm ? { farm } : {} };
}
async function provenance(cwd) {
  const commit = await execa("git", ["rev-parse", "HEAD"], { cwd, reject: false });
  const tools = ["arm-none-eabi-gcc", "cmake", "ninja", QEMU, "gcc", "valgrind"];
  const versions = await Promise.all(tools.map(toolVersion));
  return {
    commit: commit.failed ? "unknown" : String(commit.stdout).trim(),
    date: (/* @__PURE__ */ new Date()).toISOString(),
    tool: toolPackageVersion(),
    node: process.version,
    toolchain: Object.fromEntries(tools.map((t, i) => [t, versions[i]]))
  };
}

// src/report/exports.ts
import { rm as rm11, writeFile as writeFile6 } from "node:fs/promises";
import { join as join20 } from "node:path";
function githubActionBenchmark(r, cat) {
  const out = { smaller: [], bigger: [] };
  for (const v of r.variants.filter((x) => x.status === "ok"))
    for (const [metric, m] of Object.entries(v.metrics))
      ((metricInfo(cat, v.benchmark, metric)?.direction ?? "smaller") === "smaller" ? out.smaller : out.bigger).push({
        name: `${v.id} ${metric}`,
        unit: m.unit,
        value: m.value,
        extra: `commit ${r.provenance.commit.slice(0, 12)}${m.configuration ? `, ${m.configuration}` : ""}`
      });
  return out;
}
function bencherMetricFormat(r) {
  const out = {};
  for (const v of r.variants.filter((x) => x.status === "ok"))
    out[v.id] = Object.fromEntries(Object.entries(v.metrics).map(([metric, m]) => [metric.replace(/_/g, "-"), { value: m.value }]));
  return out;
}
var EXPORT_FILES = {
  smaller: "benchmark-smaller-is-better.json",
  bigger: "benchmark-bigger-is-better.json",
  bencher: "bencher.json"
};
async function clearReports(outDir) {
  for (const name2 of ["report.md", ...Object.values(EXPORT_FILES)]) await rm11(join20(outDir, name2), { force: true });
}
async function writeExports(outDir, r, cat) {
  const gab = githubActionBenchmark(r, cat);
  const files = [
    [EXPORT_FILES.smaller, gab.smaller],
    [EXPORT_FILES.bigger, gab.bigger],
    [EXPORT_FILES.bencher, bencherMetricFormat(r)]
  ];
  for (const [name2, data] of files) await writeFile6(join20(outDir, name2), `${JSON.stringify(data, null, 2)}
`);
  return files.map(([name2]) => join20(outDir, name2));
}

// src/shard/merge.ts
function mergeShards(plan2, files, fallback) {
  const byShard = /* @__PURE__ */ new Map();
  for (const f of files) {
    const name2 = f.results.shard;
    if (!name2) throw new UserError(`${f.file}: has no "shard" (write shard results with \`wasm-mcu-bench run --shard NAME\`)`);
    if (!plan2.shards.some((s) => s.name === name2)) throw new UserError(`${f.file}: shard "${name2}" is not in the plan (${plan2.shards.map((s) => s.name).join(", ")})`);
    const twice = byShard.get(name2);
    if (twice) throw new UserError(`shard "${name2}" reported twice: ${twice.file} and ${f.file}`);
    byShard.set(name2, f);
  }
  const variants = [];
  const missing = [];
  for (const shard of plan2.shards) {
    const got = byShard.get(shard.name);
    const byId = new Map(got?.results.variants.map((v) => [v.id, v]));
    for (const id of shard.variants) {
      const v = byId.get(id);
      if (v) variants.push(v);
      else missing.push({ id, reason: got ? `shard ${shard.name} reported no result for it` : `shard ${shard.name} never reported` });
    }
  }
  const reported = plan2.shards.map((s) => byShard.get(s.name)).filter((f) => Boolean(f));
  const interrupted2 = reported.some((f) => f.results.interrupted);
  return { results: { schemaVersion: 1, provenance: reported.length ? mergeProvenance(reported) : fallback, variants, ...interrupted2 ? { interrupted: interrupted2 } : {} }, missing };
}
function mergeProvenance(files) {
  const first = files[0].results.provenance;
  const tools = [...new Set(files.flatMap((f) => Object.keys(f.results.provenance.toolchain)))];
  const toolchain = Object.fromEntries(tools.map((tool) => {
    const seen = /* @__PURE__ */ new Map();
    for (const f of files) {
      const v = f.results.provenance.toolchain[tool];
      if (v !== void 0) seen.set(v, [...seen.get(v) ?? [], f.results.shard ?? "?"]);
    }
    return [tool, seen.size === 1 ? [...seen.keys()][0] : [...seen].map(([v, shards]) => `${v} (${shards.join(", ")})`).join("; ")];
  }));
  const sources = Object.assign({}, ...files.map((f) => f.results.provenance.sources ?? {}));
  return { ...first, toolchain, ...Object.keys(sources).length ? { sources } : {} };
}

// src/catalogue/cmake.ts
var hex2 = (n) => `0x${n.toString(16).padStart(8, "0")}`;
function cmakeFacts(cat, v, opts = {}) {
  const b = cat.boards[v.board];
  const target = v.image ?? v.target;
  const emulated = target === "emulated";
  const zephyrKconfig = cat.runtimes[v.runtime].stacks.zephyr?.kconfig;
  const cpu = b.cpu ? ["-mthumb", `-mcpu=${b.cpu.core}`, ...b.cpu.fpu ? [`-mfpu=${b.cpu.fpu}`, "-mfloat-abi=hard"] : ["-mfloat-abi=soft"]] : [];
  const zephyr = emulated ? b.zephyr?.emulated?.board : b.zephyr?.hardware;
  const facts = {
    WMB_BOARD_CPU_FLAGS: cpu.join(";"),
    WMB_BOARD_CORE_HZ: String(b.coreHz ?? 0),
    WMB_BOARD_FLASH_ORIGIN: b.flash && hex2(emulated ? b.emulated?.flash_origin ?? b.flash.origin : b.flash.origin),
    WMB_BOARD_FLASH_BYTES: String(b.flash?.bytes ?? 0),
    WMB_BOARD_RAM_ORIGIN: b.ram && hex2(b.ram.origin),
    WMB_BOARD_RAM_BYTES: String(b.ram?.bytes ?? 0),
    WMB_BOARD_COUNTER: b.counter ?? "none",
    WMB_BOARD_QEMU_MACHINE: emulated ? b.emulated?.qemu.machine : void 0,
    WMB_BOARD_QEMU_SERIAL: emulated ? b.emulated?.qemu.serial.join(";") : void 0,
    WMB_BOARD_ZEPHYR: zephyr,
    WMB_BOARD_ZEPHYR_QEMU_MACHINE: emulated ? b.zephyr?.emulated?.qemu.machine : void 0,
    WMB_BOARD_ZEPHYR_QEMU_SERIAL: emulated ? b.zephyr?.emulated?.qemu.serial.join(";") : void 0,
    WMB_RUNTIME_ZEPHYR_KCONFIG: zephyrKconfig?.join(";"),
    ...benchmarkFacts(cat.benchmarks[v.benchmark], target, {
      inexact: v.stack !== void 0 && cat.stacks[v.stack]?.ticks === true || emulated && b.emulated?.exact === false,
      ...opts
    })
  };
  return Object.fromEntries(Object.entries(facts).filter((e) => e[1] !== void 0));
}

// src/build/wamrc.ts
import { existsSync as existsSync7 } from "node:fs";
import { mkdir as mkdir13, mkdtemp as mkdtemp4, realpath as realpath3, rename as rename4, rm as rm12 } from "node:fs/promises";
import { join as join21 } from "node:path";
var LLVM_DIR = "/usr/lib/llvm-19/lib/cmake/llvm";
async function ensureWamrc(wamrDir, tree, cache, log, signal, before) {
  const dir = join21(cache, "wamrc", tree.replace(/^sha256:/, "").slice(0, 16));
  const exe = join21(dir, "wamrc");
  if (existsSync7(exe)) return exe;
  await before?.();
  if (!existsSync7(LLVM_DIR)) throw new UserError(`building wamrc needs LLVM 19's CMake files (${LLVM_DIR}): install the Debian packages llvm-19-dev libclang-19-dev (scripts/setup.sh does it)`);
  await mkdir13(join21(cache, "wamrc"), { recursive: true });
  const build = await mkdtemp4(`${dir}.build-`);
  log(`building wamrc from ${wamrDir} (once per WAMR tree; a few minutes)`);
  const configure = ["-G", "Ninja", "-S", join21(wamrDir, "wamr-compiler"), "-B", build, "-DCMAKE_BUILD_TYPE=Release", "-DWAMR_BUILD_WITH_CUSTOM_LLVM=1", `-DLLVM_DIR=${LLVM_DIR}`];
  for (const args of [configure, ["--build", build]]) {
    const r = await runGuarded(["cmake", ...args], { all: true, ...signal ? { signal } : {} });
    if (r.failed) {
      await rm12(build, { recursive: true, force: true });
      throw new Error(`wamrc build failed (cmake ${args.join(" ")}):
${String(r.all).split("\n").slice(-15).join("\n")}`);
    }
  }
  await mkdir13(dir, { recursive: true });
  await rename4(await realpath3(join21(build, "wamrc")), exe);
  await rm12(build, { recursive: true, force: true });
  return exe;
}

// src/profile/cache.ts
import { createHash as createHash11 } from "node:crypto";
import { readFile as readFile19 } from "node:fs/promises";
import { dirname as dirname9, isAbsolute as isAbsolute3, relative } from "node:path";
var PROFILE_FORMAT = 1;
var profileStore = (warn) => new ResultStore(storeDir(cacheRoot()), warn);
var sha256 = (x) => createHash11("sha256").update(x).digest("hex");
async function baseProfileKey(o) {
  const tools = ["qemu-system-arm", "valgrind", ...TOOLCHAIN];
  return {
    kind: "profile-at",
    format: PROFILE_FORMAT,
    commit: o.commit,
    config: sha256(o.configText),
    variant: o.variant,
    tools: Object.fromEntries(await Promise.all(tools.map(async (t) => [t, await toolVersion(t)]))),
    plugin: sha256(await readFile19(PLUGIN_SOURCE()).catch(() => Buffer.alloc(0))),
    libc: hostLibc(),
    callers: CALLER_DEPTH
  };
}
var storedProfile = (p, by2, symbols) => ({ profiles: p.profiles, counts: p.counts, lints: p.lints, durationMs: p.durationMs, by: by2, ...symbols ? { symbols } : {} });
async function checkProfileKeeper(o) {
  if (o.overridden || !/^[0-9a-f]{40}$/.test(o.commit)) return void 0;
  const paths = [o.config, o.firmwareDir, ...o.benchmarkDirs];
  const top = await execa("git", ["rev-parse", "--show-toplevel"], { cwd: dirname9(o.config), reject: false });
  if (top.failed) return void 0;
  if (paths.some((p) => {
    const r = relative(String(top.stdout), p);
    return r.startsWith("..") || isAbsolute3(r);
  })) return void 0;
  const status = await execa("git", ["status", "--porcelain", "--", ...paths], { cwd: String(top.stdout), reject: false });
  if (status.failed || String(status.stdout).trim() !== "") return void 0;
  const configText = await showAt(o.config, relative(String(top.stdout), o.config), o.commit);
  if (configText === void 0) return void 0;
  const store = profileStore(o.warn);
  const date = (/* @__PURE__ */ new Date()).toISOString();
  const kept = { commit: o.commit, store: store.dir, files: [] };
  return {
    kept,
    keep: async (variant, p, symbols) => {
      const key = await baseProfileKey({ commit: o.commit, configText, variant: variant.id });
      await store.put(key, { commit: o.commit, date }, { profile: storedProfile(p, "check", symbols) });
      kept.files.push(relative(store.dir, store.pathOf(key)));
    }
  };
}

// src/jobs/slots.ts
function slots(n) {
  let free = n;
  const waiting = [];
  return async (task) => {
    if (free > 0) free--;
    else await new Promise((resolve10) => waiting.push(resolve10));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

// src/jobs/collect.ts
async function harnessDefinitions(job, m, progress, signal) {
  let wamrc;
  const wamr = m.sources.get("wamr");
  const needsWamrc = (v) => job.catalogue.runtimes[v.runtime].needs.includes("wamrc");
  if (wamr?.dir && m.variants.some((v) => !v.notBuilt && needsWamrc(v))) {
    try {
      wamrc = { path: await ensureWamrc(wamr.dir, wamr.tree ?? wamr.pin.commit, cacheRoot(), (line) => progress.note(line), signal, m.verify) };
    } catch (e) {
      if (e instanceof UserError) throw e;
      wamrc = { failed: e.message };
    }
  }
  return (v) => {
    const defs = cmakeFacts(job.catalogue, v, { studyIterations: job.config.studyIterations });
    for (const name2 of sourcesFor(job.catalogue, v)) defs[cmakeName(name2)] = m.sources.get(name2).dir;
    if (needsWamrc(v)) {
      if (!wamrc || "failed" in wamrc) return { failed: wamrc?.failed ?? "wamrc unavailable" };
      defs.WMB_WAMRC = wamrc.path;
    }
    return defs;
  };
}
function sourceProvenance(m) {
  return Object.fromEntries([...m.sources.values()].filter((s) => s.dir).map((s) => [s.name, sourceUse(s)]));
}
var writeResults = async (outDir, results) => {
  await mkdir14(outDir, { recursive: true });
  const resultsPath = join22(outDir, "results.json");
  await writeFile7(resultsPath, `${JSON.stringify(results, null, 2)}
`);
  return resultsPath;
};
async function compilerCacheFor(buildRoot) {
  return process.env.WASM_MCU_BENCH_CCACHE !== "0" && await toolVersion("ccache") !== "missing" ? { ccache: compilerCache(buildRoot, cacheRoot()) } : {};
}
async function collect(job, m, shard) {
  const o = job.options;
  const built = m.variants.filter((v) => !v.notBuilt);
  await requireTools([
    ...built.some((v) => v.target !== "host") ? ["arm-none-eabi-gcc"] : [],
    ...built.some((v) => v.target === "emulated") ? [QEMU] : [],
    ...built.length ? ["cmake", "ninja", "setpriv", "timeout"] : [],
    ...built.some((v) => v.target === "host") ? ["gcc", "valgrind"] : []
  ]);
  await mkdir14(o.outDir, { recursive: true });
  await clearReports(o.outDir);
  const prov = await provenance(job.configDir);
  const cache = await openCache({ cache: cacheRoot(), config: job.config, firmwareDir: job.firmwareDir, sources: m.sources, rerun: Boolean(o.rerun), measured: { commit: prov.commit, date: prov.date }, progress: o.progress });
  await linkBuilds(o.outDir, cache.buildRoot);
  const keep2 = job.config.profile === "all" ? await checkProfileKeeper({
    config: job.config.file,
    firmwareDir: job.firmwareDir,
    benchmarkDirs: job.config.benchmarkDirs,
    commit: prov.commit,
    overridden: Boolean(o.source),
    warn: (w) => o.progress.note(`warning: ${w}`)
  }) : void 0;
  const ccache = (await compilerCacheFor(cache.buildRoot)).ccache;
  const slot = slots(job.config.jobs > 0 ? job.config.jobs : availableParallelism2());
  const variants = await executeMatrix(m.variants, {
    firmwareDir: job.firmwareDir,
    benchmarks: job.catalogue.benchmarks,
    cmakeDefs: await harnessDefinitions(job, m, o.progress, o.signal),
    ...ccache ? { ccache: withEnv(ccache, cache.ccacheEnv) } : {},
    buildRoot: cache.buildRoot,
    stampOf: cache.stampOf,
    hold: cache.hold,
    before: m.verify,
    slot,
    alone: (v) => job.catalogue.stacks[v.stack]?.one_image_per_build === true,
    outDir: o.outDir,
    timeoutMs: job.config.timeoutSeconds * 1e3,
    host: job.config.host,
    jobs: job.config.jobs,
    progress: o.progress,
    backends: backendsFor({
      host: job.config.host,
      ...m.farm ? { farm: m.farm } : {},
      workDir: join22(o.outDir, "flash"),
      analyzerMetric: (b) => analyzerMetric(job.catalogue.benchmarks[b]),
      reuse: cache.reuse,
      slot
    }),
    ...job.config.profile === "all" ? { profile: () => true } : {},
    ...keep2 ? { keepProfile: keep2.keep } : {},
    ...o.signal ? { signal: o.signal } : {}
  });
  await cache.finish(variants);
  const stopped = stopSignal(o.signal);
  const results = {
    schemaVersion: 1,
    ...shard ? { shard } : {},
    provenance: { ...prov, sources: sourceProvenance(m) },
    variants,
    ...stopped ? { interrupted: true } : {}
  };
  const resultsPath = await writeResults(o.outDir, results);
  if (stopped) {
    const done = variants.filter((v) => v.status === "ok").length;
    throw new Interrupted(stopped, `interrupted by ${stopped}: ${resultsPath} holds the ${done} variant(s) that finished, marked interrupted`);
  }
  return { results, resultsPath, ...keep2?.kept.files.length ? { kept: keep2.kept } : {} };
}
async function gather(job, m, s) {
  const found = await readShardFolders(s.results);
  const planned = s.planFile ? parsePlan(s.planFile, await readFile20(s.planFile, "utf8")) : found.plan?.plan ?? m.shards;
  return { merged: mergeShards(planned, found.files, await provenance(job.configDir)), ranTargets: [...new Set(planned.shards.map((x) => x.target))] };
}

// src/profile/delta.ts
function deltaRows(entries, totalDelta, top) {
  return [...entries.values()].map((e) => ({ name: e.name, owner: e.owner, base: e.base, now: e.now, delta: e.now - e.base, share: totalDelta ? 100 * (e.now - e.base) / totalDelta : 0 })).filter((r) => r.delta !== 0).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.name.localeCompare(b.name)).slice(0, top);
}
function instructionDeltas(base3, now, top = 10) {
  return now.flatMap((n) => {
    const b = base3.find((p) => p.label === n.label);
    if (!b) return [];
    const entries = /* @__PURE__ */ new Map();
    for (const f of b.functions) entries.set(f.name, { name: f.name, owner: f.owner, base: f.self, now: 0 });
    for (const f of n.functions) entries.set(f.name, { name: f.name, owner: f.owner, base: entries.get(f.name)?.base ?? 0, now: f.self });
    return [{ label: n.label, baseTotal: b.total, nowTotal: n.total, rows: deltaRows(entries, n.total - b.total, top) }];
  });
}
function sizeDelta(base3, now, top = 10) {
  const entries = /* @__PURE__ */ new Map();
  const add = (xs, side) => {
    for (const s of xs) {
      const k = `${s.name}\0${s.owner}`;
      const e = entries.get(k) ?? { name: s.name, owner: s.owner, base: 0, now: 0 };
      e[side] += s.size;
      entries.set(k, e);
    }
  };
  add(base3, "base");
  add(now, "now");
  const sum = (xs) => xs.reduce((n, s) => n + s.size, 0);
  return { label: "all symbols", baseTotal: sum(base3), nowTotal: sum(now), rows: deltaRows(entries, sum(now) - sum(base3), top) };
}
function diffFolded(base3, now) {
  const several = new Set([...base3, ...now].map((p) => p.label)).size > 1;
  const counts = /* @__PURE__ */ new Map();
  const add = (ps, i) => {
    for (const p of ps)
      for (const s of p.stacks) {
        const k = [...several ? [p.label] : [], ...s.frames].join(";");
        const c = counts.get(k) ?? [0, 0];
        c[i] += s.count;
        counts.set(k, c);
      }
  };
  add(base3, 0);
  add(now, 1);
  return [...counts].map(([k, [b, n]]) => `${k} ${b} ${n}`).join("\n") + "\n";
}
var signed2 = (n) => n > 0 ? `+${n.toLocaleString("en-US")}` : n.toLocaleString("en-US");
function deltaTable(d, what) {
  return markdownTable([
    [what, "Owner", "Base", "Now", "Delta", "Share of delta"],
    ...d.rows.map((r) => [`\`${r.name}\``, r.owner, r.base.toLocaleString("en-US"), r.now.toLocaleString("en-US"), signed2(r.delta), `${r.share.toFixed(1)}%`])
  ], { align: ["l", "l", "r", "r", "r", "r"] });
}
function deltaSummary(d, unit) {
  const change = d.nowTotal - d.baseTotal;
  const pct2 = d.baseTotal ? ` (${change >= 0 ? "+" : ""}${(100 * change / d.baseTotal).toFixed(2)}%)` : "";
  return `${d.label}: ${d.baseTotal.toLocaleString("en-US")} -> ${d.nowTotal.toLocaleString("en-US")} ${unit}, ${signed2(change)}${pct2}`;
}

// src/jobs/explain.ts
async function profileVariant(config, firmwareDir, id, outDir, progress, signal) {
  const job = await resolveJob({ config, outDir, progress, ...firmwareDir ? { firmwareDir } : {} });
  const m = await planMatrix(job);
  const v = m.variants.find((x) => x.id === id);
  if (!v) throw new UserError(`${config}: no variant ${id} in its matrix (ids read <board>/<stack>/<runtime>/<benchmark>@<target>)`);
  if (v.notBuilt) throw new UserError(`${id} is not built: ${v.notBuilt}`);
  if (v.target !== "emulated" && v.target !== "host") throw new UserError(`${id}: explain profiles emulated variants (instructions under QEMU) and host ones (callgrind); this one runs on the ${v.target} target`);
  const defs = (await harnessDefinitions(job, { ...m, variants: [v] }, progress, signal))(v);
  if ("failed" in defs) throw new UserError(`${id} cannot be built: ${defs.failed}`);
  progress.note(`explain: building ${id} from ${job.firmwareDir}`);
  let artifact;
  try {
    const root = join23(outDir, "build");
    artifact = await buildFirmware(v, job.firmwareDir, root, defs, { ...await compilerCacheFor(root), ...signal ? { signal } : {}, hold: holdIn(root), before: m.verify });
  } catch (e) {
    if (e instanceof BuildError) throw new UserError(`${id} (firmware ${job.firmwareDir}): ${e.message}`);
    throw e;
  }
  const timing = { firmwareDir: job.firmwareDir, outDir, timeoutMs: job.config.timeoutSeconds * 1e3, ...signal ? { signal } : {} };
  progress.note(`explain: profiling ${id}`);
  if (v.target === "host") return { profile: await profileHostImage({ artifact, ...timing }) };
  const image = await readFile21(artifact.elf);
  const elf = parseElf(image, artifact.elf);
  const sizes = await sizesOf(artifact.elf, elf, job.firmwareDir);
  const profile = await profileImage({ artifact, image, elf, ...timing });
  return { profile, ...sizes ? { symbols: sizes.symbols } : {} };
}
var git = (cwd, args) => execa("git", args, { cwd, reject: false });
async function atCommit(dir, sha, use) {
  const top = await git(dir, ["rev-parse", "--show-toplevel"]);
  if (top.failed) throw new UserError(`${dir} is not in a git repository: nothing to build the base from`);
  const tree = join23(await mkdtemp5(join23(tmpdir4(), "wmb-base-")), "tree");
  const add = await git(String(top.stdout), ["worktree", "add", "--detach", "--quiet", tree, sha]);
  if (add.failed) throw new Error(`git worktree add at ${sha}: ${add.stderr}`);
  try {
    return await use(String(top.stdout), tree);
  } finally {
    await git(String(top.stdout), ["worktree", "remove", "--force", tree]);
    await rm13(dirname10(tree), { recursive: true, force: true });
  }
}
var inBase = (path, top, tree) => {
  const rel = relative2(top, path);
  return rel.startsWith("..") || isAbsolute4(rel) ? path : join23(tree, rel);
};
async function storedSide(p, id, outDir) {
  const files = await writeProfiles(outDir, id, p.profiles);
  return { profile: { profiles: p.profiles, counts: p.counts, lints: p.lints, durationMs: p.durationMs, files }, ...p.symbols ? { symbols: p.symbols } : {} };
}
async function explainAll(o) {
  const config = resolve9(o.config);
  const ref = o.base ?? "HEAD";
  const sha = await requireCommit(dirname10(config), ref, "base commit");
  const now = [];
  for (const id of o.variants) now.push(await profileVariant(config, o.firmwareDir, id, o.outDir, o.progress, o.signal));
  const firmware = resolve9(o.firmwareDir ?? join23(packageRoot(), "firmware"));
  const baseOut = join23(o.outDir, "base");
  const repo = await git(dirname10(config), ["rev-parse", "--show-toplevel"]);
  const inRepo = (path) => !repo.failed && !relative2(String(repo.stdout), path).startsWith("..") && !isAbsolute4(relative2(String(repo.stdout), path));
  const configText = inRepo(config) && inRepo(firmware) ? await showAt(config, relative2(String(repo.stdout), config), sha) : void 0;
  const store = profileStore((w) => o.progress.note(`warning: ${w}`));
  const keys = configText === void 0 ? void 0 : await Promise.all(o.variants.map((variant) => baseProfileKey({ commit: sha, configText, variant })));
  if (keys && !o.rerun) await o.baseProfiles?.(sha);
  const base3 = [];
  const reused = [];
  for (const [i, id] of o.variants.entries()) {
    const hit = keys && !o.rerun ? await store.get(keys[i]) : void 0;
    if (hit && "profile" in hit.value) {
      base3[i] = await storedSide(hit.value.profile, id, baseOut);
      reused[i] = { ...hit.measured, ...hit.value.profile.by ? { by: hit.value.profile.by } : {} };
    }
  }
  const todo = o.variants.flatMap((id, i) => base3[i] ? [] : [i]);
  if (todo.length) {
    await atCommit(dirname10(config), sha, async (top, tree) => {
      const baseConfig = inBase(config, top, tree);
      if (!existsSync8(baseConfig)) throw new UserError(`${relative2(top, config)} is not in the base commit ${sha.slice(0, 12)}`);
      for (const i of todo) base3[i] = await profileVariant(baseConfig, inBase(firmware, top, tree), o.variants[i], baseOut, o.progress, o.signal);
    });
    for (const i of todo) {
      const p = base3[i].profile;
      if (keys && "profiles" in p)
        await store.put(keys[i], { commit: sha, date: (/* @__PURE__ */ new Date()).toISOString() }, { profile: storedProfile(p, "explain", base3[i].symbols) });
    }
  }
  const out = [];
  for (const [i, id] of o.variants.entries())
    out.push(await explanation(id, { ref, commit: sha, ...reused[i] ? { reused: reused[i] } : {} }, base3[i], now[i], o.outDir));
  return out;
}
async function explain(o) {
  return (await explainAll({ ...o, variants: [o.variant] }))[0];
}
async function explanation(variant, base3, was, now, outDir) {
  const unavailable = [now, was].flatMap((s, i) => "unavailable" in s.profile ? [`${i ? "base" : "now"}: profiles unavailable: ${s.profile.unavailable}`] : []);
  const both = "profiles" in now.profile && "profiles" in was.profile ? { now: now.profile, base: was.profile } : void 0;
  const files = [];
  await mkdir15(join23(outDir, "explain"), { recursive: true });
  if (both) {
    const name2 = join23("explain", `${slug(variant)}.diff.folded`);
    await writeFile8(join23(outDir, name2), diffFolded(both.base.profiles, both.now.profiles));
    files.push(both.now.files.speedscope, join23("base", both.base.files.speedscope), name2);
  }
  const e = {
    variant,
    base: base3,
    instructions: both ? instructionDeltas(both.base.profiles, both.now.profiles) : [],
    ...now.symbols && was.symbols ? { size: sizeDelta(was.symbols, now.symbols) } : {},
    unavailable,
    files,
    lints: "lints" in now.profile ? now.profile.lints : []
  };
  await writeFile8(join23(outDir, "explain", `${slug(variant)}.json`), `${JSON.stringify(e, null, 2)}
`);
  return e;
}
var baseSource = (e) => e.base.reused ? `the base's profile reused from ${e.base.reused.by === "check" ? "the check run at that commit" : "an earlier explanation at that commit"} (profiled ${e.base.reused.date.slice(0, 10)}), not built again` : "the base built and profiled there for this variant only";
function renderExplanation(e) {
  const out = [`${e.variant}: the working tree against ${e.base.ref} (${e.base.commit.slice(0, 12)}); ${baseSource(e)}`, ""];
  for (const d of e.instructions) {
    out.push(`Instructions by function, ${deltaSummary(d, "instructions in the measured region")}`, "", d.rows.length ? deltaTable(d, "Function") : "no function moved", "");
  }
  if (e.size) out.push(`Size by symbol (Flash and static RAM), ${deltaSummary(e.size, "bytes")}`, "", e.size.rows.length ? deltaTable(e.size, "Symbol") : "no symbol moved", "");
  out.push(...e.lints, ...e.unavailable);
  if (e.files.length) out.push(`Flame graphs (speedscope.app) and the differential folded stacks (flamegraph.pl): ${e.files.join(", ")}`);
  return `${out.join("\n").trimEnd()}
`;
}
var EXPLAIN_HELP = (common4) => ({
  explain: `Usage: wasm-mcu-bench explain VARIANT [--base REF] [options]

Builds and profiles one emulated or host variant (its id as the report shows it,
<board>/<stack>/<runtime>/<benchmark>@<target>; host: callgrind's instructions) from the working tree and from the base commit (a git
worktree at REF: the config and, when it is in the repository, the firmware as they were there), then
prints the functions whose executed instructions moved most and the symbols whose size moved most
(name, owner, base, now, delta, share of the total delta). Writes both profiles (flat TSV, folded stacks,
speedscope JSON), the differential folded stacks and explain/<variant>.json into the output folder.

${common4}
  --base REF       the commit to explain against (default: HEAD, i.e. the working tree's changes)

Exit status: 0 explained (also when a profile is unavailable: the output says why), 2 error.`
});
async function explainCommand(positionals, base3, o) {
  if (positionals.length !== 1) throw new UserError("explain takes one variant id, <board>/<stack>/<runtime>/<benchmark>@<emulated|host>, as the report names it");
  process.stdout.write(renderExplanation(await explain({ ...o, variant: positionals[0], ...base3 !== void 0 ? { base: base3 } : {} })));
  return 0;
}

// src/jobs/check.ts
import { join as join25 } from "node:path";

// src/jobs/compare-report.ts
import { writeFile as writeFile9, mkdir as mkdir16 } from "node:fs/promises";
import { join as join24 } from "node:path";

// src/jobs/why.ts
var HOST_UNCOUNTED = /* @__PURE__ */ new Set(["ns", "equivalent_cycles", "rss_bytes", "engine_ns"]);
function movedVariants(c) {
  const moved = (m) => m.status === "regression" || m.status === "improvement";
  return c.variants.filter((v) => v.result?.target === "emulated" && v.changes.some(moved) || v.result?.target === "host" && v.changes.some((m) => moved(m) && !HOST_UNCOUNTED.has(m.metric))).map((v) => v.id);
}
function explanationMarkdown(e) {
  const top = e.instructions.flatMap((d) => d.rows.slice(0, 1).map((r) => `\`${r.name}\` ${r.delta > 0 ? "+" : ""}${r.delta.toLocaleString("en-US")} (${r.share.toFixed(0)}% of the change)`));
  const parts = [
    `<details><summary>Why ${e.variant} moved${top.length ? `: ${top.join("; ")}` : ""}</summary>`,
    "",
    `Against the base commit ${e.base.commit.slice(0, 12)}: ${baseSource(e)}.`,
    ""
  ];
  for (const d of e.instructions)
    parts.push(`Instructions by function, ${deltaSummary(d, "instructions in the measured region")}`, "", d.rows.length ? deltaTable(d, "Function") : "No function moved.", "");
  if (e.size?.rows.length) parts.push(`Size by symbol, ${deltaSummary(e.size, "bytes")}`, "", deltaTable(e.size, "Symbol"), "");
  parts.push(...e.lints.map((l) => `${l}
`), ...e.unavailable.map((u) => `${u}
`));
  if (e.files.length) parts.push(`Flame graphs: ${e.files.map((f) => `\`${f}\``).join(", ")} in the output folder (speedscope.app opens the JSON; flamegraph.pl draws the differential folded stacks).`, "");
  return `${parts.join("\n")}
</details>
`;
}
function profileNotes(r) {
  const by2 = /* @__PURE__ */ new Map();
  for (const v of r.variants) if (v.profileUnavailable) by2.set(v.profileUnavailable, [...by2.get(v.profileUnavailable) ?? [], v.id]);
  const lints2 = r.variants.flatMap((v) => (v.profile?.lints ?? []).map((l) => `- ${v.id}: ${l}
`));
  return [...by2].map(([why, ids]) => `> profiles unavailable: ${why} (${ids.length === 1 ? ids[0] : `${ids.length} variants`})
`).join("") + (lints2.length ? `
### What the profiles say

${lints2.join("")}` : "");
}
async function whyMoved(o, results, comparison) {
  const moved = movedVariants(comparison);
  let section = profileNotes(results);
  if (!moved.length) return section;
  try {
    const es = await explainAll({ ...o, ...o.baseRef ? { base: o.baseRef } : {}, variants: moved });
    section += `
### Why they moved

${es.map(explanationMarkdown).join("\n")}`;
  } catch (e) {
    section += `
> profiles unavailable: could not explain ${moved.join(", ")}: ${e.message}
`;
  }
  return section;
}

// src/jobs/compare-report.ts
async function comparedWith(job, baseRef) {
  const dir = await baselineFolder(job);
  const head = await readBaselines(dir);
  if (baseRef === void 0) return { baselines: head, edits: [], pins: [] };
  const sha = await requireCommit(job.configDir, baseRef, "base commit");
  const atBase = await readBaselinesAt(dir, sha);
  return { baselines: atBase, edits: baselineEdits(atBase, head), pins: await pinsAtBase(job, sha) };
}
async function baselinesAt(job, baseRef) {
  const baselines = baseRef === void 0 ? await readBaselines(job.baselineDir) : await readBaselinesAt(job.baselineDir, await requireCommit(job.configDir, baseRef, "base commit"));
  return { baselines, edits: [], pins: [] };
}
async function pinsAtBase(job, sha) {
  const file = join24(job.firmwareDir, "sources.json");
  const path = await repoPath(file);
  if (!path || !await findCommit(job.firmwareDir, sha)) return [];
  const text = await showAt(file, path, sha);
  return pinChanges(text === void 0 ? {} : parseManifest(`${path} at ${sha.slice(0, 12)}`, text), job.manifest);
}
async function compareAndReport(job, base3, c) {
  const { config, options } = job;
  const comparison = withMissing(compare(c.results, base3.baselines, (id) => thresholdsFor(config, job.catalogue, id), absence(config, c.ranTargets)), c.missing ?? []);
  const why = c.explainAgainst && config.profile !== "off" ? await whyMoved({ ...options, firmwareDir: job.firmwareDir, ...c.explainAgainst }, c.results, comparison) : "";
  const report2 = renderMarkdown({
    results: c.results,
    comparison,
    catalogue: job.catalogue,
    baselineEdits: base3.edits,
    pins: base3.pins,
    ...base3.ab ? { ab: base3.ab } : {},
    // What a tax or the runtime's own footprint is told against: an A/B's tree A run, else the baselines' entries.
    before: base3.before ?? { variants: runOfBaselines(base3.baselines) },
    ...c.acceptedBy ? { acceptedBy: c.acceptedBy } : {}
  }) + why;
  await mkdir16(options.outDir, { recursive: true });
  const reportPath = join24(options.outDir, "report.md");
  await writeFile9(reportPath, report2);
  if (c.exports) await writeExports(options.outDir, c.results, job.catalogue);
  return { results: c.results, comparison, report: report2, reportPath, resultsPath: c.resultsPath, catalogue: job.catalogue };
}

// src/jobs/check.ts
var AGAINST_DIR = "against";
async function check(o) {
  if (o.against) return abCheck(o, o.against);
  const job = await resolveJob(o);
  const m = await planMatrix(job);
  const base3 = await comparedWith(job, o.baseRef);
  const { results, resultsPath, kept } = await collect(job, m);
  const out = await compareAndReport(job, base3, { results, resultsPath, ranTargets: job.config.targets, exports: true, explainAgainst: o.baseRef ? { baseRef: o.baseRef } : {}, ...o.acceptedBy ? { acceptedBy: o.acceptedBy } : {} });
  return { ...out, ...kept ? { kept } : {} };
}
async function abCheck(o, against) {
  if (!o.source) throw new UserError(`against ${against.name}=${against.dir} needs source ${against.name}=DIR: the tree under test`);
  if (o.source.name !== against.name) throw new UserError(`source ${o.source.name} and against ${against.name} name different sources: an A/B compares two trees of one source`);
  const b = await resolveJob(o);
  const a = { ...b, options: { ...b.options, outDir: join25(o.outDir, AGAINST_DIR), source: against } };
  const [ma, mb] = [await planMatrix(a), await planMatrix(b)];
  const title = b.manifest[against.name].title;
  const ab = { name: against.name, title, a: await abTree(ma.sources.get(against.name)), b: await abTree(mb.sources.get(against.name)) };
  const runA = await collect(a, ma);
  const { results, resultsPath } = await collect(b, mb);
  const baselines = baselinesOfRun(runA.results, `the A/B's run of ${title} A (${runA.resultsPath})`);
  return compareAndReport(b, { baselines, edits: [], pins: [], ab, before: runA.results }, { results, resultsPath, ranTargets: b.config.targets, exports: true, ...o.acceptedBy ? { acceptedBy: o.acceptedBy } : {} });
}
async function abTree(s) {
  const checkout = await checkoutCommit(s.dir);
  return { dir: s.dir, ...s.tree ? { tree: s.tree } : {}, ...checkout ? { commit: checkout.commit, dirty: checkout.dirty } : {} };
}

// src/jobs/update-baselines.ts
function updateSummary(u) {
  const list = (title, items) => items.length ? [`${title}:`, ...items.map((i) => `  ${i}`)] : [];
  return [
    `results: ${u.resultsPath}`,
    ...list("baselines written", u.written),
    ...list("baseline entries removed (no longer in the config's matrix)", u.removed),
    ...list("baseline files deleted (no entry left)", u.deleted),
    ...u.kept.length ? [`${u.kept.length} baseline entr${u.kept.length === 1 ? "y" : "ies"} kept as they were (their variants did not run)`] : []
  ].join("\n");
}
async function updateBaselines2(o, shards) {
  const job = await resolveJob(o);
  const m = await planMatrix(job);
  if (shards) {
    const { merged } = await gather(job, m, shards);
    if (merged.missing.length)
      throw new UserError(`refusing to update baselines: ${merged.missing.length} variant(s) missing: ${[...new Set(merged.missing.map((x) => x.reason))].join("; ")}`);
    const baselineDir2 = await baselineFolder(job, true);
    const existing2 = await readBaselines(baselineDir2);
    const resultsPath2 = await writeResults(o.outDir, merged.results);
    return { results: merged.results, resultsPath: resultsPath2, ...await writeBaselinesOf(baselineDir2, existing2, job.config, merged.results) };
  }
  const baselineDir = await baselineFolder(job, true);
  const existing = await readBaselines(baselineDir);
  const { results, resultsPath } = await collect(job, m);
  return { results, resultsPath, ...await writeBaselinesOf(baselineDir, existing, job.config, results) };
}
async function writeBaselinesOf(baselineDir, existing, config, results) {
  const failed = results.variants.filter((v) => v.status === "failed");
  if (failed.length)
    throw new UserError(`refusing to update baselines: ${failed.length} variant(s) failed: ${failed.map((f) => `${f.id} (${(f.reason ?? "").split("\n")[0]})`).join("; ")}`);
  const u = updateBaselines(existing.files, results.variants, results.provenance, (id) => keepsBaseline(placeOf(config, id)));
  const written = await writeBaselines(baselineDir, u.files, u.emptied);
  const deleted = u.emptied.map((e) => baselinePath(baselineDir, e.target, e.board));
  return { written, deleted, removed: u.removed, kept: u.kept, baselineDir };
}

// src/jobs/plan.ts
import { mkdir as mkdir17, writeFile as writeFile10 } from "node:fs/promises";
import { join as join26 } from "node:path";
async function plan(o, targets, write) {
  const all = (await planMatrix(await resolveJob(o))).shards;
  const shards = targets.length ? onlyTargets(all, targets) : all;
  if (!write) return { shards, matrix: strategyMatrix(shards) };
  await mkdir17(o.outDir, { recursive: true });
  const planPath = join26(o.outDir, "plan.json");
  await writeFile10(planPath, `${JSON.stringify(shards, null, 2)}
`);
  return { shards, matrix: strategyMatrix(shards), planPath };
}

// src/jobs/run-shard.ts
async function runShard(o, shard) {
  const job = await resolveJob(o);
  const r = await collect(job, await planMatrix(job, shard), shard);
  return { ...r, failed: r.results.variants.filter((v) => v.status === "failed").length };
}

// src/jobs/report.ts
async function report(o, shards) {
  const job = await resolveJob(o);
  const { merged, ranTargets } = await gather(job, await planMatrix(job), shards);
  const base3 = await comparedWith(job, o.baseRef);
  const resultsPath = await writeResults(o.outDir, merged.results);
  return compareAndReport(job, base3, { results: merged.results, resultsPath, ranTargets, missing: merged.missing, exports: true, explainAgainst: o.baseRef ? { baseRef: o.baseRef } : {}, ...o.acceptedBy ? { acceptedBy: o.acceptedBy } : {} });
}

// src/github/release.ts
import { readFile as readFile22 } from "node:fs/promises";
import { relative as relative3 } from "node:path";
var pct = (e) => e.before === void 0 || e.after === void 0 || e.before === 0 ? "" : formatPercent(100 * (e.after - e.before) / Math.abs(e.before));
function pullRequestBody(edits, files, source) {
  const rank = (e) => e.before && e.after !== void 0 ? Math.abs((e.after - e.before) / e.before) : Infinity;
  const rows = [...edits].sort((a, b) => rank(b) - rank(a)).map((e) => `| \`${e.id}\` | ${e.metric} | ${e.before === void 0 ? "(new)" : formatValue(e.before, e.unit)} | ${e.after === void 0 ? "(removed)" : formatValue(e.after, e.unit)} | ${pct(e)} |`);
  const head = [
    `Baselines measured by ${source}.`,
    "",
    `${files.length} file(s): ${files.map((f) => `\`${f.path}\`${f.content === null ? " (deleted)" : ""}`).join(", ")}; ${edits.length} value(s) moved.`,
    "",
    "| Variant | Metric | Before | After | Change |",
    "|---|---|--:|--:|--:|"
  ].join("\n");
  let body = head;
  for (const [i, r] of rows.entries()) {
    const more = `

\u2026 and ${rows.length - i} more (see the diff).`;
    if (body.length + r.length + 1 + more.length > MAX_COMMENT) return body + more;
    body += `
${r}`;
  }
  return `${body}
`;
}
async function openBaselinePullRequest(octokit, pr) {
  const { owner, repo } = pr;
  const { data: info2 } = await octokit.rest.repos.get({ owner, repo });
  const base3 = info2.default_branch;
  if (pr.branch === base3) throw new Error(`refusing to write baselines to the default branch ${base3}: give another branch name`);
  const { data: head } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${base3}` });
  const { data: parent } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: head.object.sha });
  const blobs = [];
  for (const f of pr.files)
    blobs.push(f.content === null ? null : (await octokit.rest.git.createBlob({ owner, repo, content: f.content, encoding: "utf-8" })).data.sha);
  const { data: tree } = await octokit.rest.git.createTree({
    owner,
    repo,
    base_tree: parent.tree.sha,
    // A null sha deletes the path from the base tree.
    tree: pr.files.map((f, i) => ({ path: f.path, mode: "100644", type: "blob", sha: blobs[i] }))
  });
  const { data: commit } = await octokit.rest.git.createCommit({ owner, repo, message: pr.title, tree: tree.sha, parents: [parent.sha] });
  try {
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${pr.branch}`, sha: commit.sha });
  } catch (e) {
    if (e.status !== 422) throw e;
    await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${pr.branch}`, sha: commit.sha, force: true });
  }
  const { data: pull } = await octokit.rest.pulls.create({ owner, repo, title: pr.title, head: pr.branch, base: base3, body: pr.body });
  return { number: pull.number, url: pull.html_url, commit: commit.sha, base: base3 };
}
async function git2(cwd, args) {
  return execa("git", args, { cwd, reject: false, stripFinalNewline: true });
}
async function baselineChanges(baselineDir, written, deleted = []) {
  const top = await git2(baselineDir, ["rev-parse", "--show-toplevel"]);
  if (top.failed) throw new UserError(`${baselineDir} is not in a git repository: a pull request needs one`);
  const root = String(top.stdout);
  const files = [];
  for (const file of written) {
    const path = relative3(root, file).split("\\").join("/");
    const content = await readFile22(file, "utf8");
    const before = await git2(root, ["show", `HEAD:${path}`]);
    if (before.failed || `${before.stdout}
` !== content) files.push({ path, content });
  }
  for (const file of deleted) {
    const path = relative3(root, file).split("\\").join("/");
    if (!(await git2(root, ["cat-file", "-e", `HEAD:${path}`])).failed) files.push({ path, content: null });
  }
  const empty = { files: [], byId: /* @__PURE__ */ new Map(), source: "none" };
  const edits = baselineEdits(await readBaselinesAt(baselineDir, "HEAD") ?? empty, await readBaselines(baselineDir));
  return { files, edits, root };
}
async function releaseBaselines(octokit, where, baselineDir, written, label2, deleted = []) {
  const { files, edits } = await baselineChanges(baselineDir, written, deleted);
  if (!files.length) return void 0;
  return openBaselinePullRequest(octokit, {
    ...where,
    branch: `wasm-mcu-bench/baselines-${label2.replace(/[^\w.-]+/g, "-")}`,
    title: `Baselines for ${label2}`,
    body: pullRequestBody(edits, files, `wasm-mcu-bench on ${label2}`),
    files
  });
}

// src/jobs/release-baselines.ts
async function releaseBaselines2(o, shards, at, label2, updated) {
  const update = await updateBaselines2(o, shards);
  updated(update);
  const pr = await releaseBaselines(at.octokit, { owner: at.owner, repo: at.repo }, update.baselineDir, update.written, label2 ?? update.results.provenance.commit.slice(0, 12), update.deleted);
  return { update, pr };
}

// src/jobs/modes.ts
var INPUTS = {
  config: { cli: "config", action: "config", default: "wasm-mcu-bench.yml" },
  out: { cli: "out", action: "out", default: "wasm-mcu-bench-out" },
  firmware: { cli: "firmware" },
  boards: { cli: "boards", action: "boards" },
  token: { action: "token" },
  base: { cli: "base", action: "base-ref" },
  acceptedBy: { cli: "accepted-by" },
  acceptLabel: { action: "accept-label", default: "accept-regression" },
  allowIncomplete: { cli: "allow-incomplete" },
  failOnIncomplete: { action: "fail-on-incomplete", default: "true" },
  failOnRegression: { action: "fail-on-regression", default: "true" },
  comment: { action: "comment", default: "true" },
  checkRun: { action: "check-run", default: "false" },
  historyUrl: { action: "history-url" },
  targets: { cli: "targets", action: "targets" },
  shard: { cli: "shard", action: "shard" },
  rerun: { cli: "rerun", action: "rerun", default: "false" },
  // Instead of the config's run.profile: the default branch's pushes profile every variant for later pull requests.
  profile: { action: "profile" },
  results: { cli: "results", action: "results" },
  plan: { cli: "plan" },
  pullRequest: { cli: "pull-request" },
  artifact: { action: "artifact" },
  historyBranch: { action: "history-branch", default: "wasm-mcu-bench-data" },
  historyStore: { action: "history-store", default: "wasm-mcu-bench-data" },
  historyEvent: { action: "history-event" },
  // An A/B of one pinned source: the tree under test (NAME=DIR) and, with `against`, the tree it is compared with.
  source: { cli: "source", action: "source" },
  against: { cli: "against", action: "against", requires: "source", excludes: "base" }
};
var input = (i) => INPUTS[i];
var JOB = ["config", "out", "firmware", "boards", "token"];
var PUBLISH = ["acceptLabel", "failOnIncomplete", "failOnRegression", "comment", "checkRun", "historyUrl"];
var MODES = {
  check: { cli: "check", action: "check", takes: [...JOB, "base", "acceptedBy", "allowIncomplete", "rerun", "profile", ...PUBLISH, "source", "against"] },
  "update-baselines": { cli: "update-baselines", action: "update-baselines", takes: [...JOB, "results", "plan", "pullRequest", "rerun"] },
  history: { action: "history", takes: ["out", "token", "historyBranch", "historyStore", "historyEvent"] },
  plan: { cli: "plan", action: "plan", takes: [...JOB, "targets"] },
  "run-shard": { cli: "run", action: "run", takes: [...JOB, "shard", "rerun", "profile"], needs: ["shard"] },
  report: { cli: "report", action: "report", takes: [...JOB, "results", "plan", "base", "allowIncomplete", "profile", ...PUBLISH], needs: ["results"] },
  "release-baselines": { action: "release-baselines", takes: [...JOB, "results"], needs: ["token"] },
  explain: { cli: "explain", takes: [...JOB, "base"] },
  comment: { action: "comment", takes: ["config", "out", "token", "results", "acceptLabel", "artifact"], needs: ["token"] }
};
function modesOf(door) {
  return new Map(Object.entries(MODES).flatMap(([mode, spec]) => spec[door] ? [[spec[door], mode]] : []));
}
var spelt = (door, i) => door === "cli" ? `--${input(i).cli}` : `input ${input(i).action}`;
function checkInputs(door, mode, given) {
  const spec = MODES[mode];
  const name2 = spec[door];
  const what = door === "cli" ? name2 : `mode ${name2}`;
  const wrong = given.find((i) => !spec.takes.includes(i));
  if (wrong) throw new UserError(`${spelt(door, wrong)} does not go with ${what}`);
  for (const i of given) {
    const { requires, excludes } = input(i);
    if (requires && !given.includes(requires)) throw new UserError(`${spelt(door, i)} needs ${spelt(door, requires)}`);
    if (excludes && given.includes(excludes)) throw new UserError(`${spelt(door, i)} does not go with ${spelt(door, excludes)}`);
  }
  const missing = (spec.needs ?? []).find((i) => input(i)[door] !== void 0 && !given.includes(i));
  if (missing) throw new UserError(`${what} needs ${spelt(door, missing)}`);
}
function inputsOf(door) {
  return new Map(Object.keys(INPUTS).flatMap((i) => {
    const name2 = input(i)[door];
    return name2 ? [[name2, i]] : [];
  }));
}

// src/progress.ts
var oneLine = (r, h) => {
  const secs = r.durationMs === void 0 ? "" : ` in ${(r.durationMs / 1e3).toFixed(1)} s`;
  const reused = r.reused ? `, ${r.reused.only ?? "result"} reused (measured by ${measuredBy(r.reused.commit)})` : "";
  return `${r.status}${h ? `  ${h}` : ""}${r.reason ? `  (${r.reason.split("\n")[0]})` : ""}${secs}${reused}`;
};
function githubProgress() {
  return {
    phase: () => {
    },
    note: (line) => info(line),
    done(i, n, r, log, h) {
      startGroup(`[${i}/${n}] ${r.id}: ${oneLine(r, h)}`);
      info(log.trimEnd());
      endGroup();
    }
  };
}
function terminalProgress(stream = process.stderr) {
  const live = stream.isTTY === true;
  const clear = () => live && stream.write("\r\x1B[2K");
  return {
    note(line) {
      clear();
      stream.write(`${line}
`);
    },
    phase(i, n, phase, id) {
      clear();
      stream.write(`[${i}/${n}] ${phase} ${id}${live ? "" : "\n"}`);
    },
    done(i, n, r, _log, h) {
      clear();
      stream.write(`[${i}/${n}] ${r.id}: ${oneLine(r, h)}
`);
    }
  };
}

export {
  downloadTree,
  STAMP_FILE,
  treeHash,
  parseManifest,
  loadManifest,
  envName,
  cacheRoot,
  cachedDir,
  SourceHashError,
  addToCache,
  archiveUrl,
  DOWNLOAD_TIMEOUT_MS,
  parseSourceDir,
  resolveSource,
  verificationText,
  STATUSES,
  EXIT,
  outcome,
  formatValue,
  formatPercent,
  formatFromTo,
  headline,
  markdownTable,
  SCALE,
  slowdownViews,
  slowdownTable,
  footprintViews,
  boardCapacity,
  hasReserved,
  RESERVED_NOTE,
  footprintTable,
  groupReasons,
  groupLines,
  STATUS_LABEL,
  verdictLine,
  sourceNotes,
  fitComment,
  runUrl,
  upsertComment,
  openBaselinePullRequest,
  packageRoot,
  toolPackageVersion,
  Interrupted,
  stopSignal,
  onStopSignals,
  lockOutDir,
  storeDir,
  resolveJob,
  readShardFolders,
  EXPLAIN_HELP,
  explainCommand,
  baselinesAt,
  compareAndReport,
  check,
  updateSummary,
  updateBaselines2 as updateBaselines,
  plan,
  runShard,
  report,
  releaseBaselines2 as releaseBaselines,
  INPUTS,
  input,
  modesOf,
  checkInputs,
  inputsOf,
  githubProgress,
  terminalProgress
};
