# FreeRTOS: the benchmark runs in one task under the started scheduler (SysTick,
# PendSV and SVC handlers live). The kernel is the pinned FreeRTOS-Kernel
# (firmware/sources.json), built with its own CMake as a static library.
include(${WMB_ROOT}/cmake/wmb_sources.cmake)

# The kernel once per configure: a group's members link the same library. Its
# options are the board's and the config's (WMB_DEFINES: task stack, heap);
# wmb_config.h gives it the core clock (the first member's, all alike).
if(NOT TARGET freertos_kernel)
  # The port follows the core; the Cortex-M7 port (r0p1) carries the errata
  # workaround the F746's r0p1 core needs and runs on later M7 revisions too.
  if(BOARD_CPU_FLAGS MATCHES "-mcpu=cortex-m7")
    set(FREERTOS_PORT GCC_ARM_CM7 CACHE STRING "FreeRTOS port" FORCE)
  elseif(BOARD_CPU_FLAGS MATCHES "-mcpu=cortex-m4")
    set(FREERTOS_PORT GCC_ARM_CM4F CACHE STRING "FreeRTOS port" FORCE)
  else()
    message(FATAL_ERROR "stack freertos: no FreeRTOS port for board ${BOARD} (${BOARD_CPU_FLAGS})")
  endif()
  set(FREERTOS_HEAP 4 CACHE STRING "FreeRTOS heap implementation" FORCE)

  # The kernel sees the same code generation and definitions as the firmware:
  # FreeRTOSConfig.h reads WMB_* definitions (task stack, heap size) and the
  # generated wmb_config.h (core clock).
  add_library(freertos_config INTERFACE)
  target_include_directories(freertos_config SYSTEM INTERFACE
    ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_BINARY_DIR})
  target_compile_options(freertos_config INTERFACE ${WMB_COMPILE_OPTIONS})
  target_compile_definitions(freertos_config INTERFACE ${WMB_DEFINES})

  wmb_declare_source(freertos_kernel)
  FetchContent_MakeAvailable(freertos_kernel)
endif()

set(STACK_SOURCES ${CMAKE_CURRENT_LIST_DIR}/main.c)
target_link_libraries(${WMB_FIRMWARE} PRIVATE freertos_kernel)
target_link_options(${WMB_FIRMWARE} PRIVATE -T${CMAKE_CURRENT_LIST_DIR}/rtos_heap.ld)
set_property(TARGET ${WMB_FIRMWARE} APPEND PROPERTY LINK_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/rtos_heap.ld)
