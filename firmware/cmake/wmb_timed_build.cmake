# wmb_timed_build(<subfolder> <VAR> <value> [<VAR> <value>...])
# A second build of this same variant in <build>/<subfolder>, with the given
# cache values changed: the host times its image and counts this build's under
# callgrind. For a runtime whose production configuration valgrind cannot run
# (WAMR's guard pages). The subfolder is a build of its own (its wmb-build.json
# and image record); this build's wmb-build.json names it as "timed_build". A
# group (WMB_GROUP) has one timed build of the whole group, configured and built
# once (ninja -k 0: a member that fails there fails alone); each member's timed
# image is in <build>/<subfolder>/<benchmark>/.
function(wmb_timed_build folder)
  set(dir ${CMAKE_BINARY_DIR}/${folder})
  if(WMB_GROUP)
    set(WMB_TIMED_BUILD ${dir}/${BENCHMARK} PARENT_SCOPE)
  else()
    set(WMB_TIMED_BUILD ${dir} PARENT_SCOPE)
  endif()
  if(TARGET wmb_timed_build)
    return()
  endif()
  # The changes, then this build's cache as an initial cache: everything it was
  # given or declared (selection, options, sources, tools) but CMake's and
  # FetchContent's own entries, with the compiler and its launcher. Bracket
  # arguments keep each value as it is (lists, quotes, backslashes).
  set(init "")
  set(changed "")
  set(changes ${ARGN})
  while(changes)
    list(POP_FRONT changes var value)
    list(APPEND changed ${var})
    string(APPEND init "set(${var} [==[${value}]==] CACHE STRING \"\" FORCE)\n")
  endwhile()
  get_cmake_property(vars CACHE_VARIABLES)
  foreach(var IN LISTS vars)
    get_property(type CACHE ${var} PROPERTY TYPE)
    if((NOT var MATCHES "^(CMAKE|FETCHCONTENT)_" OR var MATCHES "^CMAKE_C_COMPILER(_LAUNCHER)?$")
       AND NOT type MATCHES "^(INTERNAL|STATIC)$" AND NOT var IN_LIST changed)
      set(value "$CACHE{${var}}")
      if(value MATCHES "]==]")
        message(FATAL_ERROR "${var}: a value containing ]==] cannot be passed to the timed build")
      endif()
      string(APPEND init "set(${var} [==[${value}]==] CACHE STRING \"\" FORCE)\n")
    endif()
  endforeach()
  # Rewritten only when it changes, so that an unchanged build is not configured again.
  file(WRITE ${dir}-cache.cmake.new "${init}")
  configure_file(${dir}-cache.cmake.new ${dir}-cache.cmake COPYONLY)
  add_custom_command(OUTPUT ${dir}/CMakeCache.txt
    COMMAND ${CMAKE_COMMAND} -G ${CMAKE_GENERATOR} -C ${dir}-cache.cmake -S ${WMB_ROOT} -B ${dir}
    DEPENDS ${dir}-cache.cmake
    COMMENT "configure the timed build (${folder})"
    VERBATIM)
  add_custom_target(wmb_timed_build ALL
    COMMAND ${CMAKE_COMMAND} --build ${dir} -- -k 0
    DEPENDS ${dir}/CMakeCache.txt
    COMMENT "build the timed image (${folder})"
    VERBATIM)
endfunction()
