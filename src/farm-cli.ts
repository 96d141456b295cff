// The command line of a sharded run and of the release flow: plan, run --shard, report, and
// update-baselines --results/--pull-request. cli.ts hands a command here first.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { releaseBaselines } from './github/release.js';
import { collect, plan, reportShards, updateBaselines, updateBaselinesFromShards, updateSummary, type JobOptions, type UpdateOutcome } from './pipeline.js';
import { EXIT, outcome } from './compare/compare.js';
import { renderTerminal } from './report/terminal.js';
import { onlyTargets, strategyMatrix } from './shard/plan.js';
import { UserError } from './types.js';

export const FARM_OPTIONS = {
  boards: { type: 'string' },
  shard: { type: 'string' },
  results: { type: 'string', multiple: true },
  plan: { type: 'string' },
  targets: { type: 'string' },
  'pull-request': { type: 'boolean' },
} as const;

export interface FarmValues {
  shard?: string;
  results?: string[];
  plan?: string;
  targets?: string;
  'pull-request'?: boolean;
  base?: string;
  out?: string;
  'allow-incomplete'?: boolean;
}

export const FARM_HELP = (common: string): Record<string, string> => ({
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

Exit status: 0 pass, 1 regression or failed variant, 2 error, 3 incomplete (a missing variant).`,
});

const ALLOWED: Record<string, (keyof FarmValues)[]> = {
  plan: ['targets'],
  run: ['shard'],
  report: ['results', 'plan', 'base', 'allow-incomplete'],
  check: ['base', 'allow-incomplete'],
  'update-baselines': ['results', 'plan', 'pull-request'],
};

/** Opens the baseline pull request through GitHub's API (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL). */
async function pullRequest(u: UpdateOutcome): Promise<void> {
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) throw new UserError('--pull-request needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) in the environment');
  const label = process.env.GITHUB_REF_NAME || u.results.provenance.commit.slice(0, 12);
  // Loaded only here: @actions/github reads GITHUB_EVENT_PATH when imported, which the CLI never needs.
  const { getOctokit } = await import('@actions/github');
  const pr = await releaseBaselines(getOctokit(token), { owner, repo }, u.baselineDir, u.written, label, u.deleted);
  process.stdout.write(pr ? `pull request #${pr.number}: ${pr.url} (onto ${pr.base}, commit ${pr.commit})\n` : 'no baseline changed: no pull request\n');
}

/** Runs a farm command; undefined when the command is cli.ts's own. */
export async function farmCommand(command: string, v: FarmValues, positionals: string[], o: JobOptions): Promise<number | undefined> {
  const given = (['shard', 'results', 'plan', 'targets', 'pull-request', 'base', 'allow-incomplete'] as const).filter((k) => v[k] !== undefined);
  const wrong = given.filter((k) => !(ALLOWED[command] ?? []).includes(k));
  if (wrong.length) throw new UserError(`--${wrong[0]} does not go with ${command}`);
  // `--results a b c`: the folders after the first are positionals.
  const results = v.results ? [...v.results, ...positionals] : [];
  if (positionals.length && !v.results) throw new UserError(`unexpected argument "${positionals[0]}"`);
  const shards = { ...o, results, ...(v.plan ? { planFile: v.plan } : {}) };

  if (command === 'plan') {
    const p = await plan(o);
    const shardPlan = v.targets ? onlyTargets(p.shards, v.targets.split(',').map((t) => t.trim())) : p.shards;
    if (v.out) {
      await mkdir(o.outDir, { recursive: true });
      await writeFile(join(o.outDir, 'plan.json'), `${JSON.stringify(shardPlan, null, 2)}\n`);
    }
    process.stdout.write(`${JSON.stringify(strategyMatrix(shardPlan))}\n`);
    return 0;
  }
  if (command === 'run') {
    if (!v.shard) throw new UserError('run needs --shard NAME (see wasm-mcu-bench plan)');
    const job = { ...o, shard: v.shard };
    const { results, resultsPath } = await collect(job, await plan(job));
    const failed = results.variants.filter((r) => r.status === 'failed');
    process.stdout.write(`shard ${v.shard}: ${results.variants.length} variant(s), ${failed.length} failed\nresults: ${resultsPath}\n`);
    return failed.length ? 1 : 0;
  }
  if (command === 'report') {
    if (!results.length) throw new UserError('report needs --results DIR...');
    const out = await reportShards({ ...shards, ...(v.base ? { baseRef: v.base } : {}) });
    process.stdout.write(`${renderTerminal(out.comparison, out.catalogue)}\nresults: ${out.resultsPath}\nreport: ${out.reportPath}\n`);
    return EXIT[outcome(out.comparison, { allowIncomplete: Boolean(v['allow-incomplete']) })];
  }
  if (command === 'update-baselines' && (results.length || v['pull-request'])) {
    const u = results.length ? await updateBaselinesFromShards(shards) : await updateBaselines(o);
    process.stdout.write(`${updateSummary(u)}\n`);
    if (v['pull-request']) await pullRequest(u);
    return 0;
  }
  return undefined;
}
