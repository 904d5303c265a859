/* export/xml.c - a kg_graph as GraphML (Gephi, yEd, Cytoscape desktop) and
 * GEXF 1.2 (Gephi)
 *
 * libxml2 is not a dependency: the documents are written as text, every
 * value through kg_export__xml (text.c), which escapes & < > " ' and line
 * breaks and drops the characters XML 1.0 forbids.  Elements and attributes
 * come in a fixed order, so the same graph gives the same bytes.  networkx's
 * read_graphml and read_gexf are the readers the tests use.
 */
#include <assert.h>
#include <inttypes.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "kgraph/export.h"
#include "export_int.h"

/* The aliases as one JSON array string (names may hold any separator);
 * malloc'd by cJSON, NULL when out of memory. */
static char *aliases_json(const kg_gnode *n)
{
	cJSON *a = cJSON_CreateArray();
	char *s = NULL;
	size_t i;
	int ok = a != NULL;

	for (i = 0; ok && i < n->naliases; i++) {
		cJSON *x = cJSON_CreateString(n->aliases[i]);

		ok = x != NULL && cJSON_AddItemToArray(a, x);
	}
	if (ok)
		s = cJSON_PrintUnformatted(a);
	cJSON_Delete(a);
	return s;
}

static int finish(FILE *f, kg_err *err, const char *what)
{
	if (fflush(f) != 0 || ferror(f))
		return kg_err_set(err, KG_EIO, "cannot write %s output", what);
	return KG_OK;
}

/* ---- GraphML ---------------------------------------------------------- */

struct xkey {
	const char *id, *domain, *type;
};

static const struct xkey graphml_keys[] = {
	{ "label", "node", "string" },   { "type", "node", "string" },
	{ "aliases", "node", "string" }, { "predicate", "edge", "string" },
	{ "status", "edge", "string" },  { "negated", "edge", "boolean" },
	{ "support", "edge", "int" },    { "doc", "edge", "string" },
	{ "sentence", "edge", "long" },  { "evidence", "edge", "string" },
	{ "rule", "edge", "string" },    { "fact_id", "edge", "long" },
};

static void graphml_data(FILE *f, const char *key, const char *value)
{
	if (value == NULL)
		return;
	fprintf(f, "      <data key=\"%s\">", key);
	kg_export__xml(f, value);
	fputs("</data>\n", f);
}

static int graphml_node(FILE *f, const kg_gnode *n)
{
	char *aliases = aliases_json(n);

	if (aliases == NULL)
		return KG_ENOMEM;
	fputs("    <node id=\"", f);
	kg_export__xml(f, n->key);
	fputs("\">\n", f);
	graphml_data(f, "label", n->label);
	graphml_data(f, "type", kg_type_name(n->type));
	graphml_data(f, "aliases", aliases);
	fputs("    </node>\n", f);
	cJSON_free(aliases);
	return KG_OK;
}

static void graphml_edge(FILE *f, const kg_graph *g, size_t i)
{
	const kg_gedge *e = &g->edges[i];
	char num[32];

	fprintf(f, "    <edge id=\"r%zu\" source=\"", i);
	kg_export__xml(f, g->nodes[e->source].key);
	fputs("\" target=\"", f);
	kg_export__xml(f, g->nodes[e->target].key);
	fputs("\">\n", f);
	graphml_data(f, "predicate", kg_pred_name(e->pred));
	graphml_data(f, "status", kg_status_name(e->status));
	graphml_data(f, "negated", e->negated ? "true" : "false");
	snprintf(num, sizeof(num), "%d", e->support);
	graphml_data(f, "support", num);
	graphml_data(f, "doc", e->doc);
	snprintf(num, sizeof(num), "%" PRId64, e->sentence);
	graphml_data(f, "sentence", num);
	graphml_data(f, "evidence", e->evidence);
	graphml_data(f, "rule", e->rule);
	snprintf(num, sizeof(num), "%" PRId64, e->fact_id);
	graphml_data(f, "fact_id", num);
	fputs("    </edge>\n", f);
}

int kg_export_graphml(const kg_graph *g, FILE *f, kg_err *err)
{
	size_t i;

	assert(g != NULL && f != NULL);
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
	      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
	      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
	      " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
	      f);
	for (i = 0; i < sizeof(graphml_keys) / sizeof(graphml_keys[0]); i++)
		fprintf(f,
		        "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" "
		        "attr.type=\"%s\"/>\n",
		        graphml_keys[i].id, graphml_keys[i].domain,
		        graphml_keys[i].id, graphml_keys[i].type);
	fputs("  <graph id=\"kgraph\" edgedefault=\"directed\">\n", f);
	for (i = 0; i < g->nnodes; i++)
		if (graphml_node(f, &g->nodes[i]) != KG_OK)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
	for (i = 0; i < g->nedges; i++)
		graphml_edge(f, g, i);
	fputs("  </graph>\n</graphml>\n", f);
	return finish(f, err, "GraphML");
}

