# tests/merge.cmake - kgraph merge and the scale-out recipes (docs/scale.md)
#
# Each tests/merge/*.sh runs as `sh SCRIPT KGRAPH SRC WORK` in its own WORK
# folder.  The scripts over the BBC corpus (../shared/bench) and the Dask
# and GNU parallel recipes exit 77 (skipped) when what they need is absent.
file(GLOB kg_merge_scripts CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/merge/*.sh)
foreach(s ${kg_merge_scripts})
  get_filename_component(n ${s} NAME_WLE)
  if(NOT n STREQUAL "lib")
    add_test(NAME merge.${n}
      COMMAND sh ${s} $<TARGET_FILE:kgraph> ${PROJECT_SOURCE_DIR}
        ${CMAKE_CURRENT_BINARY_DIR}/merge-work/${n})
    set_tests_properties(merge.${n} PROPERTIES LABELS merge TIMEOUT 300
      SKIP_RETURN_CODE 77)
  endif()
endforeach()

# unit.fold: the extraction records of graph/fold.c (tests/test_fold.c)
add_executable(test_fold test_fold.c)
target_link_libraries(test_fold PRIVATE kg_graph kg_options
  PkgConfig::SQLITE3)
target_include_directories(test_fold PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME unit.fold COMMAND test_fold)
