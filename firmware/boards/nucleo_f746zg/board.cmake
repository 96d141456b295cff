# NUCLEO-F746ZG: its code. Its facts (CPU, clock, memory, QEMU stand-in) are in board.yml.
set(BOARD_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR})

if(WMB_TARGET STREQUAL "emulated")
  include(${CMAKE_CURRENT_LIST_DIR}/emulated/board.cmake)
else()
  set(BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/board.c ${WMB_ROOT}/common/stm32_clock.c)
endif()
