# WAMR's fast interpreter: translates the bytecode at load time into its own
# register-based code (in the pool), then interprets that.
set(WMB_WAMR_MODE fast)
set(WMB_WAMR_POOL_BYTES 28672)
include(${CMAKE_CURRENT_LIST_DIR}/../wamr/wamr.cmake)
