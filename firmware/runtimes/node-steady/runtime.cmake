# Node.js (V8) at its steady state: the runner calls the benchmark's run
# function (BENCHMARK_RUN) until V8 says
# (%IsTurboFanFunction) that it runs optimised TurboFan code, then answers the
# timed calls. V8's default tiering (Liftoff, then TurboFan), nothing forced.
set(WMB_PIPE_RUNNER ${CMAKE_CURRENT_LIST_DIR}/../node/runner.mjs)
set(WMB_PIPE_NODE_FLAGS --allow-natives-syntax)
if(NOT BENCHMARK_RUN)
  message(FATAL_ERROR "runtime ${RUNTIME} warms the benchmark's run function: '${BENCHMARK}' declares none (BENCHMARK_RUN)")
endif()
set(WMB_PIPE_RUNNER_ARGS --warm ${BENCHMARK_RUN} 1)
set(WMB_PIPE_INFO v8_tier "\"after tier-up (TurboFan)\"")
include(${CMAKE_CURRENT_LIST_DIR}/../node/pipe.cmake)
