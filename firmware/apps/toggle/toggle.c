#include "toggle.h"
#include "wmb_board.h"

void toggle_inline(uint32_t toggles)
{
    /* BOARD_GPIO_BSRR is volatile: every store stays, in order. */
    for (uint32_t pairs = toggles / 2u; pairs != 0; pairs--) {
        BOARD_GPIO_BSRR = BOARD_GPIO_PIN;
        BOARD_GPIO_BSRR = BOARD_GPIO_PIN << 16;
    }
    if (toggles & 1u) {
        BOARD_GPIO_BSRR = BOARD_GPIO_PIN;
    }
}

void toggle_call(uint32_t toggles)
{
    while (toggles--) {
        gpio_toggle();
    }
}
