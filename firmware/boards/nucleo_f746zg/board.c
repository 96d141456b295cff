/* NUCLEO-F746ZG: 216 MHz from the HSI PLL with over-drive, L1 caches on,
 * console on USART3 (PD8/PD9, AF7, the ST-LINK virtual COM port) at 115200
 * baud, LD1 on PB0. */
#include "stm32.h"
#include "wmb_board.h"

#define APB1_HZ (WMB_CORE_HZ / 4u)
#define BAUD 115200u

/* STM32F7 USART (RM0385 31.8) */
#define USART3_BASE 0x40004800u
#define USART_CR1 REG32(USART3_BASE + 0x00u)
#define USART_BRR REG32(USART3_BASE + 0x0Cu)
#define USART_ISR REG32(USART3_BASE + 0x1Cu)
#define USART_TDR REG32(USART3_BASE + 0x28u)
#define USART_CR1_UE (1u << 0)
#define USART_CR1_TE (1u << 3)
#define USART_ISR_TXE (1u << 7)
#define RCC_APB1ENR_USART3EN (1u << 18)

#define FLASH_ACR_7WS_ART (7u | (1u << 8) | (1u << 9))

/* 16 MHz / 8 * 216 / 2 = 216 MHz; APB1 54 MHz, APB2 108 MHz (their maxima). */
static const struct stm32_clock clock = {
    .pllm = 8,
    .plln = 216,
    .pllp = 2,
    .pllq = 9,
    .cfgr_prescalers = RCC_CFGR_PPRE1_DIV4 | RCC_CFGR_PPRE2_DIV2,
    .flash_acr = FLASH_ACR_7WS_ART,
};

/* Code runs from flash over AXIM (0x08000000), which the ART accelerator does
 * not serve: without the M7's L1 caches every fetch pays the 7 wait states. */
static void caches_enable(void)
{
    cortexm_barrier();
    SCB_ICIALLU = 0;
    cortexm_barrier();
    SCB_CCR |= SCB_CCR_IC;

    cortexm_dcache_by_set_way(&SCB_DCISW);
    SCB_CCR |= SCB_CCR_DC;
    cortexm_barrier();
}

void board_init(void)
{
    stm32_clock_init(&clock);
    caches_enable();

    RCC_AHB1ENR |= RCC_AHB1ENR_GPIO(GPIOB_BASE) | RCC_AHB1ENR_GPIO(GPIOD_BASE);
    RCC_APB1ENR |= RCC_APB1ENR_USART3EN;
    (void)RCC_APB1ENR; /* the peripheral clock needs a moment after enabling */

    stm32_gpio_af(GPIOD_BASE, 8, 7);
    stm32_gpio_af(GPIOD_BASE, 9, 7);
    stm32_gpio_mode(GPIOB_BASE, 0, GPIO_MODE_OUTPUT);

    USART_BRR = (APB1_HZ + BAUD / 2u) / BAUD; /* 16x oversampling */
    USART_CR1 = USART_CR1_UE | USART_CR1_TE;

    counter_start();
}

void board_putc(char c)
{
    while (!(USART_ISR & USART_ISR_TXE)) {
    }
    USART_TDR = (uint8_t)c;
}
