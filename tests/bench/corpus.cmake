# tests/bench/corpus.cmake - kg_make_corpus(<file>): a JSONL file of many
# articles (tests/corpus, tests/golden and examples texts, each once with a
# date and once more under another id, plus a bad record), for the tests
# that compare two ways of filling a database.
function(kg_json_string var s)
  string(REPLACE "\\" "\\\\" s "${s}")
  string(REPLACE "\"" "\\\"" s "${s}")
  string(REPLACE "\n" "\\n" s "${s}")
  string(REPLACE "\r" "\\r" s "${s}")
  string(REPLACE "\t" "\\t" s "${s}")
  set(${var} "\"${s}\"" PARENT_SCOPE)
endfunction()

function(kg_make_corpus out)
  file(GLOB texts ${SRC}/tests/corpus/*.txt ${SRC}/tests/golden/*.txt
       ${SRC}/examples/*.txt)
  list(SORT texts)
  set(lines "")
  set(i 0)
  foreach(t ${texts})
    file(READ ${t} body)
    kg_json_string(j "${body}")
    math(EXPR day "${i} % 18 + 10")
    string(APPEND lines
      "{\"id\": \"doc${i}\", \"published\": \"2025-03-${day}\", \"text\": ${j}}\n")
    if(i EQUAL 3)   # a bad record in the middle: its error keeps its place
      string(APPEND lines "{\"id\": \"bad\"}\n")
    endif()
    math(EXPR i "${i} + 1")
  endforeach()
  # the same texts again: already present, whatever thread extracted them
  foreach(t ${texts})
    file(READ ${t} body)
    kg_json_string(j "${body}")
    string(APPEND lines "{\"id\": \"again${i}\", \"text\": ${j}}\n")
    math(EXPR i "${i} + 1")
  endforeach()
  file(WRITE ${out} "${lines}")
endfunction()

# The tables a database is compared by, one string.
function(kg_dump var db)
  set(all "")
  foreach(q
      "SELECT doc_id, name, url, title, published, hash, nsentences FROM documents ORDER BY doc_id"
      "SELECT doc_id, n, byte_start, byte_end, text FROM sentences ORDER BY doc_id, n"
      "SELECT entity_id, type, name, norm FROM entities ORDER BY entity_id"
      "SELECT entity_id, name FROM aliases ORDER BY entity_id, name"
      "SELECT type, norm, entity_id FROM name_keys ORDER BY type, norm"
      "SELECT entity_id, doc_id, sentence, byte_start, byte_end FROM mentions ORDER BY rowid"
      "SELECT entity_id, name, rule, doc_id FROM merges ORDER BY rowid"
      "SELECT fact_id, subject_id, predicate, object_id, literal, status, negated, valid_from, valid_to FROM fact ORDER BY fact_id"
      "SELECT evidence_id, fact_id, doc_id, sentence, byte_start, byte_end, rule FROM evidence ORDER BY evidence_id"
      "SELECT fact_id, subject, predicate, object, doc, sentence, evidence, rule, status, support FROM facts ORDER BY fact_id")
    kg_query(rows ${db} "${q}")
    string(APPEND all "${q}\n${rows}\n")
  endforeach()
  set(${var} "${all}" PARENT_SCOPE)
endfunction()
