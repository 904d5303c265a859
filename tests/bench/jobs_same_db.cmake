# tests/bench/jobs_same_db.cmake - ingest -j 2 and -j 3 store the same rows
# with the same ids as -j 1, and report the same messages in the same order
include(${CMAKE_CURRENT_LIST_DIR}/../e2e/lib.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/corpus.cmake)

kg_make_corpus(${WORK}/news.jsonl)
kg_run(one ingest --db one.db -j 1 news.jsonl)
kg_expect_rc(one 65)
kg_expect(one err "news\\.jsonl:5: record has no \"text\" string")
kg_expect(one err "ingested [1-9][0-9]+ documents \\([1-9][0-9]* already present\\), [1-9][0-9]* facts, 1 errors")
kg_dump(want one.db)
string(LENGTH "${want}" n)
if(n LESS 5000)
  message(FATAL_ERROR "the -j 1 database is nearly empty:\n${want}")
endif()

foreach(j 2 3)
  kg_run(many ingest --db j${j}.db -j ${j} news.jsonl)
  kg_expect_rc(many 65)
  kg_expect_eq("stderr of -j ${j}" "${many_err}" "${one_err}")
  kg_dump(got j${j}.db)
  if(NOT got STREQUAL want)
    file(WRITE ${WORK}/want.txt "${want}")
    file(WRITE ${WORK}/got${j}.txt "${got}")
    message(FATAL_ERROR "-j ${j} differs from -j 1: diff ${WORK}/want.txt ${WORK}/got${j}.txt")
  endif()
endforeach()

# extract -j 2 prints the same lines in the same order
kg_run(e1 extract --quiet news.jsonl)
kg_run(e2 extract --quiet -j 2 news.jsonl)
kg_expect_rc(e2 65)
kg_expect_eq("extract -j 2 output" "${e2_out}" "${e1_out}")

kg_run(bad ingest --db x.db -j 65 news.jsonl)
kg_expect_rc(bad 2)
kg_expect(bad err "option '--jobs' needs a number from 0")
