# tests/e2e/ingest_bad_utf8.cmake - a document with invalid UTF-8 is reported
# with the byte offset and skipped (status 65); the good one of the same call
# is stored
include(${CMAKE_CURRENT_LIST_DIR}/lib.cmake)

set(bad ${SRC}/tests/e2e/data/bad-utf8.txt)      # 0xFF at byte 37
set(good ${SRC}/tests/golden/fm-meeting.txt)

kg_run(r ingest --db t.db ${bad} ${good})
kg_expect_rc(r 65)
kg_re(bad_re "${bad}")
kg_expect(r err "kgraph: ${bad_re}: invalid UTF-8 at byte 37\n")
kg_expect(r err "ingested 1 documents \\(0 already present\\), [0-9]+ facts, 1 errors")

kg_query(docs t.db "SELECT name FROM documents ORDER BY name")
kg_expect_eq("stored documents" "${docs}" "${good}")

# The same on standard input, and with a NUL byte.
kg_run(r STDIN ${bad} ingest --db t.db --quiet -)
kg_expect_rc(r 65)
kg_expect(r err "^kgraph: <stdin>: invalid UTF-8 at byte 37\n$")
file(WRITE ${WORK}/nul.txt "ab")
execute_process(COMMAND sh -c "printf 'Talks \\000 ended.' > nul.txt"
  WORKING_DIRECTORY ${WORK})
kg_run(r ingest --db t.db nul.txt)
kg_expect_rc(r 65)
kg_expect(r err "kgraph: nul.txt: invalid UTF-8 at byte 6\n")

kg_query(n t.db "SELECT count(*) FROM documents")
kg_expect_eq("documents after the bad inputs" "${n}" "1")

# extract reports the same, without a database.
kg_run(r extract ${bad} ${good})
kg_expect_rc(r 65)
kg_expect(r err "kgraph: ${bad_re}: invalid UTF-8 at byte 37\n")
kg_expect(r out "^\\{\"doc\":")
