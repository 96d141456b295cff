# Embench-IoT 1.0's huffbench (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER huffbench)
set(EMBENCH_WASM_STACK 8192)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
