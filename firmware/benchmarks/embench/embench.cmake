# One Embench-IoT 1.0 program as a benchmark, included by its folder's
# benchmark.cmake (benchmarks/embench-<name>/), which sets
#   EMBENCH_MEMBER       the program's folder in Embench's src/ (crc32)
#   EMBENCH_WASM_STACK   bytes of the module's shadow stack: the smallest power
#                        of two it verifies with (measured, see README)
#   EMBENCH_FLAGS        (optional) compiler options for the program's sources,
#                        native and Wasm alike: what keeps a program's work in
#                        its timed loop under both compilers
# Its sources and Embench's support/beebsc.c come from the pinned "embench"
# source (sources.json), never from this repository; with them, the glue here
# (embench.c: initialise_benchmark, warm_caches, benchmark, verify_benchmark).
# One iteration is one pass of the program's benchmark body: CPU_MHZ (Embench
# 1.0's global scale factor) is set so that benchmark() is
# benchmark_body(LOCAL_SCALE_FACTOR * 1 / LOCAL_SCALE_FACTOR) = one pass, and
# the run length per target is the iterations in its benchmark.yml.
if(NOT WMB_SOURCE_EMBENCH)
  message(FATAL_ERROR "benchmark ${BENCHMARK} needs Embench-IoT's source: the tool passes "
    "-DWMB_SOURCE_EMBENCH=<tree> (sources.json \"embench\"); give a checkout of embench/embench-iot at embench-1.0")
endif()
set(_embench ${WMB_SOURCE_EMBENCH})
set(_glue ${CMAKE_CURRENT_LIST_DIR})
file(GLOB _member_sources ${_embench}/src/${EMBENCH_MEMBER}/*.c)
if(NOT _member_sources)
  message(FATAL_ERROR "${_embench}/src/${EMBENCH_MEMBER} has no C sources: not an Embench-IoT 1.0 program")
endif()
set(_defines CPU_MHZ=1/LOCAL_SCALE_FACTOR WARMUP_HEAT=1)

set(BENCHMARK_INCLUDE_DIRS ${_glue} ${_embench}/support ${_embench}/src/${EMBENCH_MEMBER})
set(BENCHMARK_SOURCES ${_member_sources} ${_embench}/support/beebsc.c ${_glue}/embench.c)
set(BENCHMARK_EXPORT_SOURCES ${_glue}/exports.c)
# Embench's code is compiled as it is: its warnings are not ours to fix.
# -fno-math-errno: as in the module (clang's default for wasm32), sqrt and
# friends set no errno, so both compilers may treat them as pure.
set(_options -w -fno-math-errno ${EMBENCH_FLAGS})
set_source_files_properties(${_member_sources} ${_embench}/support/beebsc.c PROPERTIES COMPILE_OPTIONS "${_options}")
set_property(SOURCE ${BENCHMARK_SOURCES} APPEND PROPERTY COMPILE_DEFINITIONS ${_defines})

# cubic, minver, nbody and st call the C library's math functions (newlib's libm, glibc's on the host).
target_link_libraries(${WMB_FIRMWARE} PRIVATE m)

set(BENCHMARK_INIT embench_init)
set(BENCHMARK_RUN embench_run)
set(BENCHMARK_CHECKSUM embench_verify)

# The module: the same sources with wasi-libc's string and math functions
# (compute only: nothing imported), exit() a trap (wasm_exit.c).
set(BENCHMARK_WASM_SOURCES ${BENCHMARK_SOURCES} ${_glue}/wasm_exit.c)
set(BENCHMARK_WASM_LIBC ON)
set(BENCHMARK_WASM_STACK ${EMBENCH_WASM_STACK})
# The runtimes' own stack for the calls (wasm3's 2 KiB default overflows in
# sglib-combined and slre) and WAMR's pool where a member measured none for the
# runtime (BENCHMARK_WASM_RUNTIME_HEAPS in its folder; the host, the soft-float
# AOT, a config's own WAMR runtime): 96 KiB, as WAMR fast's pre-compiled code of
# nsichneu and cubic does not fit 64 KiB.
set(BENCHMARK_WASM_RUNTIME_STACK 8192)
set(BENCHMARK_WASM_RUNTIME_HEAP 98304)
set(BENCHMARK_WASM_FLAGS -w ${EMBENCH_FLAGS})
foreach(_d IN LISTS _defines)
  list(APPEND BENCHMARK_WASM_FLAGS -D${_d})
endforeach()
foreach(_i IN LISTS BENCHMARK_INCLUDE_DIRS)
  list(APPEND BENCHMARK_WASM_FLAGS -I${_i})
endforeach()
