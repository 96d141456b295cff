# Embench-IoT 1.0's statemate (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER statemate)
set(EMBENCH_WASM_STACK 1024)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 15360 wamr-fast 30720 wamr-aot 23552)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
