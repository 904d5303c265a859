/* cli/cmd_search.c - kgraph search: full-text search over the stored
 * sentences, each hit with its entities and facts */
#include <stdio.h>

#include <cjson/cJSON.h>

#include "kgraph/search.h"
#include "cmds.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph search [--db PATH] [--limit N] [--json] QUERY",
	"",
	"Find the stored sentences that match QUERY (SQLite FTS5, words",
	"stemmed: \"sanction\" finds \"sanctions\"), best first by bm25, and",
	"print each with its document and sentence number, the entities",
	"mentioned in it and the facts read from it.  Words are ANDed; put a",
	"phrase, or a word with punctuation (Trump-Putin, Zelensky's), in",
	"double quotes; OR, NOT, NEAR(a b, 5) and a trailing * (prefix) work",
	"too.  The index is the table sentence_fts (docs/schema.md).  No match",
	"gives exit status 1, a query FTS5 cannot parse exit status 2.",
	"",
	"Example: kgraph search 'sanctions against Russia'",
	"         kgraph search '\"security guarantees\" NOT Article'",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  --limit N             at most N sentences (default: 10)",
	"  --json                print a JSON array of hits",
	"  -h, --help            show this help",
	NULL
};

struct search_state {
	kg_store *st;
	int json;
	cJSON *hit;   /* the JSON hit being filled, or NULL */
	cJSON *items; /* its "entities" or "facts" array */
	int nent;     /* entities printed on the current line */
	int nhits;    /* hits printed */
};

/* Print s with every run of white space as one space. */
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

static int on_entity(int ncol,
                     const char *const *names,
                     const char *const *values,
                     void *payload)
{
	struct search_state *s = payload;
	cJSON *o;

	(void)ncol;
	(void)names;
	if (!s->json) {
		printf("%s%s (%s)",
		       s->nent++ ? "; " : "    entities: ", values[1],
		       values[2]);
		return 0;
	}
	o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "name", values[1]);
	cJSON_AddStringToObject(o, "type", values[2]);
	cJSON_AddItemToArray(s->items, o);
	return 0;
}

static int on_fact(const kg_fact_row *r, void *payload)
{
	struct search_state *s = payload;
	cJSON *o;

	if (!s->json) {
		printf("    %s (%s) -%s-> %s (%s)  [%s%s, support %d]\n",
		       r->subject, r->subject_type, r->predicate,
		       r->object ? r->object : "", r->object_type, r->status,
		       r->negated ? ", negated" : "", r->support);
		return 0;
	}
	o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "fact_id", (double)r->fact_id);
	cJSON_AddStringToObject(o, "subject", r->subject);
	cJSON_AddStringToObject(o, "subject_type", r->subject_type);
	cJSON_AddStringToObject(o, "predicate", r->predicate);
	cJSON_AddStringToObject(o, "object", r->object ? r->object : "");
	cJSON_AddStringToObject(o, "object_type", r->object_type);
	cJSON_AddStringToObject(o, "status", r->status);
	cJSON_AddBoolToObject(o, "negated", r->negated != 0);
	cJSON_AddNumberToObject(o, "support", r->support);
	if (r->rule != NULL)
		cJSON_AddStringToObject(o, "rule", r->rule);
	else
		cJSON_AddNullToObject(o, "rule");
	cJSON_AddItemToArray(s->items, o);
	return 0;
}

static cJSON *json_hit(const kg_search_hit *h)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddNumberToObject(o, "rank", h->rank);
	cJSON_AddNumberToObject(o, "score", h->score);
	cJSON_AddStringToObject(o, "doc", h->doc);
	if (h->title != NULL)
		cJSON_AddStringToObject(o, "title", h->title);
	else
		cJSON_AddNullToObject(o, "title");
	cJSON_AddNumberToObject(o, "sentence", (double)h->sentence);
	cJSON_AddStringToObject(o, "text", h->text);
	return o;
}

/* Print one hit as JSON (one array element a line, so a long result is
 * never held in memory). */
