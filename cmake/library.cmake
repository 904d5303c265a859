# cmake/library.cmake - libkgraph (static and shared) and the install rules
#
# The modules are built as static libraries per folder (kg_module); libkgraph
# is all of their objects in one archive and one shared library with a
# soname, so that users link one library.  Installed: the kgraph binary,
# libkgraph.a, libkgraph.so.<major> (+ links), include/kgraph/*.h,
# kgraph.pc, the man page kgraph(1) and the bash completion.
include(GNUInstallDirs)

set(KG_LIB_MODULES kg_schema kg_lexicon kg_ingest kg_graph kg_export)
set(KG_LIB_OBJECTS "")
foreach(m ${KG_LIB_MODULES})
  list(APPEND KG_LIB_OBJECTS $<TARGET_OBJECTS:${m}>)
endforeach()

add_library(kgraph_static STATIC ${KG_LIB_OBJECTS})
add_library(kgraph_shared SHARED ${KG_LIB_OBJECTS})
set_target_properties(kgraph_static PROPERTIES OUTPUT_NAME kgraph)
set_target_properties(kgraph_shared PROPERTIES OUTPUT_NAME kgraph
  VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR})
target_link_libraries(kgraph_shared PRIVATE PkgConfig::SQLITE3
  PkgConfig::CGRAPH PkgConfig::GVC PkgConfig::CJSON kg_options)
foreach(t kgraph_static kgraph_shared)
  target_include_directories(${t} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
endforeach()

# kgraph.pc: Libs gives -lkgraph (the shared library when both are there);
# pkg-config --static adds Requires.private for libkgraph.a.  The prefix is
# filled in at install time, so `cmake --install --prefix DIR` gets a
# kgraph.pc for DIR whatever the prefix was at configure time.
set(KG_PC_PREFIX "@KG_PC_PREFIX@")
configure_file(${PROJECT_SOURCE_DIR}/cmake/kgraph.pc.in
  ${PROJECT_BINARY_DIR}/kgraph.pc.in @ONLY)

install(TARGETS kgraph RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS kgraph_static kgraph_shared
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} NAMELINK_COMPONENT Development)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/kgraph
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")
install(CODE "
  set(KG_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
  configure_file(${PROJECT_BINARY_DIR}/kgraph.pc.in
    ${PROJECT_BINARY_DIR}/pc/kgraph.pc @ONLY)
  file(INSTALL ${PROJECT_BINARY_DIR}/pc/kgraph.pc DESTINATION
    \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig\")")
install(FILES ${PROJECT_SOURCE_DIR}/docs/kgraph.1
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/scripts/kgraph.bash-completion
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
  RENAME kgraph)
