#include <string.h>

#include "wmb_report.h"
#include "wmb_wasm.h"

static bool stop_requested;

void wmb_wasm_request_stop(void)
{
    stop_requested = true;
}

bool wmb_wasm_take_stop(void)
{
    bool stop = stop_requested;
    stop_requested = false;
    return stop;
}

void wmb_wasm_error(const char *what, const char *message)
{
    char line[160];
    strncpy(line, what, sizeof line - 1u);
    line[sizeof line - 1u] = '\0';
    strncat(line, ": ", sizeof line - strlen(line) - 1u);
    strncat(line, message ? message : "(no message)", sizeof line - strlen(line) - 1u);
    wmb_report_error(line);
}
