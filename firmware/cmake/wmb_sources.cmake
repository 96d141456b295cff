# Pinned upstream sources (firmware/sources.json). wmb_source(<name> <dir_var>
# <commit_var>) gives the directory of source <name>: the cache variable
# WMB_SOURCE_<NAME> (an existing checkout, e.g. from the harness's cache), or
# else a FetchContent clone of the manifest's repository at its commit. A full
# commit SHA pins the content either way; nothing of it is copied into the repo.
include(FetchContent)
# FetchContent_Populate() without add_subdirectory(): the runtimes' own CMake
# projects are for hosts, the firmware builds the sources itself.
if(POLICY CMP0169)
  cmake_policy(SET CMP0169 OLD)
endif()

function(wmb_source name dir_var commit_var)
  file(READ ${WMB_ROOT}/sources.json _manifest)
  string(JSON _repo ERROR_VARIABLE _err_repo GET "${_manifest}" ${name} repo)
  string(JSON _commit ERROR_VARIABLE _err_commit GET "${_manifest}" ${name} commit)
  if(_err_repo OR _err_commit)
    message(FATAL_ERROR "${WMB_ROOT}/sources.json: no repo and commit for '${name}'")
  endif()
  string(TOUPPER "${name}" _upper)
  set(WMB_SOURCE_${_upper} "" CACHE PATH "Checkout of ${_repo} at ${_commit} (default: fetched)")
  set(_dir "${WMB_SOURCE_${_upper}}")
  if(_dir)
    if(NOT IS_DIRECTORY "${_dir}")
      message(FATAL_ERROR "WMB_SOURCE_${_upper}=${_dir} is not a directory")
    endif()
  else()
    FetchContent_Declare(wmb_src_${name} GIT_REPOSITORY https://github.com/${_repo} GIT_TAG ${_commit})
    FetchContent_GetProperties(wmb_src_${name})
    if(NOT wmb_src_${name}_POPULATED)
      message(STATUS "Fetching ${_repo} at ${_commit} (set WMB_SOURCE_${_upper} to use a checkout)")
      FetchContent_Populate(wmb_src_${name})
    endif()
    set(_dir "${wmb_src_${name}_SOURCE_DIR}")
  endif()
  set(${dir_var} "${_dir}" PARENT_SCOPE)
  set(${commit_var} "${_commit}" PARENT_SCOPE)
endfunction()
