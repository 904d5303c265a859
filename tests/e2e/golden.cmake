# tests/e2e/golden.cmake - tests/golden/NAME.txt, ingested and exported,
# gives exactly NAME.dot.expected and NAME.json.expected; the DOT is valid
# for Graphviz and the JSON for Python.  With KG_UPDATE_GOLDEN=1 in the
# environment the expected files are rewritten instead (review the diff).
include(${CMAKE_CURRENT_LIST_DIR}/lib.cmake)

set(golden ${SRC}/tests/golden)
# Ingest by a relative name: the document id appears in the outputs.
configure_file(${golden}/${NAME}.txt ${WORK}/${NAME}.txt COPYONLY)
kg_run(r ingest --db t.db --date 2025-01-01 --quiet ${NAME}.txt)
kg_expect_rc(r 0)

foreach(fmt dot json)
  kg_run(r export --db t.db --format ${fmt} -o ${NAME}.${fmt})
  kg_expect_rc(r 0)
  set(got ${WORK}/${NAME}.${fmt})
  set(want ${golden}/${NAME}.${fmt}.expected)
  if("$ENV{KG_UPDATE_GOLDEN}" STREQUAL "1")
    configure_file(${got} ${want} COPYONLY)
    message(STATUS "rewrote ${want}")
  elseif(NOT EXISTS ${want})
    message(FATAL_ERROR "${want} is missing: run the test with KG_UPDATE_GOLDEN=1 and review it")
  else()
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files --ignore-eol
      ${got} ${want} RESULT_VARIABLE diff)
    if(NOT diff EQUAL 0)
      file(READ ${got} text)
      message(FATAL_ERROR "${NAME}.${fmt} differs from ${want}; got:\n${text}\n"
        "(if the change is intended: KG_UPDATE_GOLDEN=1 ctest -R e2e.golden)")
    endif()
  endif()
endforeach()

if(DOT)
  execute_process(COMMAND ${DOT} -Tsvg ${NAME}.dot -o ${NAME}.svg
    WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "dot -Tsvg ${NAME}.dot: status ${rc}\n${err}")
  endif()
endif()
if(PYTHON3)
  execute_process(COMMAND ${PYTHON3} -m json.tool ${NAME}.json
    WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "python3 -m json.tool ${NAME}.json: ${err}")
  endif()
endif()
