#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  DOWNLOAD_TIMEOUT_MS,
  EXIT,
  Interrupted,
  STATUS_LABEL,
  SourceHashError,
  addToCache,
  cacheRoot,
  check,
  collect,
  envName,
  formatPercent,
  groupLines,
  groupReasons,
  headline,
  loadManifest,
  lockOutDir,
  markdownTable,
  onStopSignals,
  onlyTargets,
  outcome,
  packageRoot,
  plan,
  releaseBaselines,
  reportShards,
  resolveSource,
  sourceNotes,
  stopSignal,
  strategyMatrix,
  terminalProgress,
  toolPackageVersion,
  updateBaselines,
  updateBaselinesFromShards,
  updateSummary,
  verdictLine,
  verificationText
} from "./chunks/chunk-4E3WIG2Z.js";
import "./chunks/chunk-XND34POZ.js";
import "./chunks/chunk-NJ67MEJ2.js";
import "./chunks/chunk-D6S4A3XR.js";
import "./chunks/chunk-BPUX2DGU.js";
import {
  UserError
} from "./chunks/chunk-NOZKRUWY.js";
import "./chunks/chunk-YWIP2CGA.js";

// src/cli.ts
import { parseArgs } from "node:util";

// src/farm-cli.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/report/terminal.ts
function renderTerminal(c, acceptedBy) {
  const ran = c.variants.filter((v) => v.result && v.status !== "failed" && v.status !== "missing" && v.status !== "not-built");
  const rows = ran.map((v) => {
    const worst = v.changes.filter((m) => m.status === "regression" || m.status === "improvement").map((m) => `${m.metric} ${formatPercent(m.percent)}`).join(", ");
    return [v.id, STATUS_LABEL[v.status], v.result ? headline(v.result) : "", worst || (v.reason ?? "").split("\n")[0]];
  });
  const groups = groupReasons(c.variants).flatMap((g) => groupLines(g, STATUS_LABEL[g.status], (s) => s).map((l, i) => `${i ? "    " : ""}${l}`));
  return [
    rows.length ? markdownTable([["Variant", "Status", "Headline", "Changes"], ...rows]) : "",
    ...groups,
    verdictLine(c, acceptedBy).replace(/\*\*/g, "")
  ].filter(Boolean).join("\n");
}

