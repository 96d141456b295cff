# 1024-point complex FFT benchmark (benchmark.yml: what it reports).
set(BENCHMARK_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR})
# The benchmark (plain C99, also built for the host by host_main.c) and its export
# table: the native runtime compiles them in.
set(BENCHMARK_SOURCES ${CMAKE_CURRENT_LIST_DIR}/fft.c)
set(BENCHMARK_EXPORT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/exports.c)
# The module: the same fft.c with its three functions exported (cmake/wmb_wasm.cmake).
set(BENCHMARK_WASM_SOURCES ${CMAKE_CURRENT_LIST_DIR}/fft_wasm.c)
# WAMR's pool: the module's memory holds the input beside the buffer (8 KiB each).
set(BENCHMARK_WASM_RUNTIME_HEAP 40960)
# The generic driver (common/wmb_benchmark_driver.c) measures run(iterations)
# between init() and checksum().
set(BENCHMARK_INIT fft_init)
set(BENCHMARK_RUN fft_bench)
set(BENCHMARK_CHECKSUM fft_checksum)
# The loop the time goes into (the butterflies): file, then a text only its line has.
set(BENCHMARK_HOT_LOOP ${CMAKE_CURRENT_LIST_DIR}/fft.c "k < half")
