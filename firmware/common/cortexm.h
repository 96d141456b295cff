/* Armv7-M system registers used here (addresses from the Armv7-M ARM). */
#ifndef CORTEXM_H
#define CORTEXM_H

#include <stdint.h>

#define REG32(addr) (*(volatile uint32_t *)(addr))

#define SCB_CPACR REG32(0xE000ED88u)
#define SCB_CCR REG32(0xE000ED14u)
#define SCB_CCSIDR REG32(0xE000ED80u)
#define SCB_CSSELR REG32(0xE000ED84u)
#define SCB_ICIALLU REG32(0xE000EF50u)
#define SCB_DCISW REG32(0xE000EF60u)
#define SCB_CFSR REG32(0xE000ED28u)
#define SCB_HFSR REG32(0xE000ED2Cu)
#define SCB_MMFAR REG32(0xE000ED34u)
#define SCB_BFAR REG32(0xE000ED38u)
#define SCB_CFSR_MSTKERR (1u << 4)
#define SCB_CFSR_MMARVALID (1u << 7)
#define SCB_CFSR_STKERR (1u << 12)
#define SCB_CCR_DC (1u << 16)
#define SCB_CCR_IC (1u << 17)

/* Armv7-M PMSAv7 MPU */
#define MPU_CTRL REG32(0xE000ED94u)
#define MPU_RNR REG32(0xE000ED98u)
#define MPU_RBAR REG32(0xE000ED9Cu)
#define MPU_RASR REG32(0xE000EDA0u)
#define MPU_CTRL_ENABLE (1u << 0)
#define MPU_CTRL_PRIVDEFENA (1u << 2)
#define MPU_RASR_ENABLE (1u << 0)
#define MPU_RASR_SIZE_32 (4u << 1) /* 2^(SIZE+1) bytes */
#define MPU_RASR_XN (1u << 28)     /* AP (bits 26:24) = 0: no access at all */

#define DEMCR REG32(0xE000EDFCu)
#define DEMCR_TRCENA (1u << 24)
#define DWT_CTRL REG32(0xE0001000u)
#define DWT_CYCCNT REG32(0xE0001004u)
#define DWT_LAR REG32(0xE0001FB0u)
#define DWT_CTRL_CYCCNTENA (1u << 0)

static inline void cortexm_barrier(void)
{
    __asm__ volatile("dsb 0xF\n\tisb 0xF" ::: "memory");
}

#endif
