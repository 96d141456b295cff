# Embench-IoT 1.0's wikisort (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER wikisort)
set(EMBENCH_WASM_STACK 8192)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 31744 wamr-fast 66560 wamr-aot 40960)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
