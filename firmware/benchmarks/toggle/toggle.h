/* GPIO toggle benchmark: each pin write (the board's set or clear) is one toggle. */
#ifndef TOGGLE_H
#define TOGGLE_H

#include <stdint.h>

/* Flips the LED pin (board_gpio_toggle). Never inlined: it is the per-toggle
 * call that runtimes also offer to Wasm modules as env.gpio_toggle. */
void gpio_toggle(void);

/* `toggles` pin writes in a tight loop. */
void toggle_inline(uint32_t toggles);
/* `toggles` calls of gpio_toggle(). */
void toggle_call(uint32_t toggles);

#endif
