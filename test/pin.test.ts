// Making pins (`sources pin`) from a checkout and through the GitHub API, and proposing them (`sources bump`),
// against real local git repositories standing in for upstream and the local stand-in for GitHub's API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub } from './helpers/github-server.js';
import { gitIn } from './helpers/git.js';
import { ROOT } from './helpers/project.js';
import { treeHash } from '../src/sources/treehash.js';
import { releaseTags } from '../src/sources/upstream.js';
import { westWith } from '../src/sources/pin.js';
import type { Manifest } from '../src/sources/sources.js';

const tmp = (what: string) => mkdtempSync(join(tmpdir(), `wmb-pin-${what}-`));

/** An upstream repository: v1.0.0, v1.1.0 (annotated), v2.0.0-rc1, then one more commit on main. */
function upstreamRepo() {
  const dir = tmp('upstream');
  const git = gitIn(dir);
  git('init', '-q', '-b', 'main');
  const commit = (file: string, text: string, msg: string) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
    git('add', '-A');
    git('commit', '-qm', msg);
    return git('rev-parse', 'HEAD');
  };
  commit('core/runtime.c', 'int v = 1;\n', 'one');
  writeFileSync(join(dir, 'build.sh'), '#!/bin/sh\n');
  chmodSync(join(dir, 'build.sh'), 0o755);
  symlinkSync('core/runtime.c', join(dir, 'link.c'));
  const v1 = commit('README', 'v1\n', 'v1.0.0');
  git('tag', 'v1.0.0');
  const v11 = commit('core/runtime.c', 'int v = 11;\n', 'v1.1.0');
  git('tag', '-a', '-m', 'release 1.1.0', 'v1.1.0');
  commit('core/next.c', 'int rc;\n', 'rc');
  git('tag', 'v2.0.0-rc1');
  const head = commit('core/next.c', 'int later;\n', 'after the releases');
  return { dir, git, v1, v11, head };
}

/** A firmware tree with the shipped sources.json and west.yml, `wamr` pinned to `commit`. */
function firmware(pins: Partial<Record<string, Partial<Manifest[string]>>> = {}) {
  const fw = join(tmp('firmware'), 'firmware');
  mkdirSync(join(fw, 'stacks', 'zephyr'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ROOT, 'firmware', 'sources.json'), 'utf8')) as Manifest;
  for (const [name, p] of Object.entries(pins)) Object.assign(manifest[name]!, p);
  writeFileSync(join(fw, 'sources.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync(join(ROOT, 'firmware', 'stacks', 'zephyr', 'west.yml'), join(fw, 'stacks', 'zephyr', 'west.yml'));
  return fw;
}

/** The CLI, asynchronously: the stand-in for GitHub's API answers from this same process. */
async function cli(cwd: string, env: Record<string, string>, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], {
    cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, WASM_MCU_BENCH_CACHE: tmp('cache'), ...env },
  });
  let [stdout, stderr] = ['', ''];
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const status = await new Promise<number | null>((r) => child.on('close', r));
  return { status, stdout, stderr };
}
const manifestOf = (fw: string) => JSON.parse(readFileSync(join(fw, 'sources.json'), 'utf8')) as Manifest;

