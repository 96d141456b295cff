/* What the stack, runtimes and benchmarks need from a board (real or stand-in).
 * A board with an LED pin also provides, in its board_config.h, as static
 * inline functions so that a benchmark's loop compiles to the board's own
 * register writes (a call would be measured too):
 *   board_gpio_set(), board_gpio_clear()  drive the pin high, low
 *   board_gpio_toggle()                   flip it */
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
