/* cli/util.h - option parsing, messages and exit statuses shared by the
 * kgraph commands
 *
 * Every command describes its options as a table of cli_opt and calls
 * cli_parse once; the table is the only per-command part, so the loop over
 * argv exists once.  Messages go to stderr as "kgraph: <what is wrong>".
 */
#ifndef KG_CLI_UTIL_H
#define KG_CLI_UTIL_H

#include <stdio.h>

#include "kgraph/common.h"
#include "kgraph/graph.h"
#include "kgraph/store.h"

#define KG_CLI_DEFAULT_DB "kgraph.db"

enum cli_kind {
	CLI_FLAG, /* no argument: *(int *)dest = 1 */
	CLI_STR,  /* one argument: *(const char **)dest = the argument */
	CLI_INT   /* one argument, a decimal number: *(int *)dest */
};

typedef struct cli_opt {
	const char *name; /* long name without "--"; NULL ends the table */
	char short_name;  /* 'o' for -o, or 0 */
	enum cli_kind kind;
	void *dest; /* where the value goes (see cli_kind) */
} cli_opt;

/* Returned by the cli_* functions below when the command should go on. */
#define CLI_CONTINUE (-1)

/* Parse argv[1..argc) against opts.  "--name VALUE", "--name=VALUE",
 * "-o VALUE" and "-oVALUE" are accepted anywhere; "--" ends the options; "-"
 * is an argument.  --help and -h print usage to stdout.  The arguments that
 * are not options are moved to argv[1..1+*npos).  Returns CLI_CONTINUE, or
 * the exit status the command should return at once (0 after --help, 2 after
 * a usage error, which has been printed). */
int cli_parse(int argc,
              char **argv,
              const cli_opt *opts,
              const char *const *usage,
              int *npos);

/* Print a NULL-terminated array of lines to f. */
void cli_usage(const char *const *usage, FILE *f);

/* Print "kgraph: <message>" to stderr. */
void cli_error(const char *fmt, ...) KG_PRINTF(1, 2);

/* Print "kgraph: <message>" and "Try 'kgraph help'." to stderr; returns 2. */
int cli_usage_error(const char *fmt, ...) KG_PRINTF(1, 2);

/* The exit status for a kgraph error code: 0 for KG_OK, 65 for bad input
 * data (KG_EINVALID, KG_ELIMIT), 1 for everything else. */
int cli_exit_status(int code);

/* Open the database at path (KG_STORE_* flags).  A failure is printed
 * ("kgraph: PATH: no such database" when it is missing) and its exit status
 * returned; CLI_CONTINUE on success. */
int cli_open_store(kg_store **out, const char *path, int flags);

/* Check a predicate name; an unknown one is a usage error listing the
 * predicates (returns 2), a known one gives CLI_CONTINUE. */
int cli_check_predicate(const char *name);

/* The selection options shared by export and render. */
typedef struct cli_select_args {
	const char *entity; /* --entity NAME */
	int depth;          /* --depth N; -1 when not given */
	const char *types;  /* --type T[,T...] */
	const char *preds;  /* --predicate P[,P...] */
	int with_negated;   /* --with-negated */
} cli_select_args;
#define CLI_SELECT_ARGS_INIT                                                   \
	{                                                                      \
		NULL, -1, NULL, NULL, 0                                        \
	}

/* The cli_opt rows for a cli_select_args a, to put in an option table. */
/* clang-format off */
#define CLI_SELECT_OPTS(a)                                                   \
	{ "entity", 0, CLI_STR, &(a).entity },                               \
	{ "depth", 0, CLI_INT, &(a).depth },                                 \
	{ "type", 0, CLI_STR, &(a).types },                                  \
	{ "predicate", 0, CLI_STR, &(a).preds },                             \
	{ "with-negated", 0, CLI_FLAG, &(a).with_negated }
/* clang-format on */

/* Turn the parsed selection options into sel.  Returns CLI_CONTINUE, or 2
 * after printing a usage error (unknown type or predicate, bad depth). */
int cli_select_make(kg_select *sel, const cli_select_args *a);

/* Open db read-only and load the selection.  Errors are printed ("kgraph: no
 * entity named 'X'" for an unknown --entity); returns CLI_CONTINUE with *out
 * set, or the exit status. */
int cli_load_graph(const char *db, const kg_select *sel, kg_graph **out);

/* A temporary file name beside path: path + ".tmp" + ext (ext may be "").
 * malloc'd; NULL when out of memory. */
char *cli_tmp_path(const char *path, const char *ext);

/* The extension of path including the dot ("" when none). */
const char *cli_path_ext(const char *path);

#endif
