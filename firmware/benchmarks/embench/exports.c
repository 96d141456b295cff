/* Every Embench member's export table (common/wmb_exports.h). */
#include "embench.h"
#include "wmb_exports.h"

static uint32_t call_init(uint32_t arg)
{
    (void)arg;
    return embench_init();
}

static uint32_t call_run(uint32_t passes)
{
    embench_run(passes);
    return 0;
}

static uint32_t call_verify(uint32_t arg)
{
    (void)arg;
    return embench_verify();
}

const struct wmb_export wmb_exports[] = {
    {"embench_init", call_init},
    {"embench_run", call_run},
    {"embench_verify", call_verify},
    {0, 0},
};
