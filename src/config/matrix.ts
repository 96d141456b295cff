// Expands a config into the variant matrix: the cross product, minus excludes, with per-variant build settings.
import type { Target, Variant } from '../types.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { declaredThresholds, NEEDS } from '../catalogue/benchmark.js';
import { AXES, stringDefines, type Config, type Exclude } from './config.js';
import type { ThresholdSettings } from '../vocabulary.js';

export const variantId = (v: { board: string; stack: string; runtime: string; benchmark: string; target: string }) =>
  `${v.board}/${v.stack}/${v.runtime}/${v.benchmark}@${v.target}`;

/** `*` matches any run of characters except `/` and `@`, `?` one such character. */
export function matches(pattern: string, id: string): boolean {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/@]*').replace(/\?/g, '[^/@]');
  return new RegExp(`^${re}$`).test(id);
}

function excluded(cell: Record<string, string>, ex: Exclude): boolean {
  return AXES.every((axis) => {
    const want = ex[axis];
    return want === undefined || (Array.isArray(want) ? want : [want]).includes(cell[axis]!);
  });
}

/**
 * Why a cell is in the matrix but not built: its benchmark does not run on its target (benchmark.yml's
 * not_on), its target has no run backend here, its board, stack or runtime (their yml's targets) does not
 * build for it, or its board lacks what the benchmark needs (benchmark.yml's needs, board.yml's gpio).
 */
function notBuiltReason(cell: { board: string; stack: string; runtime: string; benchmark: string; target: Target }, cat: Catalogue, backends: readonly Target[]): string | undefined {
  const notOn = cat.benchmarks[cell.benchmark]!.notOn[cell.target];
  if (notOn) return notOn;
  if (!backends.includes(cell.target)) return `no run backend for target ${cell.target} yet`;
  if (cell.target === 'host' && (!cat.boards[cell.board] || !cat.stacks[cell.stack])) return 'the firmware tree has no host board and stack (a board and a stack with target host)';
  for (const [kind, spec] of [['board', cat.boards[cell.board]!], ['stack', cat.stacks[cell.stack]!]] as const)
    if (!spec.targets.includes(cell.target)) return `${kind} ${spec.id} does not build for target ${cell.target} (its targets: ${spec.targets.join(', ')})`;
  const lacking = cat.benchmarks[cell.benchmark]!.needs.find((n) => !cat.boards[cell.board]![n]);
  if (lacking) return `${cell.board} has no ${NEEDS[lacking]} for ${cell.benchmark}`;
  const targets = cat.runtimes[cell.runtime]!.targets;
  if (targets.includes(cell.target)) return undefined;
  if (targets.every((t) => t === 'host')) return `runtime ${cell.runtime} runs on the host only`;
  return `runtime ${cell.runtime} does not build for target ${cell.target} (its targets: ${targets.join(', ')})`;
}

/** The cells of one target: MCU boards for emulated and hardware, the host's own board, stack and runtimes for host. */
function cells(config: Config, target: Target) {
  const host = target === 'host';
  const out: { board: string; stack: string; runtime: string; benchmark: string; target: Target }[] = [];
  for (const board of host ? [config.host.board ?? 'host'] : config.boards)
    for (const stack of host ? [config.host.stack ?? 'host'] : config.stacks)
      for (const runtime of host ? config.host.runtimes : config.runtimes)
        for (const benchmark of config.benchmarks) out.push({ board, stack, runtime, benchmark, target });
  return out;
}

/** `backends`: the targets this run can run. */
export function expandMatrix(config: Config, cat: Catalogue, backends: readonly Target[]): Variant[] {
  const out: Variant[] = [];
  for (const target of config.targets)
    for (const cell of cells(config, target)) {
      if (config.exclude.some((ex) => excluded(cell, ex))) continue;
      const id = variantId(cell);
      const mine = config.overrides.filter((o) => matches(o.match, id));
      const notBuilt = notBuiltReason(cell, cat, backends);
      out.push({
        id,
        ...cell,
        cflags: [...config.cflags, ...mine.flatMap((o) => o.cflags ?? [])],
        defines: Object.assign({}, config.defines, ...mine.map((o) => stringDefines(o.defines))),
        ...(notBuilt ? { notBuilt } : {}),
      });
    }
  return out;
}

/**
 * Where a variant id stands against the config: in its matrix, left out by an exclude entry (on purpose
 * when the entry gives a reason), or outside it altogether (its board, runtime... or target is no longer
 * configured).
 */
export type Place = { in: true } | { excluded: Exclude } | { outside: true };

export function placeOf(config: Config, id: string): Place {
  for (const target of config.targets)
    for (const cell of cells(config, target))
      if (variantId(cell) === id) {
        const ex = config.exclude.find((e) => excluded(cell, e));
        return ex ? { excluded: ex } : { in: true };
      }
  return { outside: true };
}

/** Whether update-baselines keeps a baseline entry: only a variant that left the matrix on purpose loses it. */
export const keepsBaseline = (p: Place) => 'in' in p || ('excluded' in p && !p.excluded.reason);

/**
 * Why a baselined variant is not among a run's results, and whether that was expected (listed apart) or
 * makes the check incomplete. `ranTargets`: the targets this run ran (a sharded run may leave some out).
 */
export function absence(config: Config, ranTargets: readonly Target[]): (id: string) => { reason: string; expected: boolean } {
  return (id) => {
    const p = placeOf(config, id);
    if ('outside' in p) return { reason: "no longer in the config's matrix (update-baselines removes its entry)", expected: true };
    if ('excluded' in p)
      return p.excluded.reason
        ? { reason: `excluded by the config: ${p.excluded.reason}`, expected: true }
        : { reason: 'excluded by the config without a reason (if on purpose, give the exclude entry a `reason`)', expected: false };
    const target = id.slice(id.lastIndexOf('@') + 1);
    if (!(ranTargets as readonly string[]).includes(target)) return { reason: `target ${target} is not in this run`, expected: true };
    return { reason: 'in the baseline but not in this run', expected: false };
  };
}

/** Thresholds for one variant: its benchmark's declared defaults, the config's, then every matching override's,
 * later ones winning per field. */
export function thresholdsFor(config: Config, cat: Pick<Catalogue, 'benchmarks'>, id: string): ThresholdSettings {
  const benchmark = id.slice(id.lastIndexOf('/') + 1, id.lastIndexOf('@'));
  const merged = declaredThresholds(cat, benchmark, structuredClone(config.thresholds));
  for (const o of config.overrides)
    if (matches(o.match, id))
      for (const [metric, t] of Object.entries(o.thresholds ?? {})) merged[metric] = { ...merged[metric], ...t };
  return merged;
}
