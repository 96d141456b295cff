/* The FFT module imports nothing. */
#include "wasm3_glue.h"

M3Result wmb_wasm3_link_imports(IM3Module module)
{
    (void)module;
    return m3Err_none;
}
