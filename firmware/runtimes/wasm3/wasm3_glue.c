/* wasm3 glue: parse and load the embedded module, link its imports, call its
 * exports. Compiled with the library's d_m3* definitions (runtime.cmake),
 * since it sets a field of wasm3's runtime structure. */
#include <stddef.h>

#include "m3_env.h"
#include "wasm3.h"
#include "wasm3_glue.h"
#include "wmb_board.h"
#include "wmb_runtime.h"
#include "wmb_wasm.h"

/* Wasm operand stack, allocated by m3_NewRuntime; a benchmark with deeper
 * calls sets its own (BENCHMARK_WASM_RUNTIME_STACK, cmake/wmb_benchmark.cmake). */
#ifdef WMB_WASM_RUNTIME_STACK
#define WASM3_STACK_BYTES WMB_WASM_RUNTIME_STACK
#else
#define WASM3_STACK_BYTES 2048u
#endif
#define MAX_EXPORTS 4

struct wmb_export {
    IM3Function function;
};

const char wmb_wasm3_stop[] = "stopped by the host";

static IM3Runtime runtime;
static struct wmb_export exports[MAX_EXPORTS];
static unsigned export_count;

static int fail(const char *what, const char *message)
{
    wmb_wasm_error(what, message);
    return WMB_EXIT_RUNTIME;
}

/* The exported __heap_base (an i32.const initialiser, signed LEB128): all the
 * linear memory the module uses, as its stack and data lie below it. 0 (no
 * limit) when the module does not export it. */
static uint32_t heap_base(IM3Module module)
{
    IM3Global g = m3_FindGlobal(module, "__heap_base");
    if (!g || g->imported || g->initExprSize < 2u || g->initExpr[0] != 0x41u) {
        return 0;
    }
    uint32_t value = 0;
    for (uint32_t i = 1, shift = 0; i < g->initExprSize && shift < 32u; i++, shift += 7u) {
        value |= (uint32_t)(g->initExpr[i] & 0x7Fu) << shift;
        if (!(g->initExpr[i] & 0x80u)) {
            break;
        }
    }
    return value;
}

int wmb_runtime_init(void)
{
    IM3Environment env = m3_NewEnvironment();
    runtime = env ? m3_NewRuntime(env, WASM3_STACK_BYTES, NULL) : NULL;
    if (!runtime) {
        return fail("wasm3: creating the runtime", "out of memory");
    }
    IM3Module module;
    M3Result result = m3_ParseModule(env, &module, wmb_module, wmb_module_size);
    if (result) {
        return fail("wasm3: parsing the module", result);
    }
    /* wasm3 would allocate the declared 64 KiB pages. */
    runtime->memoryLimit = heap_base(module);
    result = m3_LoadModule(runtime, module);
    if (result) {
        m3_FreeModule(module);
        return fail("wasm3: loading the module", result);
    }
    result = wmb_wasm3_link_imports(module);
    if (result) {
        return fail("wasm3: linking imports", result);
    }
    return 0;
}

const struct wmb_export *wmb_runtime_find(const char *name)
{
    IM3Function function;
    /* Finding a function also compiles it: an error other than "not found"
     * (out of memory, invalid code) ends the run with wasm3's message. */
    M3Result result = m3_FindFunction(&function, runtime, name);
    if (result == m3Err_functionLookupFailed) {
        return NULL;
    }
    if (result) {
        board_exit(fail(name, result));
    }
    if (export_count == MAX_EXPORTS) {
        board_exit(fail(name, "wasm3 glue: too many exports"));
    }
    exports[export_count].function = function;
    return &exports[export_count++];
}

uint32_t wmb_runtime_call(const struct wmb_export *fn, uint32_t arg)
{
    const void *args[1] = {&arg};
    M3Result result = m3_Call(fn->function, m3_GetArgCount(fn->function), args);
    if (result) {
        if (result == wmb_wasm3_stop && wmb_wasm_take_stop()) {
            return 0;
        }
        board_exit(fail(m3_GetFunctionName(fn->function), result));
    }
    uint32_t value = 0;
    if (m3_GetRetCount(fn->function) == 1u) {
        const void *results[1] = {&value};
        result = m3_GetResults(fn->function, 1, results);
        if (result) {
            board_exit(fail(m3_GetFunctionName(fn->function), result));
        }
    }
    return value;
}

/* wasm3 allocates from the C library's heap: the memory line's heap_bytes says it all. */
void wmb_runtime_memory_fields(void)
{
}
