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

/* env.gpio_toggle for toggle.wat: toggles the pin; returns true when that was
 * the WMB_TOGGLES-th toggle and the caller must stop the module (trap or
 * exception), after which wmb_wasm_take_stop() returns true. A call after the
 * stop means the runtime did not honour it: that reports an error line and
 * ends the run instead of toggling forever. */
bool wmb_host_gpio_toggle(void);

void wmb_wasm_request_stop(void);
/* After a trap: true (and cleared) if it is the stop the host asked for. */
bool wmb_wasm_take_stop(void);

/* Reports "<what>: <runtime's message>" as an error line. */
void wmb_wasm_error(const char *what, const char *message);

#endif
