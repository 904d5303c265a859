# tests/export/details.cmake - the first evidence and support of every
# exported fact agree with the all_facts view, both when the whole store is
# exported (tests/corpus, over 1,000 facts: one ordered scan) and for an
# entity's neighbourhood (a lookup per fact); graph/detail.c
include(${SRC}/tests/e2e/lib.cmake)
file(GLOB docs ${SRC}/tests/corpus/*.txt)
kg_run(ing ingest --quiet --db c.db ${docs})
kg_expect_rc(ing 0)
foreach(sel all entity)
  set(args)
  set(least 1000)
  if(sel STREQUAL "entity")
    set(args --entity "Emmanuel Macron" --depth 1)
    set(least 10)
  endif()
  kg_run(x export --db c.db --format jsonl -o ${sel}.jsonl ${args})
  kg_expect_rc(x 0)
  execute_process(COMMAND ${PYTHON3} ${SRC}/tests/export/check_details.py
    ${WORK}/c.db ${WORK}/${sel}.jsonl ${least} RESULT_VARIABLE rc
    OUTPUT_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${sel}: export and all_facts disagree:\n${out}")
  endif()
endforeach()
