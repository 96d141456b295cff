/* Between the wasm3 glue and imports.c. */
#ifndef WASM3_GLUE_H
#define WASM3_GLUE_H

#include "wasm3.h"

/* Links the module's imports: the benchmark's host functions (common/wmb_imports.h). */
M3Result wmb_wasm3_link_imports(IM3Module module);

/* The trap a host function returns to stop the module on purpose. */
extern const char wmb_wasm3_stop[];

#endif
