#include "toggle.h"
#include "wmb_board.h"

static uint32_t pin_high;

__attribute__((noinline)) void gpio_toggle(void)
{
    pin_high ^= 1u;
    BOARD_GPIO_BSRR = pin_high ? BOARD_GPIO_PIN : BOARD_GPIO_PIN << 16;
}
