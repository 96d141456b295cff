/* FreeRTOS stack: the benchmark runs in one static task with an explicit stack
 * (WMB_TASK_STACK_WORDS) under the running scheduler, so every count includes
 * the tick interrupt and the kernel as an application would have them. */
#include "FreeRTOS.h"
#include "task.h"

#include "cortexm.h"
#include "wmb_board.h"
#include "wmb_memory.h"
#include "wmb_report.h"
#include "wmb_runtime.h"

#define EXIT_STACK_OVERFLOW 4
#define EXIT_OUT_OF_MEMORY 5
#define EXIT_ASSERT 6

/* The 32 bytes below the task stack are an MPU no-access region: the first
 * push past the stack faults right there (wmb_fault_hook) instead of
 * corrupting whatever lies below, which often faults somewhere else before
 * the kernel's check at the next task switch (method 2) could see it. The MPU
 * costs no instructions; both QEMU stand-ins model it. */
static struct {
    uint32_t guard[8];
    StackType_t words[WMB_TASK_STACK_WORDS];
} task_stack __attribute__((aligned(32)));
static StaticTask_t task_tcb;
#define BENCH_TASK_NAME "bench"

static void stack_guard_enable(void)
{
    MPU_RNR = 0;
    MPU_RBAR = (uint32_t)(uintptr_t)task_stack.guard;
    MPU_RASR = MPU_RASR_XN | MPU_RASR_SIZE_32 | MPU_RASR_ENABLE;
    MPU_CTRL = MPU_CTRL_PRIVDEFENA | MPU_CTRL_ENABLE; /* elsewhere the default map */
    cortexm_barrier();
}

void wmb_fault_hook(uint32_t cfsr, uint32_t mmfar)
{
    uintptr_t offset = (uintptr_t)mmfar - (uintptr_t)task_stack.guard;
    if ((cfsr & SCB_CFSR_MSTKERR) ||
        ((cfsr & SCB_CFSR_MMARVALID) && offset < sizeof task_stack.guard)) {
        /* The guard is the benchmark task's: its control block may be what the overflow ran over. */
        vApplicationStackOverflowHook((TaskHandle_t)&task_tcb, BENCH_TASK_NAME);
    }
}

/* heap_4's pool as linked (rtos_heap.ld): configTOTAL_HEAP_SIZE bytes, or none. */
extern char __wmb_rtos_heap_start[], __wmb_rtos_heap_end[];

/* What the FreeRTOS heap ever held: nothing if no one allocated (heap_4 only
 * initialises its pool on the first allocation). */
static size_t rtos_heap_used(void)
{
    HeapStats_t stats;
    vPortGetHeapStats(&stats);
    return stats.xNumberOfSuccessfulAllocations == 0
               ? 0
               : configTOTAL_HEAP_SIZE - xPortGetMinimumEverFreeHeapSize();
}

static void report_memory(void)
{
    wmb_line_begin("memory");
    wmb_memory_fields(); /* the main stack (MSP: startup and interrupts) and _sbrk */
    wmb_line_uint("task_stack_bytes", sizeof task_stack.words - uxTaskGetStackHighWaterMark(NULL) *
                                                                 sizeof(StackType_t));
    wmb_line_uint("task_stack_size", sizeof task_stack.words);
    wmb_line_uint("heap_used", rtos_heap_used());
    wmb_line_uint("heap_size", (size_t)(__wmb_rtos_heap_end - __wmb_rtos_heap_start));
    /* heap_4's pool and the task stack are static arrays: also in static RAM. */
    wmb_line_bool("static_heap", 1);
    wmb_line_end();
}

static void benchmark_task(void *arg)
{
    (void)arg;
    int status = wmb_benchmark();
    /* A switch checks the stack for overflow (method 2): make sure one happens
     * before the results are trusted, even if no tick asked for one. */
    taskYIELD();
    if (status == 0) {
        report_memory();
        wmb_report_done(0);
    }
    board_exit(status);
}

int main(void)
{
    wmb_stack_paint();
    board_init();
    wmb_report_hello();

    stack_guard_enable();
    xTaskCreateStatic(benchmark_task, BENCH_TASK_NAME, WMB_TASK_STACK_WORDS, NULL, tskIDLE_PRIORITY + 1,
                      task_stack.words, &task_tcb);
    vTaskStartScheduler();
    wmb_report_error("FreeRTOS scheduler did not start");
    return EXIT_ASSERT;
}

void vApplicationStackOverflowHook(TaskHandle_t task, char *name)
{
    char message[48] = "";
    wmb_msg_str(message, sizeof message, "stack overflow in task ");
    /* The overflow may have run over the task's control block, name included: ours is known. */
    wmb_msg_str(message, sizeof message, task == (TaskHandle_t)&task_tcb ? BENCH_TASK_NAME : name);
    wmb_report_error(message);
    board_exit(EXIT_STACK_OVERFLOW);
}

void vApplicationMallocFailedHook(void)
{
    wmb_report_error("FreeRTOS heap exhausted (pvPortMalloc failed)");
    board_exit(EXIT_OUT_OF_MEMORY);
}

void wmb_rtos_assert_failed(const char *file, int line)
{
    char message[64] = "";
    wmb_msg_str(message, sizeof message, "FreeRTOS assertion failed at ");
    wmb_msg_str(message, sizeof message, file);
    wmb_msg_str(message, sizeof message, ":");
    wmb_msg_uint(message, sizeof message, (uint32_t)line);
    wmb_report_error(message);
    board_exit(EXIT_ASSERT);
}

/* The benchmark runs on the task's stack, not the main one. */
void *wmb_thread_stack_bottom(void)
{
    return task_stack.words;
}
