# GPIO toggle benchmark.
set(APP_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR})
# The benchmark loops (compiled in by the native runtime).
set(APP_SOURCES ${CMAKE_CURRENT_LIST_DIR}/toggle.c)
# gpio_toggle(): the host function every runtime offers the module.
set(APP_HOST_SOURCES ${CMAKE_CURRENT_LIST_DIR}/gpio_toggle.c)
# Measures through the runtime and reports; the same for every runtime.
set(APP_DRIVER_SOURCES ${CMAKE_CURRENT_LIST_DIR}/toggle_driver.c)
