/* env.gpio_toggle as a WAMR native function: an exception ends toggle_forever. */
#include <stddef.h>

#include "wamr_glue.h"
#include "wasm_export.h"
#include "wmb_wasm.h"

static void gpio_toggle_import(wasm_exec_env_t exec_env)
{
    if (wmb_host_gpio_toggle()) {
        wasm_runtime_set_exception(wasm_runtime_get_module_inst(exec_env), wmb_wamr_stop);
    }
}

static NativeSymbol symbols[] = {
    {"gpio_toggle", (void *)gpio_toggle_import, "()", NULL},
};

bool wmb_wamr_register_imports(void)
{
    return wasm_runtime_register_natives("env", symbols, sizeof symbols / sizeof symbols[0]);
}
