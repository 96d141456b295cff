// The command line of making and proposing pins: `sources pin` and `sources bump`. cli.ts hands them here.
import * as github from '@actions/github';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bumpSources } from './github/bump.js';
import { pinFiles, readPinTexts, takePin, writePinFiles } from './sources/pin.js';
import { cacheRoot, loadManifest, type SourcePin } from './sources/sources.js';
import { checkoutUpstream, githubUpstream, type Upstream } from './sources/upstream.js';
import { packageRoot } from './tools.js';
import { UserError } from './types.js';

/** The pin and bump part of `sources --help`. */
export const PIN_HELP = `pin NAME REF [--from DIR]: resolves a tag, branch or commit to its full commit (through GitHub's API at
  GITHUB_API_URL, with GITHUB_TOKEN if set; or in the clean git checkout DIR), takes that tree (the
  archive a build would download, or \`git archive\` of the checkout), hashes it, caches it, and writes
  the new pin to sources.json and to stacks/zephyr/west.yml. Prints the old and the new pin.
pin NAME --latest [--from DIR]: the same for upstream's newest release.
bump [NAME...]: for each source (default: all) whose upstream has a newer release, opens one pull request
  moving its pin (GITHUB_TOKEN, GITHUB_REPOSITORY; run on a checkout of the default branch); skips a
  source that already has an open one.`;
const USAGE = `Usage: wasm-mcu-bench sources pin NAME REF|--latest [--from DIR] [--firmware DIR]
       wasm-mcu-bench sources bump [NAME...] [--firmware DIR]

${PIN_HELP}`;

function githubOptions(env = process.env) {
  return {
    ...(env.GITHUB_API_URL ? { api: env.GITHUB_API_URL } : {}),
    ...(env.GITHUB_TOKEN ? { token: env.GITHUB_TOKEN } : {}),
    ...(env.WASM_MCU_BENCH_ARCHIVE_URL ? { archiveTemplate: env.WASM_MCU_BENCH_ARCHIVE_URL } : {}),
  };
}

/** `sources pin` and `sources bump` (args after "sources"); undefined for the other sources commands. */
export async function sourcesSubcommand(args: string[]): Promise<number | undefined> {
  const sub = args[0];
  if (sub !== 'pin' && sub !== 'bump') return undefined;
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: args.slice(1),
      options: { from: { type: 'string' }, latest: { type: 'boolean' }, firmware: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    }));
  } catch (e) {
    throw new UserError(`sources ${sub}: ${(e as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const firmwareDir = resolve(values.firmware ?? join(packageRoot(), 'firmware'));
  const manifest = await loadManifest(firmwareDir);
  if (sub === 'bump') {
    if (values.from || values.latest) throw new UserError('sources bump: --from and --latest go with sources pin');
    const token = process.env.GITHUB_TOKEN;
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!token || !owner || !repo) throw new UserError('sources bump needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) in the environment');
    const outcomes = await bumpSources({
      octokit: github.getOctokit(token), owner, repo, firmwareDir, names: positionals, cache: cacheRoot(),
      upstreamOf: (pin: SourcePin) => githubUpstream(pin.repo, githubOptions()),
      log: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(`${outcomes.filter((o) => o.pull).length} pull request(s) opened\n`);
    return 0;
  }
  const [name, ref, ...extra] = positionals;
  const old = name ? manifest[name] : undefined;
  if (!name || !old) throw new UserError(`sources pin NAME REF: NAME is one of ${Object.keys(manifest).join(', ')}`);
  if (extra.length || (ref === undefined) === !values.latest) throw new UserError('sources pin NAME: give either one REF (tag, branch or commit) or --latest');
  const upstream: Upstream = values.from ? await checkoutUpstream(resolve(values.from)) : githubUpstream(old.repo, githubOptions());
  const p = await takePin(name, old, upstream, ref ?? { latest: true }, cacheRoot());
  const written = await writePinFiles(firmwareDir, pinFiles(firmwareDir, await readPinTexts(firmwareDir), p));
  const same = old.commit === p.pin.commit && old.tree === p.pin.tree;
  process.stdout.write(`${name}: ${old.version} -> ${p.pin.version}${same ? ' (unchanged)' : ''}\n`
    + `  commit ${old.commit} -> ${p.pin.commit}\n  tree   ${old.tree ?? '(none)'} -> ${p.pin.tree}\n`
    + `${p.notes ? `release notes: ${p.notes}\n` : ''}wrote ${written.map((f) => relative(process.cwd(), f)).join(', ')}\ncached ${p.cached}\n`);
  return 0;
}
