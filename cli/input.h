/* cli/input.h - reading documents (text files, .jsonl records, stdin) and
 * running the extractor over them, for ingest and extract
 *
 * cli_input_run reads each input in turn, checks it (UTF-8, size, JSONL
 * fields), extracts it with kg_ingest_text and hands the kg_doc to a
 * callback.  Problems with one input or one record are printed as
 * "kgraph: FILE[:LINE]: what is wrong" and counted; the other documents go
 * on.
 */
#ifndef KG_CLI_INPUT_H
#define KG_CLI_INPUT_H

#include "kgraph/doc.h"
#include "kgraph/ingest.h"
#include "par.h"

/* Called with each extracted document; returns KG_OK or a kgraph code with
 * err set (printed by the caller, prefixed with the document's location). */
typedef int (*cli_doc_fn)(const kg_doc *doc, void *payload, kg_err *err);

typedef struct cli_tally {
	long docs;    /* documents extracted and accepted by the callback */
	long errors;  /* inputs or records that failed */
	int bad_data; /* one of them had bad data (exit status 65) */
	int runtime;  /* one of them had an I/O or database error (1) */
} cli_tally;

/* With -j N: called in input order, in the reading thread, with what the
 * workers' cli_prep_fn made of each document. */
typedef int (*cli_done_fn)(void *result, void *payload, kg_err *err);

typedef struct cli_input {
	kg_ingest *ing;           /* the extractor */
	const char *default_date; /* YYYY-MM-DD for documents without one */
	int quiet;                /* no warnings */
	cli_doc_fn fn;            /* each document, when par is NULL */
	void *payload;
	cli_tally tally;
	cli_par *par;     /* or NULL: extract in this thread */
	cli_done_fn done; /* each document's result, when par is set */
	int from_jsonl;   /* inputs are kgraph extract output: no extractor */
	int stopped;      /* set when SIGINT/SIGTERM stopped the reading */
	size_t bytes;     /* input bytes read so far */
	int fatal;        /* the store failed (KG_EDB): reading stops */
	cli_progress progress;
} cli_input;

/* A cli_input with the fields that every caller sets; the others zero. */
#define CLI_INPUT_INIT(ing, date, quiet, fn, payload)                          \
	{                                                                      \
		(ing), (date), (quiet), (fn), (payload), { 0, 0, 0, 0 }, NULL, \
		        NULL, 0, 0, 0, 0,                                      \
		{                                                              \
			0, 0, 0, 0, 0                                          \
		}                                                              \
	}

/* Read and extract every input in paths[0..n) ("-" is stdin, a path ending
 * in ".jsonl" holds records, anything else is one text document).  With
 * from_jsonl set every input is kgraph extract output, loaded without
 * extracting.  Reading stops early (stopped set) after SIGINT/SIGTERM when
 * cli_interrupt_install was called; the documents read are all finished. */
void cli_input_run(cli_input *in, char *const *paths, int n);

/* The exit status for a tally: 1 after a runtime error, else 65 after bad
 * data, else 0. */
int cli_tally_status(const cli_tally *t);

/* The options shared by ingest and extract, checked, and the extractor they
 * ask for.  Returns CLI_CONTINUE or an exit status after printing an error. */
typedef struct cli_extractor {
	kg_lexicon *lx;
	kg_ingest *ing;
	char date[11]; /* the checked --date, or "" */
} cli_extractor;

int cli_extractor_open(cli_extractor *ex,
                       const char *lexicon_dir,
                       const char *date);
void cli_extractor_close(cli_extractor *ex);

#endif
