# Embench-IoT 1.0's sglib-combined (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER sglib-combined)
set(EMBENCH_WASM_STACK 2048)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 27648 wamr-fast 46080 wamr-aot 41984)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
