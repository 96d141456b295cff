/* The three entry points every Embench member exports (embench.c). */
#ifndef WMB_EMBENCH_H
#define WMB_EMBENCH_H

#include <stdint.h>

#ifdef __wasm__
#define WMB_EMBENCH_EXPORT(name) __attribute__((export_name(#name)))
#else
#define WMB_EMBENCH_EXPORT(name)
#endif

WMB_EMBENCH_EXPORT(embench_init) uint32_t embench_init(void);
WMB_EMBENCH_EXPORT(embench_run) void embench_run(uint32_t n);
WMB_EMBENCH_EXPORT(embench_verify) uint32_t embench_verify(void);

#endif
