# tests/export/hostile.cmake - hostile names survive every format byte for
# byte, read back by each format's real parser (check_hostile.py)
include(${SRC}/tests/e2e/lib.cmake)
execute_process(COMMAND ${FIXTURE} ${SRC}/tests/export/hostile.json ${WORK}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "export_fixture failed (${rc})")
endif()
execute_process(COMMAND ${PYTHON3} ${SRC}/tests/export/check_hostile.py
  ${SRC}/tests/export/hostile.json ${WORK} ${DOT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "check_hostile.py: a format lost or changed text")
endif()
