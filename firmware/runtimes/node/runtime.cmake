# Node.js (V8) on the host, as an extra reference beside the embedded runtimes:
# its first call, which runs the code of V8's baseline compiler (Liftoff), as a
# user's first call does (node-steady measures after tier-up). V8 compiles the
# module with its JIT: its instruction counts are not repeatable, and the host
# backend counts none for it (valgrind does not follow the child process).
# --allow-natives-syntax lets the runner log the tier each call ran in.
set(WMB_PIPE_RUNNER ${CMAKE_CURRENT_LIST_DIR}/runner.mjs)
set(WMB_PIPE_NODE_FLAGS --allow-natives-syntax)
set(WMB_PIPE_INFO v8_tier "\"first call (Liftoff)\"")
include(${CMAKE_CURRENT_LIST_DIR}/pipe.cmake)
