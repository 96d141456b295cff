/* The driver of a benchmark that has no driver of its own: init(), then one
 * measured call of run(WMB_ITERATIONS) on the fresh instance (what the study
 * measured; where the harness derives that average from the parts, the first
 * iteration alone), then checksum(); one result record named after the
 * benchmark. With WMB_STEADY_PROBES, run(1), run(2) and run(3) are measured
 * after it ("probe1".."probe3"): their differences are one iteration at the
 * steady state, call overhead excluded, and equal when iterations after the
 * first are identical (the harness checks it where counts are exact). The
 * functions are the benchmark.cmake's BENCHMARK_INIT, BENCHMARK_RUN and
 * BENCHMARK_CHECKSUM, found by name through the runtime. */
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
    /* Of the measured call: the probes' runs leave their own results. */
    uint32_t sum = wmb_runtime_call(checksum, 0);
#if WMB_STEADY_PROBES
    /* All measured before the line is written: no console output runs beside them. */
    uint64_t probes[3];
    for (uint32_t n = 1; n <= 3; n++) {
        probes[n - 1] = wmb_driver_measure(run, n);
    }
#endif

    wmb_line_begin("result");
    wmb_line_str("name", WMB_BENCHMARK_NAME);
    wmb_line_uint("iterations", WMB_ITERATIONS);
    wmb_line_uint("count", count);
    wmb_line_hex32("checksum", sum);
#if WMB_STEADY_PROBES
    wmb_line_uint("probe1", probes[0]);
    wmb_line_uint("probe2", probes[1]);
    wmb_line_uint("probe3", probes[2]);
#endif
    wmb_line_end();
    return 0;
}
