# Embench-IoT 1.0's matmult-int (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER matmult-int)
set(EMBENCH_WASM_STACK 1024)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 26624 wamr-fast 34816 wamr-aot 41984)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
