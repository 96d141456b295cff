/* The host has no LED: the toggle benchmark is not built for it. */
#ifndef BOARD_CONFIG_H
#define BOARD_CONFIG_H
#endif
