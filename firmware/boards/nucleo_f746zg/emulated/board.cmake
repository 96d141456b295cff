# QEMU mps2-an500 stands in for the F746ZG (board.yml). It has no STM32
# peripherals: its own console UART and counter replace the board code.
set(BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/board_mps2.c ${WMB_ROOT}/common/counter_fpgaio.c)
