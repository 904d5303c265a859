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

/* The fields of a fact, in the order both formats write them, with each
 * format's type for them. */
#define NFACT_FIELDS 9
static const struct fact_field {
	const char *name, *graphml_type, *gexf_type;
} fact_fields[NFACT_FIELDS] = {
	{ "predicate", "string", "string" }, { "status", "string", "string" },
	{ "negated", "boolean", "boolean" }, { "support", "int", "integer" },
	{ "doc", "string", "string" },       { "sentence", "long", "long" },
	{ "evidence", "string", "string" },  { "rule", "string", "string" },
	{ "fact_id", "long", "long" },
};

/* The values of e's fields in fact_fields order (NULL: absent); numbers are
 * written into num. */
static void
fact_values(const kg_gedge *e, const char *v[NFACT_FIELDS], char num[3][24])
{
	snprintf(num[0], sizeof(num[0]), "%d", e->support);
	snprintf(num[1], sizeof(num[1]), "%" PRId64, e->sentence);
	snprintf(num[2], sizeof(num[2]), "%" PRId64, e->fact_id);
	v[0] = kg_pred_name(e->pred);
	v[1] = kg_status_name(e->status);
	v[2] = e->negated ? "true" : "false";
	v[3] = num[0];
	v[4] = e->doc;
	v[5] = num[1];
	v[6] = e->evidence;
	v[7] = e->rule;
	v[8] = num[2];
}

/* ---- GraphML ---------------------------------------------------------- */

static const char *const graphml_node_keys[] = { "label", "type", "aliases" };

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
	const char *v[NFACT_FIELDS];
	char num[3][24];
	size_t k;

	fprintf(f, "    <edge id=\"r%zu\" source=\"", i);
	kg_export__xml(f, g->nodes[e->source].key);
	fputs("\" target=\"", f);
	kg_export__xml(f, g->nodes[e->target].key);
	fputs("\">\n", f);
	fact_values(e, v, num);
	for (k = 0; k < NFACT_FIELDS; k++)
		graphml_data(f, fact_fields[k].name, v[k]);
	fputs("    </edge>\n", f);
}

static void
graphml_key(FILE *f, const char *name, const char *dom, const char *type)
{
	fprintf(f,
	        "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" "
	        "attr.type=\"%s\"/>\n",
	        name, dom, name, type);
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
	for (i = 0; i < 3; i++)
		graphml_key(f, graphml_node_keys[i], "node", "string");
	for (i = 0; i < NFACT_FIELDS; i++)
		graphml_key(f, fact_fields[i].name, "edge",
		            fact_fields[i].graphml_type);
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

/* Attribute ids: nodes 0 (type) and 1 (aliases); edges 0-8 in fact_fields
 * order. */
static void gexf_attr(FILE *f, size_t id, const char *title, const char *type)
{
	fprintf(f,
	        "      <attribute id=\"%zu\" title=\"%s\" "
	        "type=\"%s\"/>\n",
	        id, title, type);
}

static void gexf_value(FILE *f, size_t id, const char *value)
{
	if (value == NULL)
		return;
	fprintf(f, "          <attvalue for=\"%zu\" value=\"", id);
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
	const char *v[NFACT_FIELDS];
	char num[3][24];
	size_t k;

	fprintf(f, "      <edge id=\"r%zu\" source=\"", i);
	kg_export__xml(f, g->nodes[e->source].key);
	fputs("\" target=\"", f);
	kg_export__xml(f, g->nodes[e->target].key);
	fprintf(f, "\" label=\"%s\" weight=\"%d\">\n        <attvalues>\n",
	        kg_pred_name(e->pred), e->support > 1 ? e->support : 1);
	fact_values(e, v, num);
	for (k = 0; k < NFACT_FIELDS; k++)
		gexf_value(f, k, v[k]);
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
	fputs("    <attributes class=\"node\">\n", f);
	gexf_attr(f, 0, "type", "string");
	gexf_attr(f, 1, "aliases", "string");
	fputs("    </attributes>\n    <attributes class=\"edge\">\n", f);
	for (i = 0; i < NFACT_FIELDS; i++)
		gexf_attr(f, i, fact_fields[i].name, fact_fields[i].gexf_type);
	fputs("    </attributes>\n", f);
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
