# Embench-IoT 1.0's aha-mont64 (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER aha-mont64)
set(EMBENCH_WASM_STACK 1024)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 15360 wamr-fast 18432 wamr-aot 22528)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
