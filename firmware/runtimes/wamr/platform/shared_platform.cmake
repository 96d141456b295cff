# WAMR's SHARED_PLATFORM_CONFIG for this firmware (see platform_internal.h).
set(PLATFORM_SHARED_DIR ${CMAKE_CURRENT_LIST_DIR})
include_directories(${PLATFORM_SHARED_DIR} ${SHARED_DIR}/platform/include)
# wmb_platform.c needs board headers: the firmware target compiles it.
set(PLATFORM_SHARED_SOURCE "")
