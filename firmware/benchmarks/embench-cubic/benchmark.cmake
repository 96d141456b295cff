# Embench-IoT 1.0's cubic (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER cubic)
set(EMBENCH_WASM_STACK 2048)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 30720 wamr-fast 76800 wamr-aot 88064)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
