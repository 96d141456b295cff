/* The FFT benchmark's export table (common/wmb_exports.h). */
#include "fft.h"
#include "wmb_exports.h"

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

const struct wmb_export wmb_exports[] = {
    {"fft_init", call_fft_init},
    {"fft_bench", call_fft_bench},
    {"fft_checksum", call_fft_checksum},
    {0, 0},
};
