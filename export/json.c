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

/* Add a string, or null when s is NULL.  Returns 0 when out of memory. */
static int add_str(cJSON *obj, const char *name, const char *s)
{
	if (s == NULL)
		return cJSON_AddNullToObject(obj, name) != NULL;
	return cJSON_AddStringToObject(obj, name, s) != NULL;
}

static cJSON *node_json(const kg_gnode *n)
{
	cJSON *o = cJSON_CreateObject();
	cJSON *aliases;
	size_t i;
	int ok;

	if (o == NULL)
		return NULL;
	ok = add_str(o, "id", n->key) && add_str(o, "label", n->label) &&
	     add_str(o, "type", kg_type_name(n->type));
	aliases = ok ? cJSON_AddArrayToObject(o, "aliases") : NULL;
	ok = aliases != NULL;
	for (i = 0; ok && i < n->naliases; i++) {
		cJSON *a = cJSON_CreateString(n->aliases[i]);

		ok = a != NULL && cJSON_AddItemToArray(aliases, a);
	}
	if (!ok) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

static cJSON *link_json(const kg_graph *g, const kg_gedge *e)
{
	cJSON *o = cJSON_CreateObject();
	int ok;

	assert(e->source < g->nnodes && e->target < g->nnodes);
	if (o == NULL)
		return NULL;
	ok = add_str(o, "source", g->nodes[e->source].key) &&
	     add_str(o, "target", g->nodes[e->target].key) &&
	     add_str(o, "predicate", kg_pred_name(e->pred)) &&
	     add_str(o, "status", kg_status_name(e->status)) &&
	     cJSON_AddBoolToObject(o, "negated", e->negated != 0) != NULL &&
	     cJSON_AddNumberToObject(o, "support", e->support) != NULL &&
	     add_str(o, "doc", e->doc) &&
	     cJSON_AddNumberToObject(o, "sentence", (double)e->sentence) !=
	             NULL &&
	     add_str(o, "evidence", e->evidence) && add_str(o, "rule", e->rule);
	if (!ok) {
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
		cJSON *n = node_json(&g->nodes[i]);

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

int kg_export_json(const kg_graph *g, FILE *f, kg_err *err)
{
	cJSON *doc;
	char *text;
	int rc = KG_OK;

	assert(g != NULL && f != NULL);
	doc = graph_json(g);
	text = doc ? cJSON_Print(doc) : NULL;
	cJSON_Delete(doc);
	if (text == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (fputs(text, f) == EOF || fputc('\n', f) == EOF || fflush(f) != 0 ||
	    ferror(f))
		rc = kg_err_set(err, KG_EIO, "cannot write JSON output");
	cJSON_free(text);
	return rc;
}
