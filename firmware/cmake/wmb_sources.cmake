# Pinned upstream sources (firmware/sources.json). The harness passes a local
# checkout as -DWMB_SOURCE_<NAME>=<dir> (NAME upper-cased: its override, or its
# verified cache); without one, the pinned commit is fetched from GitHub. A full
# commit SHA pins the content either way; nothing of it is copied into this tree.
include(FetchContent)
# FetchContent_Populate() without add_subdirectory(): the runtimes' own CMake
# projects are for hosts, the firmware builds their sources itself.
if(POLICY CMP0169)
  cmake_policy(SET CMP0169 OLD)
endif()

# Declares <name> for FetchContent, from the checkout or the pinned commit;
# <commit_var> (optional) receives the pinned commit.
function(wmb_declare_source name)
  file(READ ${WMB_ROOT}/sources.json manifest)
  string(JSON repo ERROR_VARIABLE err_repo GET "${manifest}" ${name} repo)
  string(JSON commit ERROR_VARIABLE err_commit GET "${manifest}" ${name} commit)
  if(err_repo OR err_commit)
    message(FATAL_ERROR "${WMB_ROOT}/sources.json: no repo and commit for '${name}'")
  endif()
  string(TOUPPER "WMB_SOURCE_${name}" var)
  set(${var} "" CACHE PATH "Checkout of ${repo} at ${commit} (default: fetched)")
  if(${var})
    if(NOT IS_DIRECTORY "${${var}}")
      message(FATAL_ERROR "${var}=${${var}}: no such directory")
    endif()
    FetchContent_Declare(${name} SOURCE_DIR "${${var}}")
  else()
    message(STATUS "Fetching ${repo} at ${commit} (set ${var} to use a checkout)")
    FetchContent_Declare(${name} GIT_REPOSITORY https://github.com/${repo} GIT_TAG ${commit})
  endif()
  if(ARGC GREATER 1)
    set(${ARGV1} "${commit}" PARENT_SCOPE)
  endif()
endfunction()

# The directory of source <name> without building it (for sources whose own
# CMake is not for this target); <commit_var> receives the pinned commit.
function(wmb_source name dir_var commit_var)
  wmb_declare_source(${name} commit)
  FetchContent_GetProperties(${name})
  if(NOT ${name}_POPULATED)
    FetchContent_Populate(${name})
  endif()
  set(${dir_var} "${${name}_SOURCE_DIR}" PARENT_SCOPE)
  set(${commit_var} "${commit}" PARENT_SCOPE)
endfunction()
