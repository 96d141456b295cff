/* QEMU 7.2 clocks the netduinoplus2's TIM2 at 1 GHz of virtual time. Under
 * -icount shift=0 one guest instruction is one nanosecond, so one TIM2 tick is
 * exactly one instruction (resolution 1). Later QEMU versions derive the timer
 * clock differently: pin QEMU 7.2 or re-check the scale. */
#include "stm32.h"
#include "wmb_board.h"

#define TIM2_BASE 0x40000000u
#define TIM2_CR1 REG32(TIM2_BASE + 0x00u)
#define TIM2_EGR REG32(TIM2_BASE + 0x14u)
#define TIM2_CNT REG32(TIM2_BASE + 0x24u)
#define TIM2_PSC REG32(TIM2_BASE + 0x28u)
#define TIM2_ARR REG32(TIM2_BASE + 0x2Cu)
#define RCC_APB1ENR_TIM2EN (1u << 0)

const char counter_unit[] = "instructions";
const uint32_t counter_scale = 1;

void counter_start(void)
{
    RCC_APB1ENR |= RCC_APB1ENR_TIM2EN;
    TIM2_PSC = 0;
    TIM2_ARR = 0xFFFFFFFFu;
    TIM2_EGR = 1u; /* load the prescaler */
    TIM2_CNT = 0;
    TIM2_CR1 = 1u;
}

uint32_t counter_read(void)
{
    return TIM2_CNT;
}
