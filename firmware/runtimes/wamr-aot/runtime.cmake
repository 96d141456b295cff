# WAMR ahead-of-time: wamrc compiles the module to Thumb-2 code for the
# board's CPU with its hardware float ABI; the runtime loads that code into
# the pool and runs it.
if(WMB_TARGET STREQUAL "host")
  # The study's x86_64 line, but with software bounds checks: without guard pages
  # (see wamr/lib/CMakeLists.txt) --bounds-checks=0 would check nothing at all.
  set(WMB_WAMRC_FLAGS --target=x86_64 --opt-level=3 --size-level=0 --bounds-checks=1 --stack-bounds-checks=0)
  include(${CMAKE_CURRENT_LIST_DIR}/../wamr/aot.cmake)
  return()
endif()
string(REGEX MATCH "-mcpu=([^;]+)" _ "${BOARD_CPU_FLAGS}")
set(_cpu ${CMAKE_MATCH_1})
# LLVM's cortex-m7 has a double-precision FPU; the F746's is single precision
# (-mfpu=fpv5-sp-d16), and QEMU's mps2-an500 would run f64 instructions the
# real chip cannot. Follow the board's -mfpu (a no-op for the M4).
if(BOARD_CPU_FLAGS MATCHES "-mfpu=[^;]*-sp-")
  set(_features --cpu-features=-fp64)
endif()
# The study's optimisation flags. Bounds checks: the toggle module needs them
# on, since without them the AOT code never looks at the exception that stops
# toggle_forever; the FFT keeps the study's --bounds-checks=0.
set(WMB_WAMRC_FLAGS --target=thumbv7em --target-abi=eabihf --cpu=${_cpu} ${_features}
  --opt-level=3 --size-level=0 --stack-bounds-checks=0)
if(BENCHMARK STREQUAL "toggle")
  list(APPEND WMB_WAMRC_FLAGS --bounds-checks=1)
else()
  list(APPEND WMB_WAMRC_FLAGS --bounds-checks=0)
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../wamr/aot.cmake)
