// Making a pin: a ref resolved to a full commit, that commit's tree hashed as the tool's download verifies it,
// and the new pin written to firmware/sources.json (and to Zephyr's west.yml, which lists the same sources).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isScalar } from 'yaml';
import { parseWithPositions, validator } from '../schema/locate.js';
import { UserError } from '../types.js';
import { addToCache, cachedDir, parseManifest, type Manifest, type SourcePin } from './sources.js';
import { STAMP_FILE, treeHash } from './treehash.js';
import type { Upstream } from './upstream.js';

export const WEST_MANIFEST = join('stacks', 'zephyr', 'west.yml');

/** A pin's version for humans: the tag itself, else the branch (or short commit) and the commit's date. */
function versionOf(ref: string, c: { commit: string; date: string; tag: boolean }): string {
  if (c.tag) return ref;
  return `${/^[0-9a-f]{7,40}$/.test(ref) ? c.commit.slice(0, 12) : ref}-${c.date}`;
}

/** The manifest's text with one pin replaced; a previous note described the old pin, so it goes. */
function manifestWith(manifest: Manifest, name: string, pin: SourcePin): string {
  const { note: _old, ...rest } = pin;
  return `${JSON.stringify({ ...manifest, [name]: rest }, null, 2)}\n`;
}

interface WestManifest {
  manifest: {
    remotes?: { name: string; 'url-base': string }[];
    projects: { name: string; remote?: string; url?: string; 'repo-path'?: string; revision?: string }[];
  };
}
const westSchema = {
  type: 'object',
  required: ['manifest'],
  properties: {
    manifest: {
      type: 'object',
      required: ['projects'],
      properties: {
        remotes: { type: 'array', items: { type: 'object', required: ['name', 'url-base'], properties: { name: { type: 'string' }, 'url-base': { type: 'string' } } } },
        projects: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string' }, remote: { type: 'string' }, url: { type: 'string' }, 'repo-path': { type: 'string' }, revision: { type: 'string' } },
          },
        },
      },
    },
  },
};
const validateWest = validator<WestManifest>(westSchema);

/**
 * west.yml's text with the revision of the project cloned from github.com/<repo> set to `commit`, the rest
 * (comments included) untouched; undefined when no project comes from that repository.
 */
export function westWith(file: string, text: string, repo: string, commit: string): string | undefined {
  const parsed = parseWithPositions(file, text);
  const west = validateWest(parsed);
  const base = (remote?: string) => west.manifest.remotes?.find((r) => r.name === remote)?.['url-base'];
  const urlOf = (p: WestManifest['manifest']['projects'][number]) => p.url ?? `${base(p.remote) ?? ''}/${p['repo-path'] ?? p.name}`;
  const want = `https://github.com/${repo}`.toLowerCase();
  const i = west.manifest.projects.findIndex((p) => urlOf(p).replace(/\.git$/, '').toLowerCase() === want);
  if (i < 0) return undefined;
  const node = parsed.doc.getIn(['manifest', 'projects', i, 'revision'], true);
  if (!isScalar(node) || !node.range) throw new UserError(`${file}: project ${west.manifest.projects[i]!.name} has no revision to move`);
  return text.slice(0, node.range[0]) + commit + text.slice(node.range[1]);
}

export interface NewPin {
  name: string;
  old: SourcePin;
  pin: SourcePin;
  /** Where the new tree now is in the cache. */
  cached: string;
  /** The release notes when the ref is the newest release. */
  notes?: string;
}

/** Resolves the ref (or the newest release), takes its tree, hashes it and caches it; writes nothing else. */
export async function takePin(name: string, old: SourcePin, upstream: Upstream, ref: string | { latest: true }, cache: string): Promise<NewPin> {
  let notes: string | undefined;
  if (typeof ref !== 'string') {
    const release = await upstream.latestRelease();
    if (!release) throw new UserError(`sources pin ${name}: ${upstream.where} has no release and no version-like tag`);
    ({ tag: ref, url: notes } = release);
  }
  const c = await upstream.resolve(ref);
  if (!c) throw new UserError(`sources pin ${name}: no tag, branch or commit "${ref}" in ${upstream.where}`);
  await mkdir(join(cache, 'sources'), { recursive: true });
  const work = await mkdtemp(join(cache, 'sources', `.pin-${name}-`));
  try {
    const tree = await upstream.tree(c.commit, work);
    const pin: SourcePin = { ...old, commit: c.commit, version: versionOf(ref, c), tree: await treeHash(tree) };
    // A tree already cached under its hash stays: a build may be reading it.
    const stamp = await readFile(join(cachedDir(cache, name, pin), STAMP_FILE), 'utf8').catch(() => undefined);
    const cached = stamp && (JSON.parse(stamp) as { tree?: string }).tree === pin.tree ? cachedDir(cache, name, pin) : (await addToCache(cache, name, pin, tree, true)).dir;
    return { name, old, pin, cached, ...(notes ? { notes } : {}) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface PinFiles {
  /** firmware/sources.json's new text. */
  sources: string;
  /** west.yml's new text, when it lists the source. */
  west?: string;
}

/** The files a new pin changes, from the current texts. */
export function pinFiles(firmwareDir: string, texts: { sources: string; west?: string }, p: NewPin): PinFiles {
  const manifest = parseManifest(join(firmwareDir, 'sources.json'), texts.sources);
  const west = texts.west === undefined ? undefined : westWith(join(firmwareDir, WEST_MANIFEST), texts.west, p.pin.repo, p.pin.commit);
  return { sources: manifestWith(manifest, p.name, p.pin), ...(west !== undefined && west !== texts.west ? { west } : {}) };
}

export async function readPinTexts(firmwareDir: string): Promise<{ sources: string; west?: string }> {
  const westFile = join(firmwareDir, WEST_MANIFEST);
  return {
    sources: await readFile(join(firmwareDir, 'sources.json'), 'utf8'),
    ...(existsSync(westFile) ? { west: await readFile(westFile, 'utf8') } : {}),
  };
}

/** Writes both files to temporary names first, then renames them, so a failure leaves the old pin whole. */
export async function writePinFiles(firmwareDir: string, files: PinFiles): Promise<string[]> {
  const targets: [string, string][] = [[join(firmwareDir, 'sources.json'), files.sources]];
  if (files.west !== undefined) targets.push([join(firmwareDir, WEST_MANIFEST), files.west]);
  const tmp = (f: string) => `${f}.tmp-${process.pid}`;
  for (const [f, text] of targets) await writeFile(tmp(f), text);
  for (const [f] of targets) await rename(tmp(f), f);
  return targets.map(([f]) => f);
}

export const describePin = (p: SourcePin) => `${p.version} (\`${p.commit.slice(0, 12)}\`)`;
