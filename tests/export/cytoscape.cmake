# tests/export/cytoscape.cmake - the cytoscape npm package loads the
# Cytoscape.js export headless and counts the same nodes and edges as the
# JSON export.  The package is installed into the build tree (npm install);
# without node or npm the test is skipped, saying so.
include(${SRC}/tests/e2e/lib.cmake)
if(NOT NODE OR NOT NPM)
  message("SKIPPED: node or npm is missing; install nodejs and npm to run this test")
  return()
endif()
set(npmdir ${WORK}/../export.cytoscape-npm)
if(NOT EXISTS ${npmdir}/node_modules/cytoscape/package.json)
  file(MAKE_DIRECTORY ${npmdir})
  execute_process(COMMAND ${NPM} install --prefix ${npmdir} --no-audit
    --no-fund --no-save --loglevel=error cytoscape@3
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "npm install cytoscape failed: ${err}")
  endif()
endif()
file(GLOB docs ${SRC}/examples/*.txt)
kg_run(ing ingest --quiet --db ex.db ${docs})
kg_expect_rc(ing 0)
kg_run(x export --db ex.db --format cytoscape -o g.cyjs)
kg_expect_rc(x 0)
kg_run(x export --db ex.db --format json -o g.json)
kg_expect_rc(x 0)
file(MAKE_DIRECTORY ${WORK}/hostile)
execute_process(COMMAND ${FIXTURE} ${SRC}/tests/export/hostile.json
  ${WORK}/hostile RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "export_fixture failed (${rc})")
endif()
foreach(dir ${WORK} ${WORK}/hostile)
  execute_process(COMMAND ${NODE} ${SRC}/tests/export/cytoscape_check.js
    ${dir}/g.cyjs ${dir}/g.json ${npmdir}/node_modules/cytoscape
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message("${out}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cytoscape (${dir}): ${err}")
  endif()
endforeach()
