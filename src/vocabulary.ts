// The metrics the tool measures of every variant, whatever its benchmark: footprint, memory, wall time.
// Boards, stacks, runtimes and benchmarks are the firmware tree's folders (src/catalogue/); a benchmark's
// speed metrics are declared in its benchmark.yml.

export type Direction = 'smaller' | 'larger';

/** A config's (or a benchmark's declared) threshold of one metric. */
export interface ThresholdSetting {
  direction?: Direction;
  percent?: number;
  limit?: number;
}
export type ThresholdSettings = Record<string, ThresholdSetting>;

export interface MetricInfo {
  direction: Direction;
  /** Default soft threshold: a change worse than this many percent is a regression (Infinity: informational). */
  percent: number;
  title: string;
}

export const METRICS: Record<string, MetricInfo> = {
  flash_bytes: { direction: 'smaller', percent: 1, title: 'Flash' },
  static_ram_bytes: { direction: 'smaller', percent: 1, title: 'static RAM' },
  dynamic_ram_bytes: { direction: 'smaller', percent: 5, title: 'dynamic RAM' },
  stack_bytes: { direction: 'smaller', percent: 5, title: 'stack high-water' },
  heap_bytes: { direction: 'smaller', percent: 5, title: 'heap high-water' },
  // Host: wall time depends on the machine and its load (the spread is reported with it), so it gates
  // nothing unless a config sets a threshold; the callgrind instruction count is exact and gates.
  ns: { direction: 'smaller', percent: Infinity, title: 'wall time (median)' },
  equivalent_cycles: { direction: 'smaller', percent: Infinity, title: 'equivalent cycles' },
  rss_bytes: { direction: 'smaller', percent: Infinity, title: 'peak resident memory' },
  engine_ns: { direction: 'smaller', percent: Infinity, title: 'time inside the engine (median)' },
  task_stack_bytes: { direction: 'smaller', percent: 5, title: 'task stack high-water' },
  rtos_heap_bytes: { direction: 'smaller', percent: 5, title: 'RTOS heap high-water' },
  static_reserved_bytes: { direction: 'smaller', percent: 5, title: 'heap, stack or pool reserved in static RAM' },
  pool_bytes: { direction: 'smaller', percent: 5, title: 'runtime pool high-water' },
  // The runtime's load and instantiation of the module, before the benchmark's first call (firmware/common/wmb_driver.c).
  load_instructions: { direction: 'smaller', percent: 1, title: 'load and instantiate' },
  load_cycles: { direction: 'smaller', percent: 2, title: 'load and instantiate' },
};
