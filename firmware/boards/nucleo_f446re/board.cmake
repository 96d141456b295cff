# NUCLEO-F446RE: its code. Its facts (CPU, clock, memory, QEMU stand-in) are in board.yml.
set(BOARD_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR})
# The emulated build keeps the real USART2 code (QEMU models that USART).
set(BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/board.c)

if(WMB_TARGET STREQUAL "emulated")
  include(${CMAKE_CURRENT_LIST_DIR}/emulated/board.cmake)
else()
  list(APPEND BOARD_SOURCES ${WMB_ROOT}/common/stm32_clock.c)
endif()
