# Embench-IoT 1.0's ud (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER ud)
set(EMBENCH_WASM_STACK 1024)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
