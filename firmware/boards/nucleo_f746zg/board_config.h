/* NUCLEO-F746ZG user LED LD1 on PB0. The mps2-an500 stand-in keeps this
 * address: there it falls on an unused PL022 register, so writes are harmless. */
#ifndef BOARD_CONFIG_H
#define BOARD_CONFIG_H

#include "stm32.h"

#define BOARD_GPIO_BSRR GPIO_BSRR(GPIOB_BASE)
#define BOARD_GPIO_PIN (1u << 0)

#endif
