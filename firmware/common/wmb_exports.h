/* A benchmark's export table (benchmarks/<b>/exports.c): the functions its
 * driver calls by name, with the runtimes' uniform signature (one 32-bit
 * argument, one result; unused ones ignored). The native runtime calls them
 * directly; a Wasm runtime finds the same names among the module's exports. */
#ifndef WMB_EXPORTS_H
#define WMB_EXPORTS_H

#include <stdint.h>

struct wmb_export {
    const char *name;
    uint32_t (*fn)(uint32_t arg);
};

/* Ends with {0, 0}. */
extern const struct wmb_export wmb_exports[];

#endif
