/* FreeRTOS configuration of the benchmark firmware: one benchmark task, a
 * 1 kHz tick, nothing else (no timers, queues or idle work). The same file
 * serves the Cortex-M4F and Cortex-M7 ports. */
#ifndef FREERTOS_CONFIG_H
#define FREERTOS_CONFIG_H

#include "wmb_config.h"

/* Words of the benchmark task's stack; a build may override it with
 * -DWMB_TASK_STACK_WORDS=<n> (a config's build.defines). The default is sized
 * for the largest runtime. */
#ifndef WMB_TASK_STACK_WORDS
#define WMB_TASK_STACK_WORDS 4096
#endif
/* heap_4's pool, a static array (.bss). Nothing in the kernel allocates from
 * it here (every task is static); it is what pvPortMalloc offers a runtime. */
#ifndef WMB_RTOS_HEAP_BYTES
#define WMB_RTOS_HEAP_BYTES 4096
#endif

/* SysTick runs from the core clock. On the emulated boards it runs from
 * QEMU's virtual clock instead: the tick rate differs, the kernel does not. */
#define configCPU_CLOCK_HZ WMB_CORE_HZ
#define configTICK_RATE_HZ 1000
#define configTICK_TYPE_WIDTH_IN_BITS TICK_TYPE_WIDTH_32_BITS

#define configUSE_PREEMPTION 1
#define configUSE_PORT_OPTIMISED_TASK_SELECTION 1
#define configUSE_TICKLESS_IDLE 0
#define configMAX_PRIORITIES 4
#define configMINIMAL_STACK_SIZE 128
#define configMAX_TASK_NAME_LEN 8
#define configIDLE_SHOULD_YIELD 1
#define configUSE_TASK_NOTIFICATIONS 1
#define configTASK_NOTIFICATION_ARRAY_ENTRIES 1
#define configQUEUE_REGISTRY_SIZE 0
#define configUSE_MUTEXES 0
#define configUSE_RECURSIVE_MUTEXES 0
#define configUSE_COUNTING_SEMAPHORES 0
#define configUSE_TIMERS 0
#define configUSE_EVENT_GROUPS 0
#define configUSE_STREAM_BUFFERS 0
#define configUSE_CO_ROUTINES 0
#define configUSE_NEWLIB_REENTRANT 0
#define configENABLE_BACKWARD_COMPATIBILITY 0

/* Tasks (the benchmark's and the idle task) are static, so their stacks are
 * not in the heap; heap_4 is there for runtimes that call pvPortMalloc. */
#define configSUPPORT_STATIC_ALLOCATION 1
#define configKERNEL_PROVIDED_STATIC_MEMORY 1
#define configSUPPORT_DYNAMIC_ALLOCATION 1
#define configTOTAL_HEAP_SIZE WMB_RTOS_HEAP_BYTES
#define configAPPLICATION_ALLOCATED_HEAP 0

/* Faults end the run with an error line (stacks/freertos/main.c). Method 2
 * checks the stack's last 16 bytes for the fill pattern at every switch. */
#define configCHECK_FOR_STACK_OVERFLOW 2
#define configUSE_MALLOC_FAILED_HOOK 1
#define configUSE_IDLE_HOOK 0
#define configUSE_TICK_HOOK 0
void wmb_rtos_assert_failed(const char *file, int line);
#define configASSERT(x)                                                                            \
    do {                                                                                           \
        if (!(x)) {                                                                                \
            wmb_rtos_assert_failed(__FILE_NAME__, __LINE__);                                       \
        }                                                                                          \
    } while (0)

/* Both STM32s implement 4 priority bits. The kernel's own interrupts run at
 * the lowest priority; none above configMAX_SYSCALL_INTERRUPT_PRIORITY exist. */
#define configPRIO_BITS 4
#define configKERNEL_INTERRUPT_PRIORITY (15 << (8 - configPRIO_BITS))
#define configMAX_SYSCALL_INTERRUPT_PRIORITY (5 << (8 - configPRIO_BITS))

#define INCLUDE_uxTaskGetStackHighWaterMark 1
#define INCLUDE_vTaskDelete 0
#define INCLUDE_vTaskSuspend 0
#define INCLUDE_vTaskDelay 0
#define INCLUDE_xTaskDelayUntil 0
#define INCLUDE_vTaskPrioritySet 0
#define INCLUDE_uxTaskPriorityGet 0
#define INCLUDE_xTaskGetSchedulerState 0
#define INCLUDE_xTaskGetCurrentTaskHandle 1

/* The port's handlers take the CMSIS names that common/startup.c puts in the
 * vector table (configCHECK_HANDLER_INSTALLATION verifies it at start). */
#define vPortSVCHandler SVC_Handler
#define xPortPendSVHandler PendSV_Handler
#define xPortSysTickHandler SysTick_Handler

#endif
