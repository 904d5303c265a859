/* cli/cmd_why.c - kgraph why: every sentence that supports a fact */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "kgraph/audit.h"
#include "cmds.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph why [--db PATH] [--json] FACT_ID",
	"       kgraph why [--db PATH] [--json] --subject S [--predicate P] "
	"[--object O]",
	"",
	"Show every sentence that supports a fact: the document, sentence",
	"number, byte span of the evidence, the rule that fired and its",
	"lexicon/rules version, and the sentence with the subject marked",
	"[[like this]] and the object {{like this}} (in colour on a terminal).",
	"FACT_ID is the fact_id column of 'kgraph facts --json' or the facts",
	"view; with --subject/--predicate/--object every fact matching the",
	"given parts is shown (names: any alias, case and punctuation",
	"ignored).  Negated facts are included.",
	"",
	"Example: kgraph why --subject \"Tomasz Wrona\" --predicate "
	"holds_office",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  --subject NAME        facts whose subject goes by NAME",
	"  --predicate P         facts with this predicate",
	"  --object NAME         facts whose object goes by NAME (or a date)",
	"  --json                print a JSON array, one object per fact",
	"  -h, --help            show this help",
	NULL
};

struct why_state {
	int json, color;
	int64_t last_fact; /* fact of the previous row, 0 before the first */
	cJSON *arr, *fact; /* --json: the array and the current fact */
};

/* One mark: [start, end) of text, kind 0 subject, 1 object. */
struct mark {
	size_t start, end;
	int kind;
};

/* The subject and object spans of r, merged in order; an object span that
 * overlaps a subject span is dropped.  Returns the count (at most cap). */
static size_t merge_marks(const kg_why_row *r, struct mark *m, size_t cap)
{
	size_t i = 0, j = 0, n = 0;

	while ((i < r->nsubj || j < r->nobj) && n < cap) {
		int subj =
		        j >= r->nobj ||
		        (i < r->nsubj && r->subj[i].start <= r->obj[j].start);
		const kg_span *sp = subj ? &r->subj[i++] : &r->obj[j++];

		if (n > 0 && sp->start < m[n - 1].end)
			continue;
		m[n].start = sp->start;
		m[n].end = sp->end;
		m[n].kind = subj ? 0 : 1;
		n++;
	}
	return n;
}

/* Append text[a, b) to f with white space runs as one space. */
static void put_range(FILE *f, const char *text, size_t a, size_t b)
{
	for (; a < b; a++) {
		char c = text[a];

		if (isspace((unsigned char)c)) {
			if (a > 0 && isspace((unsigned char)text[a - 1]))
				continue;
			c = ' ';
		}
		fputc(c, f);
	}
}

/* The sentence with its marks, to f. */
static void put_marked(FILE *f, const kg_why_row *r, int color)
{
	static const char *const open[2][2] = {
		{ "[[", "{{" }, { "\033[1;31m", "\033[1;34m" }
	};
	static const char *const close[2][2] = { { "]]", "}}" },
		                                 { "\033[0m", "\033[0m" } };
	struct mark m[64];
	size_t n = merge_marks(r, m, 64), at = 0, i;

	for (i = 0; i < n; i++) {
		put_range(f, r->text, at, m[i].start);
		fputs(open[color][m[i].kind], f);
		put_range(f, r->text, m[i].start, m[i].end);
		fputs(close[color][m[i].kind], f);
		at = m[i].end;
	}
	put_range(f, r->text, at, strlen(r->text));
}

static void print_text(struct why_state *s, const kg_why_row *r)
{
	if (r->fact_id != s->last_fact)
		printf("%sfact %" PRId64 ": %s (%s) -%s-> %s (%s)  [%s%s]"
		       "  support %d\n",
		       s->last_fact ? "\n" : "", r->fact_id, r->subject,
		       r->subject_type, r->predicate,
		       r->object ? r->object : "",
		       r->object_type ? r->object_type : "", r->status,
		       r->negated ? ", negated" : "", r->support);
	printf("  %s#%" PRId64 "  bytes %" PRId64 "-%" PRId64
	       "  rule %s  version %s%s%s\n    ",
	       r->doc, r->sentence, r->byte_start, r->byte_end,
	       r->rule ? r->rule : "-", r->version ? r->version : "-",
	       r->copy_of ? "  copy of " : "", r->copy_of ? r->copy_of : "");
	put_marked(stdout, r, s->color);
	putchar('\n');
}

static cJSON *spans_json(const kg_span *v, size_t n)
{
	cJSON *a = cJSON_CreateArray();

	for (size_t i = 0; i < n; i++) {
		cJSON *p = cJSON_CreateArray();

		cJSON_AddItemToArray(p, cJSON_CreateNumber((double)v[i].start));
		cJSON_AddItemToArray(p, cJSON_CreateNumber((double)v[i].end));
		cJSON_AddItemToArray(a, p);
	}
	return a;
}

static cJSON *fact_json(const kg_why_row *r)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddNumberToObject(o, "fact_id", (double)r->fact_id);
	cJSON_AddStringToObject(o, "subject", r->subject);
	cJSON_AddStringToObject(o, "subject_type", r->subject_type);
	cJSON_AddStringToObject(o, "predicate", r->predicate);
	cJSON_AddStringToObject(o, "object", r->object ? r->object : "");
	cJSON_AddStringToObject(o, "object_type",
	                        r->object_type ? r->object_type : "");
	cJSON_AddStringToObject(o, "status", r->status);
	cJSON_AddBoolToObject(o, "negated", r->negated != 0);
	cJSON_AddNumberToObject(o, "support", r->support);
	cJSON_AddItemToObject(o, "evidence", cJSON_CreateArray());
	return o;
}

