// Pinned upstream sources (firmware/sources.json): each resolved to a directory from, in order, a local
// checkout named by WASM_MCU_BENCH_SOURCE_<NAME>, the on-disk cache (re-verified before use), or a download
// of the pinned commit verified against the recorded tree hash. A source that cannot be had makes its
// variants `not built`. A pin without a tree hash (Zephyr) is never downloaded; a tree imported for it is
// cached as unverified, under its own tree hash.
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseWithPositions, validator } from '../schema/locate.js';
import { writeAtomic } from '../files.js';
import { UserError, type SourceUse, type Variant, type Verification } from '../types.js';
import { downloadTree } from './archive.js';
import { copyTree, STAMP_FILE, treeHash, treeStamp } from './treehash.js';

export interface SourcePin {
  title: string;
  repo: string;
  /** A full commit SHA; a tag only where no commit could be verified (then `tree` is absent too). */
  commit: string;
  version: string;
  /** treeHash() of the tree at `commit`; without it the source is never downloaded, and a cached or overridden tree is unverified. */
  tree?: string;
  note?: string;
}
export type Manifest = Record<string, SourcePin>;

const manifestSchema = {
  type: 'object',
  propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    required: ['title', 'repo', 'commit', 'version'],
    properties: {
      title: { type: 'string' },
      note: { type: 'string' },
      repo: { type: 'string', pattern: '^[\\w.-]+/[\\w.-]+$' },
      commit: { type: 'string', pattern: '^([0-9a-f]{40}|v[\\w.+-]+)$' },
      version: { type: 'string' },
      tree: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
      // Which runtimes and stacks used a source, before their runtime.yml and stack.yml said it: still read in
      // a base commit's manifest (pin changes), and ignored.
      used_by: { type: 'array', items: { type: 'string' } },
    },
  },
};
const validate = validator<Manifest>(manifestSchema);

export const parseManifest = (file: string, text: string): Manifest => validate(parseWithPositions(file, text));

export async function loadManifest(firmwareDir: string): Promise<Manifest> {
  const file = join(firmwareDir, 'sources.json');
  return parseManifest(file, await readFile(file, 'utf8'));
}

/** WASM_MCU_BENCH_SOURCE_WAMR for "wamr", CMake's -DWMB_SOURCE_WAMR likewise. */
export const envName = (name: string) => `WASM_MCU_BENCH_SOURCE_${name.toUpperCase()}`;
export const cmakeName = (name: string) => `WMB_SOURCE_${name.toUpperCase()}`;

export function cacheRoot(env = process.env): string {
  return resolve(env.WASM_MCU_BENCH_CACHE ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'wasm-mcu-bench'));
}

/** The tree's folder is named after the source: build systems derive names from it (Zephyr's modules do). */
export const cachedDir = (root: string, name: string, pin: SourcePin) => join(root, 'sources', `${name}-${pin.commit}`, name);


type Origin = 'override' | 'cache' | 'download';

export interface ResolvedSource {
  name: string;
  pin: SourcePin;
  dir?: string;
  origin?: Origin;
  /** Tree hash of what is used; differs from the pin only for an override. */
  tree?: string;
  verification?: Verification;
  /** Why it cannot be had. */
  unavailable?: string;
  /**
   * A cached tree resolved lazily (`lazy`): checked against its stamp (else hashed) when this is first called,
   * before anything is built from it; throws SourceHashError for a tree edited in the cache. Until then
   * `verification` says what the tree was when it was cached (and every build from it was verified then).
   */
  verify?: () => Promise<void>;
}

export class SourceHashError extends UserError {}

/** What a cached tree carries beside it (STAMP_FILE): the tree hash it was cached with and its cheap stamp. */
interface CacheStamp {
  name: string;
  commit: string;
  tree: string;
  /** No tree hash was pinned to check it against: `tree` is its own. */
  unverified?: true;
  /** treeStamp() when it was cached; absent in caches written before it existed (then the tree is hashed). */
  stamp?: string;
}
const hashPattern = '^sha256:[0-9a-f]{64}$';
const parseStamp = (file: string, text: string) => validator<CacheStamp>({
  type: 'object',
  additionalProperties: false,
  required: ['name', 'commit', 'tree'],
  properties: {
    name: { type: 'string' }, commit: { type: 'string' }, tree: { type: 'string', pattern: hashPattern },
    unverified: { const: true }, stamp: { type: 'string', pattern: hashPattern },
  },
})(parseWithPositions(file, text));

/**
 * Copies a tree (without .git) into the cache under its pin's commit, after a download and for
 * `sources import`: what landed in the cache is hashed and must be the pinned tree; for a pin without a
 * tree hash it is cached as unverified, under its own.
 */
