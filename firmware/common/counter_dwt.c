/* Hardware counter: the DWT cycle counter, at the core clock. */
#include "cortexm.h"
#include "wmb_board.h"

const char counter_unit[] = "cycles";
const uint32_t counter_scale = 1;

void counter_start(void)
{
    DEMCR |= DEMCR_TRCENA;
    /* The Cortex-M7's DWT is locked after reset; the M4 ignores this write. */
    DWT_LAR = 0xC5ACCE55u;
    DWT_CYCCNT = 0;
    DWT_CTRL |= DWT_CTRL_CYCCNTENA;
}

uint32_t counter_read(void)
{
    return DWT_CYCCNT;
}
