#include "toggle.h"
#include "wmb_board.h"

void toggle_inline(uint32_t toggles)
{
    /* The board's set and clear are volatile stores: every one stays, in order. */
    for (uint32_t pairs = toggles / 2u; pairs != 0; pairs--) {
        board_gpio_set();
        board_gpio_clear();
    }
    if (toggles & 1u) {
        board_gpio_set();
    }
}

void toggle_call(uint32_t toggles)
{
    while (toggles--) {
        gpio_toggle();
    }
}
