/* The FFT benchmark as a Wasm module: the very source the native firmware
 * runs (fft.c), with its three functions exported. */
#include "fft.h"

__attribute__((export_name("fft_init"))) void fft_init(void);
__attribute__((export_name("fft_bench"))) void fft_bench(int iterations);
__attribute__((export_name("fft_checksum"))) uint32_t fft_checksum(void);

#include "fft.c"
