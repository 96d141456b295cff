// Command line: wasm-mcu-bench check | update-baselines | plan | run | report. Exit 0 pass, 1 regression or failed variant, 2 error.
import { parseArgs } from 'node:util';
import { farmCommand, FARM_HELP, FARM_OPTIONS, type FarmValues } from './farm-cli.js';
import { check, updateBaselines } from './pipeline.js';
import { terminalProgress } from './progress.js';
import { renderTerminal } from './report/terminal.js';
import { toolPackageVersion } from './tools.js';
import { UserError } from './types.js';

const COMMON = `Options:
  --config FILE    config file (default: wasm-mcu-bench.yml)
  --out DIR        output directory for results.json, report.md, raw logs and builds (default: wasm-mcu-bench-out)
  --firmware DIR   firmware tree to build (default: the one shipped with wasm-mcu-bench)
  --boards FILE    board inventory for target hardware (default: the config's inventory, wasm-mcu-bench.boards.yml)
  -h, --help       this help`;

const HELP: Record<string, string> = {
  main: `Usage: wasm-mcu-bench <command> [options]

Builds every firmware variant of the matrix, runs it (QEMU by default), measures it and compares it
with the baselines committed in the repository.

Commands:
  check              build, run, measure, compare with the baselines, write report.md
  update-baselines   build, run, measure and rewrite baselines/ (only when every built variant succeeded)
  plan               print the shards of the matrix as JSON for a GitHub Actions strategy.matrix
  run                build, run and measure one shard (--shard NAME), write its results.json
  report             merge the shards' results, compare with the baselines, write report.md

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
  --results DIR... take the results of a sharded run (downloaded artifacts) instead of running
  --pull-request   open a pull request with the changed baseline files (GITHUB_TOKEN, GITHUB_REPOSITORY)

Exit status: 0 written, 2 error (including failed variants).`,
  ...FARM_HELP(COMMON),
};

export async function main(argv: string[]): Promise<number> {
  const command = argv[0] && !argv[0].startsWith('-') ? argv[0] : undefined;
  const rest = command ? argv.slice(1) : argv;
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: {
        config: { type: 'string' }, out: { type: 'string' }, firmware: { type: 'string' }, base: { type: 'string' },
        help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' }, ...FARM_OPTIONS,
      },
      strict: true,
      allowPositionals: true,
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
    ...(values.boards ? { boards: values.boards } : {}),
  };
  try {
    const farm = await farmCommand(command, values as FarmValues, positionals, options);
    if (farm !== undefined) return farm;
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
