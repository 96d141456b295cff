/* Host stack: a Linux process. No stack painting: the peak resident set
 * (getrusage) stands in for dynamic memory, reported as "rss_bytes". */
#include <sys/resource.h>

#include "wmb_board.h"
#include "wmb_report.h"
#include "wmb_runtime.h"

int main(void)
{
    board_init();
    wmb_report_hello();
    int status = wmb_benchmark();
    if (status != 0) {
        board_exit(status);
    }
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    wmb_line_begin("memory");
    wmb_line_uint("stack_bytes", 0);
    wmb_line_uint("stack_size", 0);
    wmb_line_uint("heap_bytes", 0);
    wmb_line_uint("rss_bytes", (uint64_t)u.ru_maxrss * 1024u);
    wmb_runtime_memory_fields();
    wmb_line_end();
    wmb_report_done(0);
    board_exit(0);
}
