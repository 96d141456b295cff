# QEMU mps2-an500 stands in for the F746ZG (board.yml). It has no STM32
# peripherals: the MPS2 console UART and counter (common/) replace the board code.
set(BOARD_SOURCES ${WMB_ROOT}/common/board_mps2.c ${WMB_ROOT}/common/counter_fpgaio.c)
