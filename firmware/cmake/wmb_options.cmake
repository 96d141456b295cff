# Validates the build selection before project() so mistakes fail fast.
# The allowed values are whatever the source tree provides.

get_filename_component(_wmb_root ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)

function(wmb_choices out dir marker)
  file(GLOB found RELATIVE ${_wmb_root}/${dir} ${_wmb_root}/${dir}/*/${marker})
  list(TRANSFORM found REPLACE "/${marker}$" "")
  list(SORT found)
  set(${out} ${found} PARENT_SCOPE)
endfunction()

function(wmb_require var choices)
  list(JOIN choices ", " allowed)
  if("${${var}}" STREQUAL "")
    message(FATAL_ERROR "${var} is not set; allowed: ${allowed}")
  endif()
  if(NOT "${${var}}" IN_LIST choices)
    message(FATAL_ERROR "unknown ${var} '${${var}}'; allowed: ${allowed}")
  endif()
endfunction()

function(wmb_require_implemented kind var choices)
  list(JOIN choices ", " allowed)
  if(NOT "${${var}}" IN_LIST choices)
    message(FATAL_ERROR "not implemented: ${kind} ${${var}} (implemented: ${allowed})")
  endif()
endfunction()

set(BOARD "" CACHE STRING "Board: a directory under firmware/boards")
set(STACK "" CACHE STRING "Software stack: a directory under firmware/stacks")
set(RUNTIME "" CACHE STRING "Runtime: a directory under firmware/runtimes")
set(BENCHMARK "" CACHE STRING "Benchmark: a directory under firmware/benchmarks, or WMB_BENCHMARK_DIR's name")
set(WMB_BENCHMARK_DIR "" CACHE PATH "The benchmark's folder when it is not firmware/benchmarks/<BENCHMARK> (a config's benchmark_dirs)")
set(WMB_ITERATIONS "" CACHE STRING "Iterations measured: the benchmark.yml's iterations for the target")
set(WMB_STEADY_PROBES 0 CACHE STRING "1: the generic driver also measures the steady state (benchmark.yml's steady for the target)")
set(TARGET "" CACHE STRING "emulated (QEMU stand-in), hardware, or host (with BOARD=host)")
set(WMB_CFLAGS "" CACHE STRING "Extra compiler flags, after the defaults (-O0 overrides -O2)")
set(WMB_DEFINES "" CACHE STRING "Extra preprocessor definitions")
set(WMB_STACK_SIZE 16384 CACHE STRING "Stack bytes at the top of RAM")

wmb_choices(_boards boards board.yml)
wmb_choices(_stacks stacks stack.yml)
wmb_choices(_runtimes runtimes runtime.yml)
wmb_choices(_benchmarks benchmarks benchmark.yml)

wmb_require(BOARD "${_boards}")
wmb_require_implemented(stack STACK "${_stacks}")
wmb_require_implemented(runtime RUNTIME "${_runtimes}")
if(WMB_BENCHMARK_DIR)
  get_filename_component(WMB_BENCHMARK_DIR "${WMB_BENCHMARK_DIR}" ABSOLUTE)
  get_filename_component(_name "${WMB_BENCHMARK_DIR}" NAME)
  if(NOT EXISTS "${WMB_BENCHMARK_DIR}/benchmark.cmake")
    message(FATAL_ERROR "WMB_BENCHMARK_DIR=${WMB_BENCHMARK_DIR} has no benchmark.cmake")
  endif()
  if(NOT "${BENCHMARK}" STREQUAL "${_name}")
    message(FATAL_ERROR "BENCHMARK '${BENCHMARK}' is not WMB_BENCHMARK_DIR's folder name '${_name}'")
  endif()
else()
  wmb_require(BENCHMARK "${_benchmarks}")
  set(WMB_BENCHMARK_DIR ${_wmb_root}/benchmarks/${BENCHMARK})
endif()
# The tool passes the count from the benchmark's benchmark.yml (iterations per target).
if(NOT "${WMB_ITERATIONS}" MATCHES "^[1-9][0-9]*$")
  message(FATAL_ERROR "WMB_ITERATIONS must be a positive integer (got '${WMB_ITERATIONS}'): "
    "pass -DWMB_ITERATIONS=<n>, the iterations for this target in ${WMB_BENCHMARK_DIR}/benchmark.yml")
endif()
if(NOT WMB_STEADY_PROBES MATCHES "^[01]$")
  message(FATAL_ERROR "WMB_STEADY_PROBES must be 0 or 1 (got '${WMB_STEADY_PROBES}'): the tool passes it from "
    "${WMB_BENCHMARK_DIR}/benchmark.yml's steady for the target")
endif()
wmb_require(TARGET "emulated;hardware;host")

# Accept WMB_CFLAGS as a CMake list ("-O0;-g") or a command line ("-O0 -g").
string(REPLACE ";" " " _wmb_cflags "${WMB_CFLAGS}")
separate_arguments(WMB_CFLAGS_LIST UNIX_COMMAND "${_wmb_cflags}")
# TARGET is an if() keyword; the rest of the build uses WMB_TARGET.
set(WMB_TARGET "${TARGET}")
if(("${WMB_TARGET}" STREQUAL "host") AND NOT ("${BOARD}" STREQUAL "host") OR
   ("${BOARD}" STREQUAL "host") AND NOT ("${WMB_TARGET}" STREQUAL "host"))
  message(FATAL_ERROR "BOARD=host goes with TARGET=host and only with it (BOARD=${BOARD}, TARGET=${WMB_TARGET})")
endif()
