# STACK=zephyr: the benchmark as a Zephyr 4.1 application, built with plain
# CMake and Ninja (no west). firmware/CMakeLists.txt includes this file first
# thing and returns after it: Zephyr brings its own toolchain setup, project()
# and linker script. The firmware pieces are the bare-metal ones (common/,
# the benchmark, runtimes/<runtime>/runtime.cmake); Zephyr replaces the
# startup code, the board code and the linker script.
#
# Sources: -DWMB_SOURCE_ZEPHYR, -DWMB_SOURCE_HAL_STM32, -DWMB_SOURCE_CMSIS
# (the harness passes them, see firmware/sources.json; with west, the
# workspace of stacks/zephyr/west.yml has them all).
set(_wmb_zephyr_dir ${CMAKE_CURRENT_LIST_DIR})

# BOARD is the tool's board on the command line but Zephyr's board in the
# cache once configured (Zephyr reads BOARD from the cache first). Give the
# tool's board back before the options are validated again.
if(DEFINED CACHE{WMB_ZEPHYR_BOARD} AND "${BOARD}" STREQUAL "${WMB_ZEPHYR_BOARD}")
  set(BOARD "${WMB_TOOL_BOARD}" CACHE STRING "Board: a directory under firmware/boards" FORCE)
endif()
include(${_wmb_zephyr_dir}/../../cmake/wmb_options.cmake)
# Zephyr builds one application per configure: no groups.
if(WMB_GROUP)
  message(FATAL_ERROR "stack zephyr builds one image per configure: set BENCHMARK, not WMB_GROUP")
endif()
include(${_wmb_zephyr_dir}/../../cmake/wmb_image_options.cmake)

# Zephyr's board for the tool's board and target: board.yml's zephyr entry,
# passed as WMB_BOARD_ZEPHYR (cmake/wmb_facts.cmake). The emulated builds run on
# an MPS2 board with the same core (nucleo_* hang in QEMU: no clock controller
# model), held to the Nucleo's flash and RAM (wmb_capacity.overlay.in).
set(_board ${WMB_BOARD_ZEPHYR})
if(NOT _board)
  message(FATAL_ERROR "stack zephyr: no Zephyr board for board ${BOARD} (target ${WMB_TARGET}); "
    "add one under zephyr: in boards/${BOARD}/board.yml")
endif()
set(WMB_TOOL_BOARD "${BOARD}" CACHE INTERNAL "The tool's board (BOARD is Zephyr's)")
set(WMB_ZEPHYR_BOARD "${_board}" CACHE INTERNAL "Zephyr's board for WMB_TOOL_BOARD")
set(BOARD "${_board}" CACHE STRING "Zephyr board (from the tool's WMB_TOOL_BOARD)" FORCE)

foreach(_name ZEPHYR HAL_STM32 CMSIS)
  set(WMB_SOURCE_${_name} "" CACHE PATH "Checkout of the source pinned in firmware/sources.json")
  if(NOT IS_DIRECTORY "${WMB_SOURCE_${_name}}")
    message(FATAL_ERROR "stack zephyr needs -DWMB_SOURCE_${_name}=<dir> (a checkout at the commit pinned "
      "in firmware/sources.json; the harness passes it), not '${WMB_SOURCE_${_name}}'")
  endif()
endforeach()
set(ZEPHYR_BASE ${WMB_SOURCE_ZEPHYR})
# A checkout without .git has no `git describe` for the version string.
file(STRINGS ${ZEPHYR_BASE}/VERSION _wmb_zephyr_version REGEX "^(VERSION_MAJOR|VERSION_MINOR|PATCHLEVEL) = ")
list(TRANSFORM _wmb_zephyr_version REPLACE "^.* = " "")
list(JOIN _wmb_zephyr_version "." _wmb_zephyr_version)
set(BUILD_VERSION "v${_wmb_zephyr_version}")
set(ZEPHYR_MODULES ${WMB_SOURCE_HAL_STM32} ${WMB_SOURCE_CMSIS})

# Debian's toolchain unless the caller chose one. Debian's newlib lacks the
# retargetable locking Zephyr requires; its picolibc (picolibc-arm-none-eabi)
# works. Debian's python3-* packages are seen only by /usr/bin/python3.
if(NOT ZEPHYR_TOOLCHAIN_VARIANT AND NOT DEFINED ENV{ZEPHYR_TOOLCHAIN_VARIANT})
  set(ZEPHYR_TOOLCHAIN_VARIANT gnuarmemb)
