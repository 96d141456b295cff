/* The FFT module imports nothing. */
#include "wamr_glue.h"

bool wmb_wamr_register_imports(void)
{
    return true;
}
