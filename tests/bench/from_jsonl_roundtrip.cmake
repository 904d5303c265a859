# tests/bench/from_jsonl_roundtrip.cmake - kgraph extract output loaded with
# ingest --from-jsonl gives the same database as ingesting the articles
include(${CMAKE_CURRENT_LIST_DIR}/../e2e/lib.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/corpus.cmake)

kg_make_corpus(${WORK}/news.jsonl)
kg_run(direct ingest --db direct.db --quiet news.jsonl)
kg_expect_rc(direct 65)
kg_dump(want direct.db)

kg_run(ex extract --quiet -j 2 news.jsonl)
kg_expect_rc(ex 65)
kg_expect(ex out "\"text\":")
kg_expect(ex out "\"sentences\":\\[\\[0,")
file(WRITE ${WORK}/facts.jsonl "${ex_out}")
kg_run(load ingest --db loaded.db --from-jsonl facts.jsonl)
kg_expect_rc(load 0)
kg_expect(load err "ingested [1-9][0-9]+ documents \\([1-9][0-9]* already present\\), [1-9][0-9]* facts, 0 errors")
kg_dump(got loaded.db)
if(NOT got STREQUAL want)
  file(WRITE ${WORK}/want.txt "${want}")
  file(WRITE ${WORK}/got.txt "${got}")
  message(FATAL_ERROR "--from-jsonl differs: diff ${WORK}/want.txt ${WORK}/got.txt")
endif()

# loading again changes nothing; standard input works too
kg_run(again STDIN ${WORK}/facts.jsonl ingest --db loaded.db --from-jsonl -)
kg_expect_rc(again 0)
kg_expect(again err "ingested [0-9]+ documents \\(([0-9]+) already present\\), 0 facts")
kg_dump(got loaded.db)
kg_expect_eq("database after loading twice" "${got}" "${want}")

# lines that are not extract output are reported with their line number
file(WRITE ${WORK}/bad.jsonl
"{\"id\": \"a1\", \"text\": \"Talks.\"}
{\"doc\": \"x\", \"entities\": [], \"facts\": [{\"s\": 3, \"p\": \"met_with\", \"o\": 0, \"literal\": null, \"status\": \"current\", \"negated\": false, \"sentence\": 0, \"start\": 0, \"end\": 1, \"rule\": \"r\"}], \"sentences\": [[0, 6]], \"mentions\": [], \"text\": \"Talks.\"}
{\"doc\": \"y\", \"entities\": [{\"i\": 0, \"type\": \"DATE\", \"name\": \"x\", \"aliases\": []}], \"facts\": [], \"sentences\": [], \"mentions\": [], \"text\": \"\"}
not json
")
kg_run(bad ingest --db bad.db --from-jsonl bad.jsonl)
kg_expect_rc(bad 65)
kg_expect(bad err "bad\\.jsonl:1: not kgraph extract output")
kg_expect(bad err "bad\\.jsonl:2: fact 0: subject 3 out of range")
kg_expect(bad err "bad\\.jsonl:3: not kgraph extract output: bad entity type")
kg_expect(bad err "bad\\.jsonl:4: invalid JSON")
kg_query(n bad.db "SELECT count(*) FROM documents")
kg_expect_eq("documents from bad lines" "${n}" "0")
