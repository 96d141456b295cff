/* The os_* functions WAMR's core needs, for one thread on bare metal.
 * Memory comes from WAMR's own pool (BH_MALLOC): with Alloc_With_Pool the
 * runtime never touches newlib's heap, so the pool is all its dynamic memory
 * and os_mmap (linear memory, AOT code) is accounted there as well. */
#include "platform_api_extension.h"
#include "platform_api_vmcore.h"
#include "wmb_memory.h"

#include "cortexm.h"
#include "wmb_board.h"

/* The reset stack (common/wmb.ld.in): WAMR checks native stack use against it. */

int bh_platform_init(void)
{
    return 0;
}

void bh_platform_destroy(void)
{
}

/* Only reached when the runtime is initialised without a pool; ours never is. */
void *os_malloc(unsigned size)
{
    (void)size;
    return NULL;
}

void *os_realloc(void *ptr, unsigned size)
{
    (void)ptr;
    (void)size;
    return NULL;
}

void os_free(void *ptr)
{
    (void)ptr;
}

int os_dumps_proc_mem_info(char *out, unsigned int size)
{
    (void)out;
    (void)size;
    return -1;
}

/* WAMR's diagnostics go to the console as free text (not protocol lines). */
int os_vprintf(const char *format, va_list ap)
{
    char line[128];
    int n = vsnprintf(line, sizeof line, format, ap);
    for (const char *p = line; *p; p++) {
        board_putc(*p);
    }
    return n;
}

int os_printf(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = os_vprintf(format, ap);
    va_end(ap);
    return n;
}

void *os_mmap(void *hint, size_t size, int prot, int flags, os_file_handle file)
{
    (void)hint;
    (void)prot;
    (void)flags;
    (void)file;
    if (size >= UINT32_MAX) {
        return NULL;
    }
    void *addr = BH_MALLOC((uint32)size);
    if (addr) {
        memset(addr, 0, size);
    }
    return addr;
}

void *os_mremap(void *old_addr, size_t old_size, size_t new_size)
{
    return os_mremap_slow(old_addr, old_size, new_size);
}

void os_munmap(void *addr, size_t size)
{
    (void)size;
    BH_FREE(addr);
}

int os_mprotect(void *addr, size_t size, int prot)
{
    (void)addr;
    (void)size;
    (void)prot;
    return 0;
}

/* The F746's board code turns the Cortex-M7's L1 caches on: AOT code the
 * loader wrote through the data cache must reach RAM, and the instruction
 * cache must drop stale lines. The M4 has no such caches (CCR bits read 0). */
void os_dcache_flush(void)
{
    if (!(SCB_CCR & SCB_CCR_DC)) {
        return;
    }
    cortexm_dcache_by_set_way(&SCB_DCCSW);
}

void os_icache_flush(void *start, size_t len)
{
    (void)start;
    (void)len;
    if (SCB_CCR & SCB_CCR_IC) {
        cortexm_barrier();
        SCB_ICIALLU = 0;
        cortexm_barrier();
    }
}

void os_thread_jit_write_protect_np(bool enabled)
{
    (void)enabled;
}

uint64 os_time_get_boot_us(void)
{
    return 0;
}

uint64 os_time_thread_cputime_us(void)
{
    return 0;
}

korp_tid os_self_thread(void)
{
    return 1;
}

uint8 *os_thread_get_stack_boundary(void)
{
    return (uint8 *)wmb_thread_stack_bottom();
}

int os_mutex_init(korp_mutex *mutex)
{
    *mutex = 0;
    return BHT_OK;
}

int os_mutex_destroy(korp_mutex *mutex)
{
    (void)mutex;
    return BHT_OK;
}

int os_mutex_lock(korp_mutex *mutex)
{
    (void)mutex;
    return BHT_OK;
}

int os_mutex_unlock(korp_mutex *mutex)
{
    (void)mutex;
    return BHT_OK;
}

os_raw_file_handle os_invalid_raw_handle(void)
{
    return -1;
}
