/* What a stack and the benchmark drivers need from a runtime: load the
 * benchmark module and call its exported functions. Exports take and return
 * one 32-bit integer (unused ones are ignored / 0), as Wasm exports would. */
#ifndef WMB_RUNTIME_H
#define WMB_RUNTIME_H

#include <stdint.h>

struct wmb_export;

/* Returns 0 on success; otherwise it has reported an error line (with the
 * runtime's own message) and returns WMB_EXIT_RUNTIME. */
int wmb_runtime_init(void);
/* NULL if the module has no such export. */
const struct wmb_export *wmb_runtime_find(const char *name);
/* Calls an export with `arg` if it takes a parameter; returns its result or 0.
 * A trap other than a stop a host function asked for reports an
 * error line and ends the run with WMB_EXIT_RUNTIME: nothing after it would
 * be meaningful. */
uint32_t wmb_runtime_call(const struct wmb_export *fn, uint32_t arg);
/* Adds the runtime's own fields to the "memory" line (e.g. a static pool). */
void wmb_runtime_memory_fields(void);

#define WMB_EXIT_RUNTIME 4

/* The benchmark's driver (common/wmb_benchmark_driver.c, or the benchmark's
 * own): measures through the runtime and writes the result lines. Returns 0 or an exit status after an error line. */
int wmb_app_run(void);

/* What every stack runs, on whatever thread it gives the benchmark: the
 * runtime's init, then the app. Returns 0 or the exit status of the first error. */
int wmb_benchmark(void);

#endif
