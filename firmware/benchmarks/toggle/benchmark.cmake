# GPIO toggle benchmark (benchmark.yml: what it reports).
set(BENCHMARK_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR})
# The benchmark loops and their export table (compiled in by the native runtime).
set(BENCHMARK_SOURCES ${CMAKE_CURRENT_LIST_DIR}/toggle.c)
set(BENCHMARK_EXPORT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/exports.c)
# gpio_toggle(): called natively by toggle_call, imported by the module.
set(BENCHMARK_FIRMWARE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/gpio_toggle.c)
# Measures the modes the runtime offers; its own driver, not the generic one.
set(BENCHMARK_DRIVER_SOURCES ${CMAKE_CURRENT_LIST_DIR}/driver.c)
# The module, written by hand, and the host side of its import (benchmark_imports.h).
set(BENCHMARK_WASM_WAT ${CMAKE_CURRENT_LIST_DIR}/toggle.wat)
set(BENCHMARK_WASM_HOST_SOURCES ${CMAKE_CURRENT_LIST_DIR}/host_toggle.c)
# The host function stops the module with a trap or exception: AOT code must
# check for it (bounds checks on).
set(BENCHMARK_HOST_STOPS ON)
