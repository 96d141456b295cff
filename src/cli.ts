// Command line: wasm-mcu-bench check | update-baselines | plan | run | report. Exit 0 pass, 1 regression or failed
// variant, 2 error, 3 incomplete (a baselined variant not compared, or nothing compared).
import { parseArgs } from 'node:util';
import { PIN_HELP, sourcesSubcommand } from './sources-cli.js';
import { check } from './jobs/check.js';
import { updateBaselines, updateSummary } from './jobs/update-baselines.js';
import { plan } from './jobs/plan.js';
import { runShard } from './jobs/run-shard.js';
import { report } from './jobs/report.js';
import { releaseBaselines, type Repository } from './jobs/release-baselines.js';
import { checkInputs, INPUTS, inputsOf, modesOf } from './jobs/modes.js';
import type { JobOptions } from './jobs/job.js';
import { EXIT, outcome } from './compare/compare.js';
import { terminalProgress } from './progress.js';
import { renderTerminal } from './report/terminal.js';
import { sourceNotes } from './report/markdown.js';
import { packageRoot, toolPackageVersion } from './tools.js';
import { addToCache, cacheRoot, DOWNLOAD_TIMEOUT_MS, envName, loadManifest, parseSourceDir, resolveSource, SourceHashError, verificationText, type Manifest } from './sources/sources.js';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from './types.js';
import { Interrupted, onStopSignals, stopSignal } from './interrupt.js';
import { lockOutDir } from './run/lock.js';
import { EXPLAIN_HELP, explainCommand } from './jobs/explain.js';

const COMMON = `Options:
  --config FILE    config file (default: wasm-mcu-bench.yml)
  --out DIR        output directory for results.json, report.md, raw logs and builds (default: wasm-mcu-bench-out)
  --firmware DIR   firmware tree to build (default: the one shipped with wasm-mcu-bench)
  --boards FILE    board inventory for target hardware (default: the config's inventory, wasm-mcu-bench.boards.yml)
  -h, --help       this help`;

/** Options that are not a single string. */
const OPTION_TYPES: Record<string, { type: 'boolean' } | { type: 'string'; multiple: true }> = {
  'allow-incomplete': { type: 'boolean' }, 'pull-request': { type: 'boolean' }, rerun: { type: 'boolean' }, results: { type: 'string', multiple: true },
};

const RERUN = `  --rerun          measure every variant again: no result is reused from the result store (an emulated
                   run identical to an earlier one, same image, QEMU and command line, is reused otherwise)`;

const HELP: Record<string, string> = {
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
  'update-baselines': `Usage: wasm-mcu-bench update-baselines [options]

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
  ...EXPLAIN_HELP(COMMON),
};

async function sourcesCommand(args: string[], firmware: string | undefined): Promise<number> {
  const firmwareDir = resolve(firmware ?? join(packageRoot(), 'firmware'));
  const manifest = await loadManifest(firmwareDir);
  if (args[0] === 'import') {
    const [, name, dir, ...extra] = args;
    const pin = name ? manifest[name] : undefined;
    if (!name || !pin || !dir || extra.length) throw new UserError(`sources import NAME DIR: NAME is one of ${Object.keys(manifest).join(', ')}`);
    const kind = await stat(dir).catch(() => undefined);
    if (!kind?.isDirectory()) throw new UserError(`sources import ${name} ${dir}: ${kind ? 'not a folder (give the top folder of a checkout)' : 'no such folder'}`);
    const cached = await addToCache(cacheRoot(), name, pin, dir);
    process.stdout.write(`${name}: ${cached.dir}: ${verificationText(cached)}\n`);
    return 0;
  }
  if (args[0] === 'fetch') return fetchSources(manifest, args.slice(1));
  if (args.length) throw new UserError(`sources: unknown arguments ${args.join(' ')}`);
  let status = 0;
  for (const [name, pin] of Object.entries(manifest)) {
    let where: string;
    try {
      const r = await resolveSource(name, pin, { downloadTimeoutMs: 0 });
      where = r.dir ? `${r.origin}: ${r.dir}: ${verificationText(r)}`
        : pin.tree ? `not here (${envName(name)} unset, not cached; a check would download it)`
        : `not here: set ${envName(name)} or run \`wasm-mcu-bench sources import ${name} DIR\` (never downloaded: no recorded tree hash)`;
    } catch (e) {
      if (!(e instanceof SourceHashError)) throw e;
      where = `error: ${e.message}`;
      status = 2;
    }
    process.stdout.write(`${name.padEnd(16)} ${pin.title} ${pin.version} ${pin.commit.slice(0, 12)}  ${where}\n`);
  }
  return status;
}