// src/farm-cli.ts
var FARM_OPTIONS = {
  boards: { type: "string" },
  shard: { type: "string" },
  results: { type: "string", multiple: true },
  plan: { type: "string" },
  targets: { type: "string" },
  "pull-request": { type: "boolean" }
};
var FARM_HELP = (common) => ({
  plan: `Usage: wasm-mcu-bench plan [options]

Prints the matrix cut into shards as one line of JSON for a GitHub Actions strategy.matrix:
{"include":[{"shard":"emulated","target":"emulated","runs-on":"ubuntu-24.04"},
            {"shard":"<board name>","target":"hardware","runs-on":["self-hosted","<runner label>"],"board":"..."}]}
One shard per inventory board (on the runner it is plugged into), one for each hosted target.
With --out DIR it also writes DIR/plan.json, for the report job to know every planned shard.

${common}
  --targets LIST   only the shards of these targets, e.g. emulated,host (a pull request from a fork)`,
  run: `Usage: wasm-mcu-bench run --shard NAME [options]

Builds, runs and measures one shard of the plan and writes results.json (with its "shard") to --out,
for upload as an artifact. Nothing is compared: the report job does that.

${common}
  --shard NAME     the shard to run (a name from 'wasm-mcu-bench plan')

Exit status: 0 every variant ran or was not built, 1 a variant failed, 2 error.`,
  report: `Usage: wasm-mcu-bench report --results DIR... [options]

Merges the shards' results (each DIR, or the folders directly in it, holding a results.json), compares
with the baselines and writes report.md, results.json and the exports to --out. A shard of the plan that
never reported makes each of its variants missing: the verdict is incomplete, never a pass.

${common}
  --results DIR... folders of shard results (downloaded artifacts)
  --plan FILE      the run's plan.json (default: one found among the results, else the plan recomputed)
  --base REF       compare with the baselines as they are at this commit
  --allow-incomplete
                   exit 0 when the verdict is incomplete (the report still says so)

Exit status: 0 pass, 1 regression or failed variant, 2 error, 3 incomplete (a missing variant).`
});
var ALLOWED = {
  plan: ["targets"],
  run: ["shard"],
  report: ["results", "plan", "base", "allow-incomplete"],
  check: ["base", "allow-incomplete"],
  "update-baselines": ["results", "plan", "pull-request"]
};
async function pullRequest(u) {
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!token || !owner || !repo) throw new UserError("--pull-request needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) in the environment");
  const label = process.env.GITHUB_REF_NAME || u.results.provenance.commit.slice(0, 12);
  const { getOctokit } = await import("./chunks/github-DSGM5WC5.js");
  const pr = await releaseBaselines(getOctokit(token), { owner, repo }, u.baselineDir, u.written, label, u.deleted);
  process.stdout.write(pr ? `pull request #${pr.number}: ${pr.url} (onto ${pr.base}, commit ${pr.commit})
` : "no baseline changed: no pull request\n");
}
async function farmCommand(command, v, positionals, o) {
  const given = ["shard", "results", "plan", "targets", "pull-request", "base", "allow-incomplete"].filter((k) => v[k] !== void 0);
  const wrong = given.filter((k) => !(ALLOWED[command] ?? []).includes(k));
  if (wrong.length) throw new UserError(`--${wrong[0]} does not go with ${command}`);
  const results = v.results ? [...v.results, ...positionals] : [];
  if (positionals.length && !v.results) throw new UserError(`unexpected argument "${positionals[0]}"`);
  const shards = { ...o, results, ...v.plan ? { planFile: v.plan } : {} };
  if (command === "plan") {
    const p = await plan(o);
    const shardPlan = v.targets ? onlyTargets(p.shards, v.targets.split(",").map((t) => t.trim())) : p.shards;
    if (v.out) {
      await mkdir(o.outDir, { recursive: true });
      await writeFile(join(o.outDir, "plan.json"), `${JSON.stringify(shardPlan, null, 2)}
`);
    }
    process.stdout.write(`${JSON.stringify(strategyMatrix(shardPlan))}
`);
    return 0;
  }
  if (command === "run") {
    if (!v.shard) throw new UserError("run needs --shard NAME (see wasm-mcu-bench plan)");
    const job = { ...o, shard: v.shard };
    const { results: results2, resultsPath } = await collect(job, await plan(job));
    const failed = results2.variants.filter((r) => r.status === "failed");
    process.stdout.write(`shard ${v.shard}: ${results2.variants.length} variant(s), ${failed.length} failed
results: ${resultsPath}
`);
    return failed.length ? 1 : 0;
  }
  if (command === "report") {
    if (!results.length) throw new UserError("report needs --results DIR...");
    const out = await reportShards({ ...shards, ...v.base ? { baseRef: v.base } : {} });
    process.stdout.write(`${renderTerminal(out.comparison)}
results: ${out.resultsPath}
report: ${out.reportPath}
`);
    return EXIT[outcome(out.comparison, { allowIncomplete: Boolean(v["allow-incomplete"]) })];
  }
  if (command === "update-baselines" && (results.length || v["pull-request"])) {
    const u = results.length ? await updateBaselinesFromShards(shards) : await updateBaselines(o);
    process.stdout.write(`${updateSummary(u)}
`);
    if (v["pull-request"]) await pullRequest(u);
    return 0;
  }
  return void 0;
}

// src/cli.ts
import { stat } from "node:fs/promises";
import { join as join2, resolve } from "node:path";
var COMMON = `Options:
  --config FILE    config file (default: wasm-mcu-bench.yml)
  --out DIR        output directory for results.json, report.md, raw logs and builds (default: wasm-mcu-bench-out)
  --firmware DIR   firmware tree to build (default: the one shipped with wasm-mcu-bench)
  --boards FILE    board inventory for target hardware (default: the config's inventory, wasm-mcu-bench.boards.yml)
  -h, --help       this help`;
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
  plan               print the shards of the matrix as JSON for a GitHub Actions strategy.matrix
  run                build, run and measure one shard (--shard NAME), write its results.json
  report             merge the shards' results, compare with the baselines, write report.md
  history add|build  append a run to the history store; build the history page

