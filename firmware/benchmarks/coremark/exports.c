/* CoreMark's export table (common/wmb_exports.h). */
#include "coremark_wmb.h"
#include "wmb_exports.h"

const struct wmb_export wmb_exports[] = {
    {"coremark_init", coremark_init},
    {"coremark_run", coremark_run},
    {"coremark_checksum", coremark_checksum},
    {0, 0},
};
