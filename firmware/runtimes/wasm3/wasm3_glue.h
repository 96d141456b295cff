/* Between the wasm3 glue and the benchmark's imports_<benchmark>.c. */
#ifndef WASM3_GLUE_H
#define WASM3_GLUE_H

#include "wasm3.h"

/* Links the module's imports (env.gpio_toggle for the toggle benchmark). */
M3Result wmb_wasm3_link_imports(IM3Module module);

/* The trap a host function returns to stop the module on purpose. */
extern const char wmb_wasm3_stop[];

#endif
