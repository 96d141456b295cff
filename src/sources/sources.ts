// Pinned upstream sources (firmware/sources.json): each resolved to a directory from, in order, a local
// checkout named by WASM_MCU_BENCH_SOURCE_<NAME>, the on-disk cache, or a download of the pinned commit
// verified against the recorded tree hash. A source that cannot be had makes its variants `not built`.
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile, cp } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseWithPositions, validator } from '../config/locate.js';
import { UserError, type Variant } from '../types.js';
import { treeHash } from './treehash.js';

export interface SourcePin {
  title: string;
  repo: string;
  /** A full commit SHA; a tag only where no commit could be verified (then `tree` is absent too). */
  commit: string;
  version: string;
  /** treeHash() of the tree at `commit`; without it the source is never downloaded or cached, only overridden. */
  tree?: string;
  note?: string;
  /** Which variants need it: "runtime:<name>" or "stack:<name>". */
  used_by: string[];
}
export type Manifest = Record<string, SourcePin>;

const manifestSchema = {
  type: 'object',
  propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    required: ['title', 'repo', 'commit', 'version', 'used_by'],
    properties: {
      title: { type: 'string' },
      note: { type: 'string' },
      repo: { type: 'string', pattern: '^[\\w.-]+/[\\w.-]+$' },
      commit: { type: 'string', pattern: '^([0-9a-f]{40}|v[\\w.+-]+)$' },
      version: { type: 'string' },
      tree: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
      used_by: { type: 'array', items: { type: 'string', pattern: '^(runtime|stack):[\\w-]+$' } },
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

/** The sources a variant needs, by manifest name. */
export function sourcesFor(v: Pick<Variant, 'runtime' | 'stack'>, manifest: Manifest): string[] {
  return Object.entries(manifest)
    .filter(([, pin]) => pin.used_by.includes(`runtime:${v.runtime}`) || pin.used_by.includes(`stack:${v.stack}`))
    .map(([name]) => name);
}

export type Origin = 'override' | 'cache' | 'download';

export interface ResolvedSource {
  name: string;
  pin: SourcePin;
  dir?: string;
  origin?: Origin;
  /** Tree hash of what is used; differs from the pin only for an override. */
  tree?: string;
  /** Why it cannot be had. */
  unavailable?: string;
}

export class SourceHashError extends UserError {}

/** Copies a verified tree into the cache under its pinned commit (used after a download and by `sources import`). */
export async function addToCache(root: string, name: string, pin: SourcePin, from: string, move = false): Promise<string> {
  if (!pin.tree) throw new UserError(`source ${name} (${pin.title} ${pin.version}): no tree hash is recorded, so it cannot be cached; use ${envName(name)}`);
  const tree = await treeHash(from);
  if (tree !== pin.tree)
    throw new SourceHashError(`source ${name} (${pin.title} ${pin.version}): tree hash ${tree} does not match the pinned ${pin.tree}; nothing is built from it`);
  const dest = cachedDir(root, name, pin);
  await mkdir(join(root, 'sources'), { recursive: true });
  const staging = await mkdtemp(join(root, 'sources', `.${name}-`));
  if (move) await rename(from, join(staging, 'tree'));
  else await cp(from, join(staging, 'tree'), { recursive: true, verbatimSymlinks: true });
  await writeFile(join(staging, 'tree', '.wmb-source.json'), `${JSON.stringify({ name, commit: pin.commit, tree })}\n`);
  await rm(dest, { recursive: true, force: true });
  await mkdir(dirname(dest), { recursive: true });
  await rename(join(staging, 'tree'), dest);
  await rm(staging, { recursive: true, force: true });
  return dest;
}

/** Where a pinned commit's archive is downloaded from; WASM_MCU_BENCH_ARCHIVE_URL can name a mirror. */
export const archiveUrl = (pin: SourcePin, template = 'https://codeload.github.com/{repo}/tar.gz/{commit}') =>
  template.replace('{repo}', pin.repo).replace('{commit}', pin.commit);

async function download(root: string, name: string, pin: SourcePin, timeoutMs: number, template?: string): Promise<string> {
  const url = archiveUrl(pin, template);
  await mkdir(join(root, 'sources'), { recursive: true });
  const tmp = await mkdtemp(join(root, 'sources', `.download-${name}-`));
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
    const archive = join(tmp, 'src.tar.gz');
    await writeFile(archive, Buffer.from(await res.arrayBuffer()));
    await mkdir(join(tmp, 'tree'));
    await execa('tar', ['-xzf', archive, '-C', join(tmp, 'tree'), '--strip-components=1']);
    return await addToCache(root, name, pin, join(tmp, 'tree'), true);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** How long one source's download may take, unless WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS says otherwise. */
export const DOWNLOAD_TIMEOUT_MS = 120_000;

export interface ResolveOptions {
  env?: NodeJS.ProcessEnv;
  cache?: string;
  /** Set to 0 to never download (offline). */
  downloadTimeoutMs?: number;
}

export async function resolveSource(name: string, pin: SourcePin, o: ResolveOptions = {}): Promise<ResolvedSource> {
  const env = o.env ?? process.env;
  const override = env[envName(name)];
  if (override) {
    if (!existsSync(override)) throw new UserError(`${envName(name)}=${override}: no such directory`);
    // Hashing is only worth it against a recorded hash (a Zephyr tree is hundreds of MB).
    return { name, pin, dir: resolve(override), origin: 'override', ...(pin.tree ? { tree: await treeHash(override) } : {}) };
  }
  if (!pin.tree)
    return { name, pin, unavailable: `source unavailable (${name}): ${pin.title} ${pin.version} has no recorded tree hash, so it is never downloaded or cached; set ${envName(name)} to a checkout of ${pin.repo} at ${pin.version}` };
  const root = o.cache ?? cacheRoot(env);
  const cached = cachedDir(root, name, pin);
  const stamp = await readFile(join(cached, '.wmb-source.json'), 'utf8').catch(() => undefined);
  if (stamp && (JSON.parse(stamp) as { tree?: string }).tree === pin.tree) return { name, pin, dir: cached, origin: 'cache', tree: pin.tree };
  const timeout = o.downloadTimeoutMs ?? Number(env.WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS ?? DOWNLOAD_TIMEOUT_MS);
  if (timeout <= 0) return { name, pin, unavailable: `source unavailable (${name}): not in the cache and downloads are off; set ${envName(name)} to a checkout of ${pin.repo} at ${pin.commit}, or fill the cache with \`wasm-mcu-bench sources import ${name} DIR\`` };
  try {
    return { name, pin, dir: await download(root, name, pin, timeout, env.WASM_MCU_BENCH_ARCHIVE_URL), origin: 'download', tree: pin.tree };
  } catch (e) {
    if (e instanceof SourceHashError) throw e;
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    return { name, pin, unavailable: `source unavailable (${name}): download failed (${(e as Error).message}${cause ? `: ${cause}` : ''}); set ${envName(name)} to a checkout of ${pin.repo} at ${pin.commit}, or fill the cache with \`wasm-mcu-bench sources import ${name} DIR\`` };
  }
}

/** Variants whose sources cannot be had become `not built` with the reason; the rest are unchanged. */
export function markUnavailable(variants: Variant[], manifest: Manifest, resolved: Map<string, ResolvedSource>): Variant[] {
  return variants.map((v) => {
    if (v.notBuilt) return v;
    const missing = sourcesFor(v, manifest).map((n) => resolved.get(n)).find((r) => r?.unavailable);
    return missing ? { ...v, notBuilt: missing.unavailable! } : v;
  });
}
