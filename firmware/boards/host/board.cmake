# The host Linux machine the harness runs on (x86_64 or whatever gcc targets): the
# reference for the study's host table. No flash or RAM budget; the counter is
# CLOCK_MONOTONIC in nanoseconds.
set(BOARD_CPU_FLAGS "")
set(BOARD_OPT_FLAGS -O3)
set(BOARD_CORE_HZ 0)
set(BOARD_FLASH_BYTES 0)
set(BOARD_RAM_BYTES 0)
set(BOARD_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR})
set(BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/board.c)
