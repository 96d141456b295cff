# What the compiler did to the benchmark's hot loop on the host, in its own words:
# the benchmark names the loop by its source text (BENCHMARK_HOT_LOOP: file and a text of that line without ";"),
# gcc compiles that file once more with the build's own options and
# -fopt-info-vec-all, and the report's lines for that loop become build facts.
# Out: WMB_VECTORISATION, a JSON object {hot_loop, vectorised, compiler_says}.
function(wmb_vectorisation out source line_text)
  set(${out} "null" PARENT_SCOPE)
  if(NOT CMAKE_C_COMPILER_ID STREQUAL "GNU")
    return()
  endif()
  # The line number from the text before it (file(STRINGS) would split lines at ";").
  file(READ ${source} text)
  string(FIND "${text}" "${line_text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "hot loop \"${line_text}\" not found in ${source}")
  endif()
  string(SUBSTRING "${text}" 0 ${at} before)
  string(REGEX MATCHALL "\n" newlines "${before}")
  list(LENGTH newlines found)
  math(EXPR found "${found} + 1")
  execute_process(
    COMMAND ${CMAKE_C_COMPILER} ${ARGN} -fopt-info-vec-all -c ${source} -o /dev/null
    ERROR_VARIABLE report OUTPUT_QUIET RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "compiling ${source} for its vectorisation report failed: ${report}")
  endif()
  get_filename_component(name ${source} NAME)
  # "<file>:<line>:<col>: optimized|missed: <what>" for the loop's own line.
  string(REGEX MATCHALL "[^\n]*:${found}:[0-9]+: (optimized|missed): [^\n]*" said "${report}")
  set(vectorised false)
  set(items "")
  foreach(s IN LISTS said)
    string(REGEX REPLACE ".*: (optimized|missed): +" "\\1: " s "${s}")
    if(s MATCHES "^optimized: loop vectorized")
      set(vectorised true)
    endif()
    list(APPEND items "${s}")
  endforeach()
  list(REMOVE_DUPLICATES items)
  wmb_json_list(said_json ${items})
  wmb_json_object(obj hot_loop "\"${name}:${found}\"" vectorised ${vectorised} compiler_says "${said_json}")
  set(${out} "${obj}" PARENT_SCOPE)
endfunction()
