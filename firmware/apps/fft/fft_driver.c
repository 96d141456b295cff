/* Measures fft_bench over WMB_FFT_ITERATIONS and writes the "fft" line. */
#include "fft.h"
#include "wmb_board.h"
#include "wmb_driver.h"
#include "wmb_report.h"

int wmb_app_run(void)
{
    const struct wmb_export *init = wmb_driver_find("fft_init");
    const struct wmb_export *bench = init ? wmb_driver_find("fft_bench") : 0;
    const struct wmb_export *checksum = bench ? wmb_driver_find("fft_checksum") : 0;
    if (!checksum) {
        return WMB_EXIT_MISSING_EXPORT;
    }

    wmb_runtime_call(init, 0);
    uint64_t count = wmb_driver_measure(bench, WMB_FFT_ITERATIONS);

    wmb_line_begin("fft");
    wmb_line_uint("n", FFT_N);
    wmb_line_uint("iterations", WMB_FFT_ITERATIONS);
    wmb_line_uint("count", count);
    wmb_line_hex32("checksum", wmb_runtime_call(checksum, 0));
    wmb_line_end();
    return 0;
}
