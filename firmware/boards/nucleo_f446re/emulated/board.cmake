# QEMU netduinoplus2 stands in for the F446RE (board.yml): TIM2 replaces the DWT
# cycle counter, which QEMU lacks.
list(APPEND BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/counter_tim2.c)
