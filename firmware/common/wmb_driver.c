#include "wmb_driver.h"

#include <string.h>

#include "wmb_board.h"
#include "wmb_report.h"

/* Loading the module and finding its exports (wasm3 compiles a function when
 * it is found): what a first call waits for, before the benchmark runs. */
static uint32_t load_ticks;

const struct wmb_export *wmb_driver_find(const char *name)
{
    uint32_t start = counter_read();
    const struct wmb_export *fn = wmb_runtime_find(name);
    load_ticks += counter_read() - start;
    if (!fn) {
        char message[64] = "missing export ";
        strncat(message, name, sizeof message - strlen(message) - 1u);
        wmb_report_error(message);
    }
    return fn;
}

uint64_t wmb_driver_measure(const struct wmb_export *fn, uint32_t arg)
{
    uint32_t start = counter_read();
    wmb_runtime_call(fn, arg);
    uint32_t ticks = counter_read() - start; /* wraps correctly up to 2^32 ticks */
    return (uint64_t)ticks * counter_scale;
}

int wmb_benchmark(void)
{
    uint32_t start = counter_read();
    int status = wmb_runtime_init();
    load_ticks += counter_read() - start;
    if (status == 0) {
        status = wmb_app_run();
    }
    if (status == 0) {
        wmb_line_begin("load");
        wmb_line_uint("count", (uint64_t)load_ticks * counter_scale);
        wmb_line_end();
    }
    return status;
}
