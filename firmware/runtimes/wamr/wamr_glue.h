/* Between the WAMR glue and the benchmark's imports_<benchmark>.c. */
#ifndef WAMR_GLUE_H
#define WAMR_GLUE_H

#include <stdbool.h>

/* Registers the module's imports (env.gpio_toggle for the toggle benchmark). */
bool wmb_wamr_register_imports(void);

/* The exception a host function raises to stop the module on purpose. */
extern const char wmb_wamr_stop[];

#endif
