/* cli/cmd_diff.c - kgraph diff: DOT of the facts that changed between two
 * databases
 *
 * Both databases are opened read-only and loaded with the same selection
 * options; kg_export_diff matches them by name (entity ids differ between
 * databases) and writes the union with facts only in NEW green, only in OLD
 * red and dashed, in both grey.  With -o the DOT goes to FILE.tmp first and
 * is renamed over FILE when complete.  The counts go to standard error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kgraph/export.h"

#include "cmds.h"
#include "select_more.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph diff [-o FILE.dot] [selection options] OLD.db NEW.db",
	"",
	"Draw what changed between two databases as a Graphviz DOT graph:",
	"facts only in NEW are green, facts only in OLD red and dashed, facts",
	"in both grey.  Entities are matched by name and facts by (subject,",
	"predicate, object, status), since ids differ between databases.",
	"The number of facts added, removed and kept goes to standard error.",
	"",
	"Example: kgraph diff -o changes.dot before.db kgraph.db",
	"         dot -Tsvg changes.dot -o changes.svg",
	"",
	"Options:",
	"  -o, --output FILE     write to FILE instead of standard output",
	"  --entity NAME         only the neighbourhood of this entity",
	"  --depth N             hops from --entity (default 1)",
	"  --type T[,T...]       only nodes of these types (PERSON, ORG, ...)",
	"  --predicate P[,P...]  only edges with these predicates",
	"  --with-negated        also facts the text denies or only reports",
	"  -h, --help            show this help",
	NULL
};

static int write_diff(const kg_graph *old_g,
                      const kg_graph *new_g,
                      FILE *f,
                      const char *name)
{
	kg_err err = { 0, "" };
	size_t counts[3];
	int rc = kg_export_diff(old_g, new_g, f, counts, &err);

	if (rc == KG_OK && fflush(f) != 0)
		rc = kg_err_set(&err, KG_EIO, "%s", strerror(errno));
	if (rc != KG_OK) {
		cli_error("%s: %s", name, err.msg);
		return KG_EXIT_ERROR;
	}
	cli_error("diff: %zu facts added, %zu removed, %zu in both", counts[0],
	          counts[1], counts[2]);
	return KG_EXIT_OK;
}

/* To path ("-" or NULL: stdout) through a temporary file. */
static int
write_out(const kg_graph *old_g, const kg_graph *new_g, const char *path)
{
	char *tmp;
	FILE *f;
	int rc;

	if (path == NULL || strcmp(path, "-") == 0)
		return write_diff(old_g, new_g, stdout, "<stdout>");
	tmp = cli_tmp_path(path, "");
	if (tmp == NULL) {
		cli_error("out of memory");
		return KG_EXIT_ERROR;
	}
	f = fopen(tmp, "wb");
	if (f == NULL) {
		cli_error("%s: %s", tmp, strerror(errno));
		free(tmp);
		return KG_EXIT_ERROR;
	}
	rc = write_diff(old_g, new_g, f, path);
	if (fclose(f) != 0 && rc == KG_EXIT_OK) {
		cli_error("%s: %s", path, strerror(errno));
		rc = KG_EXIT_ERROR;
	}
	if (rc == KG_EXIT_OK && rename(tmp, path) != 0) {
		cli_error("%s: %s", path, strerror(errno));
		rc = KG_EXIT_ERROR;
	}
	if (rc != KG_EXIT_OK)
		remove(tmp);
	free(tmp);
	return rc;
}

int cmd_diff(int argc, char **argv)
{
	const char *out = NULL;
	cli_select_args a = CLI_SELECT_ARGS_INIT;
	const cli_opt opts[] = { { "output", 'o', CLI_STR, &out },
		                 CLI_SELECT_OPTS(a),
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_graph *old_g = NULL, *new_g = NULL;
	kg_select sel;
	int npos, rc;

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if (npos != 2)
		return cli_usage_error("diff: two databases are needed: "
		                       "OLD.db NEW.db");
	if ((rc = cli_select_make(&sel, &a)) != CLI_CONTINUE)
		return rc;
	rc = cli_more_load(argv[1], &sel, &old_g);
	if (rc == CLI_CONTINUE)
		rc = cli_more_load(argv[2], &sel, &new_g);
	if (rc == CLI_CONTINUE)
		rc = write_out(old_g, new_g, out);
	kg_graph_free(old_g);
	kg_graph_free(new_g);
	return rc;
}
