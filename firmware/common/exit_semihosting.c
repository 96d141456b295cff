/* Emulated boards end QEMU through semihosting
 * (-semihosting-config enable=on,target=native), passing the exit status. */
#include "wmb_board.h"

#define SYS_EXIT 0x18u
#define SYS_EXIT_EXTENDED 0x20u
#define ADP_STOPPED_APPLICATION_EXIT 0x20026u

static void semihost(uint32_t op, uint32_t arg)
{
    register uint32_t r0 __asm__("r0") = op;
    register uint32_t r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
}

void board_exit(int status)
{
    if (status == 0) {
        semihost(SYS_EXIT, ADP_STOPPED_APPLICATION_EXIT);
    } else {
        /* On 32-bit Arm, plain SYS_EXIT can only report success or failure. */
        uint32_t block[2] = {ADP_STOPPED_APPLICATION_EXIT, (uint32_t)status};
        semihost(SYS_EXIT_EXTENDED, (uint32_t)(uintptr_t)block);
    }
    for (;;) {
    }
}
