# Node.js (V8) at its steady state: the runner calls fft_bench until V8 says
# (%IsTurboFanFunction) that it runs optimised TurboFan code, then answers the
# timed calls. V8's default tiering (Liftoff, then TurboFan), nothing forced.
set(WMB_PIPE_RUNNER ${CMAKE_CURRENT_LIST_DIR}/../node/runner.mjs)
set(WMB_PIPE_NODE_FLAGS --allow-natives-syntax)
set(WMB_PIPE_RUNNER_ARGS --warm fft_bench 1)
set(WMB_PIPE_INFO v8_tier "\"after tier-up (TurboFan)\"")
include(${CMAKE_CURRENT_LIST_DIR}/../node/pipe.cmake)
