# Writes <builddir>/wmb-build.json: what the harness needs to run and judge
# this build without knowing boards. QEMU command line:
#   <qemu.binary> -M <qemu.machine> <qemu.args...> -kernel <elf>
# runtime_info (WMB_RUNTIME_INFO, a JSON object from runtimes/<r>/runtime.cmake):
# the runtime's name, source commit and, for AOT, how the module was compiled.
# image_sha256: the file where the build records the sha256 of the image it
# linked (cmake/wmb_image_record.cmake, a post-build step of every stack).
# timed_build (host, optional): the wmb-build.json of a second build whose
# image is timed while this one is counted (cmake/wmb_timed_build.cmake).
if(WMB_TARGET STREQUAL "emulated")
  # Exact, repeatable instruction counts; semihosting carries the exit status.
  wmb_json_list(_qemu_args -nographic -monitor none ${BOARD_QEMU_SERIAL_ARGS}
    -icount shift=0,sleep=off -semihosting-config enable=on,target=native)
  set(_qemu "{\"binary\": \"qemu-system-arm\", \"machine\": \"${BOARD_QEMU_MACHINE}\", \"args\": ${_qemu_args}}")
else()
  set(_qemu "null")
endif()
if(WMB_TIMED_BUILD)
  set(_timed "\n  \"timed_build\": \"${WMB_TIMED_BUILD}/wmb-build.json\",")
else()
  set(_timed "")
endif()

file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/wmb-build.json "{
  \"board\": \"${BOARD}\",
  \"stack\": \"${STACK}\",
  \"runtime\": \"${RUNTIME}\",
  \"benchmark\": \"${BENCHMARK}\",
  \"target\": \"${WMB_TARGET}\",
  \"elf\": \"${CMAKE_CURRENT_BINARY_DIR}/firmware.elf\",
  \"image_sha256\": \"${CMAKE_CURRENT_BINARY_DIR}/wmb-image.sha256\",${_timed}
  \"qemu\": ${_qemu},
  \"flash_bytes_capacity\": ${BOARD_FLASH_BYTES},
  \"ram_bytes_capacity\": ${BOARD_RAM_BYTES},
  \"stack_size\": ${WMB_STACK_SIZE},
  \"core_hz\": ${BOARD_CORE_HZ},
  \"runtime_info\": ${WMB_RUNTIME_INFO}
}
")
