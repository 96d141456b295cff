/* NUCLEO-F746ZG user LED LD1 on PB0, driven through GPIOB's BSRR: one store
 * per set or clear. The mps2-an500 stand-in keeps this address: there it falls
 * on an unused PL022 register, so writes are harmless. */
#ifndef BOARD_CONFIG_H
#define BOARD_CONFIG_H

#include <stdint.h>

#include "stm32.h"

#define BOARD_LED_PIN (1u << 0)

static inline void board_gpio_set(void)
{
    GPIO_BSRR(GPIOB_BASE) = BOARD_LED_PIN;
}

static inline void board_gpio_clear(void)
{
    GPIO_BSRR(GPIOB_BASE) = BOARD_LED_PIN << 16;
}

static inline void board_gpio_toggle(void)
{
    static uint32_t high;
    high ^= 1u;
    GPIO_BSRR(GPIOB_BASE) = high ? BOARD_LED_PIN : BOARD_LED_PIN << 16;
}

#endif
