/* env.gpio_toggle as a raw wasm3 host function: a trap ends toggle_forever. */
#include "wasm3_glue.h"
#include "wmb_wasm.h"

static m3ApiRawFunction(gpio_toggle_import)
{
    (void)runtime;
    (void)_ctx;
    (void)_sp;
    (void)_mem;
    if (wmb_host_gpio_toggle()) {
        m3ApiTrap(wmb_wasm3_stop);
    }
    m3ApiSuccess();
}

M3Result wmb_wasm3_link_imports(IM3Module module)
{
    return m3_LinkRawFunction(module, "env", "gpio_toggle", "v()", gpio_toggle_import);
}
