/* Reset handler and vector table shared by all Cortex-M boards. No device
 * interrupts are used, so the table holds only the core exceptions; every
 * fault ends the run with an error line instead of hanging. SVCall, PendSV and
 * SysTick are faults too unless a stack (FreeRTOS) defines their handlers. */
#include <string.h>

#include "cortexm.h"
#include "wmb_board.h"
#include "wmb_report.h"

extern uint32_t __wmb_stack_top[];
extern uint32_t __wmb_data_start[], __wmb_data_end[], __wmb_data_load[];
extern uint32_t __wmb_bss_start[], __wmb_bss_end[];

int main(void);
void Reset_Handler(void) __attribute__((noreturn));
void Fault_Handler(void) __attribute__((naked));
void SVC_Handler(void) __attribute__((weak, alias("Fault_Handler")));
void PendSV_Handler(void) __attribute__((weak, alias("Fault_Handler")));
void SysTick_Handler(void) __attribute__((weak, alias("Fault_Handler")));
void wmb_fault_report(const uint32_t *frame, uint32_t ipsr) __attribute__((noreturn));

/* A stack may recognise a fault as its own (FreeRTOS: a task stack overflow
 * into its MPU guard) and end the run with its own error line. */
__attribute__((weak)) void wmb_fault_hook(uint32_t cfsr, uint32_t mmfar)
{
    (void)cfsr;
    (void)mmfar;
}

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

static const char *const exception_names[16] = {
    [2] = "NMI",         [3] = "HardFault", [4] = "MemManage", [5] = "BusFault",
    [6] = "UsageFault",  [11] = "SVCall",   [12] = "DebugMonitor", [14] = "PendSV",
    [15] = "SysTick",
};

static void msg_reg(char *msg, uint32_t n, const char *name, uint32_t value)
{
    wmb_msg_str(msg, n, name);
    wmb_msg_hex32(msg, n, value);
}

/* The message carries what a post-mortem needs: the fault status and address
 * registers and the PC and LR the exception stacked (when that frame lies in
 * RAM and was stacked without error). */
void wmb_fault_report(const uint32_t *frame, uint32_t ipsr)
{
    uint32_t cfsr = SCB_CFSR;
    wmb_fault_hook(cfsr, SCB_MMFAR);
    char msg[120] = "";
    const char *name = exception_names[ipsr & 0xFu];
    wmb_msg_str(msg, sizeof msg, name ? name : "exception");
    msg_reg(msg, sizeof msg, " CFSR=", cfsr);
    msg_reg(msg, sizeof msg, " HFSR=", SCB_HFSR);
    msg_reg(msg, sizeof msg, " MMFAR=", SCB_MMFAR);
    msg_reg(msg, sizeof msg, " BFAR=", SCB_BFAR);
    if (!(cfsr & (SCB_CFSR_MSTKERR | SCB_CFSR_STKERR)) && frame >= __wmb_data_start && frame + 8 <= __wmb_stack_top) {
        msg_reg(msg, sizeof msg, " PC=", frame[6]);
        msg_reg(msg, sizeof msg, " LR=", frame[5]);
    }
    wmb_report_error(msg);
    board_exit(3);
}

/* EXC_RETURN bit 2 tells which stack holds the exception frame. */
void Fault_Handler(void)
{
    __asm__ volatile("tst lr, #4\n\t"
                     "ite eq\n\t"
                     "mrseq r0, msp\n\t"
                     "mrsne r0, psp\n\t"
                     "mrs r1, ipsr\n\t"
                     "b wmb_fault_report\n\t");
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
    SVC_Handler,
    Fault_Handler, /* DebugMonitor */
    0,
    PendSV_Handler,
    SysTick_Handler,
};
