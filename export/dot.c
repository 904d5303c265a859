/* export/dot.c - the cgraph adapter: a kg_graph as a styled Agraph_t, and DOT
 *
 * This file and its helpers cluster.c, legend.c and dot_ids.c (object IDs)
 * build the cgraph graphs (render.c only lays out and closes them).  cgraph
 * 2.42 is not const-correct, so const is removed in one place
 * (kg_export__unconst).  Its error reporting is a process-global callback
 * (agseterrf), captured below so that Graphviz prints nothing itself and
 * failures carry cgraph's own message.
 *
 * Output is deterministic: nodes and edges are created in the kg_graph's
 * array order, edges are anonymous, and no attribute holds a pointer or a
 * number that depends on the run; agwrite then prints the same bytes.
 * Subgraphs, which cgraph keeps in ID order, are printed in the order they
 * are created, because the graphs come from kg_export__agopen (dot_ids.c)
 * and not from cgraph's default IDs, which are addresses: the frames in
 * frame order (cluster.c), then the legend.
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

/* The declared default of attribute name of kind, "" when undeclared. */
static const char *default_of(int kind, const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(attr_defaults) / sizeof(attr_defaults[0]); i++)
		if (attr_defaults[i].kind == kind &&
		    strcmp(attr_defaults[i].name, name) == 0)
			return attr_defaults[i].value;
	return "";
}

/* Add name=value to l unless value is the declared default (agwrite
 * omits those, and layout reads them the same); names come in order. */
static void look_add(struct kg_export__look *l,
                     int kind,
                     const char *name,
                     const char *value)
{
	assert(l->n < KG_LOOK_MAX);
	assert(l->n == 0 || strcmp(l->name[l->n - 1], name) < 0);
	if (strcmp(value, default_of(kind, name)) == 0)
		return;
	l->name[l->n] = name;
	l->value[l->n++] = value;
}

void kg_export__look_free(struct kg_export__look *l)
{
	free(l->text[0]);
	free(l->text[1]);
}

int kg_export__node_look(struct kg_export__look *l, const kg_gnode *n)
{
	const struct kg_export_style *st = kg_export__style(n->type);
	char *tip = node_tooltip(n);

	memset(l, 0, sizeof(*l));
	l->text[0] = kg_export__dot_text(n->label);
	l->text[1] = tip ? kg_export__dot_text(tip) : NULL;
	free(tip);
	if (l->text[0] == NULL || l->text[1] == NULL) {
		kg_export__look_free(l);
		return KG_ENOMEM;
	}
	look_add(l, AGNODE, "fillcolor", st->fillcolor);
	look_add(l, AGNODE, "label", l->text[0]);
	look_add(l, AGNODE, "shape", st->shape);
	look_add(l, AGNODE, "tooltip", l->text[1]);
	return KG_OK;
}

/* Set the attributes of l on obj; KG_OK or KG_ERROR. */
static int set_look(void *obj, const struct kg_export__look *l)
{
	size_t i;
	int rc = KG_OK;

	for (i = 0; i < l->n && rc == KG_OK; i++)
		rc = kg_export__set(obj, l->name[i], l->value[i]);
	return rc;
}

