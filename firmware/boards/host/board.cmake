# The host Linux machine the harness runs on (x86_64 or whatever gcc targets): the
# reference for the study's host table. Its facts are in board.yml.
set(BOARD_OPT_FLAGS -O3)
set(BOARD_INCLUDE_DIRS ${CMAKE_CURRENT_LIST_DIR})
set(BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/board.c)
