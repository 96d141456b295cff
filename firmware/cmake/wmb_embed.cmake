# A binary file (a .wasm or .aot module) as a C array, without xxd.
#   include()d:  wmb_embed(<out.c> <input> <symbol> <section>) adds the build rule.
#   cmake -P:    -DINPUT= -DOUTPUT= -DSYMBOL= -DSECTION= writes the file.
# SECTION "rodata" keeps the bytes in flash; "data" copies them to RAM at reset,
# for runtimes that write into the module while loading it. The length is a
# separate constant, so the array is exactly the module's bytes.
if(CMAKE_SCRIPT_MODE_FILE)
  file(READ ${INPUT} _hex HEX)
  string(LENGTH "${_hex}" _digits)
  math(EXPR _bytes "${_digits} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _array "${_hex}")
  # 16 bytes per line (CMake's regular expressions have no {n}).
  string(REPEAT "0x..," 16 _line)
  string(REGEX REPLACE "(${_line})" "\\1\n  " _array "${_array}")
  if(SECTION STREQUAL "rodata")
    set(_qualifier "const ")
  elseif(SECTION STREQUAL "data")
    set(_qualifier "")
  else()
    message(FATAL_ERROR "wmb_embed: SECTION must be rodata or data, not '${SECTION}'")
  endif()
  file(WRITE ${OUTPUT} "/* Generated from ${INPUT} by wmb_embed.cmake; do not edit. */
#include <stdint.h>

${_qualifier}uint8_t ${SYMBOL}[${_bytes}] __attribute__((aligned(8))) = {
  ${_array}
};
const uint32_t ${SYMBOL}_size = ${_bytes}u;
")
  return()
endif()

set(_wmb_embed_script ${CMAKE_CURRENT_LIST_FILE})

function(wmb_embed out_c input symbol section)
  add_custom_command(OUTPUT ${out_c}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${out_c} -DSYMBOL=${symbol}
            -DSECTION=${section} -P ${_wmb_embed_script}
    DEPENDS ${input} ${_wmb_embed_script}
    COMMENT "Embedding ${input} as ${symbol}"
    VERBATIM)
endfunction()
