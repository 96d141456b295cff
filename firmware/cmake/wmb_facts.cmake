# The facts of the board (boards/<board>/board.yml) and runtime (runtimes/<runtime>/runtime.yml) this
# build is for. CMake has no YAML reader: wasm-mcu-bench reads those files and passes the facts as -D
# values (src/catalogue/cmake.ts); a direct CMake user passes the same (README, "Extending").
function(wmb_require_fact name)
  if(NOT DEFINED ${name})
    message(FATAL_ERROR "${name} is not set: it comes from boards/${BOARD}/board.yml, which wasm-mcu-bench "
      "reads and passes as -D${name}=...; building with CMake directly, pass it too (README, \"Extending\")")
  endif()
endfunction()

foreach(_fact CPU_FLAGS CORE_HZ FLASH_BYTES RAM_BYTES COUNTER)
  wmb_require_fact(WMB_BOARD_${_fact})
endforeach()
set(BOARD_CPU_FLAGS ${WMB_BOARD_CPU_FLAGS})
set(BOARD_CORE_HZ ${WMB_BOARD_CORE_HZ})
set(BOARD_FLASH_BYTES ${WMB_BOARD_FLASH_BYTES})
set(BOARD_RAM_BYTES ${WMB_BOARD_RAM_BYTES})
if(NOT WMB_TARGET STREQUAL "host")
  wmb_require_fact(WMB_BOARD_FLASH_ORIGIN)
  wmb_require_fact(WMB_BOARD_RAM_ORIGIN)
  set(BOARD_FLASH_ORIGIN ${WMB_BOARD_FLASH_ORIGIN})
  set(BOARD_RAM_ORIGIN ${WMB_BOARD_RAM_ORIGIN})
endif()
if(WMB_TARGET STREQUAL "emulated")
  wmb_require_fact(WMB_BOARD_QEMU_MACHINE)
  wmb_require_fact(WMB_BOARD_QEMU_SERIAL)
  set(BOARD_QEMU_MACHINE ${WMB_BOARD_QEMU_MACHINE})
  set(BOARD_QEMU_SERIAL_ARGS ${WMB_BOARD_QEMU_SERIAL})
endif()
# Stack-specific facts, read where they are used (stacks/zephyr/zephyr.cmake); named here so that CMake
# does not call them unused in the other stacks' builds.
set(_wmb_stack_facts "${WMB_BOARD_ZEPHYR}${WMB_BOARD_ZEPHYR_QEMU_MACHINE}${WMB_BOARD_ZEPHYR_QEMU_SERIAL}${WMB_RUNTIME_ZEPHYR_KCONFIG}")
