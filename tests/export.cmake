# tests/export.cmake - each export format proven by the tool it is for
#
# export.hostile: a hand-made graph of hostile names (export/hostile.json)
# written in every format by export_fixture and read back by each real
# parser (python3 json, csv, networkx, rdflib; cgraph through dot -Tjson0).
# export.formats_agree: the same selections of an ingested database in
# every format give the same nodes and edges; jq accepts the JSON Lines;
# dot -Tsvg draws the DOT without a warning; output is deterministic.
# export.cytoscape: the cytoscape npm package loads the elements headless
# (skipped, with a message, when node or npm is missing).
# export.selections: --path, --doc, --since/--until/--as-of, --min-support.
# export.diagrams: --cluster type|event and kgraph diff.
# export.diff: kgraph diff to SVG/PNG/PDF, --diff-since, and entities
# matched by alias across two databases built from short articles.
# export.diff_names: the matching rule on hand-made graphs (export/diff/):
# same-named entities told apart, an EVENT and an ORG of one name apart.
# export.render_big: render of a ~2,600-node graph within the time limit,
# with the note of what was left out.
# The Python modules come from Debian (python3-networkx, python3-rdflib), so
# /usr/bin/python3 is preferred over another python3 on the PATH.
find_program(KG_EXPORT_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT KG_EXPORT_PYTHON)
  set(KG_EXPORT_PYTHON ${KG_PYTHON3})
endif()
find_program(KG_JQ jq)
find_program(KG_NODE node)
find_program(KG_NPM npm)

add_executable(export_fixture export/fixture.c)
target_link_libraries(export_fixture PRIVATE kg_export kg_graph kg_options
  PkgConfig::CJSON)

set(kg_export_args -DPYTHON3=${KG_EXPORT_PYTHON} -DDOT=${KG_DOT}
  -DJQ=${KG_JQ} -DNODE=${KG_NODE} -DNPM=${KG_NPM}
  -DFIXTURE=$<TARGET_FILE:export_fixture>)
if(KG_SANITIZE)
  list(APPEND kg_export_args -DLIMIT=100)
else()
  list(APPEND kg_export_args -DLIMIT=20)
endif()
foreach(t hostile formats_agree cytoscape selections diagrams render_big details
    diff diff_names)
  add_test(NAME export.${t}
    COMMAND ${CMAKE_COMMAND}
      -DKGRAPH=$<TARGET_FILE:kgraph> -DSRC=${PROJECT_SOURCE_DIR}
      -DWORK=${CMAKE_CURRENT_BINARY_DIR}/e2e-work/export.${t}
      ${kg_export_args}
      -P ${CMAKE_CURRENT_SOURCE_DIR}/export/${t}.cmake)
endforeach()
set_tests_properties(export.cytoscape PROPERTIES
  SKIP_REGULAR_EXPRESSION "SKIPPED:" TIMEOUT 300)
# the 10 s promise is for a normal build; ASan makes Graphviz's many small
# allocations 10 times slower, so there only the note is checked in time
if(KG_SANITIZE)
  set(kg_render_timeout 150)
else()
  set(kg_render_timeout 30)
endif()
set_tests_properties(export.render_big PROPERTIES TIMEOUT ${kg_render_timeout})
