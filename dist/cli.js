#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  DOWNLOAD_TIMEOUT_MS,
  EXIT,
  EXPLAIN_HELP,
  INPUTS,
  Interrupted,
  RESERVED_NOTE,
  SCALE,
  STAMP_FILE,
  STATUSES,
  STATUS_LABEL,
  SourceHashError,
  addToCache,
  archiveUrl,
  boardCapacity,
  cacheRoot,
  cachedDir,
  check,
  checkInputs,
  downloadTree,
  envName,
  explainCommand,
  footprintTable,
  footprintViews,
  formatFromTo,
  formatPercent,
  groupLines,
  groupReasons,
  hasReserved,
  headline,
  inputsOf,
  loadManifest,
  lockOutDir,
  markdownTable,
  modesOf,
  onStopSignals,
  openBaselinePullRequest,
  outcome,
  packageRoot,
  parseManifest,
  parseSourceDir,
  plan,
  releaseBaselines,
  report,
  resolveSource,
  runShard,
  slowdownTable,
  slowdownViews,
  sourceNotes,
  stopSignal,
  terminalProgress,
  toolPackageVersion,
  treeHash,
  updateBaselines,
  updateSummary,
  verdictLine,
  verificationText
} from "./chunks/chunk-SVCRH7QE.js";
import "./chunks/chunk-XND34POZ.js";
import {
  getOctokit
} from "./chunks/chunk-NJ67MEJ2.js";
import "./chunks/chunk-D6S4A3XR.js";
import {
  boardTitle,
  metricInfo
} from "./chunks/chunk-ZY7Q422F.js";
import {
  execa
} from "./chunks/chunk-RFHLX7TK.js";
import {
  parseWithPositions,
  require_dist,
  validator
} from "./chunks/chunk-7TY25XYL.js";
import {
  UserError
} from "./chunks/chunk-C7Z6D2VV.js";
import {
  __toESM
} from "./chunks/chunk-YWIP2CGA.js";