test('sources pin --from: the tag\'s full commit, its tree hash as `sources import` verifies it, sources.json and west.yml in step', async () => {
  const up = upstreamRepo();
  const fw = firmware();
  const westBefore = readFileSync(join(fw, 'stacks/zephyr/west.yml'), 'utf8');
  const r = await cli(fw, {}, 'sources', 'pin', 'wamr', 'v1.1.0', '--from', up.dir, '--firmware', fw);
  assert.equal(r.status, 0, r.stderr);
  const pin = manifestOf(fw).wamr!;
  assert.equal(pin.commit, up.v11);
  assert.equal(pin.version, 'v1.1.0');
  assert.equal(pin.title, 'WAMR');
  assert.match(r.stdout, /^wamr: WAMR-2\.4\.5 -> v1\.1\.0\n {2}commit 25bd7eb63e828e4bd242cc9b38d260b4b31c6605 -> [0-9a-f]{40}\n {2}tree {3}sha256:21e4\S+ -> sha256:[0-9a-f]{64}\n/);
  // Only the WAMR project's revision moved in west.yml; comments and the other projects are as they were.
  assert.equal(readFileSync(join(fw, 'stacks/zephyr/west.yml'), 'utf8'),
    westBefore.replace('revision: 25bd7eb63e828e4bd242cc9b38d260b4b31c6605', `revision: ${up.v11}`));
  assert.deepEqual(Object.keys(manifestOf(fw)), Object.keys(manifestOf(join(ROOT, 'firmware'))), 'the other pins stay, in order');

  // The hash is the one `sources import` verifies for the same tree: the checkout at that tag.
  up.git('checkout', '-q', 'v1.1.0');
  assert.equal(pin.tree, await treeHash(up.dir));
  const imp = await cli(fw, {}, 'sources', 'import', 'wamr', up.dir, '--firmware', fw);
  assert.equal(imp.status, 0, imp.stderr);
  assert.match(imp.stdout, new RegExp(`^wamr: .*wamr-${up.v11}/wamr: the pinned tree, ${pin.tree}\\n$`));

  // A branch is pinned at its commit, named with the commit's date.
  up.git('checkout', '-q', 'main');
  const b = await cli(fw, {}, 'sources', 'pin', 'wamr', 'main', '--from', up.dir, '--firmware', fw);
  assert.equal(b.status, 0, b.stderr);
  assert.equal(manifestOf(fw).wamr!.commit, up.head);
  assert.match(manifestOf(fw).wamr!.version, /^main-\d{4}-\d{2}-\d{2}$/);
  assert.match(readFileSync(join(fw, 'stacks/zephyr/west.yml'), 'utf8'), new RegExp(`revision: ${up.head}\\n {6}path: modules/lib/wamr`));
});

test('sources pin refuses a ref that does not exist, a ref that is an option, a dirty checkout, and writes nothing', async () => {
  const up = upstreamRepo();
  const fw = firmware();
  const before = readFileSync(join(fw, 'sources.json'), 'utf8');
  const missing = await cli(fw, {}, 'sources', 'pin', 'wamr', 'v9.9.9', '--from', up.dir, '--firmware', fw);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, `wasm-mcu-bench: sources pin wamr: no tag, branch or commit "v9.9.9" in the checkout ${up.dir}\n`);
  const option = await cli(fw, {}, 'sources', 'pin', 'wamr', '--from', up.dir, '--firmware', fw, '--', '--output=/tmp/x');
  assert.equal(option.status, 2);
  assert.match(option.stderr, /"--output=\/tmp\/x" is not a tag, branch or commit name/);
  writeFileSync(join(up.dir, 'README'), 'edited\n');
  const dirty = await cli(fw, {}, 'sources', 'pin', 'wamr', 'v1.1.0', '--from', up.dir, '--firmware', fw);
  assert.equal(dirty.status, 2);
  assert.match(dirty.stderr, /--from .*: the checkout has uncommitted changes; commit or stash them first:\n M README/);
  const neither = await cli(fw, {}, 'sources', 'pin', 'wamr', '--firmware', fw);
  assert.match(neither.stderr, /give either one REF \(tag, branch or commit\) or --latest/);
  assert.equal(readFileSync(join(fw, 'sources.json'), 'utf8'), before);
});

