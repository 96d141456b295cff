# The benchmark of one image (BENCHMARK, its folder WMB_BENCHMARK_DIR, its
# WMB_ITERATIONS and WMB_STEADY_PROBES), checked before it is built; the
# cache values are declared in cmake/wmb_options.cmake.
if(WMB_BENCHMARK_DIR)
  get_filename_component(WMB_BENCHMARK_DIR "${WMB_BENCHMARK_DIR}" ABSOLUTE)
  get_filename_component(_name "${WMB_BENCHMARK_DIR}" NAME)
  if(NOT EXISTS "${WMB_BENCHMARK_DIR}/benchmark.cmake")
    message(FATAL_ERROR "WMB_BENCHMARK_DIR=${WMB_BENCHMARK_DIR} has no benchmark.cmake")
  endif()
  if(NOT "${BENCHMARK}" STREQUAL "${_name}")
    message(FATAL_ERROR "BENCHMARK '${BENCHMARK}' is not WMB_BENCHMARK_DIR's folder name '${_name}'")
  endif()
else()
  wmb_require(BENCHMARK "${_benchmarks}")
  set(WMB_BENCHMARK_DIR ${_wmb_root}/benchmarks/${BENCHMARK})
endif()
# The tool passes the count from the benchmark's benchmark.yml (iterations per target).
if(NOT "${WMB_ITERATIONS}" MATCHES "^[1-9][0-9]*$")
  message(FATAL_ERROR "WMB_ITERATIONS must be a positive integer (got '${WMB_ITERATIONS}'): "
    "pass -DWMB_ITERATIONS=<n>, the iterations for this target in ${WMB_BENCHMARK_DIR}/benchmark.yml")
endif()
if(NOT WMB_STEADY_PROBES MATCHES "^[01]$")
  message(FATAL_ERROR "WMB_STEADY_PROBES must be 0 or 1 (got '${WMB_STEADY_PROBES}'): the tool passes it from "
    "${WMB_BENCHMARK_DIR}/benchmark.yml's steady for the target")
endif()
