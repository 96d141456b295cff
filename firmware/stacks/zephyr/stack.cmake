# Zephyr: the benchmark runs in one thread under the started kernel. The
# application itself (Zephyr's build, board mapping, configuration) is
# zephyr.cmake, which firmware/CMakeLists.txt hands STACK=zephyr over to.
# main.c goes into Zephyr's `app` library, board.c into `firmware`.
set(STACK_SOURCES ${CMAKE_CURRENT_LIST_DIR}/main.c)
set(STACK_BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/board.c)