endif()
if(ZEPHYR_TOOLCHAIN_VARIANT STREQUAL "gnuarmemb")
  if(NOT GNUARMEMB_TOOLCHAIN_PATH AND NOT DEFINED ENV{GNUARMEMB_TOOLCHAIN_PATH})
    find_program(_wmb_gcc arm-none-eabi-gcc REQUIRED)
    get_filename_component(_wmb_gcc_bin ${_wmb_gcc} DIRECTORY)
    get_filename_component(GNUARMEMB_TOOLCHAIN_PATH ${_wmb_gcc_bin} DIRECTORY)
  endif()
  set(TOOLCHAIN_HAS_PICOLIBC ON CACHE BOOL "The toolchain has picolibc (Debian: picolibc-arm-none-eabi)")
endif()
if(NOT Python3_EXECUTABLE AND EXISTS /usr/bin/python3)
  set(Python3_EXECUTABLE /usr/bin/python3)
endif()

# The board's numbers (capacities, CPU flags, core clock, LED pin) and the
# QEMU machine of the Zephyr stand-in.
get_filename_component(WMB_ROOT ${_wmb_zephyr_dir}/../.. ABSOLUTE)
set(WMB_BOARD_DIR ${WMB_ROOT}/boards/${WMB_TOOL_BOARD})
if(WMB_TARGET STREQUAL "emulated")
  set(WMB_EMULATED 1)
else()
  set(WMB_EMULATED 0)
endif()
include(${WMB_ROOT}/cmake/wmb_facts.cmake)
include(${WMB_BOARD_DIR}/board.cmake)

set(CONF_FILE ${_wmb_zephyr_dir}/prj.conf)
# What the runtime needs of Zephyr (WAMR AOT: executable RAM), from its runtime.yml.
foreach(_conf IN LISTS WMB_RUNTIME_ZEPHYR_KCONFIG)
  get_filename_component(_conf ${WMB_ROOT}/runtimes/${RUNTIME}/${_conf} ABSOLUTE)
  list(APPEND EXTRA_CONF_FILE ${_conf})
endforeach()
set(KCONFIG_ROOT ${_wmb_zephyr_dir}/Kconfig)
if(WMB_TARGET STREQUAL "emulated")
  set(BOARD_QEMU_MACHINE ${WMB_BOARD_ZEPHYR_QEMU_MACHINE})
  set(BOARD_QEMU_SERIAL_ARGS ${WMB_BOARD_ZEPHYR_QEMU_SERIAL})
  configure_file(${_wmb_zephyr_dir}/wmb_capacity.overlay.in ${CMAKE_BINARY_DIR}/wmb_capacity.overlay @ONLY)
  set(EXTRA_DTC_OVERLAY_FILE ${CMAKE_BINARY_DIR}/wmb_capacity.overlay)
endif()

# The record of the image the build linked (cmake/wmb_image_record.cmake), after
# Zephyr's own post-build steps; Zephyr reads the property in find_package().
set_property(GLOBAL APPEND PROPERTY extra_post_build_commands COMMAND ${CMAKE_COMMAND}
  -DWMB_IMAGE=${CMAKE_CURRENT_BINARY_DIR}/zephyr/zephyr.elf -DWMB_IMAGE_RECORD=${CMAKE_CURRENT_BINARY_DIR}/wmb-image.sha256
  -P ${_wmb_zephyr_dir}/../../cmake/wmb_image_record.cmake)
find_package(Zephyr REQUIRED PATHS ${WMB_SOURCE_ZEPHYR}/share/zephyr-package/cmake NO_DEFAULT_PATH)
project(wmb_firmware)

if(NOT WMB_EMULATED)
  # Cycles are counted at the clock Zephyr's devicetree sets up.
  set(BOARD_CORE_HZ ${CONFIG_SYS_CLOCK_HW_CYCLES_PER_SEC})
endif()

# The firmware pieces as one library over Zephyr's include paths, libc and
# flags, linked into Zephyr's `app` library (which holds main()). A
# runtime.cmake adds to it as to the bare-metal image: target_sources and
# target_link_libraries on `firmware`.
set(WMB_FIRMWARE firmware)
add_library(firmware STATIC)
target_link_libraries(firmware PUBLIC zephyr_interface)
target_link_libraries(app PRIVATE firmware)
include(${WMB_ROOT}/cmake/wmb_json.cmake)
include(${WMB_ROOT}/cmake/wmb_sources.cmake)
# The bare-metal code generation, after Zephyr's flags so that it wins: the
# board's CPU and FPU (the MPS2 M7 has a double-precision FPU, the F746 does
# not), -O2, no fused multiply-add (float checksums), then WMB_CFLAGS. Runtime
# libraries (runtimes/*) are compiled with the same options.
set(WMB_COMPILE_OPTIONS ${BOARD_CPU_FLAGS} -O2 -ffp-contract=off -ffunction-sections -fdata-sections ${WMB_CFLAGS_LIST})
include(${_wmb_zephyr_dir}/stack.cmake)
include(${WMB_ROOT}/cmake/wmb_benchmark.cmake)
include(${WMB_ROOT}/runtimes/${RUNTIME}/runtime.cmake)

