# Pinned upstream sources (firmware/sources.json). The harness passes a local
# checkout as -DWMB_SOURCE_<NAME>=<dir> (NAME upper-cased); without one, the
# pinned commit is fetched from GitHub. Nothing is copied into this tree.
include(FetchContent)

# Declares <name> for FetchContent_MakeAvailable() or FetchContent_Populate().
function(wmb_declare_source name)
  string(TOUPPER "WMB_SOURCE_${name}" var)
  set(${var} "" CACHE PATH "Local checkout of ${name} at the commit pinned in firmware/sources.json")
  if(${var})
    if(NOT EXISTS "${${var}}")
      message(FATAL_ERROR "${var}=${${var}}: no such directory")
    endif()
    FetchContent_Declare(${name} SOURCE_DIR "${${var}}")
  else()
    file(READ ${WMB_ROOT}/sources.json manifest)
    string(JSON repo GET "${manifest}" ${name} repo)
    string(JSON commit GET "${manifest}" ${name} commit)
    FetchContent_Declare(${name} GIT_REPOSITORY https://github.com/${repo} GIT_TAG ${commit})
  endif()
endfunction()
