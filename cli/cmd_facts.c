/* cli/cmd_facts.c - kgraph facts: list stored facts with their evidence */
#include <stdio.h>

#include <cjson/cJSON.h>

#include "cmds.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph facts [--db PATH] [--entity NAME] [--predicate P] "
	"[--min-support N] [--json]",
	"",
	"List the facts in the database, one per line as",
	"  Subject (TYPE) -predicate-> Object (TYPE)  [status, support N]",
	"followed by the document, sentence number and sentence it was read",
	"from.  --entity keeps the facts whose subject or object goes by NAME",
	"(any of its names, case and punctuation ignored); --predicate keeps",
	"one predicate; --min-support N keeps the facts stated by at least N",
	"documents (support: distinct documents with evidence for the fact).",
	"--json prints a JSON array of fact objects instead.",
	"",
	"Example: kgraph facts --entity \"Marco Rubio\" --predicate "
	"holds_office",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  --entity NAME         only facts about this entity",
	"  --predicate P         only this predicate (holds_office, "
	"met_with...)",
	"  --min-support N       only facts stated by N documents or more",
	"  --json                print a JSON array",
	"  -h, --help            show this help",
	NULL
};

struct facts_state {
	int json;        /* print JSON objects instead of text */
	long rows;       /* facts printed so far */
	int min_support; /* skip facts with less support */
};

/* Print s with every run of white space (newlines too) as one space, so
 * that each fact stays on its two lines. */
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

static int print_text(const kg_fact_row *r)
{
	printf("%s (%s) -%s-> %s (%s)  [%s%s, support %d]\n", r->subject,
	       r->subject_type, r->predicate, r->object ? r->object : "",
	       r->object_type, r->status ? r->status : "",
	       r->negated ? ", negated" : "", r->support);
	printf("    %s#%lld: ", r->doc ? r->doc : "", (long long)r->sentence);
	put_oneline(r->evidence);
	putchar('\n');
	return 0;
}

/* cJSON_AddStringToObject, with NULL as JSON null. */
static void add_str(cJSON *o, const char *name, const char *s)
{
	if (s != NULL)
		cJSON_AddStringToObject(o, name, s);
	else
		cJSON_AddNullToObject(o, name);
}

/* One object of the array; printed one at a time, so the output of a large
 * database is never held in memory. */
static int print_json(const kg_fact_row *r, long index)
{
	cJSON *o = cJSON_CreateObject();
	char *s;

	cJSON_AddNumberToObject(o, "fact_id", (double)r->fact_id);
	add_str(o, "subject", r->subject);
	add_str(o, "subject_type", r->subject_type);
	add_str(o, "predicate", r->predicate);
	add_str(o, "object", r->object);
	add_str(o, "object_type", r->object_type);
	add_str(o, "status", r->status);
	cJSON_AddBoolToObject(o, "negated", r->negated != 0);
	cJSON_AddNumberToObject(o, "support", r->support);
	add_str(o, "doc", r->doc);
	cJSON_AddNumberToObject(o, "sentence", (double)r->sentence);
	add_str(o, "evidence", r->evidence);
	add_str(o, "rule", r->rule);
	s = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	if (s == NULL)
		return 1;
	printf("%s%s", index ? ",\n" : "[\n", s);
	cJSON_free(s);
	return 0;
}

static int print_fact(const kg_fact_row *r, void *payload)
{
	struct facts_state *s = payload;
	int rc;

	if (r->support < s->min_support)
		return 0;
	rc = s->json ? print_json(r, s->rows) : print_text(r);

	s->rows++;
	return rc != 0 || ferror(stdout) ? 1 : 0;
}

int cmd_facts(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB, *entity = NULL, *pred = NULL;
	struct facts_state s = { 0, 0, 0 };
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "entity", 0, CLI_STR, &entity },
		                 { "predicate", 0, CLI_STR, &pred },
		                 { "min-support", 0, CLI_INT, &s.min_support },
		                 { "json", 0, CLI_FLAG, &s.json },
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_err err = { 0, "" };
	kg_store *st;
	int npos, rc;

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if (npos > 0)
		return cli_usage_error("facts: unexpected argument '%s'",
		                       argv[1]);
	if (pred != NULL && (rc = cli_check_predicate(pred)) != CLI_CONTINUE)
		return rc;
	rc = cli_open_store(&st, db, KG_STORE_READONLY);
	if (rc != CLI_CONTINUE)
		return rc;
	rc = kg_store_facts(st, entity, pred, print_fact, &s, &err);
	kg_store_close(st);
	if (s.json)
		fputs(s.rows ? "\n]\n" : "[]\n", stdout);
	if (rc == KG_ENOTFOUND && entity != NULL) {
		cli_error("no entity named '%s'", entity);
		return KG_EXIT_ERROR;
	}
	if (rc < 0) {
		cli_error("%s: %s", db, err.msg);
		return KG_EXIT_ERROR;
	}
	if (rc > 0 || fflush(stdout) != 0) {
		cli_error("writing standard output failed");
		return KG_EXIT_ERROR;
	}
	return KG_EXIT_OK;
}
