# tests/e2e/ingest_jsonl.cmake - .jsonl records: the good ones are stored, a
# record without text, with invalid JSON or with a bad date is reported with
# its line number (status 65)
include(${CMAKE_CURRENT_LIST_DIR}/lib.cmake)

file(WRITE ${WORK}/news.jsonl
"{\"id\": \"a1\", \"url\": \"https://example.org/a1\", \"title\": \"Talks\", \"published\": \"2025-09-09\", \"text\": \"Polish Foreign Minister Tomasz Wrona met Lithuanian Foreign Minister Rasa Petraitis in Warsaw on Tuesday.\"}
{\"id\": \"a2\", \"title\": \"No text here\"}
{\"id\": \"a3\", \"text\": \"unterminated
\n\
{\"id\": \"a4\", \"published\": \"last Tuesday\", \"text\": \"Austrian Chancellor Eva Lindner visited Slovenia.\"}
[1, 2, 3]
{\"id\": 5, \"published\": \"2025-10-02T09:30:00Z\", \"text\": \"Croatian Prime Minister Ivan Horvat met Austrian Chancellor Eva Lindner in Vienna on Thursday.\"}
{\"id\": \"a6\", \"text\": \"\"}
{\"id\": \"a7\", \"text\": \"Talks.\"} {}
")

kg_run(r ingest --db t.db news.jsonl)
kg_expect_rc(r 65)
kg_expect(r err "kgraph: news\\.jsonl:2: record has no \"text\" string\n")
kg_expect(r err "kgraph: news\\.jsonl:3: invalid JSON")
kg_expect(r err "kgraph: news\\.jsonl:5: \"published\" is not a date: 'last Tuesday'\n")
kg_expect(r err "kgraph: news\\.jsonl:6: record is not a JSON object\n")
kg_expect(r err "kgraph: news\\.jsonl:8: warning: empty document\n")
kg_expect(r err "kgraph: news\\.jsonl:9: invalid JSON at column 32\n")
kg_expect(r err "ingested 2 documents \\(0 already present\\), [0-9]+ facts, 5 errors\n$")

kg_query(docs t.db
  "SELECT name || '|' || ifnull(url, '') || '|' || ifnull(title, '') || '|' || ifnull(published, '') FROM documents ORDER BY name")
kg_expect_eq("stored records" "${docs}"
  "5|||2025-10-02\na1|https://example.org/a1|Talks|2025-09-09")

# --date fills in a missing published date, never overrides one.
file(WRITE ${WORK}/two.jsonl
"{\"id\": \"b1\", \"text\": \"Tomasz Wrona visited Vilnius.\"}
{\"id\": \"b2\", \"published\": \"2024-01-31\", \"text\": \"Rasa Petraitis visited Warsaw.\"}
")
kg_run(r ingest --db t.db --date 2025-03-14 --quiet two.jsonl)
kg_expect_rc(r 0)
kg_expect(r err "." NOT)
kg_query(docs t.db "SELECT name || ' ' || published FROM documents WHERE name LIKE 'b%' ORDER BY name")
kg_expect_eq("published dates" "${docs}" "b1 2025-03-14\nb2 2024-01-31")

# Invalid UTF-8 inside a record's text: the offset is within the text.
execute_process(COMMAND sh -c
  "printf '{\"id\": \"c1\", \"text\": \"Talks in Bern \\377 ended.\"}\\n' > bad.jsonl"
  WORKING_DIRECTORY ${WORK})
kg_run(r ingest --db t.db bad.jsonl)
kg_expect_rc(r 65)
kg_expect(r err "kgraph: bad\\.jsonl:1: invalid UTF-8 at byte 14\n")
