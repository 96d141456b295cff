// Command line: wasm-mcu-bench check | update-baselines. Exit 0 pass, 1 regression or failed variant, 2 error.
import { parseArgs } from 'node:util';
import { check, updateBaselines } from './pipeline.js';
import { terminalProgress } from './progress.js';
import { renderTerminal } from './report/terminal.js';
import { toolPackageVersion } from './tools.js';
import { UserError } from './types.js';

const COMMON = `Options:
  --config FILE    config file (default: wasm-mcu-bench.yml)
  --out DIR        output directory for results.json, report.md, raw logs and builds (default: wasm-mcu-bench-out)
  --firmware DIR   firmware tree to build (default: the one shipped with wasm-mcu-bench)
  -h, --help       this help`;

const HELP: Record<string, string> = {
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
  'update-baselines': `Usage: wasm-mcu-bench update-baselines [options]

Builds, runs and measures the matrix and rewrites baselines/<target>/<board>.json for every
target and board that ran. Writes nothing if any built variant failed. Files are replaced atomically.

${COMMON}

Exit status: 0 written, 2 error (including failed variants).`,
};

export async function main(argv: string[]): Promise<number> {
  const command = argv[0] && !argv[0].startsWith('-') ? argv[0] : undefined;
  const rest = command ? argv.slice(1) : argv;
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        config: { type: 'string' }, out: { type: 'string' }, firmware: { type: 'string' }, base: { type: 'string' },
        help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`wasm-mcu-bench: ${(e as Error).message}\n${HELP[command ?? 'main'] ?? HELP.main}\n`);
    return 2;
  }
  if (values.version) {
    process.stdout.write(`${toolPackageVersion()}\n`);
    return 0;
  }
  if (!command) {
    (values.help ? process.stdout : process.stderr).write(`${HELP.main}\n`);
    return values.help ? 0 : 2;
  }
  if (command === 'main' || !(command in HELP)) {
    process.stderr.write(`wasm-mcu-bench: unknown command "${command}"\n${HELP.main}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  if (command === 'update-baselines' && values.base) {
    process.stderr.write(`wasm-mcu-bench: --base goes with check\n`);
    return 2;
  }
  const options = {
    config: values.config ?? 'wasm-mcu-bench.yml',
    outDir: values.out ?? 'wasm-mcu-bench-out',
    progress: terminalProgress(),
    ...(values.firmware ? { firmwareDir: values.firmware } : {}),
  };
  try {
    if (command === 'update-baselines') {
      const u = await updateBaselines(options);
      process.stdout.write(`results: ${u.resultsPath}\nbaselines written:\n${u.written.map((w) => `  ${w}`).join('\n')}\n`);
      return 0;
    }
    const out = await check({ ...options, ...(values.base ? { baseRef: values.base } : {}) });
    process.stdout.write(`${renderTerminal(out.comparison)}\nresults: ${out.resultsPath}\nreport: ${out.reportPath}\n`);
    return out.comparison.verdict === 'pass' ? 0 : 1;
  } catch (e) {
    process.stderr.write(`wasm-mcu-bench: ${e instanceof UserError ? e.message : ((e as Error).stack ?? String(e))}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
