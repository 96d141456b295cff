/* WAMR platform for a single-threaded bare-metal Cortex-M firmware (WAMR has
 * none upstream). Types exist only so WAMR's headers compile; there are no
 * threads, files or sockets. */
#ifndef _PLATFORM_INTERNAL_H
#define _PLATFORM_INTERNAL_H

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef BH_PLATFORM_WMB_BARE_METAL
#define BH_PLATFORM_WMB_BARE_METAL
#endif

typedef int korp_tid;
typedef int korp_mutex;
typedef int korp_cond;
typedef int korp_thread;
typedef int korp_rwlock;
typedef int korp_sem;

#define OS_THREAD_MUTEX_INITIALIZER 0
#define BH_APPLET_PRESERVED_STACK_SIZE (2 * BH_KB)
#define BH_THREAD_DEFAULT_PRIORITY 0

typedef int os_file_handle;
typedef void *os_dir_stream;
typedef int os_raw_file_handle;
/* Declared by newer WAMR's platform_api_extension.h (os_poll, used only by
 * libc-wasi, which is off); unused by WAMR-2.4.5 and harmless there. */
typedef int os_poll_file_handle;
typedef unsigned int os_nfds_t;

int os_printf(const char *format, ...);
int os_vprintf(const char *format, va_list ap);

static inline os_file_handle
os_get_invalid_handle(void)
{
    return -1;
}

/* No MMU: the "page" only rounds WAMR's os_mmap requests. */
static inline int
os_getpagesize(void)
{
    return 8;
}

#endif
