/* NUCLEO-F446RE user LED LD2 on PA5. */
#ifndef BOARD_CONFIG_H
#define BOARD_CONFIG_H

#include "stm32.h"

#define BOARD_GPIO_BSRR GPIO_BSRR(GPIOA_BASE)
#define BOARD_GPIO_PIN (1u << 5)

#endif
