# QEMU netduinoplus2 (STM32F405, Cortex-M4F) stands in for the F446RE: same
# flash/RAM addresses, same USART2 at 0x40004400 (QEMU's second serial port),
# no RCC or GPIO model. TIM2 replaces the DWT cycle counter, which QEMU lacks.
set(BOARD_QEMU_MACHINE netduinoplus2)
set(BOARD_QEMU_SERIAL_ARGS -serial null -serial stdio)
list(APPEND BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/counter_tim2.c)
