# tests/bench.cmake - tests of the speed work (issue 4): -j N gives the same
# database as -j 1, extract output loads back to the same database, and
# SIGINT/SIGTERM stop an ingest cleanly.  The timings themselves are not
# tests: bench/run.sh measures them.
function(kg_bench_test name)
  add_test(NAME bench.${name}
    COMMAND ${CMAKE_COMMAND}
      -DKGRAPH=$<TARGET_FILE:kgraph>
      -DSRC=${PROJECT_SOURCE_DIR}
      -DWORK=${CMAKE_CURRENT_BINARY_DIR}/bench-work/${name}
      -P ${CMAKE_CURRENT_SOURCE_DIR}/bench/${name}.cmake)
endfunction()

kg_bench_test(jobs_same_db)
kg_bench_test(from_jsonl_roundtrip)
kg_bench_test(interrupt)
