# Embench-IoT 1.0's nbody (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER nbody)
set(EMBENCH_WASM_STACK 1024)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 15360 wamr-fast 16384 wamr-aot 21504)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
