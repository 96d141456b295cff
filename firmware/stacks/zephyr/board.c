/* The board under Zephyr: Zephyr's drivers bring up clocks, pins and the
 * console UART; the result lines go out through that UART (zephyr,console),
 * which on the QEMU stand-ins is the serial port routed to stdout. */
#include <zephyr/device.h>
#include <zephyr/drivers/gpio.h>
#include <zephyr/drivers/uart.h>

#include "wmb_board.h"

static const struct device *const console = DEVICE_DT_GET(DT_CHOSEN(zephyr_console));

void board_init(void)
{
#if DT_NODE_EXISTS(DT_ALIAS(led0))
    /* A benchmark may drive the LED pin through the board's registers
     * (board_config.h); Zephyr makes it an output, as board.c does bare-metal. */
    static const struct gpio_dt_spec led = GPIO_DT_SPEC_GET(DT_ALIAS(led0), gpios);
    gpio_pin_configure_dt(&led, GPIO_OUTPUT_INACTIVE);
#endif
    counter_start();
}

void board_putc(char c)
{
    uart_poll_out(console, (unsigned char)c);
}
