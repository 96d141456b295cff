# WAMR ahead-of-time with the study's own wamrc line: no --cpu, so a generic
# Thumb-2 CPU without FPU and software floating point (every f32 operation a
# call into libgcc). Only the FFT's exports' integer results cross into the
# hard-float firmware; a float result would arrive in the wrong register.
set(WMB_WAMRC_FLAGS --target=thumbv7em --target-abi=eabi)
if(BENCHMARK STREQUAL "toggle")
  # The study's toggle line, with bounds checks on so that the exception
  # stopping toggle_forever is seen (--bounds-checks=0 there).
  list(APPEND WMB_WAMRC_FLAGS --opt-level=3 --size-level=0 --bounds-checks=1 --stack-bounds-checks=0)
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../wamr/aot.cmake)
