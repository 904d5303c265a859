/* export/dot.c - the cgraph adapter: a kg_graph as a styled Agraph_t, and DOT
 *
 * This file and its helpers cluster.c and legend.c build the cgraph graphs
 * (render.c only lays out and closes them).  cgraph 2.42 is not
 * const-correct, so const is removed in one place (kg_export__unconst).  Its
 * error
 * reporting is a process-global callback (agseterrf), captured below so that
 * Graphviz prints nothing itself and failures carry cgraph's own message.
 *
 * Output is deterministic: nodes and edges are created in the kg_graph's
 * array order, edges are anonymous, and no attribute holds a pointer or a
 * number that depends on the run; agwrite then prints the same bytes.
 */
#include <assert.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kgraph/export.h"
#include "export_int.h"

char *kg_export__unconst(const char *s)
{
	union {
		const char *c;
		char *m;
	} u;
	u.c = s;
	return u.m;
}

/* ---- error capture ---------------------------------------------------- */

static char errors_buf[256];   /* captured messages, newlines as spaces */
static size_t errors_len;      /* bytes used in errors_buf, < its size */
static agusererrf errors_prev; /* handler to restore at _end */

/* cgraph hands a message over in pieces ("Error", ": ", "text\n"). */
static int errors_handler(char *msg)
{
	for (; *msg && errors_len + 1 < sizeof(errors_buf); msg++) {
		char c = (*msg == '\n' || *msg == '\r') ? ' ' : *msg;

		if (c == ' ' &&
		    (errors_len == 0 || errors_buf[errors_len - 1] == ' '))
			continue;
		errors_buf[errors_len++] = c;
	}
	errors_buf[errors_len] = '\0';
	return 0;
}

void kg_export__errors_begin(void)
{
	errors_len = 0;
	errors_buf[0] = '\0';
	errors_prev = agseterrf(errors_handler);
}

const char *kg_export__errors_text(void)
{
	while (errors_len > 0 && errors_buf[errors_len - 1] == ' ')
		errors_buf[--errors_len] = '\0';
	return errors_len ? errors_buf : "no details from Graphviz";
}

void kg_export__errors_end(void)
{
	agseterrf(errors_prev);
	errors_prev = NULL;
}

/* ---- attributes ------------------------------------------------------- */

struct attr_default {
	int kind;          /* AGRAPH, AGNODE or AGEDGE */
	const char *name;  /* Graphviz attribute */
	const char *value; /* its default, omitted by agwrite where unchanged */
};

static const struct attr_default attr_defaults[] = {
	{ AGRAPH, "rankdir", "LR" },
	{ AGRAPH, "fontname", "Helvetica" },
	{ AGRAPH, "fontsize", "10" },
	{ AGRAPH, "overlap", "false" },
	{ AGRAPH, "outputorder", "edgesfirst" },
	{ AGRAPH, "label", "" },
	{ AGRAPH, "style", "" },
	{ AGRAPH, "color", "" },
	{ AGNODE, "label", "\\N" },
	{ AGNODE, "shape", "ellipse" },
	{ AGNODE, "style", "filled" },
	{ AGNODE, "fillcolor", "#ffffff" },
	{ AGNODE, "color", "#757575" },
	{ AGNODE, "fontname", "Helvetica" },
	{ AGNODE, "fontsize", "10" },
	{ AGNODE, "width", "0.75" },
	{ AGNODE, "tooltip", "" },
	{ AGEDGE, "label", "" },
	{ AGEDGE, "style", "solid" },
	{ AGEDGE, "color", "#616161" },
	{ AGEDGE, "fontname", "Helvetica" },
	{ AGEDGE, "fontsize", "8" },
	{ AGEDGE, "penwidth", "1" },
	{ AGEDGE, "tooltip", "" },
};

static int declare_defaults(Agraph_t *ag)
{
	size_t i;

	for (i = 0; i < sizeof(attr_defaults) / sizeof(attr_defaults[0]); i++) {
		const struct attr_default *a = &attr_defaults[i];

		if (agattr(ag, a->kind, kg_export__unconst(a->name),
		           kg_export__unconst(a->value)) == NULL)
			return KG_ERROR;
	}
	return KG_OK;
}

int kg_export__set(void *obj, const char *name, const char *value)
{
	return agsafeset(obj, kg_export__unconst(name),
	                 kg_export__unconst(value), kg_export__unconst("")) == 0
	               ? KG_OK
	               : KG_ERROR;
}

/* ---- nodes ------------------------------------------------------------ */

