/* Helpers for the benchmark drivers: the generic one (wmb_benchmark_driver.c)
 * and a benchmark's own (benchmarks/<b>/, BENCHMARK_DRIVER_SOURCES). */
#ifndef WMB_DRIVER_H
#define WMB_DRIVER_H

#include <stdint.h>

#include "wmb_runtime.h"

/* Looks up an export (counted in the load); reports an error line if the module lacks it. */
const struct wmb_export *wmb_driver_find(const char *name);
/* Calls fn(arg) and returns the elapsed count in the counter's unit. */
uint64_t wmb_driver_measure(const struct wmb_export *fn, uint32_t arg);
/* A driver reports each measurement as one result record, written with
 * wmb_line_* (wmb_report.h) in this order:
 *   {"type":"result","name":<str>,"iterations":<uint>,"count":<uint>[,"checksum":<hex32>]
 *    [,"probe1":<uint>,"probe2":<uint>,"probe3":<uint>]}
 * (the probes: counts of run(1), run(2), run(3) after the measured call).
 * After the driver, wmb_benchmark() writes {"type":"load","count":<uint>}: the
 * runtime's load and instantiation of the module and the driver's finding of
 * its exports (wmb_driver_find; wasm3 compiles a function when it is found).
 * The names a benchmark writes and its checksum are declared in its
 * benchmark.yml, where the harness checks them. */

#define WMB_EXIT_MISSING_EXPORT 2

#endif
