# Native: the benchmark is compiled into the firmware and called directly.
set(RUNTIME_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/native.c
  ${CMAKE_CURRENT_LIST_DIR}/exports_${BENCHMARK}.c
  ${APP_SOURCES})
wmb_json_object(WMB_RUNTIME_INFO runtime "\"native\"")
