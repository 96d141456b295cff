/* STM32F4/F7 registers shared by both Nucleo boards (RM0390, RM0385): the two
 * families place RCC, PWR, FLASH and GPIO identically. */
#ifndef STM32_H
#define STM32_H

#include "cortexm.h"

#define RCC_BASE 0x40023800u
#define RCC_CR REG32(RCC_BASE + 0x00u)
#define RCC_PLLCFGR REG32(RCC_BASE + 0x04u)
#define RCC_CFGR REG32(RCC_BASE + 0x08u)
#define RCC_AHB1ENR REG32(RCC_BASE + 0x30u)
#define RCC_APB1ENR REG32(RCC_BASE + 0x40u)
#define RCC_APB1ENR_PWREN (1u << 28)

#define GPIOA_BASE 0x40020000u
#define GPIOB_BASE 0x40020400u
#define GPIOD_BASE 0x40020C00u
#define GPIO_MODER(base) REG32((base) + 0x00u)
#define GPIO_BSRR(base) REG32((base) + 0x18u)
#define GPIO_AFR(base, pin) REG32((base) + 0x20u + ((pin) / 8u) * 4u)
#define GPIO_MODE_OUTPUT 1u
#define GPIO_MODE_AF 2u
/* RCC_AHB1ENR bit for a GPIO port */
#define RCC_AHB1ENR_GPIO(base) (1u << (((base) - GPIOA_BASE) / 0x400u))

static inline void stm32_gpio_mode(uint32_t base, uint32_t pin, uint32_t mode)
{
    GPIO_MODER(base) = (GPIO_MODER(base) & ~(3u << (2u * pin))) | (mode << (2u * pin));
}

static inline void stm32_gpio_af(uint32_t base, uint32_t pin, uint32_t af)
{
    uint32_t shift = 4u * (pin % 8u);
    GPIO_AFR(base, pin) = (GPIO_AFR(base, pin) & ~(0xFu << shift)) | (af << shift);
    stm32_gpio_mode(base, pin, GPIO_MODE_AF);
}

/* PLL from the 16 MHz HSI: core = 16 MHz / m * n / p. */
struct stm32_clock {
    uint32_t pllm, plln, pllp, pllq;
    uint32_t cfgr_prescalers; /* HPRE/PPRE1/PPRE2 fields of RCC_CFGR */
    uint32_t flash_acr;       /* wait states and accelerator enables */
};

/* Voltage scale 1, PLL, over-drive, flash wait states, switch to the PLL. */
void stm32_clock_init(const struct stm32_clock *clock);

#define RCC_CFGR_PPRE1_DIV4 (5u << 10)
#define RCC_CFGR_PPRE2_DIV2 (4u << 13)

#endif
