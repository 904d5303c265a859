# tests/bench/interrupt.cmake - SIGINT (and SIGTERM, with -j 2) during an
# ingest: it stops after the current document, commits what is done, says
# "interrupted after N documents" and exits 130; the database is intact and
# holds exactly N whole documents
include(${CMAKE_CURRENT_LIST_DIR}/../e2e/lib.cmake)

# ~20 MB of distinct articles: far more than a second of work
execute_process(COMMAND sh -c [=[
awk 'BEGIN {
  for (i = 0; i < 20000; i++) {
    printf "{\"id\": \"n%d\", \"text\": \"Polish Foreign Minister Tomasz Wrona%d met Lithuanian Foreign Minister Rasa Petraitis in Warsaw on Tuesday, the ministry said. ", i, i
    for (k = 0; k < 8; k++)
      printf "The talks on item %d of day %d covered trade, energy and the security of the region, officials in Vilnius and Warsaw said. ", k, i
    printf "Austrian Chancellor Eva Lindner%d visited Slovenia.\"}\n", i
  }
}' > big.jsonl]=] WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc)
kg_expect_eq("generating the input" "${rc}" "0")

foreach(case "INT;1" "TERM;2")
  list(GET case 0 sig)
  list(GET case 1 jobs)
  execute_process(COMMAND sh -c
    "'${KGRAPH}' ingest --db ${sig}.db -j ${jobs} big.jsonl 2> err.txt & pid=$!
     sleep 2; kill -${sig} $pid; wait $pid; echo $?"
    WORKING_DIRECTORY ${WORK} OUTPUT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
  file(READ ${WORK}/err.txt err)
  kg_expect_eq("exit status after SIG${sig} (stderr: ${err})" "${rc}" "130")
  if(NOT err MATCHES "kgraph: interrupted after ([0-9]+) documents\n$")
    message(FATAL_ERROR "SIG${sig}: no 'interrupted' message: ${err}")
  endif()
  set(n ${CMAKE_MATCH_1})
  if(n LESS 1 OR NOT n LESS 20000)
    message(FATAL_ERROR "SIG${sig}: interrupted after ${n} documents")
  endif()
  kg_query(ok ${sig}.db "PRAGMA integrity_check")
  kg_expect_eq("integrity after SIG${sig}" "${ok}" "ok")
  kg_query(docs ${sig}.db "SELECT count(*) FROM documents")
  kg_expect_eq("documents stored after SIG${sig}" "${docs}" "${n}")
  kg_query(half ${sig}.db
    "SELECT count(*) FROM documents d WHERE nsentences <> (SELECT count(*) FROM sentences s WHERE s.doc_id = d.doc_id) OR NOT EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = d.doc_id)")
  kg_expect_eq("half-stored documents after SIG${sig}" "${half}" "0")
  kg_query(last ${sig}.db "SELECT name FROM documents ORDER BY doc_id DESC LIMIT 1")
  math(EXPR want "${n} - 1")
  kg_expect_eq("last document stored after SIG${sig}" "${last}" "n${want}")
endforeach()
