/* The FFT app's exports with the runtime's uniform signature. */
#include "fft.h"
#include "native.h"

static uint32_t call_fft_init(uint32_t arg)
{
    (void)arg;
    fft_init();
    return 0;
}

static uint32_t call_fft_bench(uint32_t iterations)
{
    fft_bench((int)iterations);
    return 0;
}

static uint32_t call_fft_checksum(uint32_t arg)
{
    (void)arg;
    return fft_checksum();
}

const struct wmb_export native_exports[] = {
    {"fft_init", call_fft_init},
    {"fft_bench", call_fft_bench},
    {"fft_checksum", call_fft_checksum},
    {0, 0},
};
