# Embench-IoT 1.0's ud (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER ud)
set(EMBENCH_WASM_STACK 1024)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 17408 wamr-fast 23552 wamr-aot 25600)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
