/* cli/aliases.h - reading kgraph ingest --aliases FILE (cli/aliases.c) */
#ifndef KG_CLI_ALIASES_H
#define KG_CLI_ALIASES_H

#include "kgraph/store.h"

/* Check the same-as / never-same-as file at path and store its pairs in st
 * (no batch open).  Errors are printed ("kgraph: FILE:LINE: ..."); returns
 * CLI_CONTINUE, or the exit status: 65 for a bad file, 1 when it cannot be
 * read or stored.  A bad file stores nothing. */
int cli_aliases_load(kg_store *st, const char *path);

#endif
