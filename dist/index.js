#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  MARKER,
  MAX_COMMENT,
  UserError,
  baselinePath,
  check,
  collect,
  context,
  fitComment,
  formatPercent,
  formatValue,
  getInput,
  getOctokit,
  githubProgress,
  info,
  loadConfig,
  onlyTargets,
  parseWithPositions,
  plan,
  position,
  releaseBaselines,
  reportShards,
  setFailed,
  setOutput,
  strategyMatrix,
  summary,
  updateBaselines,
  updateBaselinesFromShards,
  upsertComment,
  verdictLine,
  warning
} from "./chunks/chunk-MDH2KYGQ.js";

// src/farm-action.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// src/github/checks.ts
import { readFileSync } from "node:fs";
import { relative } from "node:path";
var CHECK_NAME = "wasm-mcu-bench";
var BATCH = 50;
function locateIn(configFile, baselineDir) {
  return (id, change) => {
    if (change.baseline === void 0) return { file: configFile, path: ["thresholds", change.metric] };
    const board = id.split("/")[0];
    const target = id.slice(id.lastIndexOf("@") + 1);
    return { file: baselinePath(baselineDir, target, board), path: ["variants", id, "metrics", change.metric] };
  };
}
function regressionMessage(c) {
  const now = formatValue(c.now, c.unit);
  if (c.baseline === void 0) return `${c.metric}: now ${now}, ${c.why ?? "over its limit"}`;
  return `${c.metric}: baseline ${formatValue(c.baseline, c.unit)}, now ${now} (${formatPercent(c.percent)}; ${c.why ?? `threshold ${c.threshold.percent}%`})`;
}
function lineOf(file, path) {
  try {
    const at = position(parseWithPositions(file, readFileSync(file, "utf8")), path, true);
    return Number(at.split(":").at(-2)) || 1;
  } catch {
    return 1;
  }
}
function annotations(c, locate, root) {
  return c.variants.flatMap((v) => v.changes.filter((m) => m.status === "regression").map((m) => {
    const { file, path } = locate(v.id, m);
    const line = lineOf(file, path);
    return {
      path: relative(root, file).split("\\").join("/"),
      start_line: line,
      end_line: line,
      annotation_level: "failure",
      title: `${v.id}: ${m.metric} regression`,
      message: regressionMessage(m)
    };
  }));
}
async function publishCheckRun(octokit, where, c, report, notes) {
  const output = (batch) => ({
    title: verdictLine(c).replace(/\*\*/g, ""),
    summary: report.length > MAX_COMMENT ? `${report.slice(0, MAX_COMMENT)}

\u2026 cut; the whole report is in the job summary.` : report,
    annotations: batch
  });
  const { owner, repo, headSha } = where;
  const { data } = await octokit.rest.checks.create({
    owner,
    repo,
    name: CHECK_NAME,
    head_sha: headSha,
    status: "completed",
    conclusion: c.verdict === "pass" ? "success" : "failure",
    output: output(notes.slice(0, BATCH))
  });
  for (let i = BATCH; i < notes.length; i += BATCH)
    await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(notes.slice(i, i + BATCH)) });
  return { id: data.id, url: data.html_url ?? "" };
}

