# Node.js (V8) on the host, as an extra reference beside the embedded runtimes.
# V8 compiles the module with its JIT: its instruction counts are not
# repeatable, and the host backend counts none for it (valgrind does not follow
# the child process).
set(WMB_PIPE_RUNNER ${CMAKE_CURRENT_LIST_DIR}/runner.mjs)
include(${CMAKE_CURRENT_LIST_DIR}/pipe.cmake)