static int style_node(Agnode_t *an, const kg_gnode *n)
{
	struct kg_export__look l;
	int rc = kg_export__node_look(&l, n);

	if (rc != KG_OK)
		return rc;
	rc = set_look(an, &l);
	kg_export__look_free(&l);
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
	size_t i;

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
		rc = style_node(an[i], n);
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

int kg_export__edge_look(struct kg_export__look *l, const kg_gedge *e, int mark)
{
	const char *color = e->negated ? KG_NEGATED_COLOR : "";
	const char *fontcolor = "";
	const char *style = edge_style(e);
	char *tip = edge_tooltip(e);

	memset(l, 0, sizeof(*l));
	l->text[0] = kg_export__dot_text(kg_pred_name(e->pred));
	l->text[1] = tip ? kg_export__dot_text(tip) : NULL;
	free(tip);
	if (l->text[0] == NULL || l->text[1] == NULL) {
		kg_export__look_free(l);
		return KG_ENOMEM;
	}
	/* a diff mark's colour and style go over the usual ones */
	if (mark == KG_DIFF_ADDED) {
		color = fontcolor = KG_DIFF_ADDED_COLOR;
	} else if (mark == KG_DIFF_REMOVED) {
		color = fontcolor = KG_DIFF_REMOVED_COLOR;
		style = "dashed";
	} else if (mark == KG_DIFF_COMMON) {
		color = KG_DIFF_COMMON_COLOR;
	}
	snprintf(l->num, sizeof(l->num), "%d", edge_penwidth(e->support));
	if (*color)
		look_add(l, AGEDGE, "color", color);
	if (*fontcolor)
		look_add(l, AGEDGE, "fontcolor", fontcolor);
	look_add(l, AGEDGE, "label", l->text[0]);
	look_add(l, AGEDGE, "penwidth", l->num);
	look_add(l, AGEDGE, "style", style);
	look_add(l, AGEDGE, "tooltip", l->text[1]);
	return KG_OK;
}

static int style_edge(Agedge_t *ae, const kg_gedge *e, int mark)
{
	struct kg_export__look l;
	int rc = kg_export__edge_look(&l, e, mark);

	if (rc != KG_OK)
		return rc;
	rc = set_look(ae, &l);
	kg_export__look_free(&l);
	return rc;
}

static int add_edges(Agraph_t *ag,
                     Agnode_t *const *an,
                     const kg_graph *g,
                     const struct kg_export__draw *d,
                     kg_err *err)
{
	size_t i;

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
		rc = style_edge(ae, e, d->diff ? d->diff[i] : KG_DIFF_NONE);
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
	/* the clusters first, in frame order: their IDs, hence the order
	 * agwrite prints them in, follow creation */
	if (rc == KG_OK && frames != NULL) {
		rc = kg_export__frame_graphs(ag, g, d->cluster, frames);
		if (rc != KG_OK)
			rc = kg_err_set(err, rc, "cannot add the frames: %s",
			                kg_export__errors_text());
	}
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

/* A new graph with the attributes declared in *ag; KG_OK or an error. */
static int open_declared(Agraph_t **ag, kg_err *err)
{
	int rc;

	if ((*ag = kg_export__agopen()) == NULL)
		return kg_err_set(err, KG_ERROR, "cannot create a graph: %s",
		                  kg_export__errors_text());
	if ((rc = declare_defaults(*ag)) != KG_OK) {
		rc = kg_err_set(err, rc, "cannot declare attributes: %s",
		                kg_export__errors_text());
		agclose(*ag);
		*ag = NULL;
	}
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
	if ((rc = open_declared(&ag, err)) != KG_OK)
		return rc;
	if ((rc = fill(ag, g, d ? d : &all, err)) != KG_OK) {
		agclose(ag);
		return rc;
	}
	*out = ag;
	return KG_OK;
}

int kg_export__skeleton(char **out,
                        size_t *len,
                        const kg_graph *g,
                        const struct kg_export__draw *d,
                        kg_err *err)
{
	Agraph_t *ag;
	FILE *mem;
	int rc;

	assert(d->cluster == KG_CLUSTER_NONE);
	*out = NULL;
	*len = 0;
	if ((rc = open_declared(&ag, err)) != KG_OK)
		return rc;
	rc = kg_export__legend(ag, g, d, err);
	if (rc == KG_OK && (mem = open_memstream(out, len)) == NULL)
		rc = kg_err_set(err, KG_ENOMEM, "out of memory");
	else if (rc == KG_OK) {
		if (agwrite(ag, mem) != 0)
			rc = kg_err_set(err, KG_ERROR, "cannot write DOT: %s",
			                kg_export__errors_text());
		if (fclose(mem) != 0 && rc == KG_OK)
			rc = kg_err_set(err, KG_ENOMEM, "out of memory");
	}
	agclose(ag);
	/* the body goes before the root's closing brace */
	if (rc == KG_OK && (*len < 2 || strcmp(*out + *len - 2, "}\n") != 0))
		rc = kg_err_set(err, KG_ERROR, "unexpected agwrite output");
	if (rc != KG_OK) {
		free(*out);
		*out = NULL;
		return rc;
	}
	*len -= 2;
	return KG_OK;
}

/* Clusters need cgraph's subgraphs; everything else is written directly,
 * as agwrite would write it, about ten times faster. */
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
	if (d.cluster == KG_CLUSTER_NONE) {
		rc = kg_export__dot_write(f, g, &d, err);
	} else if ((rc = kg_export__build(&ag, g, &d, err)) == KG_OK) {
		if (agwrite(ag, f) != 0)
			rc = kg_err_set(err, KG_EIO, "cannot write DOT output");
		agclose(ag);
	}
	if (rc == KG_OK && (fflush(f) != 0 || ferror(f)))
		rc = kg_err_set(err, KG_EIO, "cannot write DOT output");
	kg_export__errors_end();
	return rc;
}

int kg_export_dot(const kg_graph *g, FILE *f, kg_err *err)
{
	return kg_export_dot_with(g, f, NULL, err);
}
