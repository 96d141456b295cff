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
set(BENCHMARK "" CACHE STRING "Benchmark: a directory under firmware/apps")
set(TARGET "" CACHE STRING "emulated (QEMU stand-in), hardware, or host (with BOARD=host)")
set(WMB_CFLAGS "" CACHE STRING "Extra compiler flags, after the defaults (-O0 overrides -O2)")
set(WMB_DEFINES "" CACHE STRING "Extra preprocessor definitions")
set(WMB_STACK_SIZE 16384 CACHE STRING "Stack bytes at the top of RAM")
set(WMB_TOGGLES 1000000 CACHE STRING "GPIO toggles per toggle mode")
set(WMB_FFT_ITERATIONS 100 CACHE STRING "FFT runs measured")

wmb_choices(_boards boards board.yml)
wmb_choices(_stacks stacks stack.yml)
wmb_choices(_runtimes runtimes runtime.yml)
wmb_choices(_apps apps app.cmake)

wmb_require(BOARD "${_boards}")
wmb_require_implemented(stack STACK "${_stacks}")
wmb_require_implemented(runtime RUNTIME "${_runtimes}")
wmb_require(BENCHMARK "${_apps}")
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
