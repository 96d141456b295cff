# Native: the benchmark is compiled into the firmware and called directly
# through its export table.
# WMB_NATIVE_APP_OPTIONS: extra compile options for the benchmark's sources (native-scalar).
set(RUNTIME_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/native.c
  ${BENCHMARK_EXPORT_SOURCES}
  ${BENCHMARK_SOURCES})
if(WMB_NATIVE_APP_OPTIONS)
  set_source_files_properties(${BENCHMARK_SOURCES} PROPERTIES COMPILE_OPTIONS "${WMB_NATIVE_APP_OPTIONS}")
endif()
if(WMB_TARGET STREQUAL "host" AND BENCHMARK_HOT_LOOP)
  # Whether gcc vectorised the hot loop decides what "native" means on the host.
  include(${WMB_ROOT}/cmake/wmb_vectorisation.cmake)
  list(GET BENCHMARK_HOT_LOOP 0 _hot_file)
  list(GET BENCHMARK_HOT_LOOP 1 _hot_text)
  wmb_vectorisation(_vec ${_hot_file} "${_hot_text}" ${WMB_COMPILE_OPTIONS} ${WMB_NATIVE_APP_OPTIONS})
  wmb_json_object(WMB_RUNTIME_INFO runtime "\"${RUNTIME}\"" vectorisation "${_vec}")
else()
  wmb_json_object(WMB_RUNTIME_INFO runtime "\"native\"")
endif()
