// What the tool knows by name beyond the firmware tree (boards, stacks and runtimes are its folders,
// src/catalogue/): the benchmarks a config may list and the metrics it measures.

export const BENCHMARKS = ['toggle', 'fft'] as const;

export type Direction = 'smaller' | 'larger';

export interface MetricInfo {
  direction: Direction;
  /** Default soft threshold: a change worse than this many percent is a regression (Infinity: informational). */
  percent: number;
  title: string;
}

// Emulated counts are exactly repeatable, so their default thresholds can be tight; hardware cycle
// counts carry a little jitter from flash wait states and interrupts.
export const METRICS: Record<string, MetricInfo> = {
  instructions: { direction: 'smaller', percent: 1, title: 'instructions' },
  cycles: { direction: 'smaller', percent: 2, title: 'cycles' },
  toggles_per_minsn: { direction: 'larger', percent: 1, title: 'toggles per million instructions' },
  toggle_hz: { direction: 'larger', percent: 2, title: 'toggle frequency' },
  toggle_hz_external: { direction: 'larger', percent: 2, title: 'toggle frequency (logic analyzer)' },
  call_instructions: { direction: 'smaller', percent: 1, title: 'instructions via gpio_toggle()' },
  call_cycles: { direction: 'smaller', percent: 2, title: 'cycles via gpio_toggle()' },
  call_toggles_per_minsn: { direction: 'larger', percent: 1, title: 'toggles per million instructions via gpio_toggle()' },
  call_toggle_hz: { direction: 'larger', percent: 2, title: 'toggle frequency via gpio_toggle()' },
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
};

/** The metric a variant is summed up by in one line: speed first. */
export const HEADLINE: Record<string, readonly string[]> = {
  toggle: ['toggles_per_minsn', 'toggle_hz'],
  fft: ['instructions', 'cycles', 'ns'],
};
