/* cli/select_more.h - the selection options export and render add to the
 * shared ones of util.h: --path A B, --doc, --since, --until, --as-of,
 * --min-support (kg_select's later fields, graph/select_more.c), and
 * --cluster for the diagrams
 *
 * Implemented in cli/cmd_export.c.
 */
#ifndef KG_CLI_SELECT_MORE_H
#define KG_CLI_SELECT_MORE_H

#include "kgraph/export.h"
#include "kgraph/graph.h"

typedef struct cli_more_args {
	const char *path; /* --path A (B is the one positional argument) */
	const char *doc, *since, *until, *as_of;
	int min_support; /* -1 when not given */
} cli_more_args;
#define CLI_MORE_ARGS_INIT                                                     \
	{                                                                      \
		NULL, NULL, NULL, NULL, NULL, -1                               \
	}

/* clang-format off */
#define CLI_MORE_OPTS(m)                                                     \
	{ "path", 0, CLI_STR, &(m).path },                                   \
	{ "doc", 0, CLI_STR, &(m).doc },                                     \
	{ "since", 0, CLI_STR, &(m).since },                                 \
	{ "until", 0, CLI_STR, &(m).until },                                 \
	{ "as-of", 0, CLI_STR, &(m).as_of },                                 \
	{ "min-support", 0, CLI_INT, &(m).min_support }
/* clang-format on */

/* Fill sel's later fields from m; argv[1..1+npos) are the positional
 * arguments (the B of --path A B).  date_buf holds the parsed dates.
 * Returns CLI_CONTINUE or 2 after a usage error. */
int cli_more_make(kg_select *sel,
                  const cli_more_args *m,
                  char **argv,
                  int npos,
                  char date_buf[3][11],
                  const char *cmd);

/* Parse --cluster's value (NULL: none) into *out: "type" or "event".
 * Returns CLI_CONTINUE or 2 after a usage error. */
int cli_cluster_parse(const char *s, kg_cluster_by *out, const char *cmd);

/* Open db read-only and load the selection with kg_store_load_selection;
 * errors are printed.  CLI_CONTINUE with *out set, or the exit status. */
int cli_more_load(const char *db, const kg_select *sel, kg_graph **out);

#endif
