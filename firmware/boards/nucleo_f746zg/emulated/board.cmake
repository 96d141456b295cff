# QEMU mps2-an500 (Cortex-M7) stands in for the F746ZG. It has no STM32
# peripherals: its own console UART and counter replace the board code. Code
# memory is SSRAM1 at 0x00000000 (see `info mtree`); RAM is at 0x20000000 as on
# the F746. Capacities stay the F746's.
set(BOARD_QEMU_MACHINE mps2-an500)
set(BOARD_QEMU_SERIAL_ARGS -serial stdio)
set(BOARD_FLASH_ORIGIN 0x00000000)
set(BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/board_mps2.c ${WMB_ROOT}/common/counter_fpgaio.c)
