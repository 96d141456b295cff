# WAMR ahead-of-time: wamrc compiles the module to Thumb-2 code for the
# board's CPU with its hardware float ABI; the runtime loads that code into
# the pool and runs it.
if(WMB_TARGET STREQUAL "host")
  # Two images of one variant. valgrind, which counts the host's instructions,
  # cannot run WAMR's guard pages: the counted image checks bounds in software
  # (--bounds-checks=1; without guard pages --bounds-checks=0 would check
  # nothing). The timed image is the production configuration, WAMR's default on
  # 64-bit Linux and the study's x86_64 line: guard pages (wamr/lib), AOT code
  # without checks. It is a second build of this tree in hardware-bounds/.
  set(WMB_WAMR_BOUNDS software CACHE STRING
    "Host AOT: software (the image callgrind counts) or hardware (guard pages: the image timed)")
  set_property(CACHE WMB_WAMR_BOUNDS PROPERTY STRINGS software hardware)
  if(WMB_WAMR_BOUNDS STREQUAL "hardware")
    set(_checks 0)
    set(WMB_WAMR_CONFIGURATION "hardware bounds checks (guard pages)")
  elseif(WMB_WAMR_BOUNDS STREQUAL "software")
    set(_checks 1)
    set(WMB_WAMR_CONFIGURATION "software bounds checks (no guard pages)")
  else()
    message(FATAL_ERROR "WMB_WAMR_BOUNDS must be software or hardware, not '${WMB_WAMR_BOUNDS}'")
  endif()
  set(WMB_WAMRC_FLAGS --target=x86_64 --opt-level=3 --size-level=0 --bounds-checks=${_checks} --stack-bounds-checks=0)
  include(${CMAKE_CURRENT_LIST_DIR}/../wamr/aot.cmake)
  if(WMB_WAMR_BOUNDS STREQUAL "software")
    include(${WMB_ROOT}/cmake/wmb_timed_build.cmake)
    wmb_timed_build(hardware-bounds WMB_WAMR_BOUNDS hardware)
  endif()
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
# The study's optimisation flags. Bounds checks: a module that a host function
# stops (BENCHMARK_HOST_STOPS) needs them on, since without them the AOT code
# never looks at the exception; the others keep the study's --bounds-checks=0.
set(WMB_WAMRC_FLAGS --target=thumbv7em --target-abi=eabihf --cpu=${_cpu} ${_features}
  --opt-level=3 --size-level=0 --stack-bounds-checks=0)
if(BENCHMARK_HOST_STOPS)
  list(APPEND WMB_WAMRC_FLAGS --bounds-checks=1)
else()
  list(APPEND WMB_WAMRC_FLAGS --bounds-checks=0)
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../wamr/aot.cmake)
