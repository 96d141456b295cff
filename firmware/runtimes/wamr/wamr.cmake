# WAMR (WebAssembly Micro Runtime), shared by runtimes/wamr-<mode>/runtime.cmake,
# which set before including this file:
#   WMB_WAMR_MODE        classic | fast (interpreters) | aot
#   WMB_WAMR_POOL_BYTES  WAMR's static memory pool: all its dynamic memory
#   WMB_WAMRC_FLAGS      (aot) wamrc's flags for the board's CPU
# The runtime library is built once per firmware build (lib/CMakeLists.txt).
wmb_source(wamr WAMR_ROOT_DIR WMB_WAMR_COMMIT)
include(${CMAKE_CURRENT_LIST_DIR}/../wasm-common/wasm_common.cmake)

set(WMB_LIB_COMPILE_OPTIONS ${WMB_COMPILE_OPTIONS})
# Once per configure: a group's members link the same library (its options are the runtime's and board's only).
if(NOT TARGET wmb_wamr)
  add_subdirectory(${CMAKE_CURRENT_LIST_DIR}/lib ${CMAKE_BINARY_DIR}/wamr)
endif()
# libm: the f32/f64 rounding and sqrt operators; on Linux, WAMR's platform needs threads.
target_link_libraries(${WMB_FIRMWARE} PRIVATE wmb_wamr m $<$<STREQUAL:${WMB_TARGET},host>:pthread>)
# The pool: what the benchmark measured its module needs through this runtime
# (BENCHMARK_WASM_RUNTIME_HEAPS), so that the link says whether it fits the
# board; else at least what it asks of every runtime (BENCHMARK_WASM_RUNTIME_HEAP).
# A config can size the pool itself (build.defines: { WMB_WAMR_POOL_BYTES: <bytes> }).
if(BENCHMARK_WASM_RUNTIME_HEAP_MEASURED)
  set(WMB_WAMR_POOL_BYTES ${BENCHMARK_WASM_RUNTIME_HEAP_MEASURED})
elseif(BENCHMARK_WASM_RUNTIME_HEAP AND BENCHMARK_WASM_RUNTIME_HEAP GREATER WMB_WAMR_POOL_BYTES)
  set(WMB_WAMR_POOL_BYTES ${BENCHMARK_WASM_RUNTIME_HEAP})
endif()
if(WMB_DEFINES MATCHES "(^|;)WMB_WAMR_POOL_BYTES=([0-9]+)")
  set(WMB_WAMR_POOL_BYTES ${CMAKE_MATCH_2})
else()
  target_compile_definitions(${WMB_FIRMWARE} PRIVATE WMB_WAMR_POOL_BYTES=${WMB_WAMR_POOL_BYTES})
endif()

wmb_json_string(_commit "${WMB_WAMR_COMMIT}")
wmb_json_list(_module ${WMB_WASM_COMMAND})
set(WMB_RUNTIME_INFO_ITEMS
  runtime "\"wamr\"" mode "\"${WMB_WAMR_MODE}\"" source_commit "${_commit}"
  pool_bytes "${WMB_WAMR_POOL_BYTES}" module "${_module}")
# Guard pages around linear memory (lib/CMakeLists.txt): set by host AOT's timed image only.
if(WMB_WAMR_BOUNDS STREQUAL "hardware")
  list(APPEND WMB_RUNTIME_INFO_ITEMS guard_pages true)
else()
  list(APPEND WMB_RUNTIME_INFO_ITEMS guard_pages false)
endif()
# What the numbers of a host image depend on, in a few words: its bounds checks
# (runtimes/wamr-aot names those of its two images; the interpreters have one).
if(WMB_TARGET STREQUAL "host" AND NOT WMB_WAMR_CONFIGURATION)
  set(WMB_WAMR_CONFIGURATION "software bounds checks (no guard pages)")
