/* The toggle benchmark's export table (common/wmb_exports.h). */
#include "wmb_exports.h"
#include "toggle.h"

static uint32_t call_toggle_inline(uint32_t toggles)
{
    toggle_inline(toggles);
    return 0;
}

static uint32_t call_toggle_call(uint32_t toggles)
{
    toggle_call(toggles);
    return 0;
}

const struct wmb_export wmb_exports[] = {
    {"toggle_inline", call_toggle_inline},
    {"toggle_call", call_toggle_call},
    {0, 0},
};