/* "PERSON" or "PERSON\nalso: a, b" as raw text; malloc'd, NULL on ENOMEM. */
static char *node_tooltip(const kg_gnode *n)
{
	const char *type = kg_type_name(n->type);
	size_t len = strlen(type ? type : "") + sizeof("\nalso: ");
	size_t i;
	char *s;

	for (i = 0; i < n->naliases; i++)
		len += strlen(n->aliases[i]) + 2;
	s = malloc(len);
	if (s == NULL)
		return NULL;
	strcpy(s, type ? type : "");
	for (i = 0; i < n->naliases; i++) {
		strcat(s, i == 0 ? "\nalso: " : ", ");
		strcat(s, n->aliases[i]);
	}
	return s;
}

/* The declared node attributes (declare_defaults), looked up once, as
 * for edges (struct edge_syms). */
struct node_syms {
	Agsym_t *label, *shape, *fillcolor, *tooltip;
};

static int find_node_syms(Agraph_t *ag, struct node_syms *y)
{
	y->label = agattr(ag, AGNODE, kg_export__unconst("label"), NULL);
	y->shape = agattr(ag, AGNODE, kg_export__unconst("shape"), NULL);
	y->fillcolor =
	        agattr(ag, AGNODE, kg_export__unconst("fillcolor"), NULL);
	y->tooltip = agattr(ag, AGNODE, kg_export__unconst("tooltip"), NULL);
	return y->label && y->shape && y->fillcolor && y->tooltip;
}

/* agxset of v, or of text encoded for DOT; KG_OK, KG_ENOMEM or KG_ERROR. */
static int sym_set(void *obj, Agsym_t *sym, const char *v)
{
	return agxset(obj, sym, kg_export__unconst(v)) == 0 ? KG_OK : KG_ERROR;
}

static int sym_text(void *obj, Agsym_t *sym, const char *text)
{
	char *v = kg_export__dot_text(text);
	int rc;

	if (v == NULL)
		return KG_ENOMEM;
	rc = sym_set(obj, sym, v);
	free(v);
	return rc;
}

static int
style_node(Agnode_t *an, const struct node_syms *y, const kg_gnode *n)
{
	const struct kg_export_style *st = kg_export__style(n->type);
	char *tip;
	int rc;

	/* a value equal to the declared default is not set (agwrite would
	 * omit it all the same) */
	rc = sym_text(an, y->label, n->label);
	if (rc == KG_OK && strcmp(st->shape, "ellipse") != 0)
		rc = sym_set(an, y->shape, st->shape);
	if (rc == KG_OK && strcmp(st->fillcolor, "#ffffff") != 0)
		rc = sym_set(an, y->fillcolor, st->fillcolor);
	if (rc != KG_OK)
		return rc;
	tip = node_tooltip(n);
	if (tip == NULL)
		return KG_ENOMEM;
	rc = sym_text(an, y->tooltip, tip);
	free(tip);
	return rc;
}

/* Create node i in the root graph, and in its frame's cluster if any. */
static Agnode_t *make_node(Agraph_t *ag,
                           const kg_graph *g,
                           size_t i,
                           const char *name,
                           kg_cluster_by by,
                           const size_t *frames)
{
	Agnode_t *an = agnode(ag, kg_export__unconst(name), 1);
	Agraph_t *sub;

	if (an == NULL || frames == NULL || frames[i] == SIZE_MAX)
		return an;
	sub = kg_export__frame_graph(ag, g, by, frames[i]);
	return sub ? agsubnode(sub, an, 1) : NULL;
}

static int add_nodes(Agnode_t **an,
                     Agraph_t *ag,
                     const kg_graph *g,
                     const struct kg_export__draw *d,
                     const size_t *frames,
                     kg_err *err)
{
	struct node_syms y;
	size_t i;

	if (!find_node_syms(ag, &y))
		return kg_err_set(err, KG_ERROR,
		                  "node attributes not declared");
	for (i = 0; i < g->nnodes; i++) {
		const kg_gnode *n = &g->nodes[i];
		char *name;
		int rc;

		an[i] = NULL;
		if (d->keep != NULL && !d->keep[i])
			continue;
		name = kg_export__dot_text(n->key);
		if (name == NULL)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
		if (agnode(ag, name, 0) != NULL) {
			rc = kg_err_set(err, KG_EINVALID,
			                "two nodes with the key '%s'", name);
			free(name);
			return rc;
		}
		an[i] = make_node(ag, g, i, name, d->cluster, frames);
		free(name);
		if (an[i] == NULL)
			return kg_err_set(err, KG_ERROR, "cannot add node: %s",
			                  kg_export__errors_text());
		rc = style_node(an[i], &y, n);
		if (rc != KG_OK)
			return kg_err_set(err, rc, "cannot style node '%s'",
			                  n->key);
	}
	return KG_OK;
}

