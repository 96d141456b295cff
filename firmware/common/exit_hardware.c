/* Real boards have nowhere to exit to: the harness resets the board. A busy
 * loop rather than WFI, which would stop the debug clock the probe needs. */
#include "wmb_board.h"

void board_exit(int status)
{
    (void)status;
    for (;;) {
    }
}
