# The benchmark as a Wasm module, built inside the firmware build (included by
# the Wasm runtimes' runtime.cmake) from what benchmarks/<b>/benchmark.cmake
# declares, either of:
#   BENCHMARK_WASM_WAT      a module written in the text format (wabt's wat2wasm)
#   BENCHMARK_WASM_SOURCES  C files (clang-19 for wasm32, no C library: a small
#                           string.h is in wasm-include/), exporting what the
#                           driver calls: export_name attributes in the source,
#                           or BENCHMARK_WASM_EXPORTS (names, passed to the linker)
# Out:
#   WMB_WASM_MODULE   path of ${BENCHMARK}.wasm in the build directory
#   WMB_WASM_COMMAND  how it was made (a list), for wmb-build.json
#   wmb_wasm_main(<out.wasm>)  the C module again with a parameterless export
#                     wmb_main (cmake/wasm-main.c): the whole benchmark at
#                     WMB_ITERATIONS, for an engine that cannot pass arguments
#                     (runtimes/wasm-interp)
set(WMB_WASM_MODULE ${CMAKE_CURRENT_BINARY_DIR}/${BENCHMARK}.wasm)

if(BENCHMARK_WASM_WAT)
  find_program(WMB_WAT2WASM wat2wasm)
  if(NOT WMB_WAT2WASM)
    message(FATAL_ERROR "wat2wasm not found (Debian package wabt): needed for ${BENCHMARK_WASM_WAT}")
  endif()
  get_filename_component(_wat_name ${BENCHMARK_WASM_WAT} NAME)
  set(WMB_WASM_COMMAND wat2wasm ${_wat_name})
  add_custom_command(OUTPUT ${WMB_WASM_MODULE}
    COMMAND ${WMB_WAT2WASM} ${BENCHMARK_WASM_WAT} -o ${WMB_WASM_MODULE}
    DEPENDS ${BENCHMARK_WASM_WAT}
    COMMENT "wat2wasm ${_wat_name}"
    VERBATIM)

