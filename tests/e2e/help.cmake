# tests/e2e/help.cmake - help and version go to stdout with status 0; an
# unknown command or option is a usage error (status 2, "Try 'kgraph help'.")
include(${CMAKE_CURRENT_LIST_DIR}/lib.cmake)

foreach(cmd ingest extract facts export render sql stats eval)
  kg_run(r ${cmd} --help)
  kg_expect_rc(r 0)
  kg_expect(r out "^Usage: kgraph ${cmd} ")
  kg_expect(r err "." NOT)
  kg_run(r help ${cmd})
  kg_expect_rc(r 0)
  kg_expect(r out "^Usage: kgraph ${cmd} ")
endforeach()

foreach(args "--help" "help" "-h")
  kg_run(r ${args})
  kg_expect_rc(r 0)
  kg_expect(r out "^Usage: kgraph <command>")
  foreach(cmd ingest extract facts export render sql stats eval)
    kg_expect(r out "\n  ${cmd} ")
  endforeach()
endforeach()

kg_run(r --version)
kg_expect_rc(r 0)
kg_expect(r out "^kgraph [0-9]+\\.[0-9]+\\.[0-9]+\n$")

kg_run(r)
kg_expect_rc(r 2)
kg_expect(r err "^Usage: kgraph")

kg_run(r frobnicate)
kg_expect_rc(r 2)
kg_expect(r err "^kgraph: unknown command 'frobnicate'\nTry 'kgraph help'\\.\n$")
kg_expect(r out "." NOT)

kg_run(r --frob)
kg_expect_rc(r 2)
kg_expect(r err "^kgraph: unknown option '--frob'\nTry 'kgraph help'\\.\n$")

kg_run(r ingest --bogus x.txt)
kg_expect_rc(r 2)
kg_expect(r err "^kgraph: unknown option '--bogus'\nTry 'kgraph help'\\.\n$")

kg_run(r ingest --db)
kg_expect_rc(r 2)
kg_expect(r err "option '--db' needs an argument")

kg_run(r facts --json=yes)
kg_expect_rc(r 2)
kg_expect(r err "option '--json' takes no argument")

kg_run(r facts --predicate likes)
kg_expect_rc(r 2)
kg_expect(r err "unknown predicate 'likes' \\(one of: holds_office, ")

kg_run(r export --format svg)
kg_expect_rc(r 2)
kg_expect(r err "unknown format 'svg'")

kg_run(r export --format dot --type PERSON,ROBOT)
kg_expect_rc(r 2)
kg_expect(r err "unknown type 'ROBOT'")

kg_run(r export --format dot --depth 2)
kg_expect_rc(r 2)
kg_expect(r err "'--depth' needs '--entity'")

kg_run(r render -o graph.txt)
kg_expect_rc(r 2)
kg_expect(r err "does not end in \\.svg, \\.png or \\.pdf")

kg_run(r ingest --date 15/08/2025 x.txt)
kg_expect_rc(r 2)
kg_expect(r err "option '--date' needs a date YYYY-MM-DD")

kg_run(r ingest)
kg_expect_rc(r 2)

kg_run(r help frobnicate)
kg_expect_rc(r 2)
