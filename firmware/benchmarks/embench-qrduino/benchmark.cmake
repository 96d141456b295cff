# Embench-IoT 1.0's qrduino (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER qrduino)
set(EMBENCH_WASM_STACK 1024)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 27648 wamr-fast 94208 wamr-aot 58368)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
