# Embench-IoT 1.0's sglib-combined (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER sglib-combined)
set(EMBENCH_WASM_STACK 2048)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
