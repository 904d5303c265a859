# tests/export/diff_names.cmake - kgraph diff matches entities by type and
# names, one to one (export/diff_match.c): two people called Ahmed Khan told
# apart by their facts, an EVENT and an ORG called Lahore Forum kept apart,
# Shah renamed Imran Shah still matched (docs/export.md, "Diff")
include(${SRC}/tests/e2e/lib.cmake)
execute_process(COMMAND ${FIXTURE} --diff ${SRC}/tests/export/diff/old.json
  ${SRC}/tests/export/diff/new.json
  OUTPUT_VARIABLE dot ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "export_fixture --diff: ${rc} ${err}")
endif()
# by label alone: Ahmed Khan and Lahore Forum conflated, Shah removed and
# Imran Shah added; here only the minister's attendance is new
if(NOT err MATCHES "added 1 removed 0 both 5")
  message(FATAL_ERROR "want 1 added, 0 removed, 5 in both; got ${err}")
endif()
foreach(name "Ahmed Khan" "Lahore Forum")
  string(REGEX MATCHALL "label=\"${name}\"" hits "${dot}")
  list(LENGTH hits n)
  if(NOT n EQUAL 2)
    message(FATAL_ERROR "want two nodes '${name}', got ${n}:\n${dot}")
  endif()
endforeach()
if(dot MATCHES "label=Shah")
  message(FATAL_ERROR "Shah is drawn apart from Imran Shah:\n${dot}")
endif()
# the new edge leaves the node that holds the office, not the cricketer
string(REGEX MATCH "(n[0-9]+) -> n[0-9]+[^;]*#2e7d32[^;]*attended" added
  "${dot}")
set(minister "${CMAKE_MATCH_1}")
if(minister STREQUAL "" OR NOT dot MATCHES
   "${minister} -> n[0-9]+[^;]*#bdbdbd[^;]*holds_office")
  message(FATAL_ERROR "the new attendance is not the minister's:\n${dot}")
endif()
# DOT for dot: no warning
file(WRITE ${WORK}/names.dot "${dot}")
execute_process(COMMAND ${DOT} -Tsvg names.dot -o names.svg
  WORKING_DIRECTORY ${WORK} RESULT_VARIABLE dot_rc ERROR_VARIABLE dot_err)
if(NOT dot_rc EQUAL 0 OR NOT dot_err STREQUAL "")
  message(FATAL_ERROR "dot -Tsvg: ${dot_rc} ${dot_err}")
endif()
