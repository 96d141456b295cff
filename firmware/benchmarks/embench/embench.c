/* Embench-IoT 1.0's benchmark interface (support/support.h) as the harness
 * drives it, natively and as a Wasm module, built with one member's sources and
 * Embench's support/beebsc.c (both from the pinned source, never copied):
 *   embench_init():      initialise_benchmark(), then warm_caches(WARMUP_HEAT),
 *                        as Embench's own main does before the timed region;
 *   embench_run(n):      benchmark() n times, the last result kept;
 *   embench_verify():    1 when verify_benchmark() accepts that result, else 0.
 * One benchmark() call is benchmark_body(LOCAL_SCALE_FACTOR * CPU_MHZ): Embench
 * 1.0 sizes it at about 4 s on a 1 MHz core per CPU_MHZ, and CPU_MHZ (its global
 * scale factor) comes per target from the build (-DCPU_MHZ=). */
#include <stdint.h>

#include "embench.h"
#include "support.h"

static int result;

uint32_t embench_init(void)
{
    initialise_benchmark();
    warm_caches(WARMUP_HEAT);
    return 0;
}

void embench_run(uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        result = benchmark();
    }
}

uint32_t embench_verify(void)
{
    return verify_benchmark(result) == 1;
}
