/* export/json.c - a kg_graph as D3-style node-link JSON, through cJSON
 *
 * Each node and link is built and printed by cJSON on its own (tab-indented,
 * as in the whole document), so memory does not grow with the output.
 * Fields come in a fixed order and strings are printed as UTF-8, byte for
 * byte.
 */
#include <assert.h>
#include <stdio.h>
#include <string.h>

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

/* Print item o (NULL: out of memory) as an element of an array at depth 2
 * of a tab-indented document, as cJSON_Print would inside the whole
 * document: its lines indented two more tabs (a JSON string never holds a
 * raw newline).  Frees o.  0 when out of memory, -1 on a write error. */
static int put_element(cJSON *o, FILE *f)
{
	char *text = o ? cJSON_Print(o) : NULL;
	const char *p, *nl;
	int ok = text != NULL;

	cJSON_Delete(o);
	for (p = text; ok && (nl = strchr(p, '\n')) != NULL; p = nl + 1)
		if (fwrite(p, 1, (size_t)(nl - p), f) != (size_t)(nl - p) ||
		    fputs("\n\t\t", f) == EOF)
			ok = -1;
	if (ok == 1 && fputs(p, f) == EOF)
		ok = -1;
	cJSON_free(text);
	return ok;
}

/* The whole document, one element at a time, so that memory stays at the
 * size of one node or link whatever the size of the graph; the bytes are
 * those cJSON_Print gives for the document built whole. */
static int graph_json(const kg_graph *g, FILE *f)
{
	size_t i;
	int ok = fputs("{\n\t\"nodes\":\t[", f) != EOF ? 1 : -1;

	for (i = 0; ok == 1 && i < g->nnodes; i++)
		if (i == 0 || (ok = fputs(", ", f) != EOF ? 1 : -1) == 1)
			ok = put_element(kg_export__json_node(&g->nodes[i]), f);
	if (ok == 1 && fputs("],\n\t\"links\":\t[", f) == EOF)
		ok = -1;
	for (i = 0; ok == 1 && i < g->nedges; i++)
		if (i == 0 || (ok = fputs(", ", f) != EOF ? 1 : -1) == 1)
			ok = put_element(link_json(g, &g->edges[i]), f);
	if (ok == 1 && fputs("]\n}\n", f) == EOF)
		ok = -1;
	return ok;
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
	int ok;

	assert(g != NULL && f != NULL);
	if ((ok = graph_json(g, f)) == 0)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (ok < 0 || fflush(f) != 0 || ferror(f))
		return kg_err_set(err, KG_EIO, "cannot write JSON output");
	return KG_OK;
}
