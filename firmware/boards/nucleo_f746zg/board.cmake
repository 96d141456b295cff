# NUCLEO-F746ZG: STM32F746ZG, Cortex-M7 at 216 MHz with a single-precision FPU,
# 1 MiB flash, 320 KiB RAM (DTCM + SRAM1 + SRAM2, contiguous from 0x20000000).
set(BOARD_CPU_FLAGS -mthumb -mcpu=cortex-m7 -mfpu=fpv5-sp-d16 -mfloat-abi=hard)
set(BOARD_CORE_HZ 216000000)
set(BOARD_FLASH_ORIGIN 0x08000000)
set(BOARD_FLASH_BYTES 1048576)
set(BOARD_RAM_ORIGIN 0x20000000)
set(BOARD_RAM_BYTES 327680)
set(BOARD_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR})

if(WMB_TARGET STREQUAL "emulated")
  include(${CMAKE_CURRENT_LIST_DIR}/emulated/board.cmake)
else()
  set(BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/board.c ${WMB_ROOT}/common/stm32_clock.c)
endif()