/* ---- edges ------------------------------------------------------------ */

/* Dotted for a denied fact, dashed for one that is not (or not yet, or only
 * reportedly) the case, solid for a current fact. */
static const char *edge_style(const kg_gedge *e)
{
	if (e->negated)
		return "dotted";
	if (e->status == KG_S_FORMER || e->status == KG_S_PLANNED ||
	    e->status == KG_S_REPORTED)
		return "dashed";
	return "solid";
}

/* 1 + floor(log2(support)), at most 5: one more point per doubling. */
static int edge_penwidth(int support)
{
	int w = 1;

	while (support >= 2 && w < 5) {
		support /= 2;
		w++;
	}
	return w;
}

/* "evidence\n(doc, sentence N)" as raw text; malloc'd, NULL on ENOMEM. */
static char *edge_tooltip(const kg_gedge *e)
{
	const char *ev = e->evidence ? e->evidence : "";
	const char *doc = e->doc ? e->doc : "";
	size_t len = strlen(ev) + strlen(doc) + 48;
	char *s = malloc(len);

	if (s != NULL)
		snprintf(s, len, "%s\n(%s, sentence %" PRId64 ")", ev, doc,
		         e->sentence);
	return s;
}

/* The colour and style of a diff mark over the usual ones. */
static int style_diff(Agedge_t *ae, int mark)
{
	int rc = KG_OK;

	if (mark == KG_DIFF_ADDED)
		rc = kg_export__set(ae, "color", KG_DIFF_ADDED_COLOR);
	else if (mark == KG_DIFF_REMOVED) {
		rc = kg_export__set(ae, "color", KG_DIFF_REMOVED_COLOR);
		if (rc == KG_OK)
			rc = kg_export__set(ae, "style", "dashed");
	} else if (mark == KG_DIFF_COMMON)
		rc = kg_export__set(ae, "color", KG_DIFF_COMMON_COLOR);
	if (rc == KG_OK && mark == KG_DIFF_ADDED)
		rc = kg_export__set(ae, "fontcolor", KG_DIFF_ADDED_COLOR);
	else if (rc == KG_OK && mark == KG_DIFF_REMOVED)
		rc = kg_export__set(ae, "fontcolor", KG_DIFF_REMOVED_COLOR);
	return rc;
}

/* The declared edge attributes (declare_defaults), looked up once: set
 * through agxset, 300,000 edges skip as many name lookups per attribute. */
struct edge_syms {
	Agsym_t *label, *style, *penwidth, *color, *tooltip;
};

static int find_edge_syms(Agraph_t *ag, struct edge_syms *y)
{
	y->label = agattr(ag, AGEDGE, kg_export__unconst("label"), NULL);
	y->style = agattr(ag, AGEDGE, kg_export__unconst("style"), NULL);
	y->penwidth = agattr(ag, AGEDGE, kg_export__unconst("penwidth"), NULL);
	y->color = agattr(ag, AGEDGE, kg_export__unconst("color"), NULL);
	y->tooltip = agattr(ag, AGEDGE, kg_export__unconst("tooltip"), NULL);
	return y->label && y->style && y->penwidth && y->color && y->tooltip;
}

static int
style_edge(Agedge_t *ae, const struct edge_syms *y, const kg_gedge *e, int mark)
{
	char width[16];
	char *tip;
	int rc;

	/* a value equal to the default is not set: agwrite would omit it,
	 * and most edges are solid and 1 point wide */
	snprintf(width, sizeof(width), "%d", edge_penwidth(e->support));
	rc = sym_text(ae, y->label, kg_pred_name(e->pred));
	if (rc == KG_OK && strcmp(edge_style(e), "solid") != 0)
		rc = sym_set(ae, y->style, edge_style(e));
	if (rc == KG_OK && strcmp(width, "1") != 0)
		rc = sym_set(ae, y->penwidth, width);
	if (rc == KG_OK && e->negated)
		rc = sym_set(ae, y->color, KG_NEGATED_COLOR);
	if (rc != KG_OK)
		return rc;
	if (mark != KG_DIFF_NONE && (rc = style_diff(ae, mark)) != KG_OK)
		return rc;
	tip = edge_tooltip(e);
	if (tip == NULL)
		return KG_ENOMEM;
	rc = sym_text(ae, y->tooltip, tip);
	free(tip);
	return rc;
}

