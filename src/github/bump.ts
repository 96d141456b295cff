// Noticing upstream releases: for each pinned source whose upstream has a newer release, one pull request that
// moves that pin (sources.json and west.yml, as `sources pin` would), opened through the git data API like the
// baseline pull request, labelled, with the release notes' link. The runtime-upgrade check then gates it.
import type { getOctokit } from '@actions/github';
import { execa } from 'execa';
import { join, relative } from 'node:path';
import { UserError } from '../types.js';
import { describePin, pinFiles, readPinTexts, takePin, WEST_MANIFEST, type NewPin } from '../sources/pin.js';
import { loadManifest, type SourcePin } from '../sources/sources.js';
import type { Upstream } from '../sources/upstream.js';
import { openBaselinePullRequest, type ChangedFile } from './release.js';

type Octokit = ReturnType<typeof getOctokit>;

const BUMP_LABEL = 'runtime-upgrade';
const bumpBranch = (name: string) => `wasm-mcu-bench/bump-${name}`;

interface BumpOutcome {
  name: string;
  pull?: { number: number; url: string };
  /** Why no pull request was opened for this source. */
  skipped?: string;
}

function bumpBody(p: NewPin, notes: string, files: ChangedFile[]): string {
  return [
    `Moves **${p.pin.title}** (\`${p.pin.repo}\`) from ${describePin(p.old)} to ${describePin(p.pin)}.`,
    '',
    `- Release notes: ${notes}`,
    `- Upstream changes: https://github.com/${p.pin.repo}/compare/${p.old.commit}...${p.pin.commit}`,
    `- Tree hash: \`${p.pin.tree}\` (every build from a download or the cache verifies it)`,
    `- Files: ${files.map((f) => `\`${f.path}\``).join(', ')}`,
    '',
    'Opened by `wasm-mcu-bench sources bump`. The runtime-upgrade check compares every variant with the base on this pull request.',
    '',
  ].join('\n');
}

/** Whether upstream's release is newer than the pin; the reason when it is not. */
async function newer(pin: SourcePin, upstream: Upstream, tag: string): Promise<{ commit: string } | { skipped: string }> {
  const release = await upstream.resolve(tag);
  if (!release) throw new UserError(`${upstream.where}: the latest release's tag ${tag} names no commit`);
  if (release.commit === pin.commit) return { skipped: `up to date (${tag})` };
  const status = await upstream.compare(pin.commit, release.commit);
  if (status === 'behind' || status === 'identical') return { skipped: `the pinned ${pin.version} already contains ${tag}` };
  if (status === 'diverged') {
    const pinned = await upstream.resolve(pin.commit);
    if (pinned && pinned.date > release.date) return { skipped: `the pinned ${pin.version} is newer than ${tag}` };
  }
  return { commit: release.commit };
}

interface BumpOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  firmwareDir: string;
  /** Sources to consider (default: every pinned source). */
  names: string[];
  upstreamOf: (pin: SourcePin) => Upstream;
  cache: string;
  log?: (line: string) => void;
}

export async function bumpSources(o: BumpOptions): Promise<BumpOutcome[]> {
  const { octokit, owner, repo } = o;
  const manifest = await loadManifest(o.firmwareDir);
  const unknown = o.names.filter((n) => !manifest[n]);
  if (unknown.length) throw new UserError(`sources bump: unknown source ${unknown.join(', ')}; pinned: ${Object.keys(manifest).join(', ')}`);
  const git = (args: string[]) => execa('git', args, { cwd: o.firmwareDir, reject: false, stripFinalNewline: true });
  const [top, local] = [await git(['rev-parse', '--show-toplevel']), await git(['rev-parse', 'HEAD'])];
  if (top.failed || local.failed) throw new UserError(`${o.firmwareDir} is not in a git checkout: the pull requests are made against one`);
  // The new files are whole files written onto the default branch's head: from any other checkout they would revert changes.
  const { data: info } = await octokit.rest.repos.get({ owner, repo });
  const { data: head } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${info.default_branch}` });
  if (head.object.sha !== String(local.stdout))
    throw new UserError(`sources bump: the checkout is at ${String(local.stdout).slice(0, 12)}, not at ${info.default_branch}'s head ${head.object.sha.slice(0, 12)}; run it on a checkout of the default branch`);
  const open = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: 100 });
  const texts = await readPinTexts(o.firmwareDir);
  const path = (file: string) => relative(String(top.stdout), file).split('\\').join('/');
  const out: BumpOutcome[] = [];
  for (const name of o.names.length ? o.names : Object.keys(manifest)) {
    const skip = (skipped: string) => {
      o.log?.(`${name}: ${skipped}`);
      out.push({ name, skipped });
    };
    const pin = manifest[name]!;
    const upstream = o.upstreamOf(pin);
    const release = await upstream.latestRelease();
    if (!release) {
      skip('no release upstream');
      continue;
    }
    const n = await newer(pin, upstream, release.tag);
    if ('skipped' in n) {
      skip(n.skipped);
      continue;
    }
    const already = open.find((p) => p.head.ref === bumpBranch(name));
    if (already) {
      skip(`pull request #${already.number} already moves it`);
      continue;
    }
    const p = await takePin(name, pin, upstream, release.tag, o.cache);
    const f = pinFiles(o.firmwareDir, texts, p);
    const files: ChangedFile[] = [
      { path: path(join(o.firmwareDir, 'sources.json')), content: f.sources },
      ...(f.west !== undefined ? [{ path: path(join(o.firmwareDir, WEST_MANIFEST)), content: f.west }] : []),
    ];
    const pull = await openBaselinePullRequest(octokit, {
      owner, repo, branch: bumpBranch(name), files,
      title: `${pin.title} ${pin.version} -> ${p.pin.version}`,
      body: bumpBody(p, release.url, files),
    });
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: pull.number, labels: [BUMP_LABEL] });
    o.log?.(`${name}: ${describePin(pin)} -> ${describePin(p.pin)}: pull request #${pull.number} ${pull.url}`);
    out.push({ name, pull: { number: pull.number, url: pull.url } });
  }
  return out;
}
