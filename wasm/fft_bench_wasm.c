/* The FFT benchmark as a Wasm module: the very source the native firmware
 * runs (firmware/apps/fft/fft.c), with its three functions exported. */
#include "fft.h"

__attribute__((export_name("fft_init"))) void fft_init(void);
__attribute__((export_name("fft_bench"))) void fft_bench(int iterations);
__attribute__((export_name("fft_checksum"))) uint32_t fft_checksum(void);

#include "fft.c"

#ifdef WMB_FFT_MAIN_ITERATIONS
/* For engines that can only run exports without arguments (wabt's
 * wasm-interp --run-all-exports): the whole benchmark, returning the checksum. */
__attribute__((export_name("fft_main"))) uint32_t fft_main(void)
{
    fft_init();
    fft_bench(WMB_FFT_MAIN_ITERATIONS);
    return fft_checksum();
}
#endif
