/* export/legend.c - the legend cluster: the entity types present, what the
 * line styles mean, and, when used, what a frame holds and the diff colours
 *
 * Legend nodes are named "legend:..." (no node key can be), so the legend
 * never collides with the graph.
 */
#include <stdio.h>
#include <stdlib.h>

#include "export_int.h"

struct legend_line {
	const char *name;  /* node name in the legend cluster */
	const char *text;  /* what the line style means */
	const char *style; /* as edge_style returns it */
	const char *color; /* as style_edge sets it */
};

static const struct legend_line legend_lines[] = {
	{ "legend:solid", "current", "solid", "#616161" },
	{ "legend:dashed", "former, planned or reported", "dashed", "#616161" },
	{ "legend:dotted", "negated", "dotted", KG_NEGATED_COLOR },
};

static const struct legend_line diff_lines[] = {
	{ "legend:added", "only in the new database", "solid",
	  KG_DIFF_ADDED_COLOR },
	{ "legend:removed", "only in the old database", "dashed",
	  KG_DIFF_REMOVED_COLOR },
	{ "legend:common", "in both", "solid", KG_DIFF_COMMON_COLOR },
};

/* One node per type present, drawn as that type is. */
static int
legend_types(Agraph_t *sub, const kg_graph *g, const unsigned char *keep)
{
	unsigned present = 0;
	char name[64];
	size_t i;
	kg_type t;
	int rc = KG_OK;

	for (i = 0; i < g->nnodes; i++)
		if ((keep == NULL || keep[i]) &&
		    (unsigned)g->nodes[i].type < (unsigned)KG_T_COUNT)
			present |= 1u << g->nodes[i].type;
	for (t = KG_T_PERSON; t < KG_T_COUNT && rc == KG_OK; t++) {
		const struct kg_export_style *st = kg_export__style(t);
		Agnode_t *n;

		if (!(present & (1u << t)))
			continue;
		snprintf(name, sizeof(name), "legend:%s", kg_type_name(t));
		n = agnode(sub, name, 1);
		if (n == NULL)
			return KG_ERROR;
		rc = kg_export__set(n, "label", kg_type_name(t));
		if (rc == KG_OK)
			rc = kg_export__set(n, "shape", st->shape);
		if (rc == KG_OK)
			rc = kg_export__set(n, "fillcolor", st->fillcolor);
	}
	return rc;
}

/* A short edge per line style, from its explanation to a dot. */
static int
legend_styles(Agraph_t *sub, const struct legend_line *lines, size_t n)
{
	char end[64];
	size_t i;
	int rc = KG_OK;

	for (i = 0; i < n; i++) {
		const struct legend_line *l = &lines[i];
		Agnode_t *a, *b;
		Agedge_t *e;

		snprintf(end, sizeof(end), "%s:end", l->name);
		a = agnode(sub, kg_export__unconst(l->name), 1);
		b = agnode(sub, end, 1);
		e = (a && b) ? agedge(sub, a, b, NULL, 1) : NULL;
		if (e == NULL)
			return KG_ERROR;
		rc = kg_export__set(a, "label", l->text);
		if (rc == KG_OK)
			rc = kg_export__set(a, "shape", "plaintext");
		if (rc == KG_OK)
			rc = kg_export__set(b, "shape", "point");
		if (rc == KG_OK)
			rc = kg_export__set(b, "width", "0.05");
		if (rc == KG_OK)
			rc = kg_export__set(e, "style", l->style);
		if (rc == KG_OK)
			rc = kg_export__set(e, "color", l->color);
		if (rc != KG_OK)
			return rc;
	}
	return KG_OK;
}

/* The two lines of a --diff-since drawing: new since date, and older. */
static int legend_since(Agraph_t *sub, const char *date)
{
	char added[64], before[64];
	struct legend_line lines[2] = {
		{ "legend:added", added, "solid", KG_DIFF_ADDED_COLOR },
		{ "legend:common", before, "solid", KG_DIFF_COMMON_COLOR },
	};

	/* the date is YYYY-MM-DD, checked by the caller; DOT text as is */
	snprintf(added, sizeof(added), "first stated on or after %.10s", date);
	snprintf(before, sizeof(before), "stated before %.10s or undated",
	         date);
	return legend_styles(sub, lines, 2);
}

/* A small frame drawn like the clusters, saying what a frame holds. */
static int legend_frame(Agraph_t *sub, kg_cluster_by by)
{
	int type = by == KG_CLUSTER_TYPE;
	Agraph_t *f =
	        agsubg(sub, kg_export__unconst("cluster_legend_frame"), 1);
	Agnode_t *n =
	        f ? agnode(f, kg_export__unconst("legend:frame"), 1) : NULL;
	int rc;

	if (n == NULL)
		return KG_ERROR;
	rc = kg_export__set(f, "label", type ? "TYPE" : "event name");
	if (rc == KG_OK)
		rc = kg_export__set(f, "style", "rounded");
	if (rc == KG_OK)
		rc = kg_export__set(f, "color",
		                    type ? KG_FRAME_TYPE_COLOR
		                         : KG_FRAME_EVENT_COLOR);
	if (rc == KG_OK)
		rc = kg_export__set(n, "shape", "plaintext");
	if (rc == KG_OK)
		rc = kg_export__set(n, "label",
		                    type ? "the entities of one type"
		                         : "an event, who attended it,\\n"
		                           "where and when");
	return rc;
}

int kg_export__legend(Agraph_t *ag,
                      const kg_graph *g,
                      const struct kg_export__draw *d,
                      kg_err *err)
{
	Agraph_t *sub = agsubg(ag, kg_export__unconst("cluster_legend"), 1);
	int rc;

	if (sub == NULL)
		return kg_err_set(err, KG_ERROR, "cannot add the legend: %s",
		                  kg_export__errors_text());
	rc = kg_export__set(sub, "label", "Legend");
	if (rc == KG_OK)
		rc = kg_export__set(sub, "style", "dashed");
	if (rc == KG_OK)
		rc = kg_export__set(sub, "color", "#9e9e9e");
	if (rc == KG_OK)
		rc = legend_types(sub, g, d->keep);
	if (rc == KG_OK)
		rc = legend_styles(sub, legend_lines,
		                   sizeof(legend_lines) /
		                           sizeof(legend_lines[0]));
	if (rc == KG_OK && d->diff != NULL && d->diff_since != NULL)
		rc = legend_since(sub, d->diff_since);
	else if (rc == KG_OK && d->diff != NULL)
		rc = legend_styles(sub, diff_lines,
		                   sizeof(diff_lines) / sizeof(diff_lines[0]));
	if (rc == KG_OK && d->cluster != KG_CLUSTER_NONE)
		rc = legend_frame(sub, d->cluster);
	if (rc != KG_OK)
		return kg_err_set(err, rc, "cannot add the legend: %s",
		                  kg_export__errors_text());
	return KG_OK;
}
