# Embench-IoT 1.0's wikisort (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER wikisort)
set(EMBENCH_WASM_STACK 4096)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