// src/farm-action.ts
var FARM_MODES = ["plan", "run", "report", "release-baselines", "comment"];
var list = (name) => getInput(name).split(/\s+/).filter(Boolean);
async function checkRun(o, out, enabled) {
  if (!enabled) return;
  const token = getInput("token");
  if (!token) return warning("check-run: no token input, no check run");
  const config = await loadConfig(o.config);
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const notes = annotations(out.comparison, locateIn(resolve(o.config), resolve(dirname(resolve(o.config)), config.baselines)), root);
  const { owner, repo } = context.repo;
  const headSha = context.payload.pull_request?.head?.sha ?? context.sha;
  try {
    const r = await publishCheckRun(getOctokit(token), { owner, repo, headSha }, out.comparison, out.report, notes);
    info(`check run ${r.id} with ${notes.length} annotation(s): ${r.url}`);
  } catch (e) {
    warning(`could not create the check run (${e.message}); give the job \`checks: write\``);
  }
}
async function farmMode(mode, o) {
  if (mode === "plan") {
    const p = await plan(o);
    const targets = list("targets");
    const shards = targets.length ? onlyTargets(p.shards, targets.join(",").split(",")) : p.shards;
    const matrix = strategyMatrix(shards);
    await mkdir(o.outDir, { recursive: true });
    await writeFile(join(o.outDir, "plan.json"), `${JSON.stringify(shards, null, 2)}
`);
    setOutput("matrix", JSON.stringify(matrix));
    setOutput("plan-path", join(o.outDir, "plan.json"));
    info(`${matrix.include.length} shard(s): ${matrix.include.map((s) => s.shard).join(", ")}`);
    return { done: true };
  }
  if (mode === "run") {
    const shard = getInput("shard");
    if (!shard) throw new UserError("mode run needs the shard input (a name from mode plan)");
    const job = { ...o, shard };
    const { results: results2, resultsPath } = await collect(job, await plan(job));
    setOutput("results-path", resultsPath);
    const failed = results2.variants.filter((r) => r.status === "failed").length;
    setOutput("failed", String(failed));
    return { done: true };
  }
  const results = list("results");
  if (mode === "report") {
    if (!results.length) throw new UserError("mode report needs the results input (folders of downloaded shard artifacts)");
    const baseRef = getInput("base-ref") || context.payload.pull_request?.base?.sha;
    return { report: await reportShards({ ...o, results, ...baseRef ? { baseRef } : {} }) };
  }
  if (mode === "release-baselines") {
    const u = results.length ? await updateBaselinesFromShards({ ...o, results }) : await updateBaselines(o);
    setOutput("results-path", u.resultsPath);
    const token = getInput("token");
    if (!token) throw new UserError("mode release-baselines needs a token with contents: write and pull-requests: write");
    const { owner, repo } = context.repo;
    const label = process.env.GITHUB_REF_NAME || context.sha.slice(0, 12);
    const pr = await releaseBaselines(getOctokit(token), { owner, repo }, u.baselineDir, u.written, label);
    if (pr) {
      setOutput("pull-request", pr.url);
      info(`baseline pull request #${pr.number}: ${pr.url}`);
    } else info("no baseline changed: no pull request");
    return { done: true };
  }
  if (mode === "comment") {
    await postReport();
    return { done: true };
  }
  return void 0;
}
async function postReport() {
  const file = getInput("report") || "report.md";
  const number = (getInput("pull-request") || await readFile(join(dirname(file), "pr-number.txt"), "utf8").catch(() => "")).trim();
  if (!/^[1-9]\d{0,9}$/.test(number)) throw new UserError(`input pull-request: expected a pull request number, got "${number.slice(0, 40)}"`);
  const report = await readFile(file, "utf8").catch(() => {
    throw new UserError(`${file}: cannot read the report (was the artifact downloaded?)`);
  });
  if (!report.startsWith(MARKER)) throw new UserError(`${file}: not a wasm-mcu-bench report`);
  await summary.addRaw(report).write();
  const { owner, repo } = context.repo;
  const c = await upsertComment(getOctokit(getInput("token")), { owner, repo, issueNumber: Number(number) }, fitComment(report));
  info(`pull request comment ${c.action}: ${c.url}`);
}

// src/action.ts
function boolInput(name, fallback) {
  const v = getInput(name).trim().toLowerCase();
  if (v === "") return fallback;
  if (["true", "yes", "1"].includes(v)) return true;
  if (["false", "no", "0"].includes(v)) return false;
  throw new UserError(`input ${name}: expected true or false, got "${v}"`);
}
var MODES = ["check", "update-baselines", ...FARM_MODES];
async function publish(report) {
  await summary.addRaw(report).write();
  const pr = context.payload.pull_request;
  if (!pr) return;
  if (!boolInput("comment", true)) return;
  const token = getInput("token");
  if (!token) {
    warning("no token input: the report is in the job summary only (give `token: ${{ github.token }}` and `pull-requests: write` for a comment)");
    return;
  }
  try {
    const { owner, repo } = context.repo;
    const c = await upsertComment(getOctokit(token), { owner, repo, issueNumber: pr.number }, fitComment(report));
    info(`pull request comment ${c.action}: ${c.url}`);
  } catch (e) {
    warning(`could not comment on pull request #${pr.number} (${e.message}); the report is in the job summary`);
  }
}
async function run() {
  try {
    const mode = getInput("mode") || "check";
    if (!MODES.includes(mode)) throw new UserError(`input mode: expected one of ${MODES.join(", ")}, got "${mode}"`);
    const options = {
      config: getInput("config") || "wasm-mcu-bench.yml",
      outDir: getInput("out") || "wasm-mcu-bench-out",
      progress: githubProgress(),
      ...getInput("boards") ? { boards: getInput("boards") } : {}
    };
    const farm = await farmMode(mode, options);
    if (farm && "done" in farm) return;
    if (mode === "update-baselines") {
      const u = await updateBaselines(options);
      setOutput("results-path", u.resultsPath);
      info(`baselines written: ${u.written.join(", ")}`);
      return;
    }
    const failOnRegression = boolInput("fail-on-regression", true);
    const baseRef = getInput("base-ref") || context.payload.pull_request?.base?.sha;
    const out = farm?.report ?? await check({ ...options, ...baseRef ? { baseRef } : {} });
    setOutput("verdict", out.comparison.verdict);
    setOutput("regressions", String(out.comparison.counts.regression));
    setOutput("failed", String(out.comparison.counts.failed));
    setOutput("report-path", out.reportPath);
    setOutput("results-path", out.resultsPath);
    await publish(out.report);
    await checkRun(options, out, boolInput("check-run", false));
    if (out.comparison.verdict === "fail") {
      const { regression, failed, missing } = out.comparison.counts;
      const msg = `${regression} regression(s) over threshold, ${failed} failed variant(s)${missing ? `, ${missing} missing` : ""}; see the job summary`;
      if (failOnRegression) setFailed(msg);
      else warning(`${msg} (fail-on-regression is false)`);
    }
  } catch (e) {
    setFailed(e instanceof UserError ? e.message : e.stack ?? String(e));
  }
}

// src/index.ts
await run();
