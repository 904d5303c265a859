# tests/e2e/sql_readonly.cmake - kgraph sql prints tab-separated rows with a
# header and refuses any statement that would write (status 1)
include(${CMAKE_CURRENT_LIST_DIR}/lib.cmake)

kg_run(r ingest --db t.db --quiet ${SRC}/tests/golden/fm-meeting.txt)
kg_expect_rc(r 0)
kg_query(n t.db "SELECT count(*) FROM documents")
kg_expect_eq("documents" "${n}" "1")

kg_run(r sql --db t.db "SELECT 1 AS one, NULL AS empty, 'a b' AS text")
kg_expect_rc(r 0)
kg_expect_eq("tab-separated output" "${r_out}" "one\tempty\ttext\n1\t\ta b\n")

foreach(stmt "DELETE FROM documents" "DROP TABLE documents"
    "INSERT INTO documents(name, hash, nsentences) VALUES ('x', 'y', 0)"
    "UPDATE documents SET name = 'x'" "CREATE TABLE t(x)")
  kg_run(r sql --db t.db "${stmt}")
  kg_expect_rc(r 1)
  kg_expect(r err "^kgraph: sql: statement would write to the database \\(kgraph sql is read-only\\)\n$")
endforeach()
kg_query(n t.db "SELECT count(*) FROM documents")
kg_expect_eq("documents after the refused statements" "${n}" "1")

kg_run(r sql --db t.db "SELEKT 1")
kg_expect_rc(r 1)
kg_expect(r err "^kgraph: sql: ")
kg_run(r sql --db t.db)
kg_expect_rc(r 2)
