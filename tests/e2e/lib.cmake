# tests/e2e/lib.cmake - helpers for the end-to-end scripts (cmake -P)
#
# Every script gets -DKGRAPH=<binary> -DSRC=<source dir> -DWORK=<scratch
# dir>, and starts with include(lib.cmake), which empties WORK.
cmake_minimum_required(VERSION 3.25)
foreach(v KGRAPH SRC WORK)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "e2e: -D${v}=... is required")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

# kg_run(<prefix> [STDIN file] args...): run kgraph in WORK; sets
# <prefix>_rc, <prefix>_out and <prefix>_err.
function(kg_run prefix)
  set(args ${ARGN})
  set(input)
  list(LENGTH args n)
  if(n GREATER 1)
    list(GET args 0 first)
    if(first STREQUAL "STDIN")
      list(GET args 1 file)
      list(REMOVE_AT args 0 1)
      set(input INPUT_FILE ${file})
    endif()
  endif()
  execute_process(COMMAND ${KGRAPH} ${args} ${input}
    WORKING_DIRECTORY ${WORK}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(${prefix}_rc "${rc}" PARENT_SCOPE)
  set(${prefix}_out "${out}" PARENT_SCOPE)
  set(${prefix}_err "${err}" PARENT_SCOPE)
  set(${prefix}_cmd "kgraph ${args}" PARENT_SCOPE)
endfunction()

function(kg_fail prefix what)
  message(FATAL_ERROR "${what}\n  command: ${${prefix}_cmd}\n"
    "  exit status: ${${prefix}_rc}\n  stdout:\n${${prefix}_out}\n"
    "  stderr:\n${${prefix}_err}")
endfunction()

# kg_expect_rc(<prefix> <status>)
function(kg_expect_rc prefix want)
  if(NOT "${${prefix}_rc}" STREQUAL "${want}")
    kg_fail(${prefix} "exit status ${${prefix}_rc}, want ${want}")
  endif()
endfunction()

# kg_expect(<prefix> out|err <regex> [NOT]): the stream matches (or not).
function(kg_expect prefix stream regex)
  set(text "${${prefix}_${stream}}")
  if("${ARGN}" STREQUAL "NOT")
    if(text MATCHES "${regex}")
      kg_fail(${prefix} "std${stream} matches '${regex}', but should not")
    endif()
  elseif(NOT text MATCHES "${regex}")
    kg_fail(${prefix} "std${stream} does not match '${regex}'")
  endif()
endfunction()

# kg_expect_eq(<what> <got> <want>)
function(kg_expect_eq what got want)
  if(NOT "${got}" STREQUAL "${want}")
    message(FATAL_ERROR "${what}: got '${got}', want '${want}'")
  endif()
endfunction()

# kg_query(<var> <db> <sql>): the rows of a query, without the header line,
# as one string with '\n' between rows.
function(kg_query var db sql)
  kg_run(q sql --db ${db} "${sql}")
  kg_expect_rc(q 0)
  # (not REGEX REPLACE "^...": CMake applies an anchored pattern repeatedly)
  string(FIND "${q_out}" "\n" nl)
  math(EXPR nl "${nl} + 1")
  string(SUBSTRING "${q_out}" ${nl} -1 rows)
  string(REGEX REPLACE "\n$" "" rows "${rows}")
  set(${var} "${rows}" PARENT_SCOPE)
endfunction()

# The regex for a literal string.
function(kg_re var s)
  string(REGEX REPLACE "([][.*+?^$()|\\\\{}])" "\\\\\\1" r "${s}")
  set(${var} "${r}" PARENT_SCOPE)
endfunction()
