/* The driver of a benchmark that has no driver of its own: init(), then
 * run(WMB_ITERATIONS) measured, then checksum(); one result record named after
 * the benchmark. The functions are the benchmark.cmake's BENCHMARK_INIT,
 * BENCHMARK_RUN and BENCHMARK_CHECKSUM, found by name through the runtime. */
#include "wmb_board.h"
#include "wmb_driver.h"
#include "wmb_report.h"

int wmb_app_run(void)
{
    const struct wmb_export *init = wmb_driver_find(WMB_BENCHMARK_INIT);
    const struct wmb_export *run = init ? wmb_driver_find(WMB_BENCHMARK_RUN) : 0;
    const struct wmb_export *checksum = run ? wmb_driver_find(WMB_BENCHMARK_CHECKSUM) : 0;
    if (!checksum) {
        return WMB_EXIT_MISSING_EXPORT;
    }

    wmb_runtime_call(init, 0);
    uint64_t count = wmb_driver_measure(run, WMB_ITERATIONS);

    wmb_line_begin("result");
    wmb_line_str("name", WMB_BENCHMARK_NAME);
    wmb_line_uint("iterations", WMB_ITERATIONS);
    wmb_line_uint("count", count);
    wmb_line_hex32("checksum", wmb_runtime_call(checksum, 0));
    wmb_line_end();
    return 0;
}
