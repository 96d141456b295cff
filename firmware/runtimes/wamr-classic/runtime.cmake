# WAMR's classic interpreter: executes the Wasm bytecode, rewriting some
# opcodes in place (so the module lives in RAM).
set(WMB_WAMR_MODE classic)
set(WMB_WAMR_POOL_BYTES 24576)
include(${CMAKE_CURRENT_LIST_DIR}/../wamr/wamr.cmake)