elseif(BENCHMARK_WASM_SOURCES)
  find_program(WMB_WASM_CLANG clang-19)
  if(NOT WMB_WASM_CLANG)
    message(FATAL_ERROR "clang-19 not found (Debian packages clang-19 and lld-19): needed for ${BENCHMARK_WASM_SOURCES}")
  endif()
  # The study's command line, except the stack size (16384 there): a 1 KiB
  # stack and the two exports let every runtime cut linear memory down to
  # __heap_base (some KiB) instead of a 64 KiB page, which would
  # not fit the F446RE's 128 KiB RAM beside a runtime. --max-memory declares
  # that the module never grows its memory. wasm32 has no fused multiply-add,
  # so the native build's -ffp-contract=off has no counterpart here.
  if(NOT BENCHMARK_WASM_LIBC)
    set(_wasm_flags --target=wasm32-unknown-unknown -O3 -nostdlib -Wl,--no-entry
      -Wl,-z,stack-size=1024 -Wl,--export=__heap_base -Wl,--export=__data_end
      -Wl,--max-memory=65536)
    set(_wasm_include -I${CMAKE_CURRENT_LIST_DIR}/wasm-include)
  else()
    # BENCHMARK_WASM_LIBC: wasi-libc's libc.a (Debian wasi-libc; compiler-rt's
    # builtins from libclang-rt-19-dev-wasm32) for string and math functions,
    # which import nothing; a function that would (exit, stdio) is the
    # benchmark's to replace. A reactor: without an _initialize, wasm-ld would
    # wrap every export in a command's constructor and destructor calls, and
    # pull in exit(). The stack goes first, so an overflow traps at address 0
    # instead of overwriting data; BENCHMARK_WASM_STACK is its size.
    if(NOT EXISTS /usr/lib/wasm32-wasi/libc.a)
      message(FATAL_ERROR "benchmark '${BENCHMARK}' builds its module against wasi-libc: "
        "install the Debian packages wasi-libc and libclang-rt-19-dev-wasm32 (scripts/setup.sh)")
    endif()
    if(NOT BENCHMARK_WASM_STACK)
      set(BENCHMARK_WASM_STACK 1024)
    endif()
    # -mno-reference-types: clang 19 encodes call_indirect's table as reference
    # types do, which the runtimes are built without (a module with function
    # pointers would not load).
    set(_wasm_flags --target=wasm32-wasi -mexec-model=reactor -mno-reference-types -O3 -Wl,--no-entry
      -Wl,--stack-first -Wl,-z,stack-size=${BENCHMARK_WASM_STACK}
      -Wl,--export=__heap_base -Wl,--export=__data_end -Wl,--max-memory=65536)
    set(_wasm_include "")
  endif()
  list(APPEND _wasm_flags ${BENCHMARK_WASM_FLAGS})
  foreach(_export IN LISTS BENCHMARK_WASM_EXPORTS)
    list(APPEND _wasm_flags -Wl,--export=${_export})
  endforeach()
  set(_wasm_names "")
  foreach(_source IN LISTS BENCHMARK_WASM_SOURCES)
    get_filename_component(_name ${_source} NAME)
    list(APPEND _wasm_names ${_name})
  endforeach()
  set(WMB_WASM_COMMAND clang-19 ${_wasm_flags} ${_wasm_names})
  # Every file of the benchmark's folder: the module's sources include the
  # benchmark's own (a wrapper that #includes them).
  file(GLOB _wasm_depends ${WMB_BENCHMARK_DIR}/*.c ${WMB_BENCHMARK_DIR}/*.h)
  set(_wasm_main ${CMAKE_CURRENT_LIST_DIR}/wasm-main.c)
  # Named here: inside the function CMAKE_CURRENT_LIST_DIR is the caller's folder (a runtime's).
  set(_wasm_string_h ${CMAKE_CURRENT_LIST_DIR}/wasm-include/string.h)
  # Each source compiled on its own through the compiler launcher (ccache, from
  # the tool), then linked as one clang-19 command would: a module is the same
  # for every board, stack and Wasm runtime, so a matrix compiles it once.
  set(_wasm_compile_flags ${_wasm_flags})
  list(FILTER _wasm_compile_flags EXCLUDE REGEX "^-Wl,|^-mexec-model=|^-nostdlib$")
  function(wmb_wasm_module out)
    set(_flags ${ARGN})
    set(_sources ${ARGN})
    list(FILTER _flags EXCLUDE REGEX "\\.c$")
    list(FILTER _sources INCLUDE REGEX "\\.c$")
    list(JOIN ARGN " " _extra)
    get_filename_component(_objdir ${out} NAME)
    set(_objects "")
    set(_i 0)
    foreach(_source IN LISTS _sources BENCHMARK_WASM_SOURCES)
      get_filename_component(_name ${_source} NAME_WE)
      set(_object ${CMAKE_CURRENT_BINARY_DIR}/${_objdir}.o/${_i}-${_name}.o)
      add_custom_command(OUTPUT ${_object}
        COMMAND ${CMAKE_C_COMPILER_LAUNCHER} ${WMB_WASM_CLANG} ${_wasm_compile_flags} ${_flags} ${_wasm_include}
                -I${WMB_BENCHMARK_DIR} -c ${_source} -o ${_object}
        DEPENDS ${_source} ${_wasm_depends} ${_wasm_string_h}
        COMMENT "clang-19 -c ${_name}.c (${_objdir})"
        VERBATIM)
      list(APPEND _objects ${_object})
      math(EXPR _i "${_i} + 1")
    endforeach()
    add_custom_command(OUTPUT ${out}
      COMMAND ${WMB_WASM_CLANG} ${_wasm_flags} ${_flags} -o ${out} ${_objects}
      DEPENDS ${_objects}
      COMMENT "clang-19 ${_wasm_names} ${_extra}"
      VERBATIM)
  endfunction()
  function(wmb_wasm_main out)
    if(NOT BENCHMARK_INIT OR NOT BENCHMARK_RUN OR NOT BENCHMARK_CHECKSUM)
      message(FATAL_ERROR "benchmark '${BENCHMARK}' has no init/run/checksum functions "
        "(BENCHMARK_INIT, BENCHMARK_RUN, BENCHMARK_CHECKSUM in its benchmark.cmake): runtime ${RUNTIME} needs them")
    endif()
    wmb_wasm_module(${out} -DWMB_MAIN_INIT=${BENCHMARK_INIT} -DWMB_MAIN_RUN=${BENCHMARK_RUN}
      -DWMB_MAIN_CHECKSUM=${BENCHMARK_CHECKSUM} -DWMB_MAIN_ITERATIONS=${WMB_ITERATIONS} ${_wasm_main})
  endfunction()
  wmb_wasm_module(${WMB_WASM_MODULE})

else()
  message(FATAL_ERROR "benchmark '${BENCHMARK}' has no Wasm module: its benchmark.cmake "
    "sets neither BENCHMARK_WASM_WAT nor BENCHMARK_WASM_SOURCES (cmake/wmb_wasm.cmake)")
endif()
