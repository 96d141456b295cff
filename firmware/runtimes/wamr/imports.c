/* The benchmark's imports (common/wmb_imports.h) as WAMR native functions: a
 * host function that asks to stop ends the module with an exception. */
#include <stddef.h>

#include "wamr_glue.h"
#include "wasm_export.h"
#include "wmb_imports.h"
#include "wmb_wasm.h"

#define WMB_WAMR_IMPORT(name, host)                                                          \
    static void import_##name(wasm_exec_env_t exec_env)                                      \
    {                                                                                        \
        if (host()) {                                                                        \
            wasm_runtime_set_exception(wasm_runtime_get_module_inst(exec_env), wmb_wamr_stop); \
        }                                                                                    \
    }
WMB_IMPORTS(WMB_WAMR_IMPORT)

#define WMB_WAMR_SYMBOL(name, host) {#name, (void *)import_##name, "()", NULL},
static NativeSymbol symbols[] = {WMB_IMPORTS(WMB_WAMR_SYMBOL)};

bool wmb_wamr_register_imports(void)
{
    size_t count = sizeof symbols / sizeof symbols[0];
    return count == 0 || wasm_runtime_register_natives("env", symbols, (uint32_t)count);
}
