/* The toggle benchmark's host side, the same for every Wasm runtime. */
#include "toggle.h"
#include "wmb_imports.h"
#include "wmb_board.h"
#include "wmb_runtime.h"
#include "wmb_wasm.h"

static uint32_t toggles;

bool wmb_host_gpio_toggle(void)
{
    if (toggles == WMB_ITERATIONS) {
        wmb_wasm_error("toggle_forever went on after the host stopped it",
                       "the runtime ignored the trap or exception");
        board_exit(WMB_EXIT_RUNTIME);
    }
    gpio_toggle();
    if (++toggles == WMB_ITERATIONS) {
        wmb_wasm_request_stop();
        return true;
    }
    return false;
}
