/* Native runtime: exports are plain functions listed by exports_<app>.c. */
#ifndef NATIVE_H
#define NATIVE_H

#include <stdint.h>

struct wmb_export {
    const char *name;
    uint32_t (*fn)(uint32_t arg);
};

extern const struct wmb_export native_exports[];

#endif
