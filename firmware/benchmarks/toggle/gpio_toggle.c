#include "toggle.h"
#include "wmb_board.h"

__attribute__((noinline)) void gpio_toggle(void)
{
    board_gpio_toggle();
}
