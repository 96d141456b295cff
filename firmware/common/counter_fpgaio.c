/* QEMU MPS2 counter (mps2-an386, mps2-an500 stand-ins): the FPGAIO COUNTER
 * register counts at the 25 MHz peripheral clock. Under -icount shift=0
 * (1 instruction = 1 ns) a tick is 40 instructions, so counts are exact and
 * repeatable but only resolved to 40 instructions. */
#include "cortexm.h"
#include "wmb_board.h"

#define MPS2_SYSCLK_HZ 25000000u
#define FPGAIO_COUNTER REG32(0x40028018u)

const char counter_unit[] = "instructions";
const uint32_t counter_scale = 1000000000u / MPS2_SYSCLK_HZ;

void counter_start(void)
{
    /* Free-running from reset: nothing to start. */
}

uint32_t counter_read(void)
{
    return FPGAIO_COUNTER;
}
