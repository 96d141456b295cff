# Embench-IoT 1.0's huffbench (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER huffbench)
set(EMBENCH_WASM_STACK 8192)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 34816 wamr-fast 46080 wamr-aot 43008)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
