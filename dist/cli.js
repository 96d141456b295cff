#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  STATUS_LABEL,
  UserError,
  addToCache,
  cacheRoot,
  check,
  envName,
  formatPercent,
  headline,
  loadManifest,
  markdownTable,
  packageRoot,
  resolveSource,
  terminalProgress,
  toolPackageVersion,
  updateBaselines,
  verdictLine
} from "./chunks/chunk-I2W74UKR.js";

// src/cli.ts
import { parseArgs } from "node:util";

// src/report/terminal.ts
function renderTerminal(c, acceptedBy) {
  const shown = c.variants.filter((v) => v.status !== "not-built");
  const notBuilt = c.counts["not-built"];
  const rows = shown.map((v) => {
    const worst = v.changes.filter((m) => m.status === "regression" || m.status === "improvement").map((m) => `${m.metric} ${formatPercent(m.percent)}`).join(", ");
    return [v.id, STATUS_LABEL[v.status], v.result ? headline(v.result) : "", worst || (v.reason ?? "").split("\n")[0]];
  });
  return [
    markdownTable([["Variant", "Status", "Headline", "Changes"], ...rows]),
    notBuilt ? `(${notBuilt} more cells of the matrix not built; see report.md)` : "",
    verdictLine(c, acceptedBy).replace(/\*\*/g, "")
  ].filter(Boolean).join("\n");
}

// src/cli.ts
import { join, resolve } from "node:path";
var COMMON = `Options:
  --config FILE    config file (default: wasm-mcu-bench.yml)
  --out DIR        output directory for results.json, report.md, raw logs and builds (default: wasm-mcu-bench-out)
  --firmware DIR   firmware tree to build (default: the one shipped with wasm-mcu-bench)
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

Run 'wasm-mcu-bench <command> --help' for a command's options.
Exit status: 0 pass, 1 regression over a threshold or a failed variant, 2 error.`,
  check: `Usage: wasm-mcu-bench check [options]

Builds, runs and measures the matrix, writes results.json (before comparing), compares with the
baselines and writes report.md. Prints the table to the terminal.

${COMMON}
  --base REF       compare with the baselines (and source pins) as they are at this commit
  --accepted-by WHO
                   accept regressions explicitly: the report says by whom, the exit status is 0

Exit status: 0 pass, 1 regression over a threshold or a failed variant, 2 error.`,
  "update-baselines": `Usage: wasm-mcu-bench update-baselines [options]

Builds, runs and measures the matrix and rewrites baselines/<target>/<board>.json for every
target and board that ran. Writes nothing if any built variant failed. Files are replaced atomically.

${COMMON}

Exit status: 0 written, 2 error (including failed variants).`,
  sources: `Usage: wasm-mcu-bench sources [import NAME DIR] [--firmware DIR]

Without arguments: lists the upstream sources pinned in firmware/sources.json and where each comes
from now (an override in WASM_MCU_BENCH_SOURCE_<NAME>, the cache, or a download).
import NAME DIR: checks that DIR holds exactly the pinned tree (by its tree hash) and copies it into
the cache (WASM_MCU_BENCH_CACHE, default ~/.cache/wasm-mcu-bench), so later runs need no network.

Exit status: 0 ok, 2 error (unknown source, hash mismatch).`
};
async function sourcesCommand(args, firmware) {
  const firmwareDir = resolve(firmware ?? join(packageRoot(), "firmware"));
  const manifest = await loadManifest(firmwareDir);
  if (args[0] === "import") {
    const [, name, dir] = args;
    const pin = name ? manifest[name] : void 0;
    if (!name || !pin || !dir) throw new UserError(`sources import NAME DIR: NAME is one of ${Object.keys(manifest).join(", ")}`);
    process.stdout.write(`${name}: ${await addToCache(cacheRoot(), name, pin, dir)}
`);
    return 0;
  }
  if (args.length) throw new UserError(`sources: unknown arguments ${args.join(" ")}`);
  for (const [name, pin] of Object.entries(manifest)) {
    const r = await resolveSource(name, pin, { downloadTimeoutMs: 0 });
    const where = r.dir ? `${r.origin}: ${r.dir}${r.tree !== pin.tree ? " (differs from the pin)" : ""}` : `not here (${envName(name)} unset, not cached; a check would download it)`;
    process.stdout.write(`${name.padEnd(16)} ${pin.title} ${pin.version} ${pin.commit.slice(0, 12)}  ${where}
`);
  }
  return 0;
}
async function main(argv) {
  try {
    return await dispatch(argv);
  } catch (e) {
    process.stderr.write(`wasm-mcu-bench: ${e instanceof UserError ? e.message : e.stack ?? String(e)}
`);
    return 2;
  }
}
async function dispatch(argv) {
  const command = argv[0] && !argv[0].startsWith("-") ? argv[0] : void 0;
  const rest = command ? argv.slice(1) : argv;
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
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" }
      },
      strict: true,
      allowPositionals: command === "sources"
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
  if (command === "update-baselines" && (values.base || values["accepted-by"])) {
    process.stderr.write(`wasm-mcu-bench: --base and --accepted-by go with check
`);
    return 2;
  }
  if (command === "sources") return sourcesCommand(positionals, values.firmware);
  const options = {
    config: values.config ?? "wasm-mcu-bench.yml",
    outDir: values.out ?? "wasm-mcu-bench-out",
    progress: terminalProgress(),
    ...values.firmware ? { firmwareDir: values.firmware } : {}
  };
  if (command === "update-baselines") {
    const u = await updateBaselines(options);
    process.stdout.write(`results: ${u.resultsPath}
baselines written:
${u.written.map((w) => `  ${w}`).join("\n")}
`);
    return 0;
  }
  const acceptedBy = values["accepted-by"];
  const out = await check({ ...options, ...values.base ? { baseRef: values.base } : {}, ...acceptedBy ? { acceptedBy } : {} });
  process.stdout.write(`${renderTerminal(out.comparison, acceptedBy)}
results: ${out.resultsPath}
report: ${out.reportPath}
`);
  return out.comparison.verdict === "pass" || acceptedBy ? 0 : 1;
}
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
