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
# One benchmark (BENCHMARK), or a group (WMB_GROUP, a list of benchmarks with
# their own WMB_BENCHMARK_DIR__<b>, WMB_ITERATIONS__<b>, WMB_STEADY_PROBES__<b>):
# each is checked where it is built (cmake/wmb_image_options.cmake).
set(WMB_GROUP "" CACHE STRING "Benchmarks built in one configure, each its own executable in <build>/<benchmark>/")
if(WMB_GROUP AND NOT "${BENCHMARK}" STREQUAL "")
  message(FATAL_ERROR "BENCHMARK=${BENCHMARK} and WMB_GROUP=${WMB_GROUP}: set one of them")
endif()
foreach(_member IN LISTS WMB_GROUP)
  if(NOT _member MATCHES "^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
    message(FATAL_ERROR "WMB_GROUP: '${_member}' is not a benchmark's folder name")
  endif()
endforeach()
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
