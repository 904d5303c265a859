/* cli/cmd_lint.c - kgraph lint: contradictions and type errors in the graph */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "kgraph/audit.h"
#include "cmds.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph lint [--db PATH]",
	"",
	"Run SQL checks over the graph and print each problem with the facts",
	"involved and the sentence each was read from:",
	"  error    member-of-person      X member_of a PERSON",
	"  error    holds-office-type     holds_office from a non-PERSON or to",
	"                                 a non-OFFICE",
	"  warning  two-current-holders   two current holders of one head "
	"office",
	"                                 (President of X, Prime Minister of "
	"X..."
	")",
	"                                 in documents of the same date",
	"  warning  event-after-article   an event dated after the publication",
	"                                 of the article that dates it",
	"  info     office-without-jurisdiction  an office with no office_of",
	"A summary line goes to stderr.  Exit status: 0 when there are no",
	"errors or warnings (info lines do not count), 1 when there are (or on",
	"a runtime error).",
	"",
	"Example: kgraph lint --db summit.db",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  -h, --help            show this help",
	NULL
};

struct lint_state {
	long errors, warnings, infos;
};

static void put_oneline(const char *s)
{
	int space = 0;

	for (; s != NULL && *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			space = 1;
			continue;
		}
		if (space)
			putchar(' ');
		space = 0;
		putchar(*s);
	}
}

static int on_problem(const kg_lint_row *r, void *payload)
{
	struct lint_state *s = payload;
	const kg_fact_row *f = r->fact;

	if (r->first) {
		if (strcmp(r->severity, "error") == 0)
			s->errors++;
		else if (strcmp(r->severity, "warning") == 0)
			s->warnings++;
		else
			s->infos++;
		printf("%s %s: %s\n", r->severity, r->check, r->message);
	}
	printf("    fact %" PRId64 ": %s (%s) -%s-> %s (%s)  [%s]\n",
	       f->fact_id, f->subject, f->subject_type, f->predicate,
	       f->object ? f->object : "", f->object_type ? f->object_type : "",
	       f->status ? f->status : "");
	printf("        %s#%" PRId64 ": ", f->doc ? f->doc : "", f->sentence);
	put_oneline(f->evidence);
	putchar('\n');
	return ferror(stdout) ? 1 : 0;
}

int cmd_lint(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { NULL, 0, CLI_FLAG, NULL } };
	struct lint_state s = { 0, 0, 0 };
	kg_err err = { 0, "" };
	kg_store *st;
	int npos, rc;

	if ((rc = cli_parse(argc, argv, opts, usage, &npos)) != CLI_CONTINUE)
		return rc;
	if (npos > 0)
		return cli_usage_error("lint: unexpected argument '%s'",
		                       argv[1]);
	if ((rc = cli_open_store(&st, db, KG_STORE_READONLY)) != CLI_CONTINUE)
		return rc;
	rc = kg_audit_lint(st, on_problem, &s, &err);
	kg_store_close(st);
	if (rc < 0) {
		cli_error("%s: %s", db, err.msg);
		return KG_EXIT_ERROR;
	}
	if (rc > 0 || fflush(stdout) != 0) {
		cli_error("writing standard output failed");
		return KG_EXIT_ERROR;
	}
	fprintf(stderr, "kgraph: lint: %ld errors, %ld warnings, %ld notes\n",
	        s.errors, s.warnings, s.infos);
	return s.errors + s.warnings > 0 ? KG_EXIT_ERROR : KG_EXIT_OK;
}
