// `wasm-mcu-bench explain <variant> [--base REF]`: builds and profiles one variant as the working tree has
// it and as the base commit had it (a git worktree at the base: its config, its firmware when the firmware
// is in the same repository), and says which functions' instruction counts and which symbols' sizes moved
// most. Only that variant is built, twice.
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { BuildError, buildFirmware, slug } from '../build/cmake.js';
import { requireCommit, showAt } from '../git.js';
import { parseElf } from '../measure/elf.js';
import { sizesOf, type SymbolSize } from '../measure/owners.js';
import { compilerCacheFor, harnessDefinitions } from './collect.js';
import { holdIn } from '../store/session.js';
import { planMatrix, resolveJob } from './job.js';
import type { Progress } from '../progress.js';
import { packageRoot } from '../tools.js';
import { UserError } from '../types.js';
import { deltaSummary, deltaTable, diffFolded, instructionDeltas, sizeDelta, type Delta } from '../profile/delta.js';
import { profileImage, writeProfiles, type VariantProfile } from '../profile/variant.js';
import { baseProfileKey, profileStore, storedProfile } from '../profile/cache.js';
import type { StoredProfile } from '../store/store.js';
import type { Measured } from '../types.js';
import { profileHostImage } from '../profile/host.js';

export interface ExplainOptions {
  config: string;
  variant: string;
  /** The commit to explain against; HEAD (the working tree's changes) by default. */
  base?: string;
  /** Profile the base again even when an earlier explanation at that commit is in the result store. */
  rerun?: boolean;
  /** Brings into the result store the base's profiles kept elsewhere (the action: the GitHub cache), before they are looked for. */
  baseProfiles?: (commit: string) => Promise<void>;
  outDir: string;
  firmwareDir?: string;
  progress: Progress;
  signal?: AbortSignal;
}

/** One side of the comparison: its profile (or why there is none) and its symbols' sizes. */
export interface Side {
  profile: VariantProfile | { unavailable: string };
  symbols?: SymbolSize[];
}

/** Builds and profiles variant `id` of `config`'s matrix, firmware from `firmwareDir`, into `outDir`. */
export async function profileVariant(config: string, firmwareDir: string | undefined, id: string, outDir: string, progress: Progress, signal?: AbortSignal): Promise<Side> {
  const job = await resolveJob({ config, outDir, progress, ...(firmwareDir ? { firmwareDir } : {}) });
  const m = await planMatrix(job);
  const v = m.variants.find((x) => x.id === id);
  if (!v) throw new UserError(`${config}: no variant ${id} in its matrix (ids read <board>/<stack>/<runtime>/<benchmark>@<target>)`);
  if (v.notBuilt) throw new UserError(`${id} is not built: ${v.notBuilt}`);
  if (v.target !== 'emulated' && v.target !== 'host') throw new UserError(`${id}: explain profiles emulated variants (instructions under QEMU) and host ones (callgrind); this one runs on the ${v.target} target`);
  const defs = (await harnessDefinitions(job, { ...m, variants: [v] }, progress, signal))(v);
  if ('failed' in defs) throw new UserError(`${id} cannot be built: ${defs.failed}`);
  progress.note(`explain: building ${id} from ${job.firmwareDir}`);
  let artifact;
  try {
    // With the check's compiler cache settings, in its build folders (`<out>/build` links to them after a check):
    // a variant built alone there is not configured anew; its folder is held while it is built.
    const root = join(outDir, 'build');
    artifact = await buildFirmware(v, job.firmwareDir, root, defs, { ...(await compilerCacheFor(root)), ...(signal ? { signal } : {}), hold: holdIn(root), before: m.verify });
  } catch (e) {
    if (e instanceof BuildError) throw new UserError(`${id} (firmware ${job.firmwareDir}): ${e.message}`);
    throw e;
  }
  const timing = { firmwareDir: job.firmwareDir, outDir, timeoutMs: job.config.timeoutSeconds * 1000, ...(signal ? { signal } : {}) };
  progress.note(`explain: profiling ${id}`);
  // A host binary has no footprint to explain: its instructions only.
  if (v.target === 'host') return { profile: await profileHostImage({ artifact, ...timing }) };
  const image = await readFile(artifact.elf);
  const elf = parseElf(image, artifact.elf);
  const sizes = await sizesOf(artifact.elf, elf, job.firmwareDir);
  const profile = await profileImage({ artifact, image, elf, ...timing });
  return { profile, ...(sizes ? { symbols: sizes.symbols } : {}) };
}

const git = (cwd: string, args: string[]) => execa('git', args, { cwd, reject: false });

