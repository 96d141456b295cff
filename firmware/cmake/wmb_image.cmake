# One image: the executable ${WMB_FIRMWARE} (firmware.elf in CMAKE_CURRENT_BINARY_DIR)
# of BENCHMARK under the stack and runtime, with its wmb-build.json. Included by
# the top-level CMakeLists.txt for one image, or by cmake/member/ once per member
# of a group, in the member's own directory scope (its variables do not leak).
# Libraries the stack and runtime build (kernel, runtime) are created once and
# linked into each member: their options must not depend on the benchmark.
include(${WMB_ROOT}/cmake/wmb_image_options.cmake)
add_executable(${WMB_FIRMWARE})
set_target_properties(${WMB_FIRMWARE} PROPERTIES OUTPUT_NAME firmware SUFFIX ".elf" C_STANDARD 99 C_EXTENSIONS OFF)

include(${WMB_ROOT}/stacks/${STACK}/stack.cmake)
include(${WMB_ROOT}/cmake/wmb_benchmark.cmake)
include(${WMB_ROOT}/runtimes/${RUNTIME}/runtime.cmake)

set(WMB_COMMON_SOURCES
  ${WMB_ROOT}/common/startup.c
  ${WMB_ROOT}/common/wmb_report.c
  ${WMB_ROOT}/common/wmb_memory.c
  ${WMB_ROOT}/common/wmb_driver.c
)
if(WMB_TARGET STREQUAL "host")
  list(REMOVE_ITEM WMB_COMMON_SOURCES ${WMB_ROOT}/common/startup.c ${WMB_ROOT}/common/wmb_memory.c)
elseif(WMB_TARGET STREQUAL "emulated")
  list(APPEND WMB_COMMON_SOURCES ${WMB_ROOT}/common/exit_semihosting.c)
else()
  list(APPEND WMB_COMMON_SOURCES ${WMB_ROOT}/common/exit_hardware.c)
  # A board without the DWT (counter: none in board.yml, a Cortex-M0+) brings its own counter.
  if(WMB_BOARD_COUNTER STREQUAL "dwt")
    list(APPEND WMB_COMMON_SOURCES ${WMB_ROOT}/common/counter_dwt.c)
  endif()
endif()

target_sources(${WMB_FIRMWARE} PRIVATE
  ${WMB_COMMON_SOURCES} ${BOARD_SOURCES} ${STACK_SOURCES} ${RUNTIME_SOURCES}
  ${BENCHMARK_DRIVER_SOURCES} ${BENCHMARK_FIRMWARE_SOURCES})
target_include_directories(${WMB_FIRMWARE} PRIVATE
  ${CMAKE_CURRENT_BINARY_DIR} ${WMB_ROOT}/common ${BOARD_INCLUDE_DIRS} ${BENCHMARK_INCLUDE_DIRS})

configure_file(${WMB_ROOT}/common/wmb_config.h.in ${CMAKE_CURRENT_BINARY_DIR}/wmb_config.h @ONLY)

target_compile_options(${WMB_FIRMWARE} PRIVATE -Wall -Wextra ${WMB_COMPILE_OPTIONS})
target_compile_definitions(${WMB_FIRMWARE} PRIVATE ${WMB_DEFINES})

if(WMB_TARGET STREQUAL "host")
  # The map gives the host profile's functions their owners, as it gives the firmware's sizes theirs.
  target_link_options(${WMB_FIRMWARE} PRIVATE -Wl,--build-id=sha1 -Wl,-Map=${CMAKE_CURRENT_BINARY_DIR}/firmware.map)
else()
  # The memory map comes from the board's numbers, so the emulated builds are held
  # to the real board's flash and RAM capacities at link time.
  set(WMB_LINKER_SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/firmware.ld)
  configure_file(${WMB_ROOT}/common/wmb.ld.in ${WMB_LINKER_SCRIPT} @ONLY)
  target_link_options(${WMB_FIRMWARE} PRIVATE
    ${BOARD_CPU_FLAGS} --specs=nano.specs --specs=nosys.specs -nostartfiles
    -T${WMB_LINKER_SCRIPT} -Wl,--gc-sections -Wl,--build-id=sha1
    -Wl,-Map=${CMAKE_CURRENT_BINARY_DIR}/firmware.map)
  set_property(TARGET ${WMB_FIRMWARE} APPEND PROPERTY LINK_DEPENDS ${WMB_LINKER_SCRIPT})

  add_custom_command(TARGET ${WMB_FIRMWARE} POST_BUILD COMMAND ${CMAKE_SIZE} -B $<TARGET_FILE:${WMB_FIRMWARE}>)
endif()

add_custom_command(TARGET ${WMB_FIRMWARE} POST_BUILD COMMAND ${CMAKE_COMMAND}
  -DWMB_IMAGE=$<TARGET_FILE:${WMB_FIRMWARE}> -DWMB_IMAGE_RECORD=${CMAKE_CURRENT_BINARY_DIR}/wmb-image.sha256
  -P ${WMB_ROOT}/cmake/wmb_image_record.cmake)

include(${WMB_ROOT}/cmake/wmb_build_json.cmake)
