/* export/json.c - a kg_graph as D3-style node-link JSON
 *
 * The document is streamed out node by node and link by link (json_write.c),
 * tab-indented as cJSON_Print would print it whole, so memory does not grow
 * with the output.  Fields come in a fixed order and strings are printed as
 * UTF-8, byte for byte.
 */
#include <assert.h>
#include <stdio.h>

#include "kgraph/export.h"
#include "json_int.h"

void kg_export__json_node(struct kg_jsonw *w,
                          const char *key,
                          const kg_gnode *n)
{
	kg_export__jw_open(w, key, '{');
	kg_export__jw_str(w, "id", n->key);
	kg_export__jw_str(w, "label", n->label);
	kg_export__jw_str(w, "type", kg_type_name(n->type));
	kg_export__jw_open(w, "aliases", '[');
	for (size_t i = 0; i < n->naliases; i++)
		kg_export__jw_str(w, NULL, n->aliases[i]);
	kg_export__jw_close(w, ']');
	kg_export__jw_close(w, '}');
}

void kg_export__json_fact(struct kg_jsonw *w, const kg_gedge *e)
{
	kg_export__jw_str(w, "predicate", kg_pred_name(e->pred));
	kg_export__jw_str(w, "status", kg_status_name(e->status));
	kg_export__jw_bool(w, "negated", e->negated != 0);
	kg_export__jw_num(w, "support", e->support);
	kg_export__jw_str(w, "doc", e->doc);
	kg_export__jw_num(w, "sentence", e->sentence);
	kg_export__jw_str(w, "evidence", e->evidence);
	kg_export__jw_str(w, "rule", e->rule);
}

int kg_export_json(const kg_graph *g, FILE *f, kg_err *err)
{
	struct kg_jsonw w;
	size_t i;

	assert(g != NULL && f != NULL);
	kg_export__jw_init(&w, f, 1);
	kg_export__jw_open(&w, NULL, '{');
	kg_export__jw_open(&w, "nodes", '[');
	for (i = 0; i < g->nnodes && !ferror(f); i++)
		kg_export__json_node(&w, NULL, &g->nodes[i]);
	kg_export__jw_close(&w, ']');
	kg_export__jw_open(&w, "links", '[');
	for (i = 0; i < g->nedges && !ferror(f); i++) {
		const kg_gedge *e = &g->edges[i];

		assert(e->source < g->nnodes && e->target < g->nnodes);
		kg_export__jw_open(&w, NULL, '{');
		kg_export__jw_str(&w, "source", g->nodes[e->source].key);
		kg_export__jw_str(&w, "target", g->nodes[e->target].key);
		kg_export__json_fact(&w, e);
		kg_export__jw_close(&w, '}');
	}
	kg_export__jw_close(&w, ']');
	kg_export__jw_close(&w, '}');
	putc('\n', f);
	return kg_export__json_done(f, "JSON", err);
}
