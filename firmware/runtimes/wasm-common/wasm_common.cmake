# Shared by the Wasm runtimes (wasm3, wamr-*): the benchmark as a Wasm module
# (cmake/wmb_wasm.cmake) and the host side of its imports (the benchmark's
# BENCHMARK_WASM_HOST_SOURCES). After including this, a runtime calls
# wmb_embed_module(<file> <rodata|data>) with the module it loads: the .wasm
# itself (WMB_WASM_MODULE) or what it made of it.
include(${WMB_ROOT}/cmake/wmb_wasm.cmake)
include(${WMB_ROOT}/cmake/wmb_embed.cmake)

set(_wasm_common_dir ${CMAKE_CURRENT_LIST_DIR})
list(APPEND RUNTIME_SOURCES ${_wasm_common_dir}/wasm_stop.c ${BENCHMARK_WASM_HOST_SOURCES})
target_include_directories(${WMB_FIRMWARE} PRIVATE ${_wasm_common_dir})
if(BENCHMARK_WASM_RUNTIME_STACK)
  target_compile_definitions(${WMB_FIRMWARE} PRIVATE WMB_WASM_RUNTIME_STACK=${BENCHMARK_WASM_RUNTIME_STACK}u)
endif()

function(wmb_embed_module file section)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/wmb_module.c)
  wmb_embed(${out} ${file} wmb_module ${section})
  if(section STREQUAL "data")
    target_compile_definitions(${WMB_FIRMWARE} PRIVATE WMB_MODULE_IN_RAM=1)
  endif()
  set(RUNTIME_SOURCES ${RUNTIME_SOURCES} ${out} PARENT_SCOPE)
endfunction()
