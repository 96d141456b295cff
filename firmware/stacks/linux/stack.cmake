# Linux user space: the host reference. Memory is the process's peak RSS.
set(STACK_SOURCES ${CMAKE_CURRENT_LIST_DIR}/main.c)
