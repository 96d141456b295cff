/* The host has no LED: no board_gpio_* functions, and no benchmark that needs
 * them is built for it (its benchmark.yml's not_on). */
#ifndef BOARD_CONFIG_H
#define BOARD_CONFIG_H
#endif
