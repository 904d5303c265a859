# tests/e2e.cmake - end-to-end tests of the kgraph command
#
# Each test runs one script of tests/e2e/ with `cmake -P`, which drives the
# built binary and checks exit statuses, messages and outputs.  Every test
# works in its own folder under the build tree and needs nothing outside the
# repository.  KG_UPDATE_GOLDEN=1 in the environment makes the golden tests
# rewrite tests/golden/*.expected instead of comparing (review the diff).
find_program(KG_DOT dot)
find_program(KG_PYTHON3 python3)

function(kg_e2e name script)
  add_test(NAME e2e.${name}
    COMMAND ${CMAKE_COMMAND}
      -DKGRAPH=$<TARGET_FILE:kgraph>
      -DSRC=${PROJECT_SOURCE_DIR}
      -DWORK=${CMAKE_CURRENT_BINARY_DIR}/e2e-work/${name}
      -DDOT=${KG_DOT} -DPYTHON3=${KG_PYTHON3}
      ${ARGN}
      -P ${CMAKE_CURRENT_SOURCE_DIR}/e2e/${script}.cmake)
endfunction()

kg_e2e(help help)
kg_e2e(ingest_bad_utf8 ingest_bad_utf8)
kg_e2e(ingest_errors ingest_errors)
kg_e2e(ingest_jsonl ingest_jsonl)
kg_e2e(ingest_stdin ingest_stdin)
kg_e2e(reingest_noop reingest_noop)
kg_e2e(sql_readonly sql_readonly)
kg_e2e(query_commands query_commands)

file(GLOB kg_goldens CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/golden/*.txt)
foreach(g ${kg_goldens})
  get_filename_component(n ${g} NAME_WLE)
  kg_e2e(golden_${n} golden -DNAME=${n})
endforeach()
