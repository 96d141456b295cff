/* Zephyr stack: the benchmark runs in one thread with an explicit stack
 * (WMB_STACK_SIZE bytes) under the running kernel, so every count includes the
 * kernel as an application would have it (tickless: no timer interrupt while
 * the only ready thread computes). */
#include <zephyr/fatal.h>
#include <zephyr/kernel.h>
#include <zephyr/sys/iterable_sections.h>
#include <zephyr/sys/sys_heap.h>

#include "wmb_board.h"
#include "wmb_report.h"
#include "wmb_runtime.h"

#define EXIT_FAULT 3
#define EXIT_STACK_OVERFLOW 4
#define EXIT_KERNEL 6

/* Preemptible, above main (which only waits for it). */
#define BENCH_PRIORITY 1

K_THREAD_STACK_DEFINE(bench_stack, WMB_STACK_SIZE);
static struct k_thread bench_thread;

/* The interrupt stack (MSP: boot, then exceptions), painted with 0xaa by the
 * reset code under CONFIG_INIT_STACKS; Zephyr's thread analyzer reads it the
 * same way. */
K_KERNEL_STACK_ARRAY_DECLARE(z_interrupt_stacks, CONFIG_MP_MAX_NUM_CPUS, CONFIG_ISR_STACK_SIZE);

static size_t isr_stack_used(void)
{
    const uint8_t *p = (const uint8_t *)K_KERNEL_STACK_BUFFER(z_interrupt_stacks[0]);
    size_t size = K_KERNEL_STACK_SIZEOF(z_interrupt_stacks[0]);
    size_t unused = 0;
    while (unused < size && p[unused] == 0xaa) {
        unused++;
    }
    return size - unused;
}

/* The bench thread's stack size as Zephyr rounded it (guard, alignment). */
static size_t bench_stack_size(void)
{
    return bench_thread.stack_info.size;
}

/* The memory record counts the C library's heap of Zephyr's common libc
 * (malloc, calloc, realloc: what wasm3 allocates from). */
#ifndef CONFIG_COMMON_LIBC_MALLOC
#error "stacks/zephyr measures the heap of Zephyr's common libc malloc: keep CONFIG_COMMON_LIBC_MALLOC=y"
#endif

static bool is_kernel_heap(const struct sys_heap *heap)
{
    STRUCT_SECTION_FOREACH(k_heap, h) {
        if (&h->heap == heap) {
            return true;
        }
    }
    return false;
}

/* Every heap is a sys_heap. The kernel's (k_heap: k_malloc's system heap,
 * K_HEAP_DEFINE) are static arrays in the image, like FreeRTOS's heap_4 pool:
 * heap_used of heap_size. The other one is the libc malloc arena: its peak is
 * heap_bytes, as the _sbrk heap's is bare-metal. By default that arena is the
 * RAM left after the image (outside static RAM, like the bare-metal heap); a
 * CONFIG_COMMON_LIBC_MALLOC_ARENA_SIZE > 0 makes it a static array instead,
 * inside static RAM: heap_reserved says so. sys_heap_init() leaves init_mem
 * unset, so the address of the arena cannot tell the two kinds apart. */
static void report_heaps(void)
{
    struct sys_heap **heaps;
    int n = sys_heap_array_get(&heaps);
    size_t libc_peak = 0, kernel_peak = 0, kernel_size = 0;
    for (int i = 0; i < n; i++) {
        struct sys_memory_stats s;
        if (sys_heap_runtime_stats_get(heaps[i], &s) != 0) {
            continue;
        }
        if (is_kernel_heap(heaps[i])) {
            kernel_peak += s.max_allocated_bytes;
            kernel_size += heaps[i]->init_bytes;
        } else {
            libc_peak += s.max_allocated_bytes;
        }
    }
    wmb_line_uint("heap_bytes", libc_peak);
#if CONFIG_COMMON_LIBC_MALLOC_ARENA_SIZE > 0
    wmb_line_uint("heap_reserved", CONFIG_COMMON_LIBC_MALLOC_ARENA_SIZE);
#endif
    if (kernel_size > 0) {
        wmb_line_uint("heap_used", kernel_peak);
        wmb_line_uint("heap_size", kernel_size);
        wmb_line_bool("static_heap", 1);
    }
}

static void report_memory(void)
{
    size_t unused = 0;
    k_thread_stack_space_get(&bench_thread, &unused);

    wmb_line_begin("memory");
    wmb_line_uint("stack_bytes", isr_stack_used());
    wmb_line_uint("stack_size", K_KERNEL_STACK_SIZEOF(z_interrupt_stacks[0]));
    wmb_line_uint("task_stack_bytes", bench_stack_size() - unused);
    wmb_line_uint("task_stack_size", bench_stack_size());
    report_heaps();
    wmb_runtime_memory_fields();
    wmb_line_end();
}

/* A runtime checks its native stack against the running thread's (WAMR). */
void *wmb_thread_stack_bottom(void)
{
    return (void *)k_current_get()->stack_info.start;
}

static void bench(void *a, void *b, void *c)
{
    ARG_UNUSED(a);
    ARG_UNUSED(b);
    ARG_UNUSED(c);
    int status = wmb_benchmark();
    if (status == 0) {
        report_memory();
        wmb_report_done(0);
    }
    board_exit(status);
}

int main(void)
{
    board_init();
    wmb_report_hello();
    k_thread_create(&bench_thread, bench_stack, K_THREAD_STACK_SIZEOF(bench_stack), bench, NULL,
                    NULL, NULL, BENCH_PRIORITY, 0, K_NO_WAIT);
    k_thread_join(&bench_thread, K_FOREVER);
    wmb_report_error("benchmark thread ended without exiting");
    board_exit(EXIT_KERNEL);
}

static const char *fatal_reason(unsigned int reason)
{
    switch (reason) {
    case K_ERR_CPU_EXCEPTION:
        return "Zephyr fatal error: CPU exception";
    case K_ERR_SPURIOUS_IRQ:
        return "Zephyr fatal error: spurious interrupt";
    case K_ERR_STACK_CHK_FAIL:
        return "Zephyr fatal error: stack overflow";
    case K_ERR_KERNEL_OOPS:
        return "Zephyr fatal error: kernel oops";
    case K_ERR_KERNEL_PANIC:
        return "Zephyr fatal error: kernel panic";
    default:
        break;
    }
    if (reason >= K_ERR_ARM_MEM_GENERIC && reason < K_ERR_ARM_BUS_GENERIC) {
        return "Zephyr fatal error: MemManage fault";
    }
    if (reason >= K_ERR_ARM_BUS_GENERIC && reason < K_ERR_ARM_USAGE_GENERIC) {
        return "Zephyr fatal error: BusFault";
    }
    if (reason >= K_ERR_ARM_USAGE_GENERIC && reason < K_ERR_ARM_SECURE_GENERIC) {
        return reason == K_ERR_ARM_USAGE_STACK_OVERFLOW ? "Zephyr fatal error: stack overflow"
                                                        : "Zephyr fatal error: UsageFault";
    }
    return "Zephyr fatal error: CPU fault";
}

/* Replaces Zephyr's weak handler (which would halt and hang QEMU): report and
 * leave with a nonzero status. */
void k_sys_fatal_error_handler(unsigned int reason, const struct arch_esf *esf)
{
    ARG_UNUSED(esf);
    wmb_report_error(fatal_reason(reason));
    int overflow = reason == K_ERR_STACK_CHK_FAIL || reason == K_ERR_ARM_USAGE_STACK_OVERFLOW;
    board_exit(overflow ? EXIT_STACK_OVERFLOW : EXIT_FAULT);
}