export async function addToCache(root: string, name: string, pin: SourcePin, from: string, move = false): Promise<{ dir: string; tree: string; verification: Verification }> {
  await mkdir(join(root, 'sources'), { recursive: true });
  const staging = await mkdtemp(join(root, 'sources', `.${name}-`));
  try {
    const staged = join(staging, 'tree');
    if (move) await rename(from, staged);
    else copyTree(from, staged);
    const tree = await treeHash(staged);
    if (pin.tree && tree !== pin.tree)
      throw new SourceHashError(`source ${name} (${pin.title} ${pin.version}): tree hash ${tree} does not match the pinned ${pin.tree}; nothing is built from it`);
    const stamp: CacheStamp = { name, commit: pin.commit, tree, ...(pin.tree ? {} : { unverified: true as const }), stamp: treeStamp(staged) };
    await writeFile(join(staged, STAMP_FILE), `${JSON.stringify(stamp)}\n`);
    const dest = cachedDir(root, name, pin);
    await rm(dest, { recursive: true, force: true });
    await mkdir(dirname(dest), { recursive: true });
    await rename(staged, dest);
    return { dir: dest, tree, verification: pin.tree ? 'verified' : 'unverified' };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * The cached tree, re-verified before use: its stamp when no file changed since it was cached, else its
 * tree hash. A tree edited in the cache is an error (never silently replaced: someone changed it). `lazy`:
 * the check is left to `verify` (a check that builds nothing reads no file of the tree: Zephyr's is 50,000).
 */
async function fromCache(root: string, name: string, pin: SourcePin, lazy: boolean): Promise<ResolvedSource | undefined> {
  const dir = cachedDir(root, name, pin);
  const file = join(dir, STAMP_FILE);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const cached = parseStamp(file, text);
  // Cached with another tree hash than the pin records now: not the pinned tree, fetched again.
  if (pin.tree && cached.tree !== pin.tree) return undefined;
  let checked: Promise<void> | undefined;
  const verify = () => (checked ??= verifyCached(dir, file, cached, name, pin));
  if (!lazy) await verify();
  return { name, pin, dir, origin: 'cache', tree: cached.tree, verification: pin.tree ? 'verified' : 'unverified', ...(lazy ? { verify } : {}) };
}

async function verifyCached(dir: string, file: string, cached: CacheStamp, name: string, pin: SourcePin): Promise<void> {
  const stamp = treeStamp(dir);
  if (cached.stamp === stamp) return;
  const now = await treeHash(dir);
  if (now !== cached.tree)
    throw new SourceHashError(`source ${name} (${pin.title} ${pin.version}): the cached tree ${dir} was changed after it was cached (tree hash ${now}, cached as ${cached.tree}); nothing is built from it. Delete that folder, then ${pin.tree ? 'run again to download it, or ' : ''}import the tree again with \`wasm-mcu-bench sources import ${name} DIR\``);
  // Hashed whole and still the tree: its stamp (taken before the hash) spares the next run the hashing.
  // A cache this run cannot write (read-only) is hashed again next time, no more.
  await writeAtomic(file, `${JSON.stringify({ ...cached, stamp } satisfies CacheStamp)}\n`).catch(() => undefined);
}

/** Every lazily resolved tree of `sources` verified, once (see fromCache): called before anything is built. */
export function verifier(sources: Iterable<ResolvedSource>): () => Promise<void> {
  const all = [...sources];
  let done: Promise<void> | undefined;
  return () => (done ??= Promise.all(all.map((s) => s.verify?.())).then(() => undefined));
}

/** Where a pinned commit's archive is downloaded from; WASM_MCU_BENCH_ARCHIVE_URL can name a mirror. */
export const archiveUrl = (pin: Pick<SourcePin, 'repo' | 'commit'>, template = 'https://codeload.github.com/{repo}/tar.gz/{commit}') =>
  template.replace('{repo}', pin.repo).replace('{commit}', pin.commit);

async function download(root: string, name: string, pin: SourcePin, timeoutMs: number, template?: string): Promise<string> {
  const url = archiveUrl(pin, template);
  await mkdir(join(root, 'sources'), { recursive: true });
  const tmp = await mkdtemp(join(root, 'sources', `.download-${name}-`));
  try {
    return (await addToCache(root, name, pin, await downloadTree(url, tmp, timeoutMs), true)).dir;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** How long one source's download may take, unless WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS says otherwise. */
export const DOWNLOAD_TIMEOUT_MS = 120_000;

/** A pinned source's tree given as `NAME=DIR` (check's --source and --against): used instead of the pinned tree. */
export interface SourceDir {
  name: string;
  dir: string;
}

/** `NAME=DIR` as `what` (the option or input) gave it; the folder must exist. Whether NAME is pinned is the job's to check. */
export function parseSourceDir(what: string, text: string): SourceDir {
  const m = /^([a-z][a-z0-9_]*)=(.+)$/.exec(text.trim());
  if (!m) throw new UserError(`${what} ${JSON.stringify(text)}: expected NAME=DIR, a pinned source's name (as in firmware/sources.json) and a folder holding its tree`);
  const dir = resolve(m[2]!);
  const kind = statSync(dir, { throwIfNoEntry: false });
  if (!kind?.isDirectory()) throw new UserError(`${what} ${m[1]}=${m[2]}: ${kind ? 'not a folder' : 'no such folder'}`);
  return { name: m[1]!, dir };
}

interface ResolveOptions {
  env?: NodeJS.ProcessEnv;
  /** A folder to build from instead of the pinned tree (--source), before the environment's override. */
  override?: string;
  cache?: string;
  /** Set to 0 to never download (offline). */
  downloadTimeoutMs?: number;
  /** A cached tree's check deferred to its `verify` (see fromCache). */
  lazy?: boolean;
}

export async function resolveSource(name: string, pin: SourcePin, o: ResolveOptions = {}): Promise<ResolvedSource> {
  const env = o.env ?? process.env;
  const override = o.override ?? env[envName(name)];
  if (override) {
    if (!existsSync(override)) throw new UserError(`${o.override ? `source ${name}` : envName(name)}=${override}: no such directory`);
    // Hashed even without a pinned hash: the report names the tree that was built.
    const tree = await treeHash(override);
    return { name, pin, dir: resolve(override), origin: 'override', tree, verification: !pin.tree ? 'unverified' : tree === pin.tree ? 'verified' : 'differs' };
  }
  const root = o.cache ?? cacheRoot(env);
  const cached = await fromCache(root, name, pin, o.lazy ?? false);
  if (cached) return cached;
  if (!pin.tree)
    return { name, pin, unavailable: `source unavailable (${name}): ${pin.title} ${pin.version} has no recorded tree hash, so it is never downloaded; set ${envName(name)} to a checkout of ${pin.repo} at ${pin.version}, or import one into the cache (it is recorded as unverified) with \`wasm-mcu-bench sources import ${name} DIR\`` };
  const timeout = o.downloadTimeoutMs ?? Number(env.WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS ?? DOWNLOAD_TIMEOUT_MS);
  if (timeout <= 0) return { name, pin, unavailable: `source unavailable (${name}): not in the cache and downloads are off; set ${envName(name)} to a checkout of ${pin.repo} at ${pin.commit}, or fill the cache with \`wasm-mcu-bench sources import ${name} DIR\`` };
  try {
    return { name, pin, dir: await download(root, name, pin, timeout, env.WASM_MCU_BENCH_ARCHIVE_URL), origin: 'download', tree: pin.tree, verification: 'verified' };
  } catch (e) {
    if (e instanceof SourceHashError) throw e;
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    return { name, pin, unavailable: `source unavailable (${name}): download failed (${(e as Error).message}${cause ? `: ${cause}` : ''}); set ${envName(name)} to a checkout of ${pin.repo} at ${pin.commit}, or fill the cache with \`wasm-mcu-bench sources import ${name} DIR\`` };
  }
}

/** Where a used tree stands against its pin, in words; `hash` formats a tree hash (code in markdown). */
export function verificationText(s: Pick<SourceUse, 'tree' | 'verification'>, hash = (h: string) => h): string {
  const tree = s.tree ? hash(s.tree) : 'not recorded';
  switch (s.verification) {
    case 'verified': return `the pinned tree, ${tree}`;
    case 'differs': return `not the pinned tree: ${tree}`;
    case 'unverified': return `unverified (no tree hash is pinned): ${tree}`;
    default: return 'not recorded';
  }
}

/** What results.json records of a source the run built from. */
export const sourceUse = (s: ResolvedSource): SourceUse => ({
  title: s.pin.title, version: s.pin.version, commit: s.pin.commit, origin: s.origin!, tree: s.tree!, verification: s.verification!,
});

/** Variants whose sources (`sourcesFor`: by manifest name) cannot be had become `not built` with the reason; the rest are unchanged. */
export function markUnavailable(variants: Variant[], sourcesFor: (v: Variant) => string[], resolved: Map<string, ResolvedSource>): Variant[] {
  return variants.map((v) => {
    if (v.notBuilt) return v;
    const missing = sourcesFor(v).map((n) => resolved.get(n)).find((r) => r?.unavailable);
    return missing ? { ...v, notBuilt: missing.unavailable! } : v;
  });
}
