/* export/json_int.h - the cJSON pieces shared by json.c and json_more.c
 *
 * Never included from outside export/.  D3 JSON, Cytoscape JSON and JSON
 * Lines carry the same node and fact fields, built here once.
 */
#ifndef KG_EXPORT_JSON_INT_H
#define KG_EXPORT_JSON_INT_H

#include <stdio.h>

#include <cjson/cJSON.h>

#include "kgraph/export.h"

/* Add a string, or null when s is NULL.  Returns 0 when out of memory. */
int kg_export__json_str(cJSON *obj, const char *name, const char *s);

/* {id, label, type, aliases} of a node; NULL when out of memory. */
cJSON *kg_export__json_node(const kg_gnode *n);

/* Add predicate, status, negated, support, doc, sentence, evidence and
 * rule of e to o, in that order.  Returns 0 when out of memory. */
int kg_export__json_fact(cJSON *o, const kg_gedge *e);

/* Print doc tab-indented with a final newline and flush, then free doc
 * (NULL counts as out of memory).  what names the format in the error. */
int kg_export__json_write(cJSON *doc, FILE *f, const char *what, kg_err *err);

#endif
