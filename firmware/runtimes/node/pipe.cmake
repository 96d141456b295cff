# A runtime in a separate process on the host (runtimes node and wasm-interp):
# the firmware starts `node <WMB_PIPE_RUNNER> <module>` and calls the module's
# exports through a pipe (pipe_runtime.c), so the driver times them exactly as
# for any other runtime; the pipe round trip, some tens of microseconds, is
# inside the count. In: WMB_PIPE_RUNNER; optionally WMB_PIPE_MODULE (default:
# the benchmark module) and WMB_PIPE_INFO (extra runtime_info items).
if(NOT WMB_TARGET STREQUAL "host")
  message(FATAL_ERROR "runtime ${RUNTIME} runs on the host only (TARGET=host)")
endif()
include(${WMB_ROOT}/../wasm/wasm.cmake)
if(NOT WMB_PIPE_MODULE)
  set(WMB_PIPE_MODULE ${WMB_WASM_MODULE})
endif()
find_program(WMB_NODE node)
if(NOT WMB_NODE)
  message(FATAL_ERROR "node not found: runtime ${RUNTIME} needs Node.js on PATH")
endif()
add_custom_target(wmb_wasm_module ALL DEPENDS ${WMB_PIPE_MODULE})
add_dependencies(firmware wmb_wasm_module)
list(APPEND RUNTIME_SOURCES ${CMAKE_CURRENT_LIST_DIR}/pipe_runtime.c)
target_compile_definitions(firmware PRIVATE
  WMB_PIPE_COMMAND="${WMB_NODE}" WMB_PIPE_ARG1="${WMB_PIPE_RUNNER}" WMB_PIPE_ARG2="${WMB_PIPE_MODULE}")
execute_process(COMMAND ${WMB_NODE} --version OUTPUT_VARIABLE _node_version OUTPUT_STRIP_TRAILING_WHITESPACE)
wmb_json_list(_module ${WMB_WASM_COMMAND})
# out_of_process: the harness counts no instructions (callgrind would see only the pipe).
wmb_json_object(WMB_RUNTIME_INFO runtime "\"${RUNTIME}\"" out_of_process true node_version "\"${_node_version}\"" module "${_module}" ${WMB_PIPE_INFO})
