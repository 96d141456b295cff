/* wasm32-unknown-unknown has no C library: a benchmark built as a module gets
 * memcpy, which clang expands inline for small fixed-size copies. */
#ifndef WMB_WASM_STRING_H
#define WMB_WASM_STRING_H

#include <stddef.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);

#endif
