# wasm3: an interpreter that translates each function to threaded code when
# it is first called. The module stays in flash; wasm3's runtime, code pages
# and linear memory come from the C library's heap (malloc/calloc; the heap
# high-water shows them under every stack).
wmb_source(wasm3 WMB_WASM3_DIR WMB_WASM3_COMMIT)
include(${CMAKE_CURRENT_LIST_DIR}/../wasm-common/wasm_common.cmake)
wmb_embed_module(${WMB_WASM_MODULE} rodata)

# Sized for a 128 KiB RAM and a 16 KiB stack instead of wasm3's desktop
# defaults: 256 operand slots per function (2000) keeps the validator's stack
# frame and the compiler's tables small, 1 KiB code pages (32 KiB) like
# wasm3's own embedded platforms, and deep Wasm recursion traps before the
# native stack would overflow (wasm3 budgets 8 MiB). The glue is compiled
# with the same definitions: wasm3's structures depend on them.
set(WMB_WASM3_DEFINES
  d_m3MaxFunctionStackHeight=256
  d_m3CodePageAlignSize=1024
  d_m3MaxNativeStack=8192)

# Once per configure: a group's members link the same library.
if(NOT TARGET wmb_wasm3)
  set(_m3 ${WMB_WASM3_DIR}/source)
  add_library(wmb_wasm3 STATIC
    ${_m3}/m3_bind.c ${_m3}/m3_code.c ${_m3}/m3_compile.c ${_m3}/m3_core.c
    ${_m3}/m3_env.c ${_m3}/m3_exec.c ${_m3}/m3_function.c ${_m3}/m3_info.c
    ${_m3}/m3_module.c ${_m3}/m3_parse.c ${_m3}/m3_validate.c)
  set_target_properties(wmb_wasm3 PROPERTIES C_STANDARD 99 C_EXTENSIONS ON)
  # wasm3 keeps __FILE__ in its error messages: name the files relative to the
  # source, so flash does not depend on where the checkout lives.
  target_compile_options(wmb_wasm3 PRIVATE ${WMB_COMPILE_OPTIONS} -fmacro-prefix-map=${WMB_WASM3_DIR}/=)
  target_compile_definitions(wmb_wasm3 PUBLIC ${WMB_WASM3_DEFINES})
  target_include_directories(wmb_wasm3 SYSTEM PUBLIC ${_m3})
  # libm: the f32/f64 rounding and sqrt operators.
  target_link_libraries(wmb_wasm3 PUBLIC m)
endif()
target_link_libraries(${WMB_FIRMWARE} PRIVATE wmb_wasm3)

list(APPEND RUNTIME_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/wasm3_glue.c
  ${CMAKE_CURRENT_LIST_DIR}/imports.c)

wmb_json_string(_commit "${WMB_WASM3_COMMIT}")
wmb_json_list(_defines ${WMB_WASM3_DEFINES})
wmb_json_list(_module ${WMB_WASM_COMMAND})
wmb_json_object(WMB_RUNTIME_INFO
  runtime "\"wasm3\"" mode "\"interpreter\"" source_commit "${_commit}"
  defines "${_defines}" module "${_module}")
