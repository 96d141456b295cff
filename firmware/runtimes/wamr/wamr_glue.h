/* Between the WAMR glue and imports.c. */
#ifndef WAMR_GLUE_H
#define WAMR_GLUE_H

#include <stdbool.h>

/* Registers the module's imports: the benchmark's host functions (common/wmb_imports.h). */
bool wmb_wamr_register_imports(void);

/* The exception a host function raises to stop the module on purpose. */
extern const char wmb_wamr_stop[];

#endif
