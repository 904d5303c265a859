# tests/e2e/ingest_stdin.cmake - "-" reads one text document from standard
# input (id "-"), or JSONL records when the input starts with '{'
include(${CMAKE_CURRENT_LIST_DIR}/lib.cmake)

kg_run(r STDIN ${SRC}/tests/golden/fm-meeting.txt ingest --db t.db -)
kg_expect_rc(r 0)
kg_expect(r err "ingested 1 documents \\(0 already present\\)")
kg_query(docs t.db "SELECT name FROM documents")
kg_expect_eq("the stdin document" "${docs}" "-")

file(WRITE ${WORK}/in.jsonl
"{\"id\": \"s1\", \"text\": \"Tomasz Wrona visited Vilnius.\"}\n")
kg_run(r STDIN ${WORK}/in.jsonl ingest --db t.db --quiet -)
kg_expect_rc(r 0)
kg_query(docs t.db "SELECT name FROM documents ORDER BY name")
kg_expect_eq("documents" "${docs}" "-\ns1")

kg_run(r STDIN ${WORK}/in.jsonl extract -)
kg_expect_rc(r 0)
kg_expect(r out "^\\{\"doc\":\"s1\",\"entities\":\\[")
