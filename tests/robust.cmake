# tests/robust.cmake - robustness tests: bad input, limits, hostile names,
# broken databases, concurrent use and crashes (tests/robust/*.sh)
#
# Each script runs as `sh SCRIPT KGRAPH SRC WORK` in its own WORK folder;
# exit status 77 means skipped (a measurement or facility not available).
# Tests labelled known-bug record a problem that is not fixed yet: they are
# expected to fail (WILL_FAIL) and start "failing" when it is fixed; then
# drop them from KG_ROBUST_KNOWN.
set(KG_ROBUST_KNOWN "")

function(kg_robust name)
  add_test(NAME robust.${name}
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/robust/${name}.sh
      $<TARGET_FILE:kgraph> ${PROJECT_SOURCE_DIR}
      ${CMAKE_CURRENT_BINARY_DIR}/robust-work/${name} ${ARGN})
  set_tests_properties(robust.${name} PROPERTIES SKIP_RETURN_CODE 77
    LABELS robust TIMEOUT 300)
  if(name MATCHES "^(concurrency|names_scaling|crash)$") # timing
    set_tests_properties(robust.${name} PROPERTIES RUN_SERIAL TRUE)
  endif()
  if(name IN_LIST KG_ROBUST_KNOWN)
    set_tests_properties(robust.${name} PROPERTIES WILL_FAIL TRUE
      LABELS "robust;known-bug")
  endif()
endfunction()

file(GLOB kg_robust_scripts CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/robust/*.sh)
foreach(s ${kg_robust_scripts})
  get_filename_component(n ${s} NAME_WLE)
  if(NOT n STREQUAL "lib" AND NOT n STREQUAL "crash")
    kg_robust(${n})
  endif()
endforeach()
kg_robust(crash 3)   # 3 rounds of kills here; 20 in tests/robust/crash.sh
