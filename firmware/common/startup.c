/* Reset handler and vector table shared by all Cortex-M boards. No interrupts
 * are used, so the table holds only the core exceptions; every fault ends the
 * run with an error line instead of hanging. */
#include <string.h>

#include "cortexm.h"
#include "wmb_board.h"
#include "wmb_report.h"

extern uint32_t __wmb_stack_top[];
extern uint32_t __wmb_data_start[], __wmb_data_end[], __wmb_data_load[];
extern uint32_t __wmb_bss_start[], __wmb_bss_end[];

int main(void);
void Reset_Handler(void) __attribute__((noreturn));
void Fault_Handler(void) __attribute__((noreturn));

void Reset_Handler(void)
{
    /* Full access to CP10/CP11 before any floating-point instruction runs. */
    SCB_CPACR |= 0xFu << 20;
    cortexm_barrier();

    memcpy(__wmb_data_start, __wmb_data_load,
           (size_t)((char *)__wmb_data_end - (char *)__wmb_data_start));
    memset(__wmb_bss_start, 0, (size_t)((char *)__wmb_bss_end - (char *)__wmb_bss_start));

    board_exit(main());
}

void Fault_Handler(void)
{
    wmb_report_error("fault");
    board_exit(3);
}

__attribute__((section(".vectors"), used)) static void (*const vectors[16])(void) = {
    (void (*)(void))__wmb_stack_top,
    Reset_Handler,
    Fault_Handler, /* NMI */
    Fault_Handler, /* HardFault */
    Fault_Handler, /* MemManage */
    Fault_Handler, /* BusFault */
    Fault_Handler, /* UsageFault */
    0, 0, 0, 0,
    Fault_Handler, /* SVCall */
    Fault_Handler, /* DebugMonitor */
    0,
    Fault_Handler, /* PendSV */
    Fault_Handler, /* SysTick */
};
