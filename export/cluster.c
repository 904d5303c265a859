/* export/cluster.c - frames (Graphviz clusters) per entity type or per event
 *
 * --cluster type puts each node in the frame of its type; --cluster event
 * puts each EVENT in a frame of its own with the nodes tied to it (who
 * attended it, where and when it took place).  A node tied to several
 * events goes to the first of them in node order, since a Graphviz node can
 * sit in one cluster only.  Everything follows the graph's array order, so
 * the frames are the same for the same graph.
 *
 * The clusters are created before any node, in ascending frame number:
 * by type in kg_type order (PERSON, ORG, GPE, ..., as the legend lists
 * them), by event in node order (cluster_event_N by ascending N).  The
 * graph comes from kg_export__agopen, whose IDs follow creation order, so
 * DOT and the layouts see the clusters in that order, then the legend,
 * which is created last; no order depends on memory addresses.
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "export_int.h"

static int kept(const struct kg_export__draw *d, size_t i)
{
	return d->keep == NULL || d->keep[i];
}

/* The event an edge ties its other end to, or SIZE_MAX: attended points
 * at the event, located_in and occurred_on start from it. */
static size_t edge_event(const kg_graph *g, const kg_gedge *e, size_t *other)
{
	if (e->pred == KG_P_ATTENDED &&
	    g->nodes[e->target].type == KG_T_EVENT) {
		*other = e->source;
		return e->target;
	}
	if ((e->pred == KG_P_LOCATED_IN || e->pred == KG_P_OCCURRED_ON) &&
	    g->nodes[e->source].type == KG_T_EVENT) {
		*other = e->target;
		return e->source;
	}
	return SIZE_MAX;
}

static void
event_frames(size_t *out, const kg_graph *g, const struct kg_export__draw *d)
{
	size_t i, ev, other;

	for (i = 0; i < g->nnodes; i++)
		if (kept(d, i) && g->nodes[i].type == KG_T_EVENT)
			out[i] = i;
	for (i = 0; i < g->nedges; i++) {
		const kg_gedge *e = &g->edges[i];

		if (d->keep_edge != NULL && !d->keep_edge[i])
			continue;
		ev = edge_event(g, e, &other);
		if (ev == SIZE_MAX || !kept(d, ev) || !kept(d, other) ||
		    g->nodes[other].type == KG_T_EVENT)
			continue;
		/* the first event in node order wins */
		if (out[other] == SIZE_MAX || ev < out[other])
			out[other] = ev;
	}
}

size_t *kg_export__frames(const kg_graph *g, const struct kg_export__draw *d)
{
	size_t *out = malloc((g->nnodes ? g->nnodes : 1) * sizeof(*out));
	size_t i;

	if (out == NULL)
		return NULL;
	for (i = 0; i < g->nnodes; i++)
		out[i] = SIZE_MAX;
	if (d->cluster == KG_CLUSTER_TYPE) {
		for (i = 0; i < g->nnodes; i++)
			if (kept(d, i) &&
			    (unsigned)g->nodes[i].type < (unsigned)KG_T_COUNT)
				out[i] = (size_t)g->nodes[i].type;
	} else if (d->cluster == KG_CLUSTER_EVENT) {
		event_frames(out, g, d);
	}
	return out;
}

static int style_frame(Agraph_t *sub, const char *label, const char *color)
{
	char *text = kg_export__dot_text(label);
	int rc;

	if (text == NULL)
		return KG_ENOMEM;
	rc = kg_export__set(sub, "label", text);
	free(text);
	if (rc == KG_OK)
		rc = kg_export__set(sub, "style", "rounded");
	if (rc == KG_OK)
		rc = kg_export__set(sub, "color", color);
	return rc;
}

Agraph_t *kg_export__frame_graph(Agraph_t *ag,
                                 const kg_graph *g,
                                 kg_cluster_by by,
                                 size_t frame)
{
	char name[96];
	const char *label;
	Agraph_t *sub;

	if (by == KG_CLUSTER_TYPE) {
		label = kg_type_name((kg_type)frame);
		snprintf(name, sizeof(name), "cluster_type_%s", label);
	} else {
		/* the node's place in the sorted graph: short, unique,
		 * and the same for the same graph */
		label = g->nodes[frame].label;
		snprintf(name, sizeof(name), "cluster_event_%zu", frame);
	}
	sub = agsubg(ag, name, 0);
	if (sub != NULL)
		return sub;
	sub = agsubg(ag, name, 1);
	if (sub == NULL)
		return NULL;
	if (style_frame(sub, label ? label : "",
	                by == KG_CLUSTER_TYPE ? KG_FRAME_TYPE_COLOR
	                                      : KG_FRAME_EVENT_COLOR) != KG_OK)
		return NULL;
	return sub;
}

int kg_export__frame_graphs(Agraph_t *ag,
                            const kg_graph *g,
                            kg_cluster_by by,
                            const size_t *frames)
{
	size_t n = by == KG_CLUSTER_TYPE ? (size_t)KG_T_COUNT : g->nnodes;
	unsigned char *used = calloc(n ? n : 1, 1);
	size_t i;
	int rc = KG_OK;

	if (used == NULL)
		return KG_ENOMEM;
	for (i = 0; i < g->nnodes; i++) {
		assert(frames[i] == SIZE_MAX || frames[i] < n);
		if (frames[i] != SIZE_MAX)
			used[frames[i]] = 1;
	}
	for (i = 0; i < n && rc == KG_OK; i++)
		if (used[i] && kg_export__frame_graph(ag, g, by, i) == NULL)
			rc = KG_ERROR;
	free(used);
	return rc;
}