Run 'wasm-mcu-bench <command> --help' for a command's options.
Exit status: 0 pass, 1 regression over a threshold or a failed variant, 2 error, 3 incomplete,
130/143 interrupted by SIGINT/SIGTERM (results.json holds the finished variants, marked interrupted).`,
  check: `Usage: wasm-mcu-bench check [options]

Builds, runs and measures the matrix, writes results.json (before comparing), compares with the
baselines and writes report.md. Prints the table to the terminal.

${COMMON}
  --base REF       compare with the baselines (and source pins) as they are at this commit
  --accepted-by WHO
                   accept regressions explicitly: the report says by whom, the exit status is 0
  --allow-incomplete
                   exit 0 when the verdict is incomplete (the report still says so)

Exit status: 0 pass, 1 regression over a threshold or a failed variant, 2 error, 3 incomplete: a
variant with a baseline was not compared (not built, excluded without a reason) or nothing was.`,
  "update-baselines": `Usage: wasm-mcu-bench update-baselines [options]

Builds, runs and measures the matrix and updates baselines/<target>/<board>.json with the variants
that ran. Entries of variants that did not run are kept; an entry is removed only when its variant
left the config's matrix. Writes nothing if any built variant failed. Files are replaced as one set.

${COMMON}
  --results DIR... take the results of a sharded run (downloaded artifacts) instead of running
  --pull-request   open a pull request with the changed baseline files (GITHUB_TOKEN, GITHUB_REPOSITORY)

Exit status: 0 written, 2 error (including failed variants).`,
  sources: `Usage: wasm-mcu-bench sources [import NAME DIR | fetch [NAME...]] [--firmware DIR]

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

Exit status: 0 ok, 2 error (unknown source, hash mismatch, a download that failed, a cached tree changed).`,
  ...FARM_HELP(COMMON)
};
async function sourcesCommand(args, firmware) {
  const firmwareDir = resolve(firmware ?? join2(packageRoot(), "firmware"));
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
  if (command === "history") return (await import("./chunks/command-O34REJXN.js")).historyCommand(rest);
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: {
        config: { type: "string" },
        out: { type: "string" },
        firmware: { type: "string" },
        base: { type: "string" },
        "accepted-by": { type: "string" },
        "allow-incomplete": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
        ...FARM_OPTIONS
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
  if (command === "update-baselines" && (values.base || values["accepted-by"] || values["allow-incomplete"])) {
    process.stderr.write(`wasm-mcu-bench: --base, --accepted-by and --allow-incomplete go with check
`);
    return 2;
  }
  if (command === "sources") return sourcesCommand(positionals, values.firmware);
  const options = {
    config: values.config ?? "wasm-mcu-bench.yml",
    outDir: values.out ?? "wasm-mcu-bench-out",
    progress: terminalProgress(),
    ...values.firmware ? { firmwareDir: values.firmware } : {},
    ...values.boards ? { boards: values.boards } : {},
    signal
  };
  const held = command === "plan" && !values.out ? void 0 : await lockOutDir(options.outDir, `wasm-mcu-bench ${command}`);
  try {
    const farm = await farmCommand(command, values, positionals, options);
    if (farm !== void 0) return farm;
    if (command === "update-baselines") {
      process.stdout.write(`${updateSummary(await updateBaselines(options))}
`);
      return 0;
    }
    const acceptedBy = values["accepted-by"];
    const out = await check({ ...options, ...values.base ? { baseRef: values.base } : {}, ...acceptedBy ? { acceptedBy } : {} });
    const notes = sourceNotes(out.results).map((n) => `${n.replace(/`/g, "")}
`).join("");
    process.stdout.write(`${renderTerminal(out.comparison, acceptedBy)}
${notes}results: ${out.resultsPath}
report: ${out.reportPath}
`);
    return EXIT[outcome(out.comparison, { accepted: Boolean(acceptedBy), allowIncomplete: Boolean(values["allow-incomplete"]) })];
  } finally {
    await held?.release();
  }
}
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_DESTROYED") throw e;
  });
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
