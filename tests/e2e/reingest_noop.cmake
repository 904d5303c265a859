# tests/e2e/reingest_noop.cmake - ingesting the same documents again stores
# nothing new: every count stays the same
include(${CMAKE_CURRENT_LIST_DIR}/lib.cmake)

set(files ${SRC}/tests/golden/fm-meeting.txt
  ${SRC}/tests/golden/treaty-signing.txt)
kg_run(r ingest --db t.db ${files})
kg_expect_rc(r 0)
kg_expect(r err "ingested 2 documents \\(0 already present\\)")
kg_run(s1 stats --db t.db)
kg_expect_rc(s1 0)
kg_query(f1 t.db "SELECT count(*) FROM facts")
kg_query(e1 t.db "SELECT count(*) FROM entity_names")

kg_run(r ingest --db t.db ${files})
kg_expect_rc(r 0)
kg_expect(r err "ingested 2 documents \\(2 already present\\), 0 facts, 0 errors")
kg_run(s2 stats --db t.db)
kg_query(f2 t.db "SELECT count(*) FROM facts")
kg_query(e2 t.db "SELECT count(*) FROM entity_names")
kg_expect_eq("stats after re-ingest" "${s2_out}" "${s1_out}")
kg_expect_eq("facts after re-ingest" "${f2}" "${f1}")
kg_expect_eq("entity names after re-ingest" "${e2}" "${e1}")
