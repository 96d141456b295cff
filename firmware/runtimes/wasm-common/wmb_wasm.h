/* Shared by the Wasm runtimes' glue (wasm3, WAMR). */
#ifndef WMB_WASM_H
#define WMB_WASM_H

#include <stdbool.h>
#include <stdint.h>

/* The benchmark module (.wasm or .aot), embedded by wasm_common.cmake: in RAM
 * for runtimes that write into it while loading, else in flash. */
#ifdef WMB_MODULE_IN_RAM
extern uint8_t wmb_module[];
#else
extern const uint8_t wmb_module[];
#endif
extern const uint32_t wmb_module_size;

/* A host function (common/wmb_imports.h) asks for the module to stop; after
 * the runtime's trap or exception wmb_wasm_take_stop() returns true. */
void wmb_wasm_request_stop(void);
/* After a trap: true (and cleared) if it is the stop the host asked for. */
bool wmb_wasm_take_stop(void);

/* Reports "<what>: <runtime's message>" as an error line. */
void wmb_wasm_error(const char *what, const char *message);

#endif
