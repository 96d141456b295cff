/* Arm's MPS2 FPGA images as QEMU models them (mps2-an500 stands in for the
 * F746ZG; mps2-an386 is a Cortex-M4): console on CMSDK UART0, counter from the
 * FPGAIO block (common/counter_fpgaio.c). No STM32 peripherals exist there, so
 * nothing of a Nucleo's board code runs (RCC/PWR addresses would hit other
 * devices). */
#include "cortexm.h"
#include "wmb_board.h"

#define SYSCLK_HZ 25000000u /* the MPS2 peripheral clock */

/* CMSDK APB UART (Arm DDI 0479) */
#define UART0_BASE 0x40004000u
#define UART_DATA REG32(UART0_BASE + 0x00u)
#define UART_STATE REG32(UART0_BASE + 0x04u)
#define UART_CTRL REG32(UART0_BASE + 0x08u)
#define UART_BAUDDIV REG32(UART0_BASE + 0x10u)
#define UART_STATE_TXFULL (1u << 0)
#define UART_CTRL_TXEN (1u << 0)

void board_init(void)
{
    UART_BAUDDIV = SYSCLK_HZ / 115200u;
    UART_CTRL = UART_CTRL_TXEN;
    counter_start();
}

void board_putc(char c)
{
    while (UART_STATE & UART_STATE_TXFULL) {
    }
    UART_DATA = (uint8_t)c;
}
