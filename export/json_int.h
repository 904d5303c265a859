/* export/json_int.h - a streaming JSON writer with cJSON's layout, and the
 * node and fact fields that json.c and json_more.c share
 *
 * Never included from outside export/.  D3 JSON, Cytoscape JSON and JSON
 * Lines carry the same node and fact fields, written here once.  The writer
 * prints what cJSON_Print (pretty) or cJSON_PrintUnformatted would print for
 * the same document built whole, byte for byte, but holds nothing: memory
 * does not grow with the graph, and there is no allocation to fail.
 */
#ifndef KG_EXPORT_JSON_INT_H
#define KG_EXPORT_JSON_INT_H

#include <stdint.h>
#include <stdio.h>

#include "kgraph/export.h"

#define KG_JSONW_MAX_DEPTH 8 /* deepest nesting of our documents, plus room */

/* Writer state.  Set up with kg_export__jw_init; no cleanup needed.  Write
 * errors are left in f's error flag for the caller to check. */
struct kg_jsonw {
	FILE *f;
	int pretty; /* 1: tab-indented as cJSON_Print, 0: no whitespace */
	int depth;  /* open objects and arrays, < KG_JSONW_MAX_DEPTH */
	unsigned char empty[KG_JSONW_MAX_DEPTH]; /* nothing in level i yet */
};

void kg_export__jw_init(struct kg_jsonw *w, FILE *f, int pretty);

/* Open an object ('{') or array ('['), as member key of the enclosing
 * object, or as an element (key NULL) of the enclosing array or at the
 * top. */
void kg_export__jw_open(struct kg_jsonw *w, const char *key, char bracket);

/* Close the innermost object ('}') or array (']'). */
void kg_export__jw_close(struct kg_jsonw *w, char bracket);

/* A string (NULL: null), a number or a boolean, as member key (or an
 * element when key is NULL).  Numbers print as cJSON prints a double. */
void kg_export__jw_str(struct kg_jsonw *w, const char *key, const char *s);
void kg_export__jw_num(struct kg_jsonw *w, const char *key, int64_t v);
void kg_export__jw_bool(struct kg_jsonw *w, const char *key, int v);

/* {id, label, type, aliases} of a node, as member key (NULL: element). */
void kg_export__json_node(struct kg_jsonw *w,
                          const char *key,
                          const kg_gnode *n);

/* Members predicate, status, negated, support, doc, sentence, evidence and
 * rule of e, in that order, into the open object. */
void kg_export__json_fact(struct kg_jsonw *w, const kg_gedge *e);

/* Flush f; KG_OK, or KG_EIO naming the format what when writing failed. */
int kg_export__json_done(FILE *f, const char *what, kg_err *err);

#endif