// src/cli.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/sources-cli.ts
import { join as join4, relative as relative2, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/github/bump.ts
import { join as join2, relative } from "node:path";

// src/sources/pin.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
var WEST_MANIFEST = join("stacks", "zephyr", "west.yml");
function versionOf(ref, c) {
  if (c.tag) return ref;
  return `${/^[0-9a-f]{7,40}$/.test(ref) ? c.commit.slice(0, 12) : ref}-${c.date}`;
}
function manifestWith(manifest, name, pin) {
  const { note: _old, ...rest } = pin;
  return `${JSON.stringify({ ...manifest, [name]: rest }, null, 2)}
`;
}
var westSchema = {
  type: "object",
  required: ["manifest"],
  properties: {
    manifest: {
      type: "object",
      required: ["projects"],
      properties: {
        remotes: { type: "array", items: { type: "object", required: ["name", "url-base"], properties: { name: { type: "string" }, "url-base": { type: "string" } } } },
        projects: {
          type: "array",
          items: {
            type: "object",
            required: ["name"],
            properties: { name: { type: "string" }, remote: { type: "string" }, url: { type: "string" }, "repo-path": { type: "string" }, revision: { type: "string" } }
          }
        }
      }
    }
  }
};
var validateWest = validator(westSchema);
function westWith(file, text, repo, commit) {
  const parsed = parseWithPositions(file, text);
  const west = validateWest(parsed);
  const base = (remote) => west.manifest.remotes?.find((r) => r.name === remote)?.["url-base"];
  const urlOf = (p) => p.url ?? `${base(p.remote) ?? ""}/${p["repo-path"] ?? p.name}`;
  const want = `https://github.com/${repo}`.toLowerCase();
  const i = west.manifest.projects.findIndex((p) => urlOf(p).replace(/\.git$/, "").toLowerCase() === want);
  if (i < 0) return void 0;
  const node = parsed.doc.getIn(["manifest", "projects", i, "revision"], true);
  if (!(0, import_yaml.isScalar)(node) || !node.range) throw new UserError(`${file}: project ${west.manifest.projects[i].name} has no revision to move`);
  return text.slice(0, node.range[0]) + commit + text.slice(node.range[1]);
}
async function takePin(name, old, upstream, ref, cache) {
  let notes;
  if (typeof ref !== "string") {
    const release = await upstream.latestRelease();
    if (!release) throw new UserError(`sources pin ${name}: ${upstream.where} has no release and no version-like tag`);
    ({ tag: ref, url: notes } = release);
  }
  const c = await upstream.resolve(ref);
  if (!c) throw new UserError(`sources pin ${name}: no tag, branch or commit "${ref}" in ${upstream.where}`);
  await mkdir(join(cache, "sources"), { recursive: true });
  const work = await mkdtemp(join(cache, "sources", `.pin-${name}-`));
  try {
    const tree = await upstream.tree(c.commit, work);
    const pin = { ...old, commit: c.commit, version: versionOf(ref, c), tree: await treeHash(tree) };
    const stamp = await readFile(join(cachedDir(cache, name, pin), STAMP_FILE), "utf8").catch(() => void 0);
    const cached = stamp && JSON.parse(stamp).tree === pin.tree ? cachedDir(cache, name, pin) : (await addToCache(cache, name, pin, tree, true)).dir;
    return { name, old, pin, cached, ...notes ? { notes } : {} };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
function pinFiles(firmwareDir, texts, p) {
  const manifest = parseManifest(join(firmwareDir, "sources.json"), texts.sources);
  const west = texts.west === void 0 ? void 0 : westWith(join(firmwareDir, WEST_MANIFEST), texts.west, p.pin.repo, p.pin.commit);
  return { sources: manifestWith(manifest, p.name, p.pin), ...west !== void 0 && west !== texts.west ? { west } : {} };
}
async function readPinTexts(firmwareDir) {
  const westFile = join(firmwareDir, WEST_MANIFEST);
  return {
    sources: await readFile(join(firmwareDir, "sources.json"), "utf8"),
    ...existsSync(westFile) ? { west: await readFile(westFile, "utf8") } : {}
  };
}
async function writePinFiles(firmwareDir, files) {
  const targets = [[join(firmwareDir, "sources.json"), files.sources]];
  if (files.west !== void 0) targets.push([join(firmwareDir, WEST_MANIFEST), files.west]);
  const tmp = (f) => `${f}.tmp-${process.pid}`;
  for (const [f, text] of targets) await writeFile(tmp(f), text);
  for (const [f] of targets) await rename(tmp(f), f);
  return targets.map(([f]) => f);
}
var describePin = (p) => `${p.version} (\`${p.commit.slice(0, 12)}\`)`;

// src/github/bump.ts
var BUMP_LABEL = "runtime-upgrade";
var bumpBranch = (name) => `wasm-mcu-bench/bump-${name}`;
function bumpBody(p, notes, files) {
  return [
    `Moves **${p.pin.title}** (\`${p.pin.repo}\`) from ${describePin(p.old)} to ${describePin(p.pin)}.`,
    "",
    `- Release notes: ${notes}`,
    `- Upstream changes: https://github.com/${p.pin.repo}/compare/${p.old.commit}...${p.pin.commit}`,
    `- Tree hash: \`${p.pin.tree}\` (every build from a download or the cache verifies it)`,
    `- Files: ${files.map((f) => `\`${f.path}\``).join(", ")}`,
    "",
    "Opened by `wasm-mcu-bench sources bump`. The runtime-upgrade check compares every variant with the base on this pull request.",
    ""
  ].join("\n");
}
async function newer(pin, upstream, tag) {
  const release = await upstream.resolve(tag);
  if (!release) throw new UserError(`${upstream.where}: the latest release's tag ${tag} names no commit`);
  if (release.commit === pin.commit) return { skipped: `up to date (${tag})` };
  const status = await upstream.compare(pin.commit, release.commit);
  if (status === "behind" || status === "identical") return { skipped: `the pinned ${pin.version} already contains ${tag}` };
  if (status === "diverged") {
    const pinned = await upstream.resolve(pin.commit);
    if (pinned && pinned.date > release.date) return { skipped: `the pinned ${pin.version} is newer than ${tag}` };
  }
  return { commit: release.commit };
}
async function bumpSources(o) {
  const { octokit, owner, repo } = o;
  const manifest = await loadManifest(o.firmwareDir);
  const unknown = o.names.filter((n) => !manifest[n]);
  if (unknown.length) throw new UserError(`sources bump: unknown source ${unknown.join(", ")}; pinned: ${Object.keys(manifest).join(", ")}`);
  const git = (args) => execa("git", args, { cwd: o.firmwareDir, reject: false, stripFinalNewline: true });
  const [top, local] = [await git(["rev-parse", "--show-toplevel"]), await git(["rev-parse", "HEAD"])];
  if (top.failed || local.failed) throw new UserError(`${o.firmwareDir} is not in a git checkout: the pull requests are made against one`);
  const { data: info } = await octokit.rest.repos.get({ owner, repo });
  const { data: head } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${info.default_branch}` });
  if (head.object.sha !== String(local.stdout))
    throw new UserError(`sources bump: the checkout is at ${String(local.stdout).slice(0, 12)}, not at ${info.default_branch}'s head ${head.object.sha.slice(0, 12)}; run it on a checkout of the default branch`);
  const open = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: "open", per_page: 100 });
  const texts = await readPinTexts(o.firmwareDir);
  const path = (file) => relative(String(top.stdout), file).split("\\").join("/");
  const out = [];
  for (const name of o.names.length ? o.names : Object.keys(manifest)) {
    const skip = (skipped) => {
      o.log?.(`${name}: ${skipped}`);
      out.push({ name, skipped });
    };
    const pin = manifest[name];
    const upstream = o.upstreamOf(pin);
    const release = await upstream.latestRelease();
    if (!release) {
      skip("no release upstream");
      continue;
    }
    const n = await newer(pin, upstream, release.tag);
    if ("skipped" in n) {
      skip(n.skipped);
      continue;
    }
    const already = open.find((p2) => p2.head.ref === bumpBranch(name));
    if (already) {
      skip(`pull request #${already.number} already moves it`);
      continue;
    }
    const p = await takePin(name, pin, upstream, release.tag, o.cache);
    const f = pinFiles(o.firmwareDir, texts, p);
    const files = [
      { path: path(join2(o.firmwareDir, "sources.json")), content: f.sources },
      ...f.west !== void 0 ? [{ path: path(join2(o.firmwareDir, WEST_MANIFEST)), content: f.west }] : []
    ];
    const pull = await openBaselinePullRequest(octokit, {
      owner,
      repo,
      branch: bumpBranch(name),
      files,
      title: `${pin.title} ${pin.version} -> ${p.pin.version}`,
      body: bumpBody(p, release.url, files)
    });
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: pull.number, labels: [BUMP_LABEL] });
    o.log?.(`${name}: ${describePin(pin)} -> ${describePin(p.pin)}: pull request #${pull.number} ${pull.url}`);
    out.push({ name, pull: { number: pull.number, url: pull.url } });
  }
  return out;
}

