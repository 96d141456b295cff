# Bare metal: no RTOS, main() runs the benchmark directly after board_init().
set(STACK_SOURCES ${CMAKE_CURRENT_LIST_DIR}/main.c)