/** Fills the cache through the download path a check uses (CI runs it before the offline tests). */
async function fetchSources(manifest: Manifest, names: string[]): Promise<number> {
  const unknown = names.filter((n) => !manifest[n]);
  if (unknown.length) throw new UserError(`sources fetch: unknown source ${unknown.join(', ')}; one of ${Object.keys(manifest).join(', ')}`);
  const configured = Number(process.env.WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS);
  let failed = 0;
  for (const [name, pin] of Object.entries(manifest).filter(([n]) => !names.length || names.includes(n))) {
    let line: string;
    try {
      const r = await resolveSource(name, pin, { downloadTimeoutMs: configured > 0 ? configured : DOWNLOAD_TIMEOUT_MS });
      if (r.dir) line = `${r.origin}: ${r.dir}${pin.tree && r.tree !== pin.tree ? ' (differs from the pin)' : ''}`;
      else if (!pin.tree) line = `not fetched: no recorded tree hash (set ${envName(name)}, or \`sources import ${name} DIR\`)`;
      else [failed, line] = [failed + 1, `failed: ${r.unavailable}`];
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      [failed, line] = [failed + 1, `failed: ${e.message}`];
    }
    process.stdout.write(`${name.padEnd(16)} ${pin.title} ${pin.version} ${pin.commit.slice(0, 12)}  ${line}\n`);
  }
  return failed ? 2 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const stop = onStopSignals();
  try {
    const status = await dispatch(argv, stop.signal);
    // A signal after the matrix (while comparing or reporting): the outcome is not reported as a pass.
    const late = stopSignal(stop.signal);
    return late ? new Interrupted(late).exitCode : status;
  } catch (e) {
    const known = e instanceof UserError || e instanceof Interrupted;
    process.stderr.write(`wasm-mcu-bench: ${known ? e.message : ((e as Error).stack ?? String(e))}\n`);
    return e instanceof Interrupted ? e.exitCode : 2;
  } finally {
    stop.dispose();
  }
}

