/* NUCLEO-F446RE user LED LD2 on PA5, driven through GPIOA's BSRR: one store
 * per set or clear. */
#ifndef BOARD_CONFIG_H
#define BOARD_CONFIG_H

#include <stdint.h>

#include "stm32.h"

#define BOARD_LED_PIN (1u << 5)

static inline void board_gpio_set(void)
{
    GPIO_BSRR(GPIOA_BASE) = BOARD_LED_PIN;
}

static inline void board_gpio_clear(void)
{
    GPIO_BSRR(GPIOA_BASE) = BOARD_LED_PIN << 16;
}

static inline void board_gpio_toggle(void)
{
    static uint32_t high;
    high ^= 1u;
    GPIO_BSRR(GPIOA_BASE) = high ? BOARD_LED_PIN : BOARD_LED_PIN << 16;
}

#endif
