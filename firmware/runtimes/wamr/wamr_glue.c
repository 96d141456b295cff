/* WAMR glue: the runtime on a static pool, the embedded module loaded and
 * instantiated, exports called through one execution environment. */
#include <string.h>

#include "wamr_glue.h"
#include "wasm_export.h"
#include "wmb_board.h"
#include "wmb_report.h"
#include "wmb_runtime.h"
#include "wmb_wasm.h"

/* Interpreters keep Wasm frames and operands here; AOT code uses the native
 * stack and only a little of it. Allocated from the pool. A benchmark with
 * deeper calls sets its own (BENCHMARK_WASM_RUNTIME_STACK). */
#ifdef WMB_WASM_RUNTIME_STACK
#define WASM_STACK_BYTES WMB_WASM_RUNTIME_STACK
#else
#define WASM_STACK_BYTES 4096u
#endif
#define MAX_EXPORTS 4

struct wmb_export {
    wasm_function_inst_t function;
    const char *name;
    uint32_t params, results;
};

const char wmb_wamr_stop[] = "stopped by the host";

static uint8_t pool[WMB_WAMR_POOL_BYTES] __attribute__((aligned(8)));
static wasm_module_inst_t instance;
static wasm_exec_env_t exec_env;
static struct wmb_export exports[MAX_EXPORTS];
static unsigned export_count;

static int fail(const char *what, const char *message)
{
    wmb_wasm_error(what, message);
    return WMB_EXIT_RUNTIME;
}

int wmb_runtime_init(void)
{
    static char error[128];
    RuntimeInitArgs args;
    memset(&args, 0, sizeof args);
    args.mem_alloc_type = Alloc_With_Pool;
    args.mem_alloc_option.pool.heap_buf = pool;
    args.mem_alloc_option.pool.heap_size = sizeof pool;
    if (!wasm_runtime_full_init(&args)) {
        return fail("wamr: initialising the runtime", "failed (pool too small?)");
    }
    if (!wmb_wamr_register_imports()) {
        return fail("wamr: registering imports", "failed");
    }
    /* Not const for WAMR's API; the AOT loader only reads a module in flash. */
    wasm_module_t module = wasm_runtime_load((uint8_t *)wmb_module, wmb_module_size, error, sizeof error);
    if (!module) {
        return fail("wamr: loading the module", error);
    }
    /* Heap 0: the modules bring their own memory layout (no malloc inside). */
    instance = wasm_runtime_instantiate(module, WASM_STACK_BYTES, 0, error, sizeof error);
    if (!instance) {
        return fail("wamr: instantiating the module", error);
    }
    exec_env = wasm_runtime_create_exec_env(instance, WASM_STACK_BYTES);
    if (!exec_env) {
        return fail("wamr: creating the execution environment", "out of pool memory");
    }
    return 0;
}

const struct wmb_export *wmb_runtime_find(const char *name)
{
    wasm_function_inst_t function = wasm_runtime_lookup_function(instance, name);
    if (!function) {
        return NULL;
    }
    if (export_count == MAX_EXPORTS) {
        board_exit(fail(name, "wamr glue: too many exports"));
    }
    struct wmb_export *e = &exports[export_count++];
    e->function = function;
    e->name = name;
    e->params = wasm_func_get_param_count(function, instance);
    e->results = wasm_func_get_result_count(function, instance);
    return e;
}

uint32_t wmb_runtime_call(const struct wmb_export *fn, uint32_t arg)
{
    uint32_t argv[1] = {arg};
    if (fn->params > 1u || fn->results > 1u) {
        board_exit(fail(fn->name, "wamr glue: more than one parameter or result"));
    }
    if (!wasm_runtime_call_wasm(exec_env, fn->function, fn->params, argv)) {
        const char *exception = wasm_runtime_get_exception(instance);
        if (wmb_wasm_take_stop() && exception && strstr(exception, wmb_wamr_stop)) {
            wasm_runtime_clear_exception(instance);
            return 0;
        }
        board_exit(fail(fn->name, exception));
    }
    return fn->results ? argv[0] : 0;
}

/* The pool is static RAM; this says how much of it the run needed, WAMR's
 * own bookkeeping at the start of the pool included. */
void wmb_runtime_memory_fields(void)
{
    mem_alloc_info_t info;
    if (wasm_runtime_get_mem_alloc_info(&info)) {
        wmb_line_uint("pool_size", sizeof pool);
        wmb_line_uint("pool_used", sizeof pool - info.total_size + info.highmark_size);
    }
}