static int add_edges(Agraph_t *ag,
                     Agnode_t *const *an,
                     const kg_graph *g,
                     const struct kg_export__draw *d,
                     kg_err *err)
{
	struct edge_syms y;
	size_t i;

	if (!find_edge_syms(ag, &y))
		return kg_err_set(err, KG_ERROR,
		                  "edge attributes not declared");
	for (i = 0; i < g->nedges; i++) {
		const kg_gedge *e = &g->edges[i];
		Agedge_t *ae;
		int rc;

		assert(e->source < g->nnodes && e->target < g->nnodes);
		if (an[e->source] == NULL || an[e->target] == NULL ||
		    (d->keep_edge != NULL && !d->keep_edge[i]))
			continue;
		ae = agedge(ag, an[e->source], an[e->target], NULL, 1);
		if (ae == NULL)
			return kg_err_set(err, KG_ERROR, "cannot add edge: %s",
			                  kg_export__errors_text());
		rc = style_edge(ae, &y, e, d->diff ? d->diff[i] : KG_DIFF_NONE);
		if (rc != KG_OK)
			return kg_err_set(err, rc, "cannot style edge %zu", i);
	}
	return KG_OK;
}

/* ---- the graph -------------------------------------------------------- */

/* Nodes, edges and legend into ag, a fresh graph with its defaults. */
static int fill(Agraph_t *ag,
                const kg_graph *g,
                const struct kg_export__draw *d,
                kg_err *err)
{
	Agnode_t **an = calloc(g->nnodes ? g->nnodes : 1, sizeof(*an));
	size_t *frames = NULL;
	int rc = KG_OK;

	if (an == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (d->cluster != KG_CLUSTER_NONE &&
	    (frames = kg_export__frames(g, d)) == NULL)
		rc = kg_err_set(err, KG_ENOMEM, "out of memory");
	/* dot's old ranking fails ("trouble in init_rank") on edges between
	 * clusters; the new one does not */
	if (rc == KG_OK && d->cluster != KG_CLUSTER_NONE &&
	    agsafeset(ag, kg_export__unconst("newrank"),
	              kg_export__unconst("true"), kg_export__unconst("")) != 0)
		rc = kg_err_set(err, KG_ERROR, "cannot set newrank");
	if (rc == KG_OK)
		rc = add_nodes(an, ag, g, d, frames, err);
	if (rc == KG_OK)
		rc = add_edges(ag, an, g, d, err);
	if (rc == KG_OK)
		rc = kg_export__legend(ag, g, d, err);
	free(frames);
	free(an);
	return rc;
}

int kg_export__build(Agraph_t **out,
                     const kg_graph *g,
                     const struct kg_export__draw *d,
                     kg_err *err)
{
	static const struct kg_export__draw all = { NULL, NULL, KG_CLUSTER_NONE,
		                                    NULL, NULL };
	Agraph_t *ag;
	int rc;

	assert(out != NULL && g != NULL);
	*out = NULL;
	ag = agopen(kg_export__unconst("kgraph"), Agdirected, NULL);
	if (ag == NULL)
		return kg_err_set(err, KG_ERROR, "cannot create a graph: %s",
		                  kg_export__errors_text());
	rc = declare_defaults(ag);
	if (rc != KG_OK)
		rc = kg_err_set(err, rc, "cannot declare attributes: %s",
		                kg_export__errors_text());
	if (rc == KG_OK)
		rc = fill(ag, g, d ? d : &all, err);
	if (rc != KG_OK) {
		agclose(ag);
		return rc;
	}
	*out = ag;
	return KG_OK;
}

int kg_export_dot_with(const kg_graph *g,
                       FILE *f,
                       const kg_draw_opts *opts,
                       kg_err *err)
{
	struct kg_export__draw d = { NULL, NULL, KG_CLUSTER_NONE, NULL, NULL };
	Agraph_t *ag;
	int rc;

	assert(g != NULL && f != NULL);
	if (opts != NULL) {
		d.cluster = opts->cluster;
		d.diff = opts->diff;
		d.diff_since = opts->diff_since;
	}
	kg_export__errors_begin();
	rc = kg_export__build(&ag, g, &d, err);
	if (rc == KG_OK) {
		if (agwrite(ag, f) != 0 || fflush(f) != 0 || ferror(f))
			rc = kg_err_set(err, KG_EIO, "cannot write DOT output");
		agclose(ag);
	}
	kg_export__errors_end();
	return rc;
}

int kg_export_dot(const kg_graph *g, FILE *f, kg_err *err)
{
	return kg_export_dot_with(g, f, NULL, err);
}
