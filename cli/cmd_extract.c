/* cli/cmd_extract.c - kgraph extract: print what the extractor finds in
 * articles, one JSON line per document, without a database
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cmds.h"
#include "input.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph extract [--date YYYY-MM-DD] [--lexicon DIR] FILE... | -",
	"",
	"Extract entities and facts from articles and print them as one JSON",
	"line per document, {\"doc\", \"entities\", \"facts\"}, without "
	"touching",
	"a database: a way to see what ingest would store and which rule and",
	"sentence each fact comes from.  Inputs are read as by kgraph ingest.",
	"",
	"Example: kgraph extract article.txt | python3 -m json.tool",
	"",
	"Options:",
	"  --date YYYY-MM-DD     publication date of documents without one",
	"  --lexicon DIR         read the lexicon *.json files from DIR",
	"  --quiet               no warnings",
	"  -h, --help            show this help",
	NULL
};

/* A JSON string of text[start..end), or NULL when out of memory. */
static cJSON *span_string(const kg_doc *doc, size_t start, size_t end)
{
	char *s;
	cJSON *j;

	if (end > doc->len)
		end = doc->len;
	if (start > end)
		start = end;
	s = malloc(end - start + 1);
	if (s == NULL)
		return NULL;
	memcpy(s, doc->text + start, end - start);
	s[end - start] = '\0';
	j = cJSON_CreateString(s);
	free(s);
	return j;
}

static cJSON *entity_json(const kg_doc_entity *e, size_t i)
{
	cJSON *o = cJSON_CreateObject(), *aliases;
	size_t k;

	cJSON_AddNumberToObject(o, "i", (double)i);
	cJSON_AddStringToObject(o, "type", kg_type_name(e->type));
	cJSON_AddStringToObject(o, "name", e->name);
	aliases = cJSON_AddArrayToObject(o, "aliases");
	for (k = 0; k < e->naliases; k++)
		cJSON_AddItemToArray(aliases,
		                     cJSON_CreateString(e->aliases[k]));
	return o;
}

static cJSON *fact_json(const kg_doc *doc, const kg_doc_fact *f)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddNumberToObject(o, "s", (double)f->subject);
	cJSON_AddStringToObject(o, "p", kg_pred_name(f->pred));
	if (f->object == KG_NO_ENTITY)
		cJSON_AddNullToObject(o, "o");
	else
		cJSON_AddNumberToObject(o, "o", (double)f->object);
	if (f->literal != NULL)
		cJSON_AddStringToObject(o, "literal", f->literal);
	else
		cJSON_AddNullToObject(o, "literal");
	cJSON_AddStringToObject(o, "status", kg_status_name(f->status));
	cJSON_AddBoolToObject(o, "negated", f->negated != 0);
	cJSON_AddNumberToObject(o, "sentence", (double)f->sentence);
	cJSON_AddStringToObject(o, "rule", f->rule ? f->rule : "");
	if (f->sentence < doc->nsentences)
		cJSON_AddItemToObject(
		        o, "evidence",
		        span_string(doc, doc->sentences[f->sentence].start,
		                    doc->sentences[f->sentence].end));
	else
		cJSON_AddNullToObject(o, "evidence");
	return o;
}

static int print_doc(const kg_doc *doc, void *payload, kg_err *err)
{
	cJSON *root = cJSON_CreateObject(), *ents, *facts;
	char *out = NULL;
	size_t i;

	(void)payload;
	cJSON_AddStringToObject(root, "doc", doc->id);
	ents = cJSON_AddArrayToObject(root, "entities");
	for (i = 0; i < doc->nentities; i++)
		cJSON_AddItemToArray(ents, entity_json(&doc->entities[i], i));
	facts = cJSON_AddArrayToObject(root, "facts");
	for (i = 0; i < doc->nfacts; i++)
		cJSON_AddItemToArray(facts, fact_json(doc, &doc->facts[i]));
	out = cJSON_PrintUnformatted(root);
	cJSON_Delete(root);
	if (out == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	fputs(out, stdout);
	fputc('\n', stdout);
	cJSON_free(out);
	if (ferror(stdout))
		return kg_err_set(err, KG_EIO,
		                  "writing standard output failed");
	return KG_OK;
}

int cmd_extract(int argc, char **argv)
{
	const char *date = NULL, *lexdir = NULL;
	int quiet = 0, npos, rc;
	const cli_opt opts[] = { { "date", 0, CLI_STR, &date },
		                 { "lexicon", 0, CLI_STR, &lexdir },
		                 { "quiet", 'q', CLI_FLAG, &quiet },
		                 { NULL, 0, CLI_FLAG, NULL } };
	cli_extractor ex;
	cli_input in;

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if (npos == 0)
		return cli_usage_error("extract: no input files (use - for "
		                       "standard input)");
	rc = cli_extractor_open(&ex, lexdir, date);
	if (rc != CLI_CONTINUE)
		return rc;
	in = (cli_input){ ex.ing, ex.date, quiet, print_doc, NULL, { 0 } };
	cli_input_run(&in, argv + 1, npos);
	cli_extractor_close(&ex);
	if (fflush(stdout) != 0) {
		cli_error("writing standard output failed");
		return KG_EXIT_ERROR;
	}
	return cli_tally_status(&in.tally);
}
