# 1024-point complex FFT benchmark.
set(APP_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR})
# The benchmark (plain C99, also built for the host by host_main.c).
set(APP_SOURCES ${CMAKE_CURRENT_LIST_DIR}/fft.c)
set(APP_HOST_SOURCES "")
# Measures through the runtime and reports; the same for every runtime.
set(APP_DRIVER_SOURCES ${CMAKE_CURRENT_LIST_DIR}/fft_driver.c)
# The loop the time goes into (the butterflies): file, then a text only its line has.
set(APP_HOT_LOOP ${CMAKE_CURRENT_LIST_DIR}/fft.c "k < half")
