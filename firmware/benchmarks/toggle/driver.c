/* Measures the toggle modes the runtime offers and writes one result record
 * per mode: natively "inline" and "call"; in Wasm "wasm", one call of
 * toggle_forever that the host's gpio_toggle stops after WMB_ITERATIONS toggles. */
#include "wmb_board.h"
#include "wmb_driver.h"
#include "wmb_report.h"

static int measure(const char *mode, const char *export_name)
{
    const struct wmb_export *fn = wmb_driver_find(export_name);
    if (!fn) {
        return WMB_EXIT_MISSING_EXPORT;
    }
    uint64_t count = wmb_driver_measure(fn, WMB_ITERATIONS);

    wmb_line_begin("result");
    wmb_line_str("name", mode);
    wmb_line_uint("iterations", WMB_ITERATIONS);
    wmb_line_uint("count", count);
    wmb_line_end();
    return 0;
}

int wmb_app_run(void)
{
    if (wmb_runtime_find("toggle_forever")) {
        return measure("wasm", "toggle_forever");
    }
    int status = measure("inline", "toggle_inline");
    if (status == 0) {
        status = measure("call", "toggle_call");
    }
    return status;
}