test('sources pin through the GitHub API: the same commit and tree as from the checkout; --latest takes the latest release, else the highest tag', async (t) => {
  const up = upstreamRepo();
  const gh = await startFakeGitHub({ 'bytecodealliance/wasm-micro-runtime': { git: up.dir } });
  t.after(() => gh.close());
  const env = { GITHUB_API_URL: gh.url, WASM_MCU_BENCH_ARCHIVE_URL: `${gh.url}/archive/{repo}/{commit}` };
  const [viaApi, viaCheckout] = [firmware(), firmware()];
  assert.equal((await cli(viaApi, env, 'sources', 'pin', 'wamr', 'main', '--firmware', viaApi)).status, 0);
  assert.equal((await cli(viaCheckout, {}, 'sources', 'pin', 'wamr', 'main', '--from', up.dir, '--firmware', viaCheckout)).status, 0);
  assert.deepEqual(manifestOf(viaApi).wamr, manifestOf(viaCheckout).wamr);
  assert.ok(gh.requests.some((r) => r.path === `/archive/bytecodealliance/wasm-micro-runtime/${up.head}`), 'the tree came from the archive');

  const latest = await cli(viaApi, env, 'sources', 'pin', 'wamr', '--latest', '--firmware', viaApi);
  assert.equal(latest.status, 0, latest.stderr);
  assert.equal(manifestOf(viaApi).wamr!.version, 'v1.1.0', 'no release published: the highest version tag that is no pre-release');
  assert.equal(manifestOf(viaApi).wamr!.commit, up.v11);
  assert.match(latest.stdout, /release notes: https:\/\/github\.com\/bytecodealliance\/wasm-micro-runtime\/releases\/tag\/v1\.1\.0\n/);

  const missing = await cli(viaApi, env, 'sources', 'pin', 'wamr', 'no-such-branch', '--firmware', viaApi);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, 'wasm-mcu-bench: sources pin wamr: no tag, branch or commit "no-such-branch" in bytecodealliance/wasm-micro-runtime\n');
});

test('sources bump: one pull request per source with a newer release, labelled, never on the default branch; a second run opens none', async (t) => {
  const wamr = upstreamRepo();
  const wasm3 = upstreamRepo();
  const gh = await startFakeGitHub({
    'bytecodealliance/wasm-micro-runtime': { git: wamr.dir, releases: [{ tag: 'v1.1.0', url: 'https://github.example/wamr/releases/v1.1.0' }] },
    // wasm3 is pinned past its latest release: nothing to propose.
    'wasm3/wasm3': { git: wasm3.dir },
  });
  t.after(() => gh.close());
  const repo = tmp('fw');
  const git = gitIn(repo);
  git('init', '-q', '-b', 'main');
  const fw = firmware({ wamr: { commit: wamr.v1, version: 'v1.0.0' }, wasm3: { commit: wasm3.head, version: 'main' } });
  cpSync(fw, join(repo, 'firmware'), { recursive: true });
  git('add', '-A');
  git('commit', '-qm', 'pins');
  const head = git('rev-parse', 'HEAD');
  gh.refs.set('main', head);
  gh.objects.set(head, { type: 'commit', tree: { sha: 'feed000000000000000000000000000000000000' } });
  const env = { GITHUB_TOKEN: 'bump-token', GITHUB_REPOSITORY: 'acme/fw', GITHUB_API_URL: gh.url, WASM_MCU_BENCH_ARCHIVE_URL: `${gh.url}/archive/{repo}/{commit}` };

  const first = await cli(repo, env, 'sources', 'bump', 'wamr', 'wasm3', '--firmware', 'firmware');
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /^wamr: v1\.0\.0 \(`[0-9a-f]{12}`\) -> v1\.1\.0 \(`[0-9a-f]{12}`\): pull request #1 https:\/\/github\.example\/pull\/1$/m);
  assert.match(first.stdout, /^wasm3: the pinned main already contains v1\.1\.0$/m);
  assert.equal(gh.pulls.length, 1);
  const pr = gh.pulls[0]!;
  assert.equal(pr.head, 'wasm-mcu-bench/bump-wamr');
  assert.equal(pr.base, 'main');
  assert.equal(pr.title, 'WAMR v1.0.0 -> v1.1.0');
  assert.deepEqual(pr.labels, ['runtime-upgrade']);
  assert.match(String(pr.body), /- Release notes: https:\/\/github\.example\/wamr\/releases\/v1\.1\.0\n/);
  assert.equal(gh.refs.get('main'), head, 'the default branch did not move');

  // The branch's one commit, on the default branch's head, changes sources.json and west.yml only.
  const commit = gh.objects.get(gh.refs.get('wasm-mcu-bench/bump-wamr')!)!;
  assert.deepEqual(commit.parents, [{ sha: head }]);
  const entries = gh.objects.get((commit.tree as { sha: string }).sha)!.tree as { path: string; sha: string }[];
  assert.deepEqual(entries.map((e) => e.path), ['firmware/sources.json', 'firmware/stacks/zephyr/west.yml']);
  const proposed = JSON.parse(String(gh.objects.get(entries[0]!.sha)!.content)) as Manifest;
  wamr.git('checkout', '-q', 'v1.1.0');
  assert.deepEqual({ ...proposed.wamr }, { ...manifestOf(join(repo, 'firmware')).wamr, commit: wamr.v11, version: 'v1.1.0', tree: await treeHash(wamr.dir) });
  assert.deepEqual(proposed.wasm3, manifestOf(join(repo, 'firmware')).wasm3);
  assert.match(String(gh.objects.get(entries[1]!.sha)!.content), new RegExp(`revision: ${wamr.v11}\\n`));
  assert.ok(gh.requests.every((r) => r.path.startsWith('/archive/') || r.auth === 'token bump-token' || r.auth === 'Bearer bump-token'));

  const second = await cli(repo, env, 'sources', 'bump', 'wamr', 'wasm3', '--firmware', 'firmware');
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /^wamr: pull request #1 already moves it$/m);
  assert.equal(gh.pulls.length, 1, 'no second pull request');
});

