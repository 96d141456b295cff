# wabt's wasm-interp (Debian package wabt) on the host, as an extra reference:
# it cannot pass arguments to an export, so it runs a build of the module with a
# parameterless fft_main (the whole benchmark at WMB_FFT_ITERATIONS, returning
# the checksum), once per fft_bench call, through a small runner. Process start
# and module parsing (milliseconds, against seconds of interpretation) are
# inside the count; the host backend counts no instructions for it.
find_program(WMB_WASM_INTERP wasm-interp)
if(NOT WMB_WASM_INTERP)
  message(FATAL_ERROR "wasm-interp not found (Debian package wabt): needed for runtime wasm-interp")
endif()
if(NOT BENCHMARK STREQUAL "fft")
  message(FATAL_ERROR "runtime wasm-interp runs the fft benchmark only")
endif()
include(${WMB_ROOT}/../wasm/wasm.cmake)
set(WMB_PIPE_MODULE ${CMAKE_BINARY_DIR}/fft_main.wasm)
wmb_wasm_fft(${WMB_PIPE_MODULE} -DWMB_FFT_MAIN_ITERATIONS=${WMB_FFT_ITERATIONS})
set(WMB_PIPE_RUNNER ${CMAKE_CURRENT_LIST_DIR}/runner.mjs)
execute_process(COMMAND ${WMB_WASM_INTERP} --version OUTPUT_VARIABLE _v OUTPUT_STRIP_TRAILING_WHITESPACE)
set(WMB_PIPE_INFO wasm_interp_version "\"${_v}\"")
include(${CMAKE_CURRENT_LIST_DIR}/../node/pipe.cmake)
