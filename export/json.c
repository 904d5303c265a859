/* export/json.c - a kg_graph as D3-style node-link JSON, through cJSON
 *
 * The document is built whole and printed once (cJSON_Print, tab-indented),
 * so memory is a few times the size of the output; fine for the graphs we
 * draw (a store's worth of facts is megabytes, not gigabytes).  Fields come
 * in a fixed order and strings are printed as UTF-8, byte for byte.
 */
#include <assert.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "kgraph/export.h"
#include "json_int.h"

/* {source, target} and the fact's fields; NULL when out of memory. */
static cJSON *link_json(const kg_graph *g, const kg_gedge *e)
{
	cJSON *o = cJSON_CreateObject();

	assert(e->source < g->nnodes && e->target < g->nnodes);
	if (o == NULL ||
	    !kg_export__json_str(o, "source", g->nodes[e->source].key) ||
	    !kg_export__json_str(o, "target", g->nodes[e->target].key) ||
	    !kg_export__json_fact(o, e)) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

/* The whole document, or NULL when out of memory. */
static cJSON *graph_json(const kg_graph *g)
{
	cJSON *root = cJSON_CreateObject();
	cJSON *nodes = cJSON_AddArrayToObject(root, "nodes");
	cJSON *links = cJSON_AddArrayToObject(root, "links");
	size_t i;
	int ok = nodes != NULL && links != NULL;

	for (i = 0; ok && i < g->nnodes; i++) {
		cJSON *n = kg_export__json_node(&g->nodes[i]);

		ok = n != NULL && cJSON_AddItemToArray(nodes, n);
	}
	for (i = 0; ok && i < g->nedges; i++) {
		cJSON *l = link_json(g, &g->edges[i]);

		ok = l != NULL && cJSON_AddItemToArray(links, l);
	}
	if (!ok) {
		cJSON_Delete(root);
		return NULL;
	}
	return root;
}

int kg_export__json_str(cJSON *obj, const char *name, const char *s)
{
	if (s == NULL)
		return cJSON_AddNullToObject(obj, name) != NULL;
	return cJSON_AddStringToObject(obj, name, s) != NULL;
}

cJSON *kg_export__json_node(const kg_gnode *n)
{
	cJSON *o = cJSON_CreateObject();
	cJSON *a = NULL;
	size_t i;
	int ok = o != NULL && kg_export__json_str(o, "id", n->key) &&
	         kg_export__json_str(o, "label", n->label) &&
	         kg_export__json_str(o, "type", kg_type_name(n->type)) &&
	         (a = cJSON_AddArrayToObject(o, "aliases")) != NULL;

	for (i = 0; ok && i < n->naliases; i++) {
		cJSON *x = cJSON_CreateString(n->aliases[i]);

		ok = x != NULL && cJSON_AddItemToArray(a, x);
	}
	if (!ok) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

int kg_export__json_fact(cJSON *o, const kg_gedge *e)
{
	return kg_export__json_str(o, "predicate", kg_pred_name(e->pred)) &&
	       kg_export__json_str(o, "status", kg_status_name(e->status)) &&
	       cJSON_AddBoolToObject(o, "negated", e->negated != 0) != NULL &&
	       cJSON_AddNumberToObject(o, "support", e->support) != NULL &&
	       kg_export__json_str(o, "doc", e->doc) &&
	       cJSON_AddNumberToObject(o, "sentence", (double)e->sentence) !=
	               NULL &&
	       kg_export__json_str(o, "evidence", e->evidence) &&
	       kg_export__json_str(o, "rule", e->rule);
}

int kg_export__json_write(cJSON *doc, FILE *f, const char *what, kg_err *err)
{
	char *text = doc ? cJSON_Print(doc) : NULL;
	int rc = KG_OK;

	cJSON_Delete(doc);
	if (text == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (fputs(text, f) == EOF || fputc('\n', f) == EOF || fflush(f) != 0 ||
	    ferror(f))
		rc = kg_err_set(err, KG_EIO, "cannot write %s output", what);
	cJSON_free(text);
	return rc;
}

int kg_export_json(const kg_graph *g, FILE *f, kg_err *err)
{
	assert(g != NULL && f != NULL);
	return kg_export__json_write(graph_json(g), f, "JSON", err);
}
