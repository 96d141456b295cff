# Embench-IoT 1.0's minver (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER minver)
set(EMBENCH_WASM_STACK 2048)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 16384 wamr-fast 22528 wamr-aot 25600)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
