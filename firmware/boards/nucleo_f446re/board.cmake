# NUCLEO-F446RE: STM32F446RE, Cortex-M4F at 180 MHz, 512 KiB flash, 128 KiB RAM.
set(BOARD_CPU_FLAGS -mthumb -mcpu=cortex-m4 -mfpu=fpv4-sp-d16 -mfloat-abi=hard)
set(BOARD_CORE_HZ 180000000)
set(BOARD_FLASH_ORIGIN 0x08000000)
set(BOARD_FLASH_BYTES 524288)
set(BOARD_RAM_ORIGIN 0x20000000)
set(BOARD_RAM_BYTES 131072)
set(BOARD_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR})
# The emulated build keeps the real USART2 code (QEMU models that USART).
set(BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/board.c)

if(WMB_TARGET STREQUAL "emulated")
  include(${CMAKE_CURRENT_LIST_DIR}/emulated/board.cmake)
else()
  list(APPEND BOARD_SOURCES ${WMB_ROOT}/common/stm32_clock.c)
endif()