static int print_json(struct search_state *s, const kg_search_hit *h)
{
	kg_err err = { 0, "" };
	char *text;
	int rc;

	s->hit = json_hit(h);
	s->items = cJSON_AddArrayToObject(s->hit, "entities");
	rc = kg_search_entities(s->st, h->doc_id, h->sentence, on_entity, s,
	                        &err);
	s->items = cJSON_AddArrayToObject(s->hit, "facts");
	if (rc == KG_OK)
		rc = kg_search_facts(s->st, h->doc_id, h->sentence, on_fact, s,
		                     &err);
	text = rc == KG_OK ? cJSON_PrintUnformatted(s->hit) : NULL;
	cJSON_Delete(s->hit);
	s->hit = NULL;
	if (text == NULL)
		return rc != KG_OK ? rc : KG_ENOMEM;
	printf("%s%s", h->rank > 1 ? ",\n" : "[\n", text);
	cJSON_free(text);
	return KG_OK;
}

static int print_text(struct search_state *s, const kg_search_hit *h)
{
	kg_err err = { 0, "" };
	int rc;

	printf("%s#%lld  [%d, bm25 %.3f]\n    ", h->doc, (long long)h->sentence,
	       h->rank, h->score);
	put_oneline(h->text);
	putchar('\n');
	s->nent = 0;
	rc = kg_search_entities(s->st, h->doc_id, h->sentence, on_entity, s,
	                        &err);
	if (s->nent > 0)
		putchar('\n');
	if (rc == KG_OK)
		rc = kg_search_facts(s->st, h->doc_id, h->sentence, on_fact, s,
		                     &err);
	return rc;
}

static int on_hit(const kg_search_hit *h, void *payload)
{
	struct search_state *s = payload;
	int rc = s->json ? print_json(s, h) : print_text(s, h);

	s->nhits++;
	return rc != KG_OK || ferror(stdout) ? 1 : 0;
}

/* Open db read-only with its search index ready; an older database gets
 * the index, and one with documents queued for indexing gets them indexed,
 * by being opened for writing once. */
static int open_indexed(kg_store **st, const char *db)
{
	int rc = cli_open_store(st, db, KG_STORE_READONLY);

	if (rc != CLI_CONTINUE || kg_search_ready(*st))
		return rc;
	kg_store_close(*st);
	*st = NULL;
	if ((rc = cli_open_store(st, db, 0)) != CLI_CONTINUE)
		return rc;
	kg_store_close(*st);
	return cli_open_store(st, db, KG_STORE_READONLY);
}

/* The exit status, after printing what went wrong. */
static int
finish(int rc, const kg_err *err, const char *db, const char *query, int nhits)
{
	if (rc == KG_EINVALID) {
		cli_error("search: %s (see kgraph help search)", err->msg);
		return KG_EXIT_USAGE;
	}
	if (rc < 0) {
		cli_error("%s: %s", db, err->msg);
		return KG_EXIT_ERROR;
	}
	if (rc > 0 || fflush(stdout) != 0) {
		cli_error("writing standard output failed");
		return KG_EXIT_ERROR;
	}
	if (nhits == 0) {
		cli_error("no sentence matches '%s'", query);
		return KG_EXIT_ERROR;
	}
	return KG_EXIT_OK;
}

int cmd_search(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB;
	struct search_state s = { NULL, 0, NULL, NULL, 0, 0 };
	int limit = 10;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "limit", 0, CLI_INT, &limit },
		                 { "json", 0, CLI_FLAG, &s.json },
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_err err = { 0, "" };
	int npos, rc;

	if ((rc = cli_parse(argc, argv, opts, usage, &npos)) != CLI_CONTINUE)
		return rc;
	if (npos != 1)
		return cli_usage_error("search: needs one QUERY, in quotes");
	if (limit < 1)
		return cli_usage_error("option '--limit' needs a number of 1 "
		                       "or more, not %d",
		                       limit);
	if ((rc = open_indexed(&s.st, db)) != CLI_CONTINUE)
		return rc;
	rc = kg_search(s.st, argv[1], limit, on_hit, &s, &err);
	kg_store_close(s.st);
	if (s.json)
		fputs(s.nhits ? "\n]\n" : "[]\n", stdout);
	return finish(rc, &err, db, argv[1], s.nhits);
}
