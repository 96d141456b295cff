/* The benchmark's imports (common/wmb_imports.h) as raw wasm3 host functions:
 * a host function that asks to stop ends the module with a trap. */
#include "wasm3_glue.h"
#include "wmb_imports.h"
#include "wmb_wasm.h"

#define WMB_WASM3_IMPORT(name, host)                                             \
    static m3ApiRawFunction(import_##name)                                       \
    {                                                                            \
        (void)runtime;                                                           \
        (void)_ctx;                                                              \
        (void)_sp;                                                               \
        (void)_mem;                                                              \
        if (host()) {                                                            \
            m3ApiTrap(wmb_wasm3_stop);                                           \
        }                                                                        \
        m3ApiSuccess();                                                          \
    }
WMB_IMPORTS(WMB_WASM3_IMPORT)

M3Result wmb_wasm3_link_imports(IM3Module module)
{
    M3Result result = m3Err_none;
    (void)module;
#define WMB_WASM3_LINK(name, host)                                               \
    if (!result) {                                                               \
        result = m3_LinkRawFunction(module, "env", #name, "v()", import_##name); \
    }
    WMB_IMPORTS(WMB_WASM3_LINK)
    return result;
}
