#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  UserError,
  check,
  context,
  fitComment,
  getInput,
  getOctokit,
  githubProgress,
  info,
  setFailed,
  setOutput,
  summary,
  updateBaselines,
  upsertComment,
  warning
} from "./chunks/chunk-TYFLRY4H.js";

// src/action.ts
function boolInput(name, fallback) {
  const v = getInput(name).trim().toLowerCase();
  if (v === "") return fallback;
  if (["true", "yes", "1"].includes(v)) return true;
  if (["false", "no", "0"].includes(v)) return false;
  throw new UserError(`input ${name}: expected true or false, got "${v}"`);
}
var MODES = ["check", "update-baselines"];
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
      progress: githubProgress()
    };
    if (mode === "update-baselines") {
      const u = await updateBaselines(options);
      setOutput("results-path", u.resultsPath);
      info(`baselines written: ${u.written.join(", ")}`);
      return;
    }
    const failOnRegression = boolInput("fail-on-regression", true);
    const baseRef = getInput("base-ref") || context.payload.pull_request?.base?.sha;
    const out = await check({ ...options, ...baseRef ? { baseRef } : {} });
    setOutput("verdict", out.comparison.verdict);
    setOutput("regressions", String(out.comparison.counts.regression));
    setOutput("failed", String(out.comparison.counts.failed));
    setOutput("report-path", out.reportPath);
    setOutput("results-path", out.resultsPath);
    await publish(out.report);
    if (out.comparison.verdict === "fail") {
      const { regression, failed } = out.comparison.counts;
      const msg = `${regression} regression(s) over threshold, ${failed} failed variant(s); see the job summary`;
      if (failOnRegression) setFailed(msg);
      else warning(`${msg} (fail-on-regression is false)`);
    }
  } catch (e) {
    setFailed(e instanceof UserError ? e.message : e.stack ?? String(e));
  }
}

// src/index.ts
await run();
