# Embench-IoT 1.0's slre (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER slre)
set(EMBENCH_WASM_STACK 4096)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 18432 wamr-fast 33792 wamr-aot 27648)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
