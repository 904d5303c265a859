/* cli/par.h - extraction in worker threads with results in input order,
 * the progress line, and stopping cleanly on SIGINT/SIGTERM
 *
 * cli_par runs N workers, each with its own kg_ingest over the shared,
 * read-only kg_lexicon.  The caller (one thread: it reads the inputs and
 * writes the results) submits documents and takes finished ones back in the
 * order it submitted them, so a database filled with -j N has the same rows
 * and ids as one filled with -j 1.  At most a window of documents is in
 * flight, so memory stays flat whatever the corpus size.
 */
#ifndef KG_CLI_PAR_H
#define KG_CLI_PAR_H

#include <stddef.h>

#include "kgraph/doc.h"
#include "kgraph/ingest.h"

/* Run in a worker on each extracted document: turn it into something that
 * outlives the worker's next document (a copy, a JSON line).  NULL with err
 * set on failure. */
typedef void *(*cli_prep_fn)(const kg_doc *doc, kg_err *err);
typedef void (*cli_release_fn)(void *result);

typedef struct cli_par cli_par;

/* A finished document, handed back in submission order. */
typedef struct cli_par_done {
	const char *path; /* where it came from, for messages */
	size_t line;      /* 0 when not a JSONL record */
	int rc;           /* KG_OK, or the error of extract/prep (in err) */
	kg_err err;
	int facts_capped; /* the document's kg_doc.facts_capped */
	void *result;     /* prep's result when rc is KG_OK */
} cli_par_done;

/* Start nworkers threads.  KG_ENOMEM/KG_ERROR with err set on failure. */
int cli_par_new(cli_par **out,
                int nworkers,
                const kg_lexicon *lx,
                cli_prep_fn prep,
                cli_release_fn release,
                kg_err *err);

/* Queue a copy of d (its strings are copied; path is kept by pointer and
 * must outlive the job).  Call only when cli_par_full() is 0. */
int cli_par_submit(cli_par *p,
                   const char *path,
                   size_t line,
                   const kg_doc_input *d,
                   kg_err *err);

/* 1 when no more documents may be submitted before one is taken back. */
int cli_par_full(const cli_par *p);

/* 1 when submitted documents have not been taken back yet. */
int cli_par_pending(const cli_par *p);

/* Take the oldest document back into *d: waits for it when wait is set,
 * else returns 0 when it is not finished yet.  Returns 1 with *d filled;
 * call cli_par_release(p, d) after using it. */
int cli_par_next(cli_par *p, int wait, cli_par_done *d);
void cli_par_release(cli_par *p, cli_par_done *d);

/* Stop the workers and free everything (pending results are released). */
void cli_par_free(cli_par *p);

#define CLI_MAX_JOBS 64

/* Check -j N: 0 becomes the number of processors; outside 1..CLI_MAX_JOBS
 * is a usage error (printed, 2 returned).  CLI_CONTINUE when fine. */
int cli_jobs_check(int *jobs);

/* A deep copy of doc in one malloc'd block (free with free()), the prep of
 * kgraph ingest; NULL with err set when out of memory. */
void *cli_doc_clone(const kg_doc *doc, kg_err *err);

/* SIGINT and SIGTERM set a flag instead of killing the process (a second
 * signal kills it as usual).  cli_interrupted() says whether one came. */
void cli_interrupt_install(void);
int cli_interrupted(void);

/* The progress line: shown on stderr only when stderr is a terminal and
 * the work has lasted more than a second; total is the input size in bytes
 * (0 when unknown: no ETA). */
typedef struct cli_progress {
	int enabled;
	double t0, last; /* seconds */
	size_t total;
	int shown; /* something is on the line */
} cli_progress;

void cli_progress_start(cli_progress *pr, int quiet, size_t total);
void cli_progress_update(cli_progress *pr, long docs, size_t bytes);
void cli_progress_end(cli_progress *pr);

#endif