endif()
if(WMB_WAMR_CONFIGURATION)
  wmb_json_string(_configuration "${WMB_WAMR_CONFIGURATION}")
  list(APPEND WMB_RUNTIME_INFO_ITEMS configuration "${_configuration}")
endif()

if(WMB_WAMR_MODE STREQUAL "aot")
  set(WMB_WAMRC "" CACHE FILEPATH "wamrc built from the same WAMR source (wamr-compiler/)")
  if(NOT WMB_WAMRC)
    message(FATAL_ERROR "runtime ${RUNTIME} needs wamrc: configure with -DWMB_WAMRC=<path to wamrc> "
      "(built from ${WAMR_ROOT_DIR}/wamr-compiler against llvm-19-dev)")
  endif()
  if(NOT EXISTS "${WMB_WAMRC}")
    message(FATAL_ERROR "WMB_WAMRC=${WMB_WAMRC} does not exist")
  endif()
  set(_aot ${CMAKE_CURRENT_BINARY_DIR}/${BENCHMARK}.aot)
  add_custom_command(OUTPUT ${_aot}
    COMMAND ${WMB_WAMRC} ${WMB_WAMRC_FLAGS} -o ${_aot} ${WMB_WASM_MODULE}
    DEPENDS ${WMB_WASM_MODULE} ${WMB_WAMRC}
    COMMENT "wamrc ${BENCHMARK}.wasm"
    VERBATIM)
  # The loader copies code and data out of the file: it can stay in flash.
  wmb_embed_module(${_aot} rodata)
  # What the flags mean for the code, spelled out (wamrc's defaults where a
  # flag is absent: no --cpu is a generic CPU without an FPU).
  set(_aot_target "")
  set(_aot_abi "")
  set(_aot_cpu "generic")
  set(_aot_bounds 1)
  set(_aot_features "")
  foreach(flag IN LISTS WMB_WAMRC_FLAGS)
    if(flag MATCHES "^--target=(.*)")
      set(_aot_target "${CMAKE_MATCH_1}")
    elseif(flag MATCHES "^--target-abi=(.*)")
      set(_aot_abi "${CMAKE_MATCH_1}")
    elseif(flag MATCHES "^--cpu=(.*)")
      set(_aot_cpu "${CMAKE_MATCH_1}")
    elseif(flag MATCHES "^--cpu-features=(.*)")
      set(_aot_features "${CMAKE_MATCH_1}")
    elseif(flag MATCHES "^--bounds-checks=(.*)")
      set(_aot_bounds "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  # Thumb's float ABI is in the target ABI's name; x86_64 always has SSE floats.
  if(_aot_abi MATCHES "hf$" OR NOT _aot_target MATCHES "^thumb")
    set(_aot_float hard)
  else()
    set(_aot_float soft)
  endif()
  wmb_json_list(_wamrc ${WMB_WAMRC_FLAGS})
  list(APPEND WMB_RUNTIME_INFO_ITEMS
    aot_target "\"${_aot_target}\"" aot_target_abi "\"${_aot_abi}\"" aot_cpu "\"${_aot_cpu}\"" aot_cpu_features "\"${_aot_features}\""
    aot_float_abi "\"${_aot_float}\"" aot_bounds_checks "${_aot_bounds}" wamrc_flags "${_wamrc}")
else()
  # The interpreters' loader writes into the module (names are terminated in
  # place; the classic interpreter also rewrites opcodes): it must be in RAM.
  wmb_embed_module(${WMB_WASM_MODULE} data)
endif()

list(APPEND RUNTIME_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/wamr_glue.c
  ${CMAKE_CURRENT_LIST_DIR}/imports.c)
if(NOT WMB_TARGET STREQUAL "host")
  list(APPEND RUNTIME_SOURCES ${CMAKE_CURRENT_LIST_DIR}/platform/wmb_platform.c)
endif()

wmb_json_object(WMB_RUNTIME_INFO ${WMB_RUNTIME_INFO_ITEMS})
