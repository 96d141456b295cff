# Native C without auto-vectorisation: Wasm here is scalar, so this is the
# like-for-like baseline whatever gcc does with a benchmark's hot loop at -O3.
set(WMB_NATIVE_APP_OPTIONS -fno-tree-vectorize -fno-tree-slp-vectorize)
include(${CMAKE_CURRENT_LIST_DIR}/../native/runtime.cmake)