/** A detached worktree of the repository holding `dir`, at `sha` (a full SHA), removed after `use`. */
export async function atCommit<T>(dir: string, sha: string, use: (top: string, tree: string) => Promise<T>): Promise<T> {
  const top = await git(dir, ['rev-parse', '--show-toplevel']);
  if (top.failed) throw new UserError(`${dir} is not in a git repository: nothing to build the base from`);
  const tree = join(await mkdtemp(join(tmpdir(), 'wmb-base-')), 'tree');
  const add = await git(String(top.stdout), ['worktree', 'add', '--detach', '--quiet', tree, sha]);
  if (add.failed) throw new Error(`git worktree add at ${sha}: ${add.stderr}`);
  try {
    return await use(String(top.stdout), tree);
  } finally {
    await git(String(top.stdout), ['worktree', 'remove', '--force', tree]);
    await rm(dirname(tree), { recursive: true, force: true });
  }
}

export interface Explanation {
  variant: string;
  /** `reused`: the base's profile is an earlier run's at that commit (a check's or an explanation's, profiled then), not built now. */
  base: { ref: string; commit: string; reused?: Reused };
  instructions: Delta[];
  size?: Delta;
  /** Why a side has no profile. */
  unavailable: string[];
  /** What the profile says beside the numbers (lints.ts), now. */
  lints: string[];
  files: string[];
}

/** When the base's profile was made, and by what (StoredProfile's `by`). */
type Reused = Measured & { by?: StoredProfile['by'] };

