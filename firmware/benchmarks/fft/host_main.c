/* Host reference: prints the FFT checksum the firmware must reproduce.
 *   gcc -O2 -ffp-contract=off fft.c host_main.c && ./a.out */
#include <stdio.h>

#include "fft.h"

#ifndef WMB_ITERATIONS
#define WMB_ITERATIONS 100
#endif

int main(void)
{
    fft_init();
    fft_bench(WMB_ITERATIONS);
    printf("%08x\n", (unsigned)fft_checksum());
    return 0;
}
