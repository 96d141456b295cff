# Embench-IoT 1.0's st (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER st)
set(EMBENCH_WASM_STACK 1024)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 17408 wamr-fast 17408 wamr-aot 24576)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
