# A runtime in a separate process on the host (runtimes node, node-steady and
# wasm-interp): the firmware starts `node [WMB_PIPE_NODE_FLAGS...] <WMB_PIPE_RUNNER>
# <module> [WMB_PIPE_RUNNER_ARGS...]` and calls the module's
# exports through a pipe (pipe_runtime.c), so the driver times them exactly as
# for any other runtime; the pipe round trip, some tens of microseconds, is
# inside the count. In: WMB_PIPE_RUNNER; optionally WMB_PIPE_MODULE (default:
# the benchmark module), WMB_PIPE_NODE_FLAGS, WMB_PIPE_RUNNER_ARGS and
# WMB_PIPE_INFO (extra runtime_info items).
if(NOT WMB_TARGET STREQUAL "host")
  message(FATAL_ERROR "runtime ${RUNTIME} runs on the host only (TARGET=host)")
endif()
include(${WMB_ROOT}/cmake/wmb_wasm.cmake)
if(NOT WMB_PIPE_MODULE)
  set(WMB_PIPE_MODULE ${WMB_WASM_MODULE})
endif()
find_program(WMB_NODE node)
if(NOT WMB_NODE)
  message(FATAL_ERROR "node not found: runtime ${RUNTIME} needs Node.js on PATH")
endif()
add_custom_target(${WMB_FIRMWARE}_wasm_module ALL DEPENDS ${WMB_PIPE_MODULE})
add_dependencies(${WMB_FIRMWARE} ${WMB_FIRMWARE}_wasm_module)
list(APPEND RUNTIME_SOURCES ${CMAKE_CURRENT_LIST_DIR}/pipe_runtime.c)
# The child's argv as a C array in a generated header: no shell, no quoting.
set(_argv "")
foreach(_a IN ITEMS ${WMB_NODE} ${WMB_PIPE_NODE_FLAGS} ${WMB_PIPE_RUNNER} ${WMB_PIPE_MODULE} ${WMB_PIPE_RUNNER_ARGS})
  wmb_json_string(_q "${_a}")
  string(APPEND _argv "    ${_q},\n")
endforeach()
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/wmb_pipe_argv.h "static char *const wmb_pipe_argv[] = {\n${_argv}    0,\n};\n")
execute_process(COMMAND ${WMB_NODE} --version OUTPUT_VARIABLE _node_version OUTPUT_STRIP_TRAILING_WHITESPACE)
wmb_json_list(_module ${WMB_WASM_COMMAND})
# out_of_process: the harness counts no instructions (callgrind would see only the pipe).
wmb_json_object(WMB_RUNTIME_INFO runtime "\"${RUNTIME}\"" out_of_process true node_version "\"${_node_version}\"" module "${_module}" ${WMB_PIPE_INFO})
if(WMB_PIPE_NODE_FLAGS)
  wmb_json_list(_flags ${WMB_PIPE_NODE_FLAGS} ${WMB_PIPE_RUNNER_ARGS})
  string(JSON WMB_RUNTIME_INFO SET "${WMB_RUNTIME_INFO}" node_args "${_flags}")
endif()