/* ---- GEXF ------------------------------------------------------------- */

/* Attribute ids: nodes 0-1, edges 0-8, in this order. */
static const struct xkey gexf_node_attrs[] = {
	{ "type", "string", NULL },
	{ "aliases", "string", NULL },
};
static const struct xkey gexf_edge_attrs[] = {
	{ "predicate", "string", NULL }, { "status", "string", NULL },
	{ "negated", "boolean", NULL },  { "support", "integer", NULL },
	{ "doc", "string", NULL },       { "sentence", "long", NULL },
	{ "evidence", "string", NULL },  { "rule", "string", NULL },
	{ "fact_id", "long", NULL },
};

static void gexf_attrs(FILE *f, const char *cls, const struct xkey *k, size_t n)
{
	size_t i;

	fprintf(f, "    <attributes class=\"%s\">\n", cls);
	for (i = 0; i < n; i++)
		fprintf(f,
		        "      <attribute id=\"%zu\" title=\"%s\" "
		        "type=\"%s\"/>\n",
		        i, k[i].id, k[i].domain);
	fputs("    </attributes>\n", f);
}

static void gexf_value(FILE *f, int id, const char *value)
{
	if (value == NULL)
		return;
	fprintf(f, "          <attvalue for=\"%d\" value=\"", id);
	kg_export__xml(f, value);
	fputs("\"/>\n", f);
}

static int gexf_node(FILE *f, const kg_gnode *n)
{
	char *aliases = aliases_json(n);

	if (aliases == NULL)
		return KG_ENOMEM;
	fputs("      <node id=\"", f);
	kg_export__xml(f, n->key);
	fputs("\" label=\"", f);
	kg_export__xml(f, n->label);
	fputs("\">\n        <attvalues>\n", f);
	gexf_value(f, 0, kg_type_name(n->type));
	gexf_value(f, 1, aliases);
	fputs("        </attvalues>\n      </node>\n", f);
	cJSON_free(aliases);
	return KG_OK;
}

static void gexf_edge(FILE *f, const kg_graph *g, size_t i)
{
	const kg_gedge *e = &g->edges[i];
	char num[32];

	fprintf(f, "      <edge id=\"r%zu\" source=\"", i);
	kg_export__xml(f, g->nodes[e->source].key);
	fputs("\" target=\"", f);
	kg_export__xml(f, g->nodes[e->target].key);
	fprintf(f, "\" label=\"%s\" weight=\"%d\">\n        <attvalues>\n",
	        kg_pred_name(e->pred), e->support > 1 ? e->support : 1);
	gexf_value(f, 0, kg_pred_name(e->pred));
	gexf_value(f, 1, kg_status_name(e->status));
	gexf_value(f, 2, e->negated ? "true" : "false");
	snprintf(num, sizeof(num), "%d", e->support);
	gexf_value(f, 3, num);
	gexf_value(f, 4, e->doc);
	snprintf(num, sizeof(num), "%" PRId64, e->sentence);
	gexf_value(f, 5, num);
	gexf_value(f, 6, e->evidence);
	gexf_value(f, 7, e->rule);
	snprintf(num, sizeof(num), "%" PRId64, e->fact_id);
	gexf_value(f, 8, num);
	fputs("        </attvalues>\n      </edge>\n", f);
}

int kg_export_gexf(const kg_graph *g, FILE *f, kg_err *err)
{
	size_t i;

	assert(g != NULL && f != NULL);
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	      "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
	      "  <meta>\n    <creator>kgraph</creator>\n  </meta>\n"
	      "  <graph defaultedgetype=\"directed\" mode=\"static\">\n",
	      f);
	gexf_attrs(f, "node", gexf_node_attrs,
	           sizeof(gexf_node_attrs) / sizeof(gexf_node_attrs[0]));
	gexf_attrs(f, "edge", gexf_edge_attrs,
	           sizeof(gexf_edge_attrs) / sizeof(gexf_edge_attrs[0]));
	fputs("    <nodes>\n", f);
	for (i = 0; i < g->nnodes; i++)
		if (gexf_node(f, &g->nodes[i]) != KG_OK)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
	fputs("    </nodes>\n    <edges>\n", f);
	for (i = 0; i < g->nedges; i++)
		gexf_edge(f, g, i);
	fputs("    </edges>\n  </graph>\n</gexf>\n", f);
	return finish(f, err, "GEXF");
}
