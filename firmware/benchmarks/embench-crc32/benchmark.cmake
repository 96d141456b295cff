# Embench-IoT 1.0's crc32 (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER crc32)
set(EMBENCH_WASM_STACK 1024)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 16384 wamr-fast 16384 wamr-aot 21504)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
