# The benchmark (WMB_BENCHMARK_DIR, cmake/wmb_options.cmake): its benchmark.cmake
# declares, all optional but the sources:
#   BENCHMARK_SOURCES          its C source (native: compiled in; Wasm: see cmake/wmb_wasm.cmake)
#   BENCHMARK_EXPORT_SOURCES   its export table for the native runtime (common/wmb_exports.h)
#   BENCHMARK_INCLUDE_DIRS     its headers (benchmark_imports.h: the module's imports, common/wmb_imports.h)
#   BENCHMARK_FIRMWARE_SOURCES more firmware code, built under every runtime
#   BENCHMARK_DRIVER_SOURCES   its own driver (wmb_app_run); without one, the generic
#                              driver (common/wmb_benchmark_driver.c) measures
#   BENCHMARK_INIT, BENCHMARK_RUN, BENCHMARK_CHECKSUM  the functions the generic driver
#                              calls: init(), run(iterations) (measured), checksum()
#   BENCHMARK_WASM_WAT, BENCHMARK_WASM_SOURCES, BENCHMARK_WASM_EXPORTS  its module (cmake/wmb_wasm.cmake)
#   BENCHMARK_WASM_LIBC, BENCHMARK_WASM_STACK, BENCHMARK_WASM_FLAGS  a module against wasm-libc, its shadow
#                              stack, more clang flags (cmake/wmb_wasm.cmake)
#   BENCHMARK_WASM_RUNTIME_STACK  bytes of the Wasm runtime's own stack for its calls (runtime defaults otherwise)
#   BENCHMARK_WASM_RUNTIME_HEAP   bytes at least of a Wasm runtime's fixed heap for its module (WAMR's pool)
#   BENCHMARK_WASM_RUNTIME_HEAPS  <runtime> <bytes> pairs: that runtime's heap exactly, on a board (what a run
#                              measured it needs, pool_bytes); the host, whose RAM is no metric, at least twice that
#   BENCHMARK_WASM_HOST_SOURCES  the host functions its module imports
#   BENCHMARK_HOST_STOPS       a host function stops the module (AOT code must check for it)
#   BENCHMARK_HOT_LOOP         file and a text of the line where its time goes (host vectorisation report)
include(${WMB_BENCHMARK_DIR}/benchmark.cmake)
if(NOT BENCHMARK_SOURCES)
  message(FATAL_ERROR "${WMB_BENCHMARK_DIR}/benchmark.cmake sets no BENCHMARK_SOURCES")
endif()
if(NOT BENCHMARK_DRIVER_SOURCES)
  foreach(_fn INIT RUN CHECKSUM)
    if(NOT BENCHMARK_${_fn})
      message(FATAL_ERROR "${WMB_BENCHMARK_DIR}/benchmark.cmake: without a driver of its own "
        "(BENCHMARK_DRIVER_SOURCES), set BENCHMARK_INIT, BENCHMARK_RUN and BENCHMARK_CHECKSUM")
    endif()
  endforeach()
  set(BENCHMARK_DRIVER_SOURCES ${WMB_ROOT}/common/wmb_benchmark_driver.c)
endif()

# One runtime's measured heap replaces the general one on a board (wasm_common.cmake passes it on).
list(LENGTH BENCHMARK_WASM_RUNTIME_HEAPS _n)
math(EXPR _odd "${_n} % 2")
if(_odd)
  message(FATAL_ERROR "${WMB_BENCHMARK_DIR}/benchmark.cmake: BENCHMARK_WASM_RUNTIME_HEAPS is <runtime> <bytes> pairs, "
    "not '${BENCHMARK_WASM_RUNTIME_HEAPS}'")
endif()
set(BENCHMARK_WASM_RUNTIME_HEAP_MEASURED "")
if(_n)
  math(EXPR _last "${_n} - 1")
  foreach(_i RANGE 0 ${_last} 2)
    math(EXPR _j "${_i} + 1")
    list(GET BENCHMARK_WASM_RUNTIME_HEAPS ${_i} _runtime)
    list(GET BENCHMARK_WASM_RUNTIME_HEAPS ${_j} _bytes)
    if(NOT _bytes MATCHES "^[1-9][0-9]*$")
      message(FATAL_ERROR "${WMB_BENCHMARK_DIR}/benchmark.cmake: BENCHMARK_WASM_RUNTIME_HEAPS gives ${_runtime} "
        "'${_bytes}', not a number of bytes")
    endif()
    if(_runtime STREQUAL RUNTIME AND NOT WMB_TARGET STREQUAL "host")
      set(BENCHMARK_WASM_RUNTIME_HEAP_MEASURED ${_bytes})
    elseif(_runtime STREQUAL RUNTIME)
      # The host's 64-bit pointers about double the runtime's own structures for the module (picojpeg and
      # qrduino ran out of WAMR fast's pool at the board's size); its RAM is no metric, so twice is room enough.
      math(EXPR _host "2 * ${_bytes}")
      if(NOT BENCHMARK_WASM_RUNTIME_HEAP OR _host GREATER BENCHMARK_WASM_RUNTIME_HEAP)
        set(BENCHMARK_WASM_RUNTIME_HEAP ${_host})
      endif()
    endif()
  endforeach()
endif()
