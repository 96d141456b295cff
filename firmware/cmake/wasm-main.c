/* For engines that can only run exports without arguments (wabt's wasm-interp
 * --run-all-exports): the whole benchmark in one parameterless export,
 * returning the checksum. Linked into the module beside the benchmark's own
 * sources (cmake/wmb_wasm.cmake, wmb_wasm_module) with its functions named by
 * WMB_MAIN_INIT, WMB_MAIN_RUN, WMB_MAIN_CHECKSUM (the benchmark.cmake's
 * BENCHMARK_INIT, _RUN, _CHECKSUM) and WMB_MAIN_ITERATIONS. */
#include <stdint.h>

void WMB_MAIN_INIT(void);
void WMB_MAIN_RUN(int iterations);
uint32_t WMB_MAIN_CHECKSUM(void);

__attribute__((export_name("wmb_main"))) uint32_t wmb_main(void)
{
    WMB_MAIN_INIT();
    WMB_MAIN_RUN(WMB_MAIN_ITERATIONS);
    return WMB_MAIN_CHECKSUM();
}
