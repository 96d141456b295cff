/* Bare-metal stack: one thread, the board's reset stack. */
#include "wmb_board.h"
#include "wmb_memory.h"
#include "wmb_report.h"
#include "wmb_runtime.h"

int main(void)
{
    wmb_stack_paint();
    board_init();
    wmb_report_hello();

    int status = wmb_benchmark();
    if (status != 0) {
        return status;
    }

    wmb_report_memory();
    wmb_report_done(0);
    return 0;
}
