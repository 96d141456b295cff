/* Helpers for the benchmark drivers in apps/<benchmark>/. */
#ifndef WMB_DRIVER_H
#define WMB_DRIVER_H

#include <stdint.h>

#include "wmb_runtime.h"

/* Looks up an export; reports an error line if the module lacks it. */
const struct wmb_export *wmb_driver_find(const char *name);
/* Calls fn(arg) and returns the elapsed count in the counter's unit. */
uint64_t wmb_driver_measure(const struct wmb_export *fn, uint32_t arg);

#define WMB_EXIT_MISSING_EXPORT 2

#endif
