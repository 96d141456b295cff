# The benchmark as a Wasm module, built inside the firmware build (included by
# the Wasm runtimes' runtime.cmake). Out:
#   WMB_WASM_MODULE   path of ${BENCHMARK}.wasm in the build directory
#   WMB_WASM_COMMAND  how it was made (a list), for wmb-build.json
set(_wasm_dir ${CMAKE_CURRENT_LIST_DIR})
set(WMB_WASM_MODULE ${CMAKE_BINARY_DIR}/${BENCHMARK}.wasm)

if(BENCHMARK STREQUAL "toggle")
  find_program(WMB_WAT2WASM wat2wasm)
  if(NOT WMB_WAT2WASM)
    message(FATAL_ERROR "wat2wasm not found (Debian package wabt): needed for wasm/toggle.wat")
  endif()
  set(WMB_WASM_COMMAND wat2wasm toggle.wat)
  add_custom_command(OUTPUT ${WMB_WASM_MODULE}
    COMMAND ${WMB_WAT2WASM} ${_wasm_dir}/toggle.wat -o ${WMB_WASM_MODULE}
    DEPENDS ${_wasm_dir}/toggle.wat
    COMMENT "wat2wasm toggle.wat"
    VERBATIM)

elseif(BENCHMARK STREQUAL "fft")
  find_program(WMB_WASM_CLANG clang-19)
  if(NOT WMB_WASM_CLANG)
    message(FATAL_ERROR "clang-19 not found (Debian packages clang-19 and lld-19): needed for wasm/fft_bench_wasm.c")
  endif()
  # The study's command line, except the stack size (16384 there): a 1 KiB
  # stack and the two exports let every runtime cut linear memory down to
  # __heap_base (about 14 KiB) instead of a 64 KiB page, which would not fit
  # the F446RE's 128 KiB RAM beside a runtime. --max-memory declares that the
  # module never grows its memory. wasm32 has no fused multiply-add, so the
  # native build's -ffp-contract=off has no counterpart here.
  set(_flags --target=wasm32-unknown-unknown -O3 -nostdlib -Wl,--no-entry
    -Wl,-z,stack-size=1024 -Wl,--export=__heap_base -Wl,--export=__data_end
    -Wl,--max-memory=65536)
  set(WMB_WASM_COMMAND clang-19 ${_flags} fft_bench_wasm.c)
  # wmb_wasm_fft(<out.wasm> [extra clang flags...]): the FFT module, e.g. with a
  # parameterless entry for an engine that cannot pass arguments (wasm-interp).
  function(wmb_wasm_fft out)
    set(_fft_dir ${WMB_ROOT}/apps/fft)
    add_custom_command(OUTPUT ${out}
      COMMAND ${WMB_WASM_CLANG} ${_flags} ${ARGN} -I${_wasm_dir}/include -I${_fft_dir}
              -o ${out} ${_wasm_dir}/fft_bench_wasm.c
      DEPENDS ${_wasm_dir}/fft_bench_wasm.c ${_wasm_dir}/include/string.h
              ${_fft_dir}/fft.c ${_fft_dir}/fft.h
      COMMENT "clang-19 fft_bench_wasm.c ${ARGN}"
      VERBATIM)
  endfunction()
  wmb_wasm_fft(${WMB_WASM_MODULE})

else()
  message(FATAL_ERROR "no Wasm module for benchmark '${BENCHMARK}' (wasm/wasm.cmake)")
endif()