/** The same path inside the base's worktree when it is in the repository, else the path itself. */
const inBase = (path: string, top: string, tree: string) => {
  const rel = relative(top, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : join(tree, rel);
};

/** A side as the store kept it, its files written again into `outDir`. */
async function storedSide(p: StoredProfile, id: string, outDir: string): Promise<Side> {
  const files = await writeProfiles(outDir, id, p.profiles);
  return { profile: { profiles: p.profiles, counts: p.counts, lints: p.lints, durationMs: p.durationMs, files }, ...(p.symbols ? { symbols: p.symbols } : {}) };
}

/** Explains each of `variants` against the base commit: the base's profiles from an earlier explanation at that
 * commit when the result store has them (profile/cache.ts), else one worktree at the base for the others. */
export async function explainAll(o: Omit<ExplainOptions, 'variant'> & { variants: string[] }): Promise<Explanation[]> {
  const config = resolve(o.config);
  const ref = o.base ?? 'HEAD';
  const sha = await requireCommit(dirname(config), ref, 'base commit');
  const now: Side[] = [];
  for (const id of o.variants) now.push(await profileVariant(config, o.firmwareDir, id, o.outDir, o.progress, o.signal));
  const firmware = resolve(o.firmwareDir ?? join(packageRoot(), 'firmware'));
  const baseOut = join(o.outDir, 'base');
  // Kept by commit only when the commit pins the firmware too (it is in the same repository).
  const repo = await git(dirname(config), ['rev-parse', '--show-toplevel']);
  const inRepo = (path: string) => !repo.failed && !relative(String(repo.stdout), path).startsWith('..') && !isAbsolute(relative(String(repo.stdout), path));
  const configText = inRepo(config) && inRepo(firmware) ? await showAt(config, relative(String(repo.stdout), config), sha) : undefined;
  const store = profileStore((w) => o.progress.note(`warning: ${w}`));
  const keys = configText === undefined ? undefined : await Promise.all(o.variants.map((variant) => baseProfileKey({ commit: sha, configText, variant })));
  if (keys && !o.rerun) await o.baseProfiles?.(sha);
  const base: Side[] = [];
  const reused: (Reused | undefined)[] = [];
  for (const [i, id] of o.variants.entries()) {
    const hit = keys && !o.rerun ? await store.get(keys[i]!) : undefined;
    if (hit && 'profile' in hit.value) {
      base[i] = await storedSide(hit.value.profile, id, baseOut);
      reused[i] = { ...hit.measured, ...(hit.value.profile.by ? { by: hit.value.profile.by } : {}) };
    }
  }
  const todo = o.variants.flatMap((id, i) => (base[i] ? [] : [i]));
  if (todo.length) {
    await atCommit(dirname(config), sha, async (top, tree) => {
      const baseConfig = inBase(config, top, tree);
      if (!existsSync(baseConfig)) throw new UserError(`${relative(top, config)} is not in the base commit ${sha.slice(0, 12)}`);
      for (const i of todo) base[i] = await profileVariant(baseConfig, inBase(firmware, top, tree), o.variants[i]!, baseOut, o.progress, o.signal);
    });
    for (const i of todo) {
      const p = base[i]!.profile;
      if (keys && 'profiles' in p)
        await store.put(keys[i]!, { commit: sha, date: new Date().toISOString() }, { profile: storedProfile(p, 'explain', base[i]!.symbols) });
    }
  }
  const out: Explanation[] = [];
  for (const [i, id] of o.variants.entries())
    out.push(await explanation(id, { ref, commit: sha, ...(reused[i] ? { reused: reused[i] } : {}) }, base[i]!, now[i]!, o.outDir));
  return out;
}

export async function explain(o: ExplainOptions): Promise<Explanation> {
  return (await explainAll({ ...o, variants: [o.variant] }))[0]!;
}

/** The deltas of one variant, and its files: the differential folded stacks and the explanation as JSON. */
async function explanation(variant: string, base: Explanation['base'], was: Side, now: Side, outDir: string): Promise<Explanation> {
  const unavailable = [now, was].flatMap((s, i) => ('unavailable' in s.profile ? [`${i ? 'base' : 'now'}: profiles unavailable: ${s.profile.unavailable}`] : []));
  const both = 'profiles' in now.profile && 'profiles' in was.profile ? { now: now.profile, base: was.profile } : undefined;
  const files: string[] = [];
  await mkdir(join(outDir, 'explain'), { recursive: true });
  if (both) {
    const name = join('explain', `${slug(variant)}.diff.folded`);
    await writeFile(join(outDir, name), diffFolded(both.base.profiles, both.now.profiles));
    files.push(both.now.files.speedscope, join('base', both.base.files.speedscope), name);
  }
  const e: Explanation = {
    variant, base,
    instructions: both ? instructionDeltas(both.base.profiles, both.now.profiles) : [],
    ...(now.symbols && was.symbols ? { size: sizeDelta(was.symbols, now.symbols) } : {}),
    unavailable, files, lints: 'lints' in now.profile ? now.profile.lints : [],
  };
  await writeFile(join(outDir, 'explain', `${slug(variant)}.json`), `${JSON.stringify(e, null, 2)}\n`);
  return e;
}

/** Where the base's profile comes from. */
export const baseSource = (e: Explanation) => e.base.reused
  ? `the base's profile reused from ${e.base.reused.by === 'check' ? 'the check run at that commit' : 'an earlier explanation at that commit'} (profiled ${e.base.reused.date.slice(0, 10)}), not built again`
  : 'the base built and profiled there for this variant only';

/** The explanation as text for the terminal (markdown tables read well there too). */
export function renderExplanation(e: Explanation): string {
  const out = [`${e.variant}: the working tree against ${e.base.ref} (${e.base.commit.slice(0, 12)}); ${baseSource(e)}`, ''];
  for (const d of e.instructions) {
    out.push(`Instructions by function, ${deltaSummary(d, 'instructions in the measured region')}`, '', d.rows.length ? deltaTable(d, 'Function') : 'no function moved', '');
  }
  if (e.size) out.push(`Size by symbol (Flash and static RAM), ${deltaSummary(e.size, 'bytes')}`, '', e.size.rows.length ? deltaTable(e.size, 'Symbol') : 'no symbol moved', '');
  out.push(...e.lints, ...e.unavailable);
  if (e.files.length) out.push(`Flame graphs (speedscope.app) and the differential folded stacks (flamegraph.pl): ${e.files.join(', ')}`);
  return `${out.join('\n').trimEnd()}\n`;
}

export const EXPLAIN_HELP = (common: string) => ({
  explain: `Usage: wasm-mcu-bench explain VARIANT [--base REF] [options]

Builds and profiles one emulated or host variant (its id as the report shows it,
<board>/<stack>/<runtime>/<benchmark>@<target>; host: callgrind's instructions) from the working tree and from the base commit (a git
worktree at REF: the config and, when it is in the repository, the firmware as they were there), then
prints the functions whose executed instructions moved most and the symbols whose size moved most
(name, owner, base, now, delta, share of the total delta). Writes both profiles (flat TSV, folded stacks,
speedscope JSON), the differential folded stacks and explain/<variant>.json into the output folder.

${common}
  --base REF       the commit to explain against (default: HEAD, i.e. the working tree's changes)

Exit status: 0 explained (also when a profile is unavailable: the output says why), 2 error.`,
});

/** The command line's `explain`. */
export async function explainCommand(positionals: string[], base: string | undefined, o: Omit<ExplainOptions, 'variant' | 'base'>): Promise<number> {
  if (positionals.length !== 1) throw new UserError('explain takes one variant id, <board>/<stack>/<runtime>/<benchmark>@<emulated|host>, as the report names it');
  process.stdout.write(renderExplanation(await explain({ ...o, variant: positionals[0]!, ...(base !== undefined ? { base } : {}) })));
  return 0;
}