// src/sources/upstream.ts
import { mkdir as mkdir2 } from "node:fs/promises";
import { join as join3 } from "node:path";
function checkRef(ref) {
  if (!/^[\w][\w./+-]*$/.test(ref) || ref.includes("..") || ref.endsWith(".lock") || ref.endsWith("/"))
    throw new UserError(`"${ref}" is not a tag, branch or commit name`);
  return ref;
}
var PRERELEASE = /(^|[^a-z])(rc|alpha|beta|pre|dev|nightly)/i;
function releaseTags(tags) {
  const parts = (t) => (t.match(/\d+/g) ?? []).map(Number);
  const cmp = (a, b) => {
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (y[i] ?? -1) - (x[i] ?? -1);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  return tags.filter((t) => /\d+\.\d+/.test(t) && !PRERELEASE.test(t)).sort(cmp);
}
function githubUpstream(repo, o = {}) {
  const api = (o.api ?? "https://api.github.com").replace(/\/$/, "");
  const timeoutMs = o.timeoutMs ?? 12e4;
  const get = async (path2) => {
    const res = await fetch(`${api}/repos/${repo}${path2}`, {
      headers: { accept: "application/vnd.github+json", "user-agent": "wasm-mcu-bench", ...o.token ? { authorization: `Bearer ${o.token}` } : {} },
      signal: AbortSignal.timeout(timeoutMs)
    });
    if (res.status === 404 || res.status === 422) return void 0;
    if (!res.ok) {
      const why = (await res.json().catch(() => ({}))).message ?? "";
      throw new UserError(`${api}/repos/${repo}${path2}: HTTP ${res.status} ${why}${res.status === 403 && !o.token ? " (set GITHUB_TOKEN for a higher rate limit)" : ""}`);
    }
    return await res.json();
  };
  const path = (ref) => checkRef(ref).split("/").map(encodeURIComponent).join("/");
  return {
    where: repo,
    async resolve(ref) {
      const c = await get(`/commits/${path(ref)}`);
      if (!c) return void 0;
      const tag = !/^[0-9a-f]{40}$/.test(ref) && await get(`/git/ref/tags/${path(ref)}`) !== void 0;
      return { commit: c.sha, date: c.commit.committer.date.slice(0, 10), tag };
    },
    async latestRelease() {
      const r = await get("/releases/latest");
      if (r) return { tag: r.tag_name, url: r.html_url };
      const [tag] = releaseTags((await get("/tags?per_page=100") ?? []).map((t) => t.name));
      return tag ? { tag, url: `https://github.com/${repo}/releases/tag/${encodeURIComponent(tag)}` } : void 0;
    },
    async compare(older, newer2) {
      const c = await get(`/compare/${path(older)}...${path(newer2)}`);
      if (!c) throw new UserError(`${repo}: cannot compare ${older} with ${newer2}`);
      return c.status;
    },
    async tree(commit, work) {
      return downloadTree(archiveUrl({ repo, commit }, o.archiveTemplate), work, timeoutMs);
    }
  };
}
async function checkoutUpstream(dir) {
  const git = (args) => execa("git", args, { cwd: dir, reject: false, stripFinalNewline: true });
  const top = await git(["rev-parse", "--show-toplevel"]);
  if (top.failed) throw new UserError(`--from ${dir}: not a git checkout`);
  const status = await git(["status", "--porcelain"]);
  if (status.failed || String(status.stdout))
    throw new UserError(`--from ${dir}: the checkout has uncommitted changes; commit or stash them first:
${String(status.stdout || status.stderr)}`);
  const commitOf = async (ref) => {
    const r = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    return r.failed ? void 0 : String(r.stdout);
  };
  return {
    where: `the checkout ${dir}`,
    async resolve(ref) {
      const commit = await commitOf(checkRef(ref));
      if (!commit) return void 0;
      const date = String((await git(["show", "-s", "--format=%cs", commit])).stdout);
      const tag = !(await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `refs/tags/${ref}`])).failed;
      return { commit, date, tag };
    },
    async latestRelease() {
      const [tag] = releaseTags(String((await git(["tag", "--list"])).stdout).split("\n").filter(Boolean));
      return tag ? { tag, url: `${dir} (tag ${tag})` } : void 0;
    },
    async compare(older, newer2) {
      const [a, b] = [await commitOf(older), await commitOf(newer2)];
      if (!a || !b) throw new UserError(`${dir}: cannot compare ${older} with ${newer2}`);
      if (a === b) return "identical";
      const isAncestor = async (x, y) => (await git(["merge-base", "--is-ancestor", x, y])).exitCode === 0;
      return await isAncestor(a, b) ? "ahead" : await isAncestor(b, a) ? "behind" : "diverged";
    },
    async tree(commit, work) {
      const archive = join3(work, "src.tar");
      const r = await git(["archive", "--format=tar", `--output=${archive}`, commit]);
      if (r.failed) throw new UserError(`git archive ${commit} in ${dir}: ${String(r.stderr)}`);
      const tree = join3(work, "tree");
      await mkdir2(tree);
      await execa("tar", ["-xf", archive, "-C", tree]);
      return tree;
    }
  };
}