test('sources bump refuses a checkout that is not the default branch\'s head', async (t) => {
  const gh = await startFakeGitHub();
  t.after(() => gh.close());
  const repo = tmp('fw');
  const git = gitIn(repo);
  git('init', '-q', '-b', 'main');
  cpSync(firmware(), join(repo, 'firmware'), { recursive: true });
  git('add', '-A');
  git('commit', '-qm', 'pins');
  const r = await cli(repo, { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/fw', GITHUB_API_URL: gh.url }, 'sources', 'bump', '--firmware', 'firmware');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /the checkout is at [0-9a-f]{12}, not at main's head c0ffee000000; run it on a checkout of the default branch/);
  assert.equal(gh.pulls.length, 0);
});

test('release tags: version order, pre-releases and non-versions left out', () => {
  assert.deepEqual(releaseTags(['WAMR-2.4.4', 'WAMR-2.4.10', 'WAMR-2.5.0-rc1', 'latest', 'WAMR-2.4.5', 'v0.5.0']), ['WAMR-2.4.10', 'WAMR-2.4.5', 'WAMR-2.4.4', 'v0.5.0']);
});

test('west.yml: the project cloned from the repository moves, found through its remote; others and comments stay', () => {
  const text = 'manifest:\n  remotes:\n    - name: up\n      url-base: https://github.com/acme\n  projects:\n    # the lib\n    - name: lib\n      remote: up\n      revision: v1   # old\n    - name: other\n      url: https://github.com/acme/lib2.git\n      revision: abc\n';
  assert.equal(westWith('west.yml', text, 'acme/lib', 'f'.repeat(40)), text.replace('revision: v1', `revision: ${'f'.repeat(40)}`));
  assert.equal(westWith('west.yml', text, 'acme/lib2', 'e'.repeat(40)), text.replace('revision: abc', `revision: ${'e'.repeat(40)}`));
  assert.equal(westWith('west.yml', text, 'acme/none', 'e'.repeat(40)), undefined);
  assert.throws(() => westWith('west.yml', 'manifest:\n  projects:\n    - revision: x\n', 'acme/lib', 'f'.repeat(40)), /^UserError: west\.yml:3:\d+: manifest\.projects\[0\]: missing key "name"/);
});
