#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  STATUS_LABEL,
  UserError,
  check,
  formatPercent,
  headline,
  markdownTable,
  terminalProgress,
  toolPackageVersion,
  updateBaselines,
  verdictLine
} from "./chunks/chunk-PASLPJ6I.js";

// src/cli.ts
import { parseArgs } from "node:util";

// src/report/terminal.ts
function renderTerminal(c) {
  const shown = c.variants.filter((v) => v.status !== "not-built");
  const notBuilt = c.counts["not-built"];
  const rows = shown.map((v) => {
    const worst = v.changes.filter((m) => m.status === "regression" || m.status === "improvement").map((m) => `${m.metric} ${formatPercent(m.percent)}`).join(", ");
    return [v.id, STATUS_LABEL[v.status], v.result ? headline(v.result) : "", worst || (v.reason ?? "").split("\n")[0]];
  });
  return [
    markdownTable([["Variant", "Status", "Headline", "Changes"], ...rows]),
    notBuilt ? `(${notBuilt} more cells of the matrix not built; see report.md)` : "",
    verdictLine(c).replace(/\*\*/g, "")
  ].filter(Boolean).join("\n");
}

// src/cli.ts
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

Run 'wasm-mcu-bench <command> --help' for a command's options.
Exit status: 0 pass, 1 regression over a threshold or a failed variant, 2 error.`,
  check: `Usage: wasm-mcu-bench check [options]

Builds, runs and measures the matrix, writes results.json (before comparing), compares with the
baselines and writes report.md. Prints the table to the terminal.

${COMMON}
  --base REF       compare with the baselines as they are at this commit (a pull request's base)

Exit status: 0 pass, 1 regression over a threshold or a failed variant, 2 error.`,
  "update-baselines": `Usage: wasm-mcu-bench update-baselines [options]

Builds, runs and measures the matrix and rewrites baselines/<target>/<board>.json for every
target and board that ran. Writes nothing if any built variant failed. Files are replaced atomically.

${COMMON}

Exit status: 0 written, 2 error (including failed variants).`
};
async function main(argv) {
  const command = argv[0] && !argv[0].startsWith("-") ? argv[0] : void 0;
  const rest = command ? argv.slice(1) : argv;
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        config: { type: "string" },
        out: { type: "string" },
        firmware: { type: "string" },
        base: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" }
      },
      strict: true
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
  if (command === "update-baselines" && values.base) {
    process.stderr.write(`wasm-mcu-bench: --base goes with check
`);
    return 2;
  }
  const options = {
    config: values.config ?? "wasm-mcu-bench.yml",
    outDir: values.out ?? "wasm-mcu-bench-out",
    progress: terminalProgress(),
    ...values.firmware ? { firmwareDir: values.firmware } : {}
  };
  try {
    if (command === "update-baselines") {
      const u = await updateBaselines(options);
      process.stdout.write(`results: ${u.resultsPath}
baselines written:
${u.written.map((w) => `  ${w}`).join("\n")}
`);
      return 0;
    }
    const out = await check({ ...options, ...values.base ? { baseRef: values.base } : {} });
    process.stdout.write(`${renderTerminal(out.comparison)}
results: ${out.resultsPath}
report: ${out.reportPath}
`);
    return out.comparison.verdict === "pass" ? 0 : 1;
  } catch (e) {
    process.stderr.write(`wasm-mcu-bench: ${e instanceof UserError ? e.message : e.stack ?? String(e)}
`);
    return 2;
  }
}
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