static int add_json(struct why_state *s, const kg_why_row *r)
{
	cJSON *e = cJSON_CreateObject();
	char *marked = NULL;
	size_t len = 0;
	FILE *f;

	if (r->fact_id != s->last_fact) {
		s->fact = fact_json(r);
		cJSON_AddItemToArray(s->arr, s->fact);
	}
	cJSON_AddItemToArray(cJSON_GetObjectItem(s->fact, "evidence"), e);
	cJSON_AddStringToObject(e, "doc", r->doc);
	cJSON_AddNumberToObject(e, "sentence", (double)r->sentence);
	cJSON_AddNumberToObject(e, "byte_start", (double)r->byte_start);
	cJSON_AddNumberToObject(e, "byte_end", (double)r->byte_end);
	cJSON_AddStringToObject(e, "rule", r->rule ? r->rule : "");
	cJSON_AddStringToObject(e, "version", r->version ? r->version : "");
	if (r->copy_of != NULL)
		cJSON_AddStringToObject(e, "copy_of", r->copy_of);
	cJSON_AddStringToObject(e, "text", r->text);
	cJSON_AddItemToObject(e, "subject_spans",
	                      spans_json(r->subj, r->nsubj));
	cJSON_AddItemToObject(e, "object_spans", spans_json(r->obj, r->nobj));
	if ((f = open_memstream(&marked, &len)) == NULL)
		return 1;
	put_marked(f, r, 0);
	if (fclose(f) != 0 || marked == NULL) {
		free(marked);
		return 1;
	}
	cJSON_AddStringToObject(e, "marked", marked);
	free(marked);
	return 0;
}

static int on_row(const kg_why_row *r, void *payload)
{
	struct why_state *s = payload;
	int rc = 0;

	if (s->json)
		rc = add_json(s, r);
	else
		print_text(s, r);
	s->last_fact = r->fact_id;
	return rc != 0 || ferror(stdout) ? 1 : 0;
}

/* FACT_ID as a positive number, or 0 after printing a usage error. */
static int64_t parse_id(const char *a)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(a, &end, 10);
	if (errno != 0 || end == a || *end != '\0' || v <= 0) {
		cli_usage_error("why: '%s' is not a fact id", a);
		return 0;
	}
	return (int64_t)v;
}

/* The --json array, one fact object a line. */
static int print_json(const cJSON *arr)
{
	const cJSON *f;
	int n = 0;

	cJSON_ArrayForEach (f, arr) {
		char *line = cJSON_PrintUnformatted(f);

		if (line == NULL)
			return 1;
		printf("%s%s", n++ ? ",\n" : "[\n", line);
		cJSON_free(line);
	}
	fputs(n ? "\n]\n" : "[]\n", stdout);
	return 0;
}

static int finish(struct why_state *s, int rc, const char *db, kg_err *err)
{
	if (rc == KG_ENOTFOUND) {
		cli_error("%s", err->msg);
		return KG_EXIT_ERROR;
	}
	if (rc < 0) {
		cli_error("%s: %s", db, err->msg);
		return KG_EXIT_ERROR;
	}
	if (rc == 0 && s->json)
		rc = print_json(s->arr);
	if (rc > 0 || fflush(stdout) != 0) {
		cli_error("writing standard output failed");
		return KG_EXIT_ERROR;
	}
	return KG_EXIT_OK;
}

int cmd_why(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB, *subj = NULL, *pred = NULL,
	           *obj = NULL;
	struct why_state s = { 0, 0, 0, NULL, NULL };
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "subject", 0, CLI_STR, &subj },
		                 { "predicate", 0, CLI_STR, &pred },
		                 { "object", 0, CLI_STR, &obj },
		                 { "json", 0, CLI_FLAG, &s.json },
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_err err = { 0, "" };
	int64_t id = 0;
	kg_store *st;
	int npos, rc, named;

	if ((rc = cli_parse(argc, argv, opts, usage, &npos)) != CLI_CONTINUE)
		return rc;
	named = subj != NULL || pred != NULL || obj != NULL;
	if (npos > 1 || (npos == 1 && named))
		return cli_usage_error("why: unexpected argument '%s'",
		                       argv[npos]);
	if (npos == 0 && subj == NULL && obj == NULL)
		return cli_usage_error("why: give FACT_ID, or --subject and/or"
		                       " --object");
	if (npos == 1 && (id = parse_id(argv[1])) == 0)
		return KG_EXIT_USAGE;
	if (pred != NULL && (rc = cli_check_predicate(pred)) != CLI_CONTINUE)
		return rc;
	if ((rc = cli_open_store(&st, db, KG_STORE_READONLY)) != CLI_CONTINUE)
		return rc;
	s.color =
	        !s.json && isatty(STDOUT_FILENO) && getenv("NO_COLOR") == NULL;
	if (s.json && (s.arr = cJSON_CreateArray()) == NULL)
		rc = kg_err_set(&err, KG_ENOMEM, "out of memory");
	else
		rc = kg_audit_why(st, id, subj, pred, obj, on_row, &s, &err);
	kg_store_close(st);
	rc = finish(&s, rc, db, &err);
	cJSON_Delete(s.arr);
	return rc;
}
