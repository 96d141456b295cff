/* What the stack, runtimes and apps need from a board (real or stand-in).
 * Each board also provides board_config.h with the LED pin:
 *   BOARD_GPIO_BSRR  lvalue of the pin's GPIO BSRR register
 *   BOARD_GPIO_PIN   the pin's bit mask (set = mask, reset = mask << 16) */
#ifndef WMB_BOARD_H
#define WMB_BOARD_H

#include <stdint.h>
#include "board_config.h"
#include "wmb_config.h"

/* Clocks, console UART, GPIO pin and counter. */
void board_init(void);
void board_putc(char c);
/* Emulated: ends QEMU with this exit status. Hardware: waits for reset. */
void board_exit(int status) __attribute__((noreturn));

/* Free-running 32-bit counter started by board_init(). One raw tick is
 * counter_scale units of counter_unit ("cycles" or "instructions"); the scale
 * is also the resolution. */
void counter_start(void);
uint32_t counter_read(void);
extern const char counter_unit[];
extern const uint32_t counter_scale;

#endif
