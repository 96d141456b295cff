# wabt's wasm-interp (Debian package wabt) on the host, as an extra reference:
# it cannot pass arguments to an export, so it runs a build of the module with a
# parameterless wmb_main (the whole benchmark at WMB_ITERATIONS, returning the
# checksum; cmake/wasm-main.c), once per timed call, through a small runner.
# Process start and module parsing (milliseconds, against seconds of
# interpretation) are inside the count; the host backend counts no instructions for it.
find_program(WMB_WASM_INTERP wasm-interp)
if(NOT WMB_WASM_INTERP)
  message(FATAL_ERROR "wasm-interp not found (Debian package wabt): needed for runtime wasm-interp")
endif()
include(${WMB_ROOT}/cmake/wmb_wasm.cmake)
set(WMB_PIPE_MODULE ${CMAKE_CURRENT_BINARY_DIR}/${BENCHMARK}_main.wasm)
wmb_wasm_main(${WMB_PIPE_MODULE})
set(WMB_PIPE_RUNNER ${CMAKE_CURRENT_LIST_DIR}/runner.mjs)
set(WMB_PIPE_RUNNER_ARGS ${BENCHMARK_INIT} ${BENCHMARK_RUN} ${BENCHMARK_CHECKSUM})
execute_process(COMMAND ${WMB_WASM_INTERP} --version OUTPUT_VARIABLE _v OUTPUT_STRIP_TRAILING_WHITESPACE)
set(WMB_PIPE_INFO wasm_interp_version "\"${_v}\"")
include(${CMAKE_CURRENT_LIST_DIR}/../node/pipe.cmake)
