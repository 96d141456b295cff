# Embench-IoT 1.0's picojpeg (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER picojpeg)
set(EMBENCH_WASM_STACK 1024)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 19456 wamr-fast 106496 wamr-aot 75776)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
