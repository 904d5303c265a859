# tests/audit.cmake - the audit commands: why, support, retract, merges, dump
# and lint (tests/audit/*.sh, docs/audit.md)
#
# Each script runs as `sh SCRIPT KGRAPH SRC WORK` in its own WORK folder,
# with the short news articles of tests/audit/data copied there.
file(GLOB kg_audit_scripts CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/audit/*.sh)
foreach(s ${kg_audit_scripts})
  get_filename_component(n ${s} NAME_WLE)
  if(NOT n STREQUAL "lib")
    add_test(NAME audit.${n}
      COMMAND sh ${s} $<TARGET_FILE:kgraph> ${PROJECT_SOURCE_DIR}
        ${CMAKE_CURRENT_BINARY_DIR}/audit-work/${n})
    set_tests_properties(audit.${n} PROPERTIES LABELS audit TIMEOUT 120)
  endif()
endforeach()
# The same with all the articles: fails while a surname-only mention can
# join a stored full name in one order only (tests/audit/order.sh).
add_test(NAME audit.order_surname
  COMMAND env KG_ORDER_UPTO=999 sh ${CMAKE_CURRENT_SOURCE_DIR}/audit/order.sh
    $<TARGET_FILE:kgraph> ${PROJECT_SOURCE_DIR}
    ${CMAKE_CURRENT_BINARY_DIR}/audit-work/order_surname)
set_tests_properties(audit.order_surname PROPERTIES LABELS audit TIMEOUT 120
  WILL_FAIL TRUE)
