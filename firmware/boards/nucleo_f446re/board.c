/* NUCLEO-F446RE: 180 MHz from the HSI PLL, console on USART2 (PA2/PA3, AF7,
 * the ST-LINK virtual COM port) at 115200 baud, LD2 on PA5. The emulated
 * build runs the same code except the clock setup. */
#include "stm32.h"
#include "wmb_board.h"

#define APB1_HZ (WMB_CORE_HZ / 4u)
#define BAUD 115200u

/* STM32F4 USART (RM0390 25.6) */
#define USART2_BASE 0x40004400u
#define USART_SR REG32(USART2_BASE + 0x00u)
#define USART_DR REG32(USART2_BASE + 0x04u)
#define USART_BRR REG32(USART2_BASE + 0x08u)
#define USART_CR1 REG32(USART2_BASE + 0x0Cu)
#define USART_SR_TXE (1u << 7)
#define USART_CR1_TE (1u << 3)
#define USART_CR1_UE (1u << 13)
#define RCC_APB1ENR_USART2EN (1u << 17)

#define FLASH_ACR_5WS_CACHES (5u | (1u << 8) | (1u << 9) | (1u << 10))

#if !WMB_EMULATED
/* 16 MHz / 8 * 180 / 2 = 180 MHz; APB1 45 MHz, APB2 90 MHz (their maxima). */
static const struct stm32_clock clock = {
    .pllm = 8,
    .plln = 180,
    .pllp = 2,
    .pllq = 8,
    .cfgr_prescalers = RCC_CFGR_PPRE1_DIV4 | RCC_CFGR_PPRE2_DIV2,
    .flash_acr = FLASH_ACR_5WS_CACHES,
};
#endif

void board_init(void)
{
#if !WMB_EMULATED
    stm32_clock_init(&clock);
#endif
    RCC_AHB1ENR |= RCC_AHB1ENR_GPIO(GPIOA_BASE);
    RCC_APB1ENR |= RCC_APB1ENR_USART2EN;
    (void)RCC_APB1ENR; /* the peripheral clock needs a moment after enabling */

    stm32_gpio_af(GPIOA_BASE, 2, 7);
    stm32_gpio_af(GPIOA_BASE, 3, 7);
    stm32_gpio_mode(GPIOA_BASE, 5, GPIO_MODE_OUTPUT);

    USART_BRR = (APB1_HZ + BAUD / 2u) / BAUD; /* 16x oversampling, 12.4 fixed point */
    USART_CR1 = USART_CR1_UE | USART_CR1_TE;

    counter_start();
}

void board_putc(char c)
{
    while (!(USART_SR & USART_SR_TXE)) {
    }
    USART_DR = (uint8_t)c;
}
