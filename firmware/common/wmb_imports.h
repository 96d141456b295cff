/* The host functions a benchmark's module imports from "env": the benchmark's
 * benchmark_imports.h lists them as
 *   #define WMB_IMPORTS(X) X(<import name>, <host function>) ...
 * each host function `bool f(void)`: it does its work and returns true when the
 * module must stop (the runtime then traps; wmb_wasm_take_stop() says it was
 * asked for). Each Wasm runtime's glue expands the list into its own native
 * functions, so a call costs what a hand-written one would. No file: no imports. */
#ifndef WMB_IMPORTS_H
#define WMB_IMPORTS_H

#include <stdbool.h>

#if __has_include("benchmark_imports.h")
#include "benchmark_imports.h"
#else
#define WMB_IMPORTS(X)
#endif

#define WMB_IMPORT_DECLARE(name, host) bool host(void);
WMB_IMPORTS(WMB_IMPORT_DECLARE)
#undef WMB_IMPORT_DECLARE

#endif
