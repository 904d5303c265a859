/* export/json_more.c - Cytoscape.js elements JSON and JSON Lines
 *
 * Both carry the same fields as the D3 JSON of json.c and are streamed out
 * the same way (json_write.c): Cytoscape's document tab-indented as
 * cJSON_Print prints it whole, JSON Lines one unformatted object per fact.
 * Memory stays flat however many facts there are.
 */
#include <assert.h>
#include <stdio.h>

#include "kgraph/export.h"
#include "json_int.h"

static void cy_edge(struct kg_jsonw *w, const kg_graph *g, size_t i)
{
	const kg_gedge *e = &g->edges[i];
	char id[32];

	snprintf(id, sizeof(id), "r%zu", i);
	kg_export__jw_open(w, NULL, '{');
	kg_export__jw_open(w, "data", '{');
	kg_export__jw_str(w, "id", id);
	kg_export__jw_str(w, "source", g->nodes[e->source].key);
	kg_export__jw_str(w, "target", g->nodes[e->target].key);
	kg_export__json_fact(w, e);
	kg_export__jw_num(w, "fact_id", e->fact_id);
	kg_export__jw_close(w, '}');
	kg_export__jw_close(w, '}');
}

int kg_export_cytoscape(const kg_graph *g, FILE *f, kg_err *err)
{
	struct kg_jsonw w;
	size_t i;

	assert(g != NULL && f != NULL);
	kg_export__jw_init(&w, f, 1);
	kg_export__jw_open(&w, NULL, '{');
	kg_export__jw_open(&w, "elements", '{');
	kg_export__jw_open(&w, "nodes", '[');
	for (i = 0; i < g->nnodes && !ferror(f); i++) {
		kg_export__jw_open(&w, NULL, '{');
		kg_export__json_node(&w, "data", &g->nodes[i]);
		kg_export__jw_close(&w, '}');
	}
	kg_export__jw_close(&w, ']');
	kg_export__jw_open(&w, "edges", '[');
	for (i = 0; i < g->nedges && !ferror(f); i++)
		cy_edge(&w, g, i);
	kg_export__jw_close(&w, ']');
	kg_export__jw_close(&w, '}');
	kg_export__jw_close(&w, '}');
	putc('\n', f);
	return kg_export__json_done(f, "Cytoscape", err);
}

int kg_export_jsonl(const kg_graph *g, FILE *f, kg_err *err)
{
	size_t i;

	assert(g != NULL && f != NULL);
	for (i = 0; i < g->nedges && !ferror(f); i++) {
		const kg_gedge *e = &g->edges[i];
		struct kg_jsonw w;

		kg_export__jw_init(&w, f, 0);
		kg_export__jw_open(&w, NULL, '{');
		kg_export__json_node(&w, "subject", &g->nodes[e->source]);
		kg_export__json_node(&w, "object", &g->nodes[e->target]);
		kg_export__json_fact(&w, e);
		kg_export__jw_num(&w, "fact_id", e->fact_id);
		kg_export__jw_close(&w, '}');
		putc('\n', f);
	}
	return kg_export__json_done(f, "JSON Lines", err);
}
