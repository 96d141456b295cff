/* Host "board": stdout for the console, CLOCK_MONOTONIC for the counter, and the
 * executable's own GNU build id (found through its program headers) for the
 * result lines, as the firmware takes it from flash. */
#define _GNU_SOURCE
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "wmb_board.h"

const char counter_unit[] = "ns";
const uint32_t counter_scale = 1;

/* Same layout as the note the firmware's linker script exposes: namesz, descsz,
 * type, name, desc. Filled by board_init(); wmb_report.c reads it. */
uint32_t __wmb_build_id[16];

static int find_build_id(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    if (info->dlpi_name && info->dlpi_name[0]) {
        return 0; /* only the executable itself */
    }
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE) {
            continue;
        }
        const uint8_t *p = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr);
        const uint8_t *end = p + ph->p_memsz;
        while (p + 12 <= end) {
            const uint32_t *h = (const uint32_t *)p;
            uint32_t total = 12 + ((h[0] + 3u) & ~3u) + ((h[1] + 3u) & ~3u);
            if (h[2] == NT_GNU_BUILD_ID && total <= sizeof __wmb_build_id) {
                memcpy(__wmb_build_id, p, total);
                return 1;
            }
            p += total;
        }
    }
    return 0;
}

void board_init(void)
{
    if (!dl_iterate_phdr(find_build_id, NULL)) {
        fputs("no GNU build id in this executable (link with -Wl,--build-id)\n", stderr);
        exit(2);
    }
}

void board_putc(char c)
{
    putchar(c);
}

void board_exit(int status)
{
    fflush(stdout);
    exit(status);
}

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

void counter_start(void)
{
}

/* 32 bits of nanoseconds: the driver's wrap-safe difference holds for runs under 4.29 s. */
uint32_t counter_read(void)
{
    return (uint32_t)now_ns();
}
