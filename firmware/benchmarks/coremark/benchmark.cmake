# CoreMark v1.01 (sources.json "coremark"): its own files, never copied here,
# with the porting layer CoreMark asks of a port (core_portme.h, core_portme.c).
if(NOT WMB_SOURCE_COREMARK)
  message(FATAL_ERROR "benchmark ${BENCHMARK} needs CoreMark's source: the tool passes "
    "-DWMB_SOURCE_COREMARK=<tree> (sources.json \"coremark\"); give a checkout of eembc/coremark at v1.01")
endif()
set(_coremark ${WMB_SOURCE_COREMARK})
set(_glue ${CMAKE_CURRENT_LIST_DIR})
set(_upstream ${_coremark}/core_list_join.c ${_coremark}/core_main.c ${_coremark}/core_matrix.c
  ${_coremark}/core_state.c ${_coremark}/core_util.c)

# The port's header first: CoreMark's coremark.h includes "core_portme.h".
set(BENCHMARK_INCLUDE_DIRS ${_glue} ${_coremark})
set(BENCHMARK_SOURCES ${_upstream} ${_glue}/core_portme.c)
set(BENCHMARK_EXPORT_SOURCES ${_glue}/exports.c)
# CoreMark's code is compiled as it is: its warnings are not ours to fix.
set_source_files_properties(${_upstream} PROPERTIES COMPILE_OPTIONS -w)
set_property(SOURCE ${_coremark}/core_main.c APPEND PROPERTY COMPILE_DEFINITIONS main=coremark_main)

set(BENCHMARK_INIT coremark_init)
set(BENCHMARK_RUN coremark_run)
set(BENCHMARK_CHECKSUM coremark_checksum)

# The module: the same files; wasi-libc only for the few string functions the
# compiler may call (nothing imported).
set(BENCHMARK_WASM_SOURCES ${BENCHMARK_SOURCES})
set(BENCHMARK_WASM_LIBC ON)
set(BENCHMARK_WASM_STACK 1024)
set(BENCHMARK_WASM_FLAGS -w -Dmain=coremark_main -I${_glue} -I${_coremark})
set(BENCHMARK_WASM_RUNTIME_STACK 8192)
set(BENCHMARK_WASM_RUNTIME_HEAP 98304)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 20480 wamr-fast 49152 wamr-aot 40960)
