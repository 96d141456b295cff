/* A runtime in another process (a JavaScript engine, an interpreter with no C
 * API): started once with its stdin and stdout on pipes; a call is one line
 * "<export> <arg>" answered by one line with the u32 result, optionally
 * followed by the nanoseconds the call took inside the engine. That time for
 * the last call with an argument (the measured one: init and checksum
 * take none) is the memory record's engine_ns; the timed call minus it is the
 * cost of the pipe. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wmb_pipe_argv.h"
#include "wmb_report.h"
#include "wmb_runtime.h"

struct wmb_export {
    char name[32];
};

static FILE *to_child;
static FILE *from_child;
static struct wmb_export exports[8];
static unsigned long long engine_ns;

int wmb_runtime_init(void)
{
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0) {
        wmb_report_error("pipe failed");
        return WMB_EXIT_RUNTIME;
    }
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[1]);
        close(out[0]);
        execvp(wmb_pipe_argv[0], wmb_pipe_argv);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    to_child = fdopen(in[1], "w");
    from_child = fdopen(out[0], "r");
    return to_child && from_child ? 0 : WMB_EXIT_RUNTIME;
}

const struct wmb_export *wmb_runtime_find(const char *name)
{
    for (size_t i = 0; i < sizeof exports / sizeof exports[0]; i++) {
        if (exports[i].name[0] == 0 || strcmp(exports[i].name, name) == 0) {
            snprintf(exports[i].name, sizeof exports[i].name, "%s", name);
            return &exports[i];
        }
    }
    return 0;
}

uint32_t wmb_runtime_call(const struct wmb_export *fn, uint32_t arg)
{
    char line[256];
    fprintf(to_child, "%s %u\n", fn->name, (unsigned)arg);
    fflush(to_child);
    if (!fgets(line, sizeof line, from_child) || strncmp(line, "error", 5) == 0) {
        line[strcspn(line, "\n")] = 0;
        wmb_report_error(line[0] ? line : "the runtime process ended");
        fflush(stdout);
        exit(WMB_EXIT_RUNTIME);
    }
    char *end;
    uint32_t result = (uint32_t)strtoul(line, &end, 10);
    unsigned long long ns = strtoull(end, 0, 10);
    if (arg != 0 && ns != 0) {
        engine_ns = ns;
    }
    return result;
}

void wmb_runtime_memory_fields(void)
{
    if (engine_ns) {
        wmb_line_uint("engine_ns", engine_ns);
    }
}
