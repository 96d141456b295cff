/* Embench's assert_beebs() calls exit(): in the Wasm module that is a trap (the
 * run fails), not wasi-libc's exit, which would import proc_exit from WASI. */
#include <stdlib.h>

void exit(int status)
{
    (void)status;
    __builtin_trap();
}
