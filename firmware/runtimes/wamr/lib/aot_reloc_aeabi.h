/* Included ahead of WAMR's aot_reloc_thumb.c (lib/CMakeLists.txt). For a
 * module's byte loops that wamrc's optimiser turns into llvm.memset/memcpy/
 * memmove, LLVM's Arm back end calls the AEABI helpers (__aeabi_memclr8, ...),
 * which WAMR's Thumb symbol map lacks (its Arm map has them): loading such an
 * AOT module fails with "resolve symbol __aeabi_memclr failed". The C library
 * has them; they join the map through the one list macro this build leaves
 * empty (no shared heap), since aot_reloc.h is then already included. */
#include "aot_reloc.h"

#if WASM_ENABLE_SHARED_HEAP != 0
#error "aot_reloc_aeabi.h adds its symbols through REG_SHARED_HEAP_SYM, which the shared heap uses"
#endif

void __aeabi_memclr(void);
void __aeabi_memclr4(void);
void __aeabi_memclr8(void);
void __aeabi_memcpy(void);
void __aeabi_memcpy4(void);
void __aeabi_memcpy8(void);
void __aeabi_memmove(void);
void __aeabi_memmove4(void);
void __aeabi_memmove8(void);
void __aeabi_memset(void);
void __aeabi_memset4(void);
void __aeabi_memset8(void);

#undef REG_SHARED_HEAP_SYM
#define REG_SHARED_HEAP_SYM()                                                  \
    REG_SYM(__aeabi_memclr), REG_SYM(__aeabi_memclr4), REG_SYM(__aeabi_memclr8), \
    REG_SYM(__aeabi_memcpy), REG_SYM(__aeabi_memcpy4), REG_SYM(__aeabi_memcpy8), \
    REG_SYM(__aeabi_memmove), REG_SYM(__aeabi_memmove4),                       \
    REG_SYM(__aeabi_memmove8), REG_SYM(__aeabi_memset),                        \
    REG_SYM(__aeabi_memset4), REG_SYM(__aeabi_memset8),
