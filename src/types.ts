// The plain values that flow through the pipeline: Config -> Variant[] -> Artifact[] -> RunOutput[] -> Results -> Comparison -> Report.

export const TARGETS = ['emulated', 'hardware', 'host'] as const;
export type Target = (typeof TARGETS)[number];

/** Where a variant sits in the matrix. `id` reads `<board>/<stack>/<runtime>/<benchmark>@<target>` everywhere. */
interface Cell {
  id: string;
  board: string;
  stack: string;
  runtime: string;
  benchmark: string;
  target: Target;
}

/** One cell of the matrix, with what it is built with. */
export interface Variant extends Cell {
  /** Compiler flags and definitions for this variant (global ones, then per-variant overrides). */
  cflags: string[];
  defines: Record<string, string>;
  /** The firmware build that runs, when not the target's own: the emulated build on a QEMU stand-in for a board. */
  image?: Target;
  /** Set when the cell is in the matrix but cannot be built by this version of the tool. */
  notBuilt?: string;
}

/** A value always carries its unit; byte metrics also say how much of the board they take. */
export interface Metric {
  value: number;
  unit: string;
  capacity?: number;
  percent?: number;
  /** Repeated timings: (max - min) / median in percent, over `runs` runs. */
  spread?: number;
  runs?: number;
  /** Host wall time: every run's value, kept so that a later run can be rank-tested against them. */
  samples?: number[];
  /** Host wall time: the median's distribution-free confidence interval [lo, hi] and its level. */
  ci?: [number, number];
  ci_level?: number;
  /** Host: the configuration of the image this value comes from, when the build says (timed and counted images may differ). */
  configuration?: string;
}
export type Metrics = Record<string, Metric>;

export const VARIANT_STATUSES = ['ok', 'failed', 'not-built'] as const;
type VariantStatus = (typeof VARIANT_STATUSES)[number];

/** A result taken from the result store: the commit and date of the run that measured it (`only`: the part taken). */
/** Who measured a stored result, for people: its run's commit (12 digits), or, where that run's provenance says
 * 'unknown', a run outside a git checkout. */
export const measuredBy = (commit: string): string =>
  commit === 'unknown' ? 'an earlier run (not in a git checkout)' : /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 12) : commit;

/** Who measured a stored result first: the commit and date of that run. */
export interface Measured {
  commit: string;
  date: string;
}

export interface Reused extends Measured {
  only?: string;
}

export interface VariantResult extends Cell {
  status: VariantStatus;
  reason?: string;
  metrics: Metrics;
  /** Wall time of build and run, milliseconds. */
  durationMs?: number;
  /** Raw serial output, relative to the output directory. */
  log?: string;
  /** Flash and static RAM by owner (runtime, RTOS, benchmark, harness, module, libc, compiler runtime, linker):
   * they add up to flash_bytes and static_ram_bytes. */
  owners?: Record<string, { flash_bytes: number; static_ram_bytes: number }>;
  /** Every input section's size, owner and object, biggest first: a TSV file relative to the output directory. */
  symbols?: string;
  /** Instructions by function (profile/): the flat profile, folded stacks and speedscope file, relative to the
   * output directory; the profiled QEMU run's wall time over the plain run's (the host's plain count is callgrind's
   * already: none); what the profile says beside the numbers. */
  profile?: { flat: string; folded: string; speedscope: string; slowdown?: number; lints?: string[] };
  /** Why the variant was to be profiled and is not (a QEMU that refuses the plugin). */
  profileUnavailable?: string;
  /** How the runtime was built, from the firmware build (AOT: target, CPU, float ABI, bounds checks, wamrc flags). */
  build?: Record<string, unknown>;
  /** Not measured by this run: an identical earlier run's result (same image, runner and command line). */
  reused?: Reused;
}

export interface Provenance {
  commit: string;
  date: string;
  tool: string;
  node: string;
  /** Tool name -> first line of its `--version`. */
  toolchain: Record<string, string>;
  /** Upstream sources the run used, by manifest name. */
  sources?: Record<string, SourceUse>;
}

/** verified: the pinned tree; differs: an override that is not the pinned tree; unverified: no tree hash is pinned to check it against (Zephyr). */
export type Verification = 'verified' | 'differs' | 'unverified';

export interface SourceUse {
  title: string;
  version: string;
  commit: string;
  origin: 'override' | 'cache' | 'download';
  /** Tree hash of the tree built from (absent, like `verification`, in results of versions before they were recorded). */
  tree?: string;
  verification?: Verification;
}

export interface Results {
  schemaVersion: 1;
  /** The shard these results are from (`run --shard`); absent for a whole-matrix run. */
  shard?: string;
  provenance: Provenance;
  variants: VariantResult[];
  /** The run was stopped by SIGINT/SIGTERM: the variants it did not finish are failed, never a pass. */
  interrupted?: true;
}

/** An error the user can act on: it names the file, variant or board. Exit code 2. */
export class UserError extends Error {
  override name = 'UserError';
}

/** A profile of one measured region (profile/): instructions by function, and by call stack. */
export interface FunctionRow {
  name: string;
  owner: string;
  detail: string;
  /** Instructions executed in the function itself. */
  self: number;
  /** ... and in everything it called (recursion counted once). */
  inclusive: number;
}

export interface Profile {
  /** What the region measured: the name of the result record it matches. */
  label: string;
  total: number;
  lost: number;
  /** Biggest self first. */
  functions: FunctionRow[];
  /** Root first; the counts add up to `total`. */
  stacks: { frames: string[]; count: number }[];
}
