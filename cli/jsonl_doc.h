/* cli/jsonl_doc.h - a kg_doc as one JSON line and back: the output of
 * kgraph extract and the input of kgraph ingest --from-jsonl
 *
 * The line carries everything kg_store_put_doc needs (the text, sentence
 * spans, entities, mentions and facts with their rule, status and spans), so
 * extracting on many machines and loading the lines later stores exactly
 * what a direct ingest would.
 */
#ifndef KG_CLI_JSONL_DOC_H
#define KG_CLI_JSONL_DOC_H

#include "kgraph/doc.h"

/* doc as one JSON object without a trailing newline, malloc'd (free with
 * free()), or NULL with err set. */
char *cli_doc_to_json(const kg_doc *doc, kg_err *err);

/* A document read back from one line of cli_doc_to_json output; doc points
 * into memory owned by the cli_jdoc. */
typedef struct cli_jdoc {
	kg_doc doc;
	void *root; /* the parsed JSON (cJSON *) that strings point into */
	void *mem;  /* the arrays of doc, one block */
} cli_jdoc;

/* Parse line[0..n) (line[n] must be '\0').  KG_EINVALID with err set when it
 * is not such a record; then nothing needs freeing. */
int cli_doc_from_json(cli_jdoc *out, const char *line, size_t n, kg_err *err);

/* Free what cli_doc_from_json allocated.  Accepts a zeroed cli_jdoc. */
void cli_jdoc_free(cli_jdoc *j);

#endif
