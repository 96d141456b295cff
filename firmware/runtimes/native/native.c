/* Native runtime glue: nothing to load, calls go straight to the benchmark's
 * export table. */
#include <string.h>

#include "wmb_exports.h"
#include "wmb_runtime.h"

int wmb_runtime_init(void)
{
    return 0;
}

const struct wmb_export *wmb_runtime_find(const char *name)
{
    for (const struct wmb_export *e = wmb_exports; e->name; e++) {
        if (strcmp(e->name, name) == 0) {
            return e;
        }
    }
    return 0;
}

uint32_t wmb_runtime_call(const struct wmb_export *fn, uint32_t arg)
{
    return fn->fn(arg);
}

void wmb_runtime_memory_fields(void)
{
}