// src/sources-cli.ts
var PIN_HELP = `pin NAME REF [--from DIR]: resolves a tag, branch or commit to its full commit (through GitHub's API at
  GITHUB_API_URL, with GITHUB_TOKEN if set; or in the clean git checkout DIR), takes that tree (the
  archive a build would download, or \`git archive\` of the checkout), hashes it, caches it, and writes
  the new pin to sources.json and to stacks/zephyr/west.yml. Prints the old and the new pin.
pin NAME --latest [--from DIR]: the same for upstream's newest release.
bump [NAME...]: for each source (default: all) whose upstream has a newer release, opens one pull request
  moving its pin (GITHUB_TOKEN, GITHUB_REPOSITORY; run on a checkout of the default branch); skips a
  source that already has an open one.`;
var USAGE = `Usage: wasm-mcu-bench sources pin NAME REF|--latest [--from DIR] [--firmware DIR]
       wasm-mcu-bench sources bump [NAME...] [--firmware DIR]

${PIN_HELP}`;
function githubOptions(env = process.env) {
  return {
    ...env.GITHUB_API_URL ? { api: env.GITHUB_API_URL } : {},
    ...env.GITHUB_TOKEN ? { token: env.GITHUB_TOKEN } : {},
    ...env.WASM_MCU_BENCH_ARCHIVE_URL ? { archiveTemplate: env.WASM_MCU_BENCH_ARCHIVE_URL } : {}
  };
}
async function sourcesSubcommand(args) {
  const sub = args[0];
  if (sub !== "pin" && sub !== "bump") return void 0;
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: args.slice(1),
      options: { from: { type: "string" }, latest: { type: "boolean" }, firmware: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true
    }));
  } catch (e) {
    throw new UserError(`sources ${sub}: ${e.message}
${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}
`);
    return 0;
  }
  const firmwareDir = resolve(values.firmware ?? join4(packageRoot(), "firmware"));
  const manifest = await loadManifest(firmwareDir);
  if (sub === "bump") {
    if (values.from || values.latest) throw new UserError("sources bump: --from and --latest go with sources pin");
    const token = process.env.GITHUB_TOKEN;
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
    if (!token || !owner || !repo) throw new UserError("sources bump needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) in the environment");
    const outcomes = await bumpSources({
      octokit: getOctokit(token),
      owner,
      repo,
      firmwareDir,
      names: positionals,
      cache: cacheRoot(),
      upstreamOf: (pin) => githubUpstream(pin.repo, githubOptions()),
      log: (line) => process.stdout.write(`${line}
`)
    });
    process.stdout.write(`${outcomes.filter((o) => o.pull).length} pull request(s) opened
`);
    return 0;
  }
  const [name, ref, ...extra] = positionals;
  const old = name ? manifest[name] : void 0;
  if (!name || !old) throw new UserError(`sources pin NAME REF: NAME is one of ${Object.keys(manifest).join(", ")}`);
  if (extra.length || ref === void 0 === !values.latest) throw new UserError("sources pin NAME: give either one REF (tag, branch or commit) or --latest");
  const upstream = values.from ? await checkoutUpstream(resolve(values.from)) : githubUpstream(old.repo, githubOptions());
  const p = await takePin(name, old, upstream, ref ?? { latest: true }, cacheRoot());
  const written = await writePinFiles(firmwareDir, pinFiles(firmwareDir, await readPinTexts(firmwareDir), p));
  const same = old.commit === p.pin.commit && old.tree === p.pin.tree;
  process.stdout.write(`${name}: ${old.version} -> ${p.pin.version}${same ? " (unchanged)" : ""}
  commit ${old.commit} -> ${p.pin.commit}
  tree   ${old.tree ?? "(none)"} -> ${p.pin.tree}
${p.notes ? `release notes: ${p.notes}
` : ""}wrote ${written.map((f) => relative2(process.cwd(), f)).join(", ")}
cached ${p.cached}
`);
  return 0;
}

