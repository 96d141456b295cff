# WAMR ahead-of-time with the study's own wamrc line: no --cpu, so a generic
# Thumb-2 CPU without FPU and software floating point (every f32 operation a
# call into libgcc). Only integer results may cross into the hard-float
# firmware (the harness's exports return u32); a float would arrive in the wrong register.
set(WMB_WAMRC_FLAGS --target=thumbv7em --target-abi=eabi)
if(BENCHMARK_HOST_STOPS)
  # The study's line for its module stopped by the host, with bounds
  # checks on so that the exception stopping it is seen (--bounds-checks=0 there).
  list(APPEND WMB_WAMRC_FLAGS --opt-level=3 --size-level=0 --bounds-checks=1 --stack-bounds-checks=0)
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../wamr/aot.cmake)
