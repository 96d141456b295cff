/* The entry points every CoreMark build exports (core_portme.c). */
#ifndef COREMARK_WMB_H
#define COREMARK_WMB_H

#include <stdint.h>

#ifdef __wasm__
#define COREMARK_EXPORT(name) __attribute__((export_name(#name)))
#else
#define COREMARK_EXPORT(name)
#endif

COREMARK_EXPORT(coremark_init) uint32_t coremark_init(uint32_t arg);
COREMARK_EXPORT(coremark_run) uint32_t coremark_run(uint32_t iterations);
COREMARK_EXPORT(coremark_checksum) uint32_t coremark_checksum(uint32_t arg);

/* CoreMark's main, renamed when core_main.c is compiled. */
int coremark_main(void);

#endif