if(WMB_EMULATED)
  set(_wmb_target_sources ${WMB_ROOT}/common/exit_semihosting.c ${WMB_ROOT}/common/counter_fpgaio.c)
else()
  set(_wmb_target_sources ${WMB_ROOT}/common/exit_hardware.c)
  if(WMB_BOARD_COUNTER STREQUAL "dwt")
    list(APPEND _wmb_target_sources ${WMB_ROOT}/common/counter_dwt.c)
  endif()
endif()
target_sources(app PRIVATE ${STACK_SOURCES})
target_sources(firmware PRIVATE
  ${WMB_ROOT}/common/wmb_report.c ${WMB_ROOT}/common/wmb_driver.c ${_wmb_target_sources}
  ${STACK_BOARD_SOURCES} ${RUNTIME_SOURCES} ${BENCHMARK_DRIVER_SOURCES} ${BENCHMARK_FIRMWARE_SOURCES})
# SYSTEM: common/stm32.h names STM32 registers as CMSIS does, with the same
# values, and Zephyr's STM32 headers come into the same translation units.
foreach(_target firmware app)
  target_include_directories(${_target} SYSTEM PRIVATE
    ${CMAKE_CURRENT_BINARY_DIR} ${WMB_ROOT}/common ${BOARD_INCLUDE_DIRS} ${BENCHMARK_INCLUDE_DIRS})
  target_compile_definitions(${_target} PRIVATE WMB_STACK_SIZE=${WMB_STACK_SIZE} ${WMB_DEFINES})
endforeach()
target_compile_options(firmware PRIVATE ${WMB_COMPILE_OPTIONS} -Wall -Wextra)
target_compile_options(app PRIVATE ${WMB_COMPILE_OPTIONS})

# Libraries a runtime builds with its own CMake see Zephyr's libc and flags too.
get_target_property(_wmb_libs firmware LINK_LIBRARIES)
foreach(_lib IN LISTS _wmb_libs)
  if(TARGET ${_lib} AND NOT _lib STREQUAL "zephyr_interface")
    get_target_property(_type ${_lib} TYPE)
    if(_type STREQUAL "STATIC_LIBRARY")
      # Zephyr's libc and flags; and the firmware library again after it, since here the
      # runtime's platform layer (WAMR's os_* functions) is in `firmware`, which the linker
      # has already passed when the runtime library asks for it.
      target_link_libraries(${_lib} PRIVATE zephyr_interface INTERFACE firmware)
    endif()
  endif()
endforeach()

# The image prints its GNU build id (common/wmb_report.c): keep the note in
# flash under the symbol the bare-metal linker script defines.
zephyr_linker_sources(ROM_SECTIONS ${_wmb_zephyr_dir}/build_id.ld)
zephyr_ld_options(-Wl,--build-id=sha1)

# wmb_config.h and wmb-build.json name the tool's board, not Zephyr's (BOARD
# may not change after find_package(Zephyr)); the image is Zephyr's ELF.
file(READ ${WMB_ROOT}/common/wmb_config.h.in _wmb_config)
string(REPLACE "@BOARD@" "${WMB_TOOL_BOARD}" _wmb_config "${_wmb_config}")
string(CONFIGURE "${_wmb_config}" _wmb_config @ONLY)
file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/wmb_config.h CONTENT "${_wmb_config}")
include(${WMB_ROOT}/cmake/wmb_build_json.cmake)
file(READ ${CMAKE_CURRENT_BINARY_DIR}/wmb-build.json _wmb_json)
string(JSON _wmb_json SET "${_wmb_json}" board "\"${WMB_TOOL_BOARD}\"")
string(JSON _wmb_json SET "${_wmb_json}" elf "\"${CMAKE_CURRENT_BINARY_DIR}/zephyr/zephyr.elf\"")
string(JSON _wmb_json SET "${_wmb_json}" zephyr_board "\"${WMB_ZEPHYR_BOARD}\"")
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/wmb-build.json "${_wmb_json}\n")
