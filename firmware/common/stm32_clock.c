/* Clock tree bring-up shared by the STM32F446 and STM32F746 (hardware only:
 * QEMU has no RCC model, its ready bits never rise). */
#include "stm32.h"

#define RCC_CR_HSION (1u << 0)
#define RCC_CR_HSIRDY (1u << 1)
#define RCC_CR_PLLON (1u << 24)
#define RCC_CR_PLLRDY (1u << 25)
#define RCC_PLLCFGR_FIELDS 0x0F437FFFu /* PLLQ, PLLSRC, PLLP, PLLN, PLLM */
#define RCC_CFGR_SW_PLL 2u
#define RCC_CFGR_SWS_PLL (2u << 2)
#define RCC_CFGR_SWS_MASK (3u << 2)

#define PWR_CR REG32(0x40007000u)
#define PWR_CSR REG32(0x40007004u)
#define PWR_CR_VOS_SCALE1 (3u << 14)
#define PWR_CR_ODEN (1u << 16)
#define PWR_CR_ODSWEN (1u << 17)
#define PWR_CSR_ODRDY (1u << 16)
#define PWR_CSR_ODSWRDY (1u << 17)

#define FLASH_ACR REG32(0x40023C00u)

static void wait_set(volatile uint32_t *reg, uint32_t mask, uint32_t value)
{
    while ((*reg & mask) != value) {
    }
}

void stm32_clock_init(const struct stm32_clock *c)
{
    RCC_CR |= RCC_CR_HSION;
    wait_set(&RCC_CR, RCC_CR_HSIRDY, RCC_CR_HSIRDY);

    /* VOS may only change while the PLL is off. */
    RCC_APB1ENR |= RCC_APB1ENR_PWREN;
    (void)RCC_APB1ENR;
    PWR_CR |= PWR_CR_VOS_SCALE1;

    RCC_PLLCFGR = (RCC_PLLCFGR & ~RCC_PLLCFGR_FIELDS) | c->pllm | (c->plln << 6) |
                  ((c->pllp / 2u - 1u) << 16) | (c->pllq << 24); /* PLLSRC = HSI */
    RCC_CR |= RCC_CR_PLLON;
    wait_set(&RCC_CR, RCC_CR_PLLRDY, RCC_CR_PLLRDY);

    /* 180 MHz (F446) and 216 MHz (F746) need over-drive. */
    PWR_CR |= PWR_CR_ODEN;
    wait_set(&PWR_CSR, PWR_CSR_ODRDY, PWR_CSR_ODRDY);
    PWR_CR |= PWR_CR_ODSWEN;
    wait_set(&PWR_CSR, PWR_CSR_ODSWRDY, PWR_CSR_ODSWRDY);

    /* More wait states before the clock goes up; read back as the RM asks. */
    FLASH_ACR = c->flash_acr;
    wait_set(&FLASH_ACR, 0xFu, c->flash_acr & 0xFu);

    RCC_CFGR = (RCC_CFGR & ~0xFFF3u) | c->cfgr_prescalers | RCC_CFGR_SW_PLL;
    wait_set(&RCC_CFGR, RCC_CFGR_SWS_MASK, RCC_CFGR_SWS_PLL);
}
