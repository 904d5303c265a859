/* export/json_more.c - Cytoscape.js elements JSON and JSON Lines, through
 * cJSON
 *
 * Both carry the same fields as the D3 JSON of json.c.  Cytoscape's document
 * is built whole and printed once (tab-indented, like json.c); JSON Lines is
 * one unformatted object per fact, printed as it is built, so memory stays
 * flat however many facts there are.
 */
#include <assert.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "kgraph/export.h"
#include "json_int.h"

/* The fact's fields and its fact_id; 0 when out of memory. */
static int add_fact_fields(cJSON *o, const kg_gedge *e)
{
	return kg_export__json_fact(o, e) &&
	       cJSON_AddNumberToObject(o, "fact_id", (double)e->fact_id) !=
	               NULL;
}

/* {"data": data}, taking data; NULL on ENOMEM (data freed). */
static cJSON *wrap_data(cJSON *data)
{
	cJSON *o = data ? cJSON_CreateObject() : NULL;

	if (o == NULL || !cJSON_AddItemToObject(o, "data", data)) {
		cJSON_Delete(o);
		cJSON_Delete(data);
		return NULL;
	}
	return o;
}

static cJSON *cy_edge(const kg_graph *g, size_t i)
{
	const kg_gedge *e = &g->edges[i];
	cJSON *d = cJSON_CreateObject();
	char id[32];

	snprintf(id, sizeof(id), "r%zu", i);
	if (d == NULL || !kg_export__json_str(d, "id", id) ||
	    !kg_export__json_str(d, "source", g->nodes[e->source].key) ||
	    !kg_export__json_str(d, "target", g->nodes[e->target].key) ||
	    !add_fact_fields(d, e)) {
		cJSON_Delete(d);
		return NULL;
	}
	return wrap_data(d);
}

static cJSON *cy_doc(const kg_graph *g)
{
	cJSON *root = cJSON_CreateObject();
	cJSON *els = cJSON_AddObjectToObject(root, "elements");
	cJSON *nodes = cJSON_AddArrayToObject(els, "nodes");
	cJSON *edges = cJSON_AddArrayToObject(els, "edges");
	size_t i;
	int ok = nodes != NULL && edges != NULL;

	for (i = 0; ok && i < g->nnodes; i++) {
		cJSON *n = wrap_data(kg_export__json_node(&g->nodes[i]));

		ok = n != NULL && cJSON_AddItemToArray(nodes, n);
	}
	for (i = 0; ok && i < g->nedges; i++) {
		cJSON *e = cy_edge(g, i);

		ok = e != NULL && cJSON_AddItemToArray(edges, e);
	}
	if (!ok) {
		cJSON_Delete(root);
		return NULL;
	}
	return root;
}

int kg_export_cytoscape(const kg_graph *g, FILE *f, kg_err *err)
{
	assert(g != NULL && f != NULL);
	return kg_export__json_write(cy_doc(g), f, "Cytoscape", err);
}

/* One line: {"subject":{node},"object":{node},predicate,...}. */
static cJSON *fact_line(const kg_graph *g, const kg_gedge *e)
{
	cJSON *o = cJSON_CreateObject();
	cJSON *s = kg_export__json_node(&g->nodes[e->source]);
	cJSON *t = kg_export__json_node(&g->nodes[e->target]);
	int ok = o != NULL && s != NULL && t != NULL;

	if (ok && !cJSON_AddItemToObject(o, "subject", s))
		ok = 0;
	else if (ok)
		s = NULL;
	if (ok && !cJSON_AddItemToObject(o, "object", t))
		ok = 0;
	else if (ok)
		t = NULL;
	cJSON_Delete(s);
	cJSON_Delete(t);
	if (!ok || !add_fact_fields(o, e)) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

int kg_export_jsonl(const kg_graph *g, FILE *f, kg_err *err)
{
	size_t i;

	assert(g != NULL && f != NULL);
	for (i = 0; i < g->nedges; i++) {
		cJSON *o = fact_line(g, &g->edges[i]);
		char *text = o ? cJSON_PrintUnformatted(o) : NULL;

		cJSON_Delete(o);
		if (text == NULL)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
		fputs(text, f);
		fputc('\n', f);
		cJSON_free(text);
		if (ferror(f))
			break;
	}
	if (fflush(f) != 0 || ferror(f))
		return kg_err_set(err, KG_EIO,
		                  "cannot write JSON Lines output");
	return KG_OK;
}
