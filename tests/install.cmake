# tests/install.cmake - search, the public headers, the install tree, the
# man page and the bash completion (tests/install/*.sh)
#
# Each script runs as `sh SCRIPT KGRAPH SRC WORK [ARGS...]` in its own WORK
# folder, with the short articles of tests/install/data copied there; exit
# status 77 means skipped.
set(kg_cc ${CMAKE_C_COMPILER})
set(kg_cc_flags "")
if(KG_SANITIZE)   # the installed library is instrumented: link like it
  set(kg_cc_flags "-fsanitize=address,undefined")
endif()

function(kg_install_test name)
  add_test(NAME install.${name}
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/install/${name}.sh
      $<TARGET_FILE:kgraph> ${PROJECT_SOURCE_DIR}
      ${CMAKE_CURRENT_BINARY_DIR}/install-work/${name} ${ARGN})
  set_tests_properties(install.${name} PROPERTIES SKIP_RETURN_CODE 77
    LABELS install TIMEOUT 300)
endfunction()

kg_install_test(search)
kg_install_test(headers ${kg_cc})
kg_install_test(manpage)
kg_install_test(completion)
kg_install_test(tree ${PROJECT_BINARY_DIR} ${kg_cc} "${kg_cc_flags}")

# the search API, as a unit test
add_executable(test_search test_search.c)
target_link_libraries(test_search PRIVATE kg_ingest kg_graph kg_options)
target_include_directories(test_search PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME unit.search COMMAND test_search)
