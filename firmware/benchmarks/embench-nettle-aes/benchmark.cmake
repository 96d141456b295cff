# Embench-IoT 1.0's nettle-aes (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER nettle-aes)
set(EMBENCH_WASM_STACK 1024)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 28672 wamr-fast 38912 wamr-aot 36864)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
