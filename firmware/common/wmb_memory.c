/* The stack is the top WMB_STACK_SIZE bytes of RAM, the heap grows from the
 * end of .bss up to the stack (symbols from the linker script). */
#include "wmb_memory.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#include "wmb_report.h"
#include "wmb_runtime.h"

#define STACK_PATTERN 0xDEADBEEFu

extern uint32_t __wmb_stack_bottom[], __wmb_stack_top[];
extern char __wmb_heap_start[];

static char *heap_end = __wmb_heap_start;
static size_t heap_high_water;

void wmb_stack_paint(void)
{
    uint32_t *sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    /* Volatile stores: a memset call would push onto the words it fills. */
    for (volatile uint32_t *p = __wmb_stack_bottom; p < sp; p++) {
        *p = STACK_PATTERN;
    }
}

static size_t stack_high_water(void)
{
    const uint32_t *p = __wmb_stack_bottom;
    while (p < __wmb_stack_top && *p == STACK_PATTERN) {
        p++;
    }
    return (size_t)((const char *)__wmb_stack_top - (const char *)p);
}

/* newlib's malloc gets its memory here; the heap may not reach the stack. */
void *_sbrk(ptrdiff_t increment)
{
    char *prev = heap_end;
    if (increment > (char *)__wmb_stack_bottom - heap_end ||
        increment < __wmb_heap_start - heap_end) {
        errno = ENOMEM;
        return (void *)-1;
    }
    heap_end += increment;
    if ((size_t)(heap_end - __wmb_heap_start) > heap_high_water) {
        heap_high_water = (size_t)(heap_end - __wmb_heap_start);
    }
    return prev;
}

void wmb_memory_fields(void)
{
    wmb_line_uint("stack_bytes", stack_high_water());
    wmb_line_uint("stack_size",
                  (size_t)((char *)__wmb_stack_top - (char *)__wmb_stack_bottom));
    wmb_line_uint("heap_bytes", heap_high_water);
    wmb_runtime_memory_fields();
}

void wmb_report_memory(void)
{
    wmb_line_begin("memory");
    wmb_memory_fields();
    wmb_line_end();
}

__attribute__((weak)) void *wmb_thread_stack_bottom(void)
{
    return __wmb_stack_bottom;
}
