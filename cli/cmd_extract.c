/* cli/cmd_extract.c - kgraph extract: print what the extractor finds in
 * articles, one JSON line per document, without a database
 */
#include <stdio.h>
#include <stdlib.h>

#include "cmds.h"
#include "input.h"
#include "jsonl_doc.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph extract [--date YYYY-MM-DD] [--lexicon DIR] [-j N]",
	"                      FILE... | -",
	"",
	"Extract entities and facts from articles and print them as one JSON",
	"line per document, {\"doc\", \"entities\", \"facts\", ...}, "
	"without",
	"touching a database: a way to see what ingest would store and which",
	"rule and sentence each fact comes from.  Inputs are read as by kgraph",
	"ingest; the lines also carry the text, sentences and mentions, so",
	"`kgraph ingest --from-jsonl` can store them later.",
	"",
	"Example: kgraph extract article.txt | python3 -m json.tool",
	"",
	"Options:",
	"  --date YYYY-MM-DD     publication date of documents without one",
	"  --lexicon DIR         read the lexicon *.json files from DIR",
	"  -j, --jobs N          extract in N threads (output order is kept)",
	"  --quiet               no warnings",
	"  -h, --help            show this help",
	NULL
};

static int print_line(void *line, void *payload, kg_err *err)
{
	(void)payload;
	fputs(line, stdout);
	fputc('\n', stdout);
	if (ferror(stdout))
		return kg_err_set(err, KG_EIO,
		                  "writing standard output failed");
	return KG_OK;
}

static int print_doc(const kg_doc *doc, void *payload, kg_err *err)
{
	char *line = cli_doc_to_json(doc, err);
	int rc;

	if (line == NULL)
		return err->code != KG_OK ? err->code : KG_ENOMEM;
	rc = print_line(line, payload, err);
	free(line);
	return rc;
}

/* In a worker: the JSON line of doc. */
static void *prep_line(const kg_doc *doc, kg_err *err)
{
	return cli_doc_to_json(doc, err);
}

int cmd_extract(int argc, char **argv)
{
	const char *date = NULL, *lexdir = NULL;
	int quiet = 0, jobs = 1, npos, rc;
	const cli_opt opts[] = { { "date", 0, CLI_STR, &date },
		                 { "lexicon", 0, CLI_STR, &lexdir },
		                 { "quiet", 'q', CLI_FLAG, &quiet },
		                 { "jobs", 'j', CLI_INT, &jobs },
		                 { NULL, 0, CLI_FLAG, NULL } };
	cli_extractor ex;
	cli_input in;
	kg_err err = { 0, "" };

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if (npos == 0)
		return cli_usage_error("extract: no input files (use - for "
		                       "standard input)");
	if ((rc = cli_jobs_check(&jobs)) != CLI_CONTINUE)
		return rc;
	rc = cli_extractor_open(&ex, lexdir, date);
	if (rc != CLI_CONTINUE)
		return rc;
	in = (cli_input)CLI_INPUT_INIT(ex.ing, ex.date, quiet, print_doc, NULL);
	in.done = print_line;
	if (jobs > 1 &&
	    cli_par_new(&in.par, jobs, ex.lx, prep_line, free, &err) != KG_OK) {
		cli_error("%s", err.msg);
		cli_extractor_close(&ex);
		return KG_EXIT_ERROR;
	}
	cli_input_run(&in, argv + 1, npos);
	cli_par_free(in.par);
	cli_extractor_close(&ex);
	if (fflush(stdout) != 0) {
		cli_error("writing standard output failed");
		return KG_EXIT_ERROR;
	}
	return cli_tally_status(&in.tally);
}