// src/report/terminal.ts
var WIDTH = 120;
var columns = (s) => [...s.replace(/\uFE0F/g, "")].length + (s.match(new RegExp("\\p{Extended_Pictographic}", "gu"))?.length ?? 0);
function wrap(line, indent = "    ", width = WIDTH) {
  const out = [];
  let rest = line;
  while (columns(rest) > width) {
    let cut = rest.lastIndexOf(" ", width);
    while (cut > 0 && columns(rest.slice(0, cut)) > width) cut = rest.lastIndexOf(" ", cut - 1);
    if (cut <= indent.length) break;
    out.push(rest.slice(0, cut));
    rest = indent + rest.slice(cut + 1);
  }
  return [...out, rest];
}
var padded = (rows, left) => markdownTable(rows, { stringLength: columns, align: rows[0].map((_, k) => k < left ? "l" : "r") });
function renderTerminal(c, cat, acceptedBy) {
  const verdict = verdictLine(c, acceptedBy).replace(/\*\*/g, "");
  const counts = STATUSES.filter((s) => c.counts[s]).map((s) => `${STATUS_LABEL[s]} ${c.counts[s]}`).join(" \xB7 ");
  const changes = c.variants.flatMap((v) => v.changes.filter((m) => m.status === "regression" || m.status === "improvement").map((m) => ({ v, m }))).sort((a, b) => Number(b.m.status === "regression") - Number(a.m.status === "regression")).flatMap(({ v, m }) => [
    ...wrap(`${STATUS_LABEL[m.status]} ${v.id}: ${metricInfo(cat, v.result?.benchmark ?? "", m.metric)?.title ?? m.metric} ${formatPercent(m.percent)} (${formatFromTo(m.baseline, m.now, m.unit)})`),
    ...m.why ? wrap(`    ${m.why}`, "      ") : []
  ]);
  const groups = groupReasons(c.variants).flatMap((g) => groupLines(g, STATUS_LABEL[g.status], (s) => s).flatMap((l, i) => wrap(`${i ? "    " : ""}${l}`, "      ")));
  const results = { variants: c.variants.flatMap((v) => v.result ? [v.result] : []) };
  const charts = slowdownViews(results, cat).map((v) => {
    const title = `Slowdown vs native C, ${v.benchmark} on ${boardTitle(cat, v.board)} (${v.target}); bars: ${SCALE}`;
    return `${title}
${padded(slowdownTable(v, { runtime: (x) => x.runtime, long: false }), Infinity)}`;
  });
  const views = footprintViews(results, cat);
  const footprint = views.map((v) => `Footprint on ${boardTitle(cat, v.board)}${boardCapacity(cat, v.board)}, Flash / RAM in KiB
${padded(footprintTable(v, (rt) => rt, "*"), 2)}`);
  const ran = c.variants.filter((v) => v.result && v.status !== "failed" && v.status !== "missing" && v.status !== "not-built");
  const matrix = ran.length ? padded([["Variant", "Status", "Headline"], ...ran.map((v) => [v.id, STATUS_LABEL[v.status], v.result ? headline(v.result, cat) : ""])], 2) : "";
  return [
    [verdict, counts].join("\n"),
    changes.join("\n"),
    groups.join("\n"),
    ...charts,
    ...footprint,
    views.some(hasReserved) ? wrap(`* ${RESERVED_NOTE.replace(/`/g, "")}`, "  ").join("\n") : "",
    matrix,
    verdict
  ].filter(Boolean).join("\n\n");
}

// src/cli.ts
import { stat } from "node:fs/promises";
import { join as join5, resolve as resolve2 } from "node:path";
var COMMON = `Options:
  --config FILE    config file (default: wasm-mcu-bench.yml)
  --out DIR        output directory for results.json, report.md, raw logs and builds (default: wasm-mcu-bench-out)
  --firmware DIR   firmware tree to build (default: the one shipped with wasm-mcu-bench)
  --boards FILE    board inventory for target hardware (default: the config's inventory, wasm-mcu-bench.boards.yml)
  -h, --help       this help`;
var OPTION_TYPES = {
  "allow-incomplete": { type: "boolean" },
  "pull-request": { type: "boolean" },
  rerun: { type: "boolean" },
  results: { type: "string", multiple: true }
};
var RERUN = `  --rerun          measure every variant again: no result is reused from the result store (an emulated
                   run identical to an earlier one, same image, QEMU and command line, is reused otherwise)`;
var HELP = {
  main: `Usage: wasm-mcu-bench <command> [options]

Builds every firmware variant of the matrix, runs it (QEMU by default), measures it and compares it
with the baselines committed in the repository.

Commands:
  check              build, run, measure, compare with the baselines, write report.md
  update-baselines   build, run, measure and rewrite baselines/ (only when every built variant succeeded)
  sources            list the pinned upstream sources and where each would come from
  sources import NAME DIR
                     verify a local checkout against the pin and copy it into the cache (offline use)
  sources fetch [NAME...]
                     download every pinned source (with a tree hash) not yet cached, verified, into the cache
  sources pin NAME REF|--latest
                     pin a source to a tag, branch, commit or the newest release (sources.json, west.yml)
  sources bump       open one pull request per source with a newer upstream release
  plan               print the shards of the matrix as JSON for a GitHub Actions strategy.matrix
  run                build, run and measure one shard (--shard NAME), write its results.json
  report             merge the shards' results, compare with the baselines, write report.md
  history add|build  append a run to the history store; build the history page
  explain VARIANT [--base REF]
                     why a variant's numbers moved: instructions by function, size by symbol, against REF

Run 'wasm-mcu-bench <command> --help' for a command's options.
Exit status: 0 pass, 1 regression over a threshold or a failed variant, 2 error, 3 incomplete,
130/143 interrupted by SIGINT/SIGTERM (results.json holds the finished variants, marked interrupted).`,
  check: `Usage: wasm-mcu-bench check [options]

Builds, runs and measures the matrix, writes results.json (before comparing), compares with the
baselines and writes report.md. Prints the table to the terminal.

${COMMON}
  --base REF       compare with the baselines (and source pins) as they are at this commit
  --source NAME=DIR
                   build the pinned source NAME (as in firmware/sources.json) from the tree in DIR
  --against NAME=DIR
                   an A/B, no baselines read: build the matrix from this tree of NAME too (into
                   OUT/against) and compare the --source tree's results with its, same thresholds
  --accepted-by WHO
                   accept regressions explicitly: the report says by whom, the exit status is 0
  --allow-incomplete
                   exit 0 when the verdict is incomplete (the report still says so)
${RERUN}

Exit status: 0 pass, 1 regression over a threshold or a failed variant, 2 error, 3 incomplete: a
variant with a baseline was not compared (not built, excluded without a reason) or nothing was.`,
  "update-baselines": `Usage: wasm-mcu-bench update-baselines [options]

Builds, runs and measures the matrix and updates baselines/<target>/<board>.json with the variants
that ran. Entries of variants that did not run are kept; an entry is removed only when its variant
left the config's matrix. Writes nothing if any built variant failed. Files are replaced as one set.

${COMMON}
  --results DIR... take the results of a sharded run (downloaded artifacts) instead of running
  --pull-request   open a pull request with the changed baseline files (GITHUB_TOKEN, GITHUB_REPOSITORY)
${RERUN}

Exit status: 0 written, 2 error (including failed variants).`,
  sources: `Usage: wasm-mcu-bench sources [import NAME DIR | fetch [NAME...] | pin NAME REF|--latest [--from DIR] | bump [NAME...]] [--firmware DIR]

Without arguments: lists the upstream sources pinned in firmware/sources.json, where each comes
from now (an override in WASM_MCU_BENCH_SOURCE_<NAME>, the cache, or a download) and whether it is
the pinned tree (verified, differs, or unverified where no tree hash is pinned), with its tree hash.
A cached tree is re-verified first: one changed since it was cached is an error.
import NAME DIR: checks that DIR holds exactly the pinned tree (by its tree hash) and copies it into
the cache (WASM_MCU_BENCH_CACHE, default ~/.cache/wasm-mcu-bench), so later runs need no network.
fetch [NAME...]: resolves every pinned source (or those named) the way a check does, downloads on
(also when WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS is 0), so the cache holds each verified tree; a source
without a recorded tree hash is never downloaded and is listed as such.
A source pinned without a tree hash (Zephyr) can be imported: it is cached as unverified, under its own tree hash.
${PIN_HELP}

Exit status: 0 ok, 2 error (unknown source or ref, hash mismatch, a download that failed, a cached tree changed, dirty checkout).`,
  plan: `Usage: wasm-mcu-bench plan [options]

Prints the matrix cut into shards as one line of JSON for a GitHub Actions strategy.matrix:
{"include":[{"shard":"emulated","target":"emulated","runs-on":"ubuntu-24.04"},
            {"shard":"<board name>","target":"hardware","runs-on":["self-hosted","<runner label>"],"board":"..."}]}
One shard per inventory board (on the runner it is plugged into), one for each hosted target.
With --out DIR it also writes DIR/plan.json, for the report job to know every planned shard.

${COMMON}
  --targets LIST   only the shards of these targets, e.g. emulated,host (a pull request from a fork)`,
  run: `Usage: wasm-mcu-bench run --shard NAME [options]

Builds, runs and measures one shard of the plan and writes results.json (with its "shard") to --out,
for upload as an artifact. Nothing is compared: the report job does that.

${COMMON}
  --shard NAME     the shard to run (a name from 'wasm-mcu-bench plan')
  --rerun          measure every variant again (no result reused from the result store)

Exit status: 0 every variant ran or was not built, 1 a variant failed, 2 error.`,
  report: `Usage: wasm-mcu-bench report --results DIR... [options]

Merges the shards' results (each DIR, or the folders directly in it, holding a results.json), compares
with the baselines and writes report.md, results.json and the exports to --out. A shard of the plan that
never reported makes each of its variants missing: the verdict is incomplete, never a pass.

${COMMON}
  --results DIR... folders of shard results (downloaded artifacts)
  --plan FILE      the run's plan.json (default: one found among the results, else the plan recomputed)
  --base REF       compare with the baselines as they are at this commit
  --allow-incomplete
                   exit 0 when the verdict is incomplete (the report still says so)

Exit status: 0 pass, 1 regression or failed variant, 2 error, 3 incomplete (a missing variant).`,
  ...EXPLAIN_HELP(COMMON)
};
async function sourcesCommand(args, firmware) {
  const firmwareDir = resolve2(firmware ?? join5(packageRoot(), "firmware"));
  const manifest = await loadManifest(firmwareDir);
  if (args[0] === "import") {
    const [, name, dir, ...extra] = args;
    const pin = name ? manifest[name] : void 0;
    if (!name || !pin || !dir || extra.length) throw new UserError(`sources import NAME DIR: NAME is one of ${Object.keys(manifest).join(", ")}`);
    const kind = await stat(dir).catch(() => void 0);
    if (!kind?.isDirectory()) throw new UserError(`sources import ${name} ${dir}: ${kind ? "not a folder (give the top folder of a checkout)" : "no such folder"}`);
    const cached = await addToCache(cacheRoot(), name, pin, dir);
    process.stdout.write(`${name}: ${cached.dir}: ${verificationText(cached)}
`);
    return 0;
  }
  if (args[0] === "fetch") return fetchSources(manifest, args.slice(1));
  if (args.length) throw new UserError(`sources: unknown arguments ${args.join(" ")}`);
  let status = 0;
  for (const [name, pin] of Object.entries(manifest)) {
    let where;
    try {
      const r = await resolveSource(name, pin, { downloadTimeoutMs: 0 });
      where = r.dir ? `${r.origin}: ${r.dir}: ${verificationText(r)}` : pin.tree ? `not here (${envName(name)} unset, not cached; a check would download it)` : `not here: set ${envName(name)} or run \`wasm-mcu-bench sources import ${name} DIR\` (never downloaded: no recorded tree hash)`;
    } catch (e) {
      if (!(e instanceof SourceHashError)) throw e;
      where = `error: ${e.message}`;
      status = 2;
    }
    process.stdout.write(`${name.padEnd(16)} ${pin.title} ${pin.version} ${pin.commit.slice(0, 12)}  ${where}
`);
  }
  return status;
}
async function fetchSources(manifest, names) {
  const unknown = names.filter((n) => !manifest[n]);
  if (unknown.length) throw new UserError(`sources fetch: unknown source ${unknown.join(", ")}; one of ${Object.keys(manifest).join(", ")}`);
  const configured = Number(process.env.WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS);
  let failed = 0;
  for (const [name, pin] of Object.entries(manifest).filter(([n]) => !names.length || names.includes(n))) {
    let line;
    try {
      const r = await resolveSource(name, pin, { downloadTimeoutMs: configured > 0 ? configured : DOWNLOAD_TIMEOUT_MS });
      if (r.dir) line = `${r.origin}: ${r.dir}${pin.tree && r.tree !== pin.tree ? " (differs from the pin)" : ""}`;
      else if (!pin.tree) line = `not fetched: no recorded tree hash (set ${envName(name)}, or \`sources import ${name} DIR\`)`;
      else [failed, line] = [failed + 1, `failed: ${r.unavailable}`];
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      [failed, line] = [failed + 1, `failed: ${e.message}`];
    }
    process.stdout.write(`${name.padEnd(16)} ${pin.title} ${pin.version} ${pin.commit.slice(0, 12)}  ${line}
`);
  }
  return failed ? 2 : 0;
}
async function main(argv) {
  const stop = onStopSignals();
  try {
    const status = await dispatch(argv, stop.signal);
    const late = stopSignal(stop.signal);
    return late ? new Interrupted(late).exitCode : status;
  } catch (e) {
    const known = e instanceof UserError || e instanceof Interrupted;
    process.stderr.write(`wasm-mcu-bench: ${known ? e.message : e.stack ?? String(e)}
`);
    return e instanceof Interrupted ? e.exitCode : 2;
  } finally {
    stop.dispose();
  }
}
async function dispatch(argv, signal) {
  const command = argv[0] && !argv[0].startsWith("-") ? argv[0] : void 0;
  const rest = command ? argv.slice(1) : argv;
  if (command === "history") return (await import("./chunks/command-A7IHQUFF.js")).historyCommand(rest);
  const pinning = command === "sources" ? await sourcesSubcommand(rest) : void 0;
  if (pinning !== void 0) return pinning;
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs2({
      args: rest,
      options: {
        ...Object.fromEntries([...inputsOf("cli").keys()].map((name) => [name, OPTION_TYPES[name] ?? { type: "string" }])),
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" }
      },
      strict: true,
      allowPositionals: true
    }));
  } catch (e) {
    process.stderr.write(`wasm-mcu-bench: ${e.message}
${HELP[command ?? "main"] ?? HELP.main}
`);
    return 2;
  }
  if (values.version) {
    process.stdout.write(`${toolPackageVersion()}
`);
    return 0;
  }
  if (!command) {
    (values.help ? process.stdout : process.stderr).write(`${HELP.main}
`);
    return values.help ? 0 : 2;
  }
  if (command === "main" || !(command in HELP)) {
    process.stderr.write(`wasm-mcu-bench: unknown command "${command}"
${HELP.main}
`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP[command]}
`);
    return 0;
  }
  if (command === "sources") return sourcesCommand(positionals, values.firmware);
  const v = values;
  const mode = modesOf("cli").get(command);
  checkInputs("cli", mode, [...inputsOf("cli")].filter(([name]) => v[name] !== void 0).map(([, input]) => input));
  const str = (name) => v[name];
  if (positionals.length && !v.results && mode !== "explain") throw new UserError(`unexpected argument "${positionals[0]}"`);
  const results = v.results ? [...v.results, ...positionals] : [];
  const shards = results.length ? { results, ...v.plan ? { planFile: v.plan } : {} } : void 0;
  const github = v["pull-request"] ? await repository() : void 0;
  const source = v.source ? parseSourceDir("--source", str("source")) : void 0;
  const against = v.against ? parseSourceDir("--against", str("against")) : void 0;
  const options = {
    config: str("config") ?? INPUTS.config.default,
    outDir: str("out") ?? INPUTS.out.default,
    progress: terminalProgress(),
    ...v.firmware ? { firmwareDir: str("firmware") } : {},
    ...v.boards ? { boards: str("boards") } : {},
    ...source ? { source } : {},
    ...v.rerun ? { rerun: true } : {},
    signal
  };
  const held = command === "plan" && !v.out ? void 0 : await lockOutDir(options.outDir, `wasm-mcu-bench ${command}`);
  try {
    if (mode === "explain") return await explainCommand(positionals, str("base"), options);
    if (mode === "plan") {
      const p = await plan(options, v.targets ? str("targets").split(",").map((t) => t.trim()) : [], Boolean(v.out));
      process.stdout.write(`${JSON.stringify(p.matrix)}
`);
      return 0;
    }
    if (mode === "run-shard") {
      const r = await runShard(options, str("shard"));
      process.stdout.write(`shard ${str("shard")}: ${r.results.variants.length} variant(s), ${r.failed} failed
results: ${r.resultsPath}
`);
      return r.failed ? 1 : 0;
    }
    if (mode === "update-baselines") {
      if (!github) {
        process.stdout.write(`${updateSummary(await updateBaselines(options, shards))}
`);
        return 0;
      }
      const { pr } = await releaseBaselines(options, shards, github, process.env.GITHUB_REF_NAME || void 0, (u) => process.stdout.write(`${updateSummary(u)}
`));
      process.stdout.write(pr ? `pull request #${pr.number}: ${pr.url} (onto ${pr.base}, commit ${pr.commit})
` : "no baseline changed: no pull request\n");
      return 0;
    }
    const acceptedBy = str("accepted-by");
    const compared = { ...options, ...v.base ? { baseRef: str("base") } : {}, ...acceptedBy ? { acceptedBy } : {}, ...against ? { against } : {} };
    const out = mode === "report" ? await report(compared, shards) : await check(compared);
    const notes = mode === "check" ? sourceNotes(out.results, against?.name).map((n) => `${n.replace(/`/g, "")}
`).join("") : "";
    process.stdout.write(`${renderTerminal(out.comparison, out.catalogue, acceptedBy)}
${notes}results: ${out.resultsPath}
report: ${out.reportPath}
`);
    return EXIT[outcome(out.comparison, { accepted: Boolean(acceptedBy), allowIncomplete: Boolean(v["allow-incomplete"]) })];
  } finally {
    await held?.release();
  }
}
async function repository() {
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!token || !owner || !repo) throw new UserError("--pull-request needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) in the environment");
  const { getOctokit: getOctokit2 } = await import("./chunks/github-DSGM5WC5.js");
  return { octokit: getOctokit2(token), owner, repo };
}
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_DESTROYED") throw e;
  });
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
