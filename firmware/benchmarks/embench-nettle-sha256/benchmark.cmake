# Embench-IoT 1.0's nettle-sha256 (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER nettle-sha256)
set(EMBENCH_WASM_STACK 1024)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 16384 wamr-fast 32768 wamr-aot 24576)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
