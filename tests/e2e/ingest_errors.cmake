# tests/e2e/ingest_errors.cmake - a missing file, a directory and an empty
# file are reported one line each; the other inputs are still stored
include(${CMAKE_CURRENT_LIST_DIR}/lib.cmake)

set(good ${SRC}/tests/golden/treaty-signing.txt)
file(WRITE ${WORK}/empty.txt "")
file(MAKE_DIRECTORY ${WORK}/folder)

kg_run(r ingest --db t.db missing.txt folder empty.txt ${good})
kg_expect_rc(r 1)
kg_expect(r err "kgraph: missing\\.txt: No such file or directory\n")
kg_expect(r err "kgraph: folder: Is a directory\n")
kg_expect(r err "kgraph: empty\\.txt: warning: empty document\n")
kg_expect(r err "ingested 1 documents \\(0 already present\\), [0-9]+ facts, 2 errors\n$")
kg_query(docs t.db "SELECT name FROM documents ORDER BY name")
kg_expect_eq("stored documents" "${docs}" "${good}")

# An empty file alone is a warning, not an error.
kg_run(r ingest --db t.db empty.txt)
kg_expect_rc(r 0)
kg_run(r ingest --db t.db --quiet empty.txt)
kg_expect_rc(r 0)
kg_expect(r err "." NOT)

# Read-only commands on a database that does not exist.
foreach(cmd facts stats)
  kg_run(r ${cmd} --db nothere.db)
  kg_expect_rc(r 1)
  kg_expect(r err "^kgraph: nothere\\.db: no such database\n$")
endforeach()
kg_run(r sql --db nothere.db "SELECT 1")
kg_expect_rc(r 1)
kg_expect(r err "^kgraph: nothere\\.db: no such database\n$")
if(EXISTS ${WORK}/nothere.db)
  message(FATAL_ERROR "a read-only command created nothere.db")
endif()

# A file that is not a kgraph database.
file(WRITE ${WORK}/notes.db "not a database")
kg_run(r ingest --db notes.db ${good})
kg_expect_rc(r 1)
kg_expect(r err "^kgraph: notes\\.db: ")
