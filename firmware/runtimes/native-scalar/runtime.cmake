# Native C without auto-vectorisation: Wasm here is scalar, and gcc -O3 turns the
# FFT butterfly into SSE on the host, so this is the like-for-like baseline.
include(${CMAKE_CURRENT_LIST_DIR}/../native/runtime.cmake)
set_source_files_properties(${APP_SOURCES} PROPERTIES COMPILE_OPTIONS "-fno-tree-vectorize;-fno-tree-slp-vectorize")
