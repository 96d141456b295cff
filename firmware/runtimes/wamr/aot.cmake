# Shared by wamr-aot and wamr-aot-softfloat after they set WMB_WAMRC_FLAGS.
# The runtime has neither bulk memory nor reference types (lib/CMakeLists.txt)
# and refuses AOT files that declare them; the modules use neither, so these
# two flags change no code, only the file's feature bits.
list(APPEND WMB_WAMRC_FLAGS --disable-bulk-memory --disable-ref-types)
set(WMB_WAMR_MODE aot)
set(WMB_WAMR_POOL_BYTES 32768)
include(${CMAKE_CURRENT_LIST_DIR}/wamr.cmake)