async function dispatch(argv: string[], signal: AbortSignal): Promise<number> {
  const command = argv[0] && !argv[0].startsWith('-') ? argv[0] : undefined;
  const rest = command ? argv.slice(1) : argv;
  // Loaded only when used: the page inlines its chart library.
  if (command === 'history') return (await import('./history/command.js')).historyCommand(rest);
  const pinning = command === 'sources' ? await sourcesSubcommand(rest) : undefined;
  if (pinning !== undefined) return pinning;
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: {
        ...Object.fromEntries([...inputsOf('cli').keys()].map((name) => [name, OPTION_TYPES[name] ?? { type: 'string' }])),
        help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' },
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
  if (command === 'sources') return sourcesCommand(positionals, (values as { firmware?: string }).firmware);
  const v = values as Record<string, string | string[] | boolean | undefined>;
  const mode = modesOf('cli').get(command)!;
  checkInputs('cli', mode, [...inputsOf('cli')].filter(([name]) => v[name] !== undefined).map(([, input]) => input));
  const str = (name: string) => v[name] as string | undefined;
  // `--results a b c`: the folders after the first are positionals; explain's one positional is its variant.
  if (positionals.length && !v.results && mode !== 'explain') throw new UserError(`unexpected argument "${positionals[0]}"`);
  const results = v.results ? [...(v.results as string[]), ...positionals] : [];
  const shards = results.length ? { results, ...(v.plan ? { planFile: v.plan as string } : {}) } : undefined;
  // --pull-request: GitHub's API is reached through the environment, checked before anything runs.
  const github = v['pull-request'] ? await repository() : undefined;
  const source = v.source ? parseSourceDir('--source', str('source')!) : undefined;
  const against = v.against ? parseSourceDir('--against', str('against')!) : undefined;
  const options: JobOptions = {
    config: str('config') ?? INPUTS.config.default,
    outDir: str('out') ?? INPUTS.out.default,
    progress: terminalProgress(),
    ...(v.firmware ? { firmwareDir: str('firmware')! } : {}),
    ...(v.boards ? { boards: str('boards')! } : {}),
    ...(source ? { source } : {}),
    ...(v.rerun ? { rerun: true } : {}),
    signal,
  };
  // `plan` without --out writes nothing; every other command owns its output folder while it runs.
  const held = command === 'plan' && !v.out ? undefined : await lockOutDir(options.outDir, `wasm-mcu-bench ${command}`);
  try {
    if (mode === 'explain') return await explainCommand(positionals, str('base'), options);
    if (mode === 'plan') {
      const p = await plan(options, v.targets ? str('targets')!.split(',').map((t) => t.trim()) : [], Boolean(v.out));
      process.stdout.write(`${JSON.stringify(p.matrix)}\n`);
      return 0;
    }
    if (mode === 'run-shard') {
      const r = await runShard(options, str('shard')!);
      process.stdout.write(`shard ${str('shard')}: ${r.results.variants.length} variant(s), ${r.failed} failed\nresults: ${r.resultsPath}\n`);
      return r.failed ? 1 : 0;
    }
    if (mode === 'update-baselines') {
      if (!github) {
        process.stdout.write(`${updateSummary(await updateBaselines(options, shards))}\n`);
        return 0;
      }
      const { pr } = await releaseBaselines(options, shards, github, process.env.GITHUB_REF_NAME || undefined, (u) => process.stdout.write(`${updateSummary(u)}\n`));
      process.stdout.write(pr ? `pull request #${pr.number}: ${pr.url} (onto ${pr.base}, commit ${pr.commit})\n` : 'no baseline changed: no pull request\n');
      return 0;
    }
    const acceptedBy = str('accepted-by');
    const compared = { ...options, ...(v.base ? { baseRef: str('base')! } : {}), ...(acceptedBy ? { acceptedBy } : {}), ...(against ? { against } : {}) };
    const out = mode === 'report' ? await report(compared, shards!) : await check(compared);
    const notes = mode === 'check' ? sourceNotes(out.results, against?.name).map((n) => `${n.replace(/`/g, '')}\n`).join('') : '';
    process.stdout.write(`${renderTerminal(out.comparison, out.catalogue, acceptedBy)}\n${notes}results: ${out.resultsPath}\nreport: ${out.reportPath}\n`);
    return EXIT[outcome(out.comparison, { accepted: Boolean(acceptedBy), allowIncomplete: Boolean(v['allow-incomplete']) })];
  } finally {
    await held?.release();
  }
}

/** GitHub's API for --pull-request: GITHUB_TOKEN (or GH_TOKEN), GITHUB_REPOSITORY, GITHUB_API_URL. */
async function repository(): Promise<Repository> {
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) throw new UserError('--pull-request needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) in the environment');
  // Loaded only here: @actions/github reads GITHUB_EVENT_PATH when imported, which the CLI never needs.
  const { getOctokit } = await import('@actions/github');
  return { octokit: getOctokit(token), owner, repo };
}

// A reader that has gone (`wasm-mcu-bench sources | head -1`) is no error: the rest of the output is dropped.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });
process.exitCode = await main(process.argv.slice(2));
