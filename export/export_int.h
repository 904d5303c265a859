/* export/export_int.h - declarations shared by the files of export/
 *
 * Never included from outside export/.  dot.c is the cgraph adapter (the one
 * place that removes const, and the error-handler capture); style.c holds the
 * look of each entity type and the DOT text encoding; render.c drives gvc.
 */
#ifndef KG_EXPORT_INT_H
#define KG_EXPORT_INT_H

#include <stddef.h>
#include <stdio.h>
#include <graphviz/cgraph.h>

#include "kgraph/common.h"
#include "kgraph/graph.h"
#include "kgraph/export.h"

/* The look of one entity type in DOT. */
struct kg_export_style {
	const char *shape;     /* a Graphviz node shape */
	const char *fillcolor; /* "#rrggbb", a pastel */
};

/* The style of type t (any value; out-of-range gets a neutral grey box).
 * Never NULL; points to a static table. */
const struct kg_export_style *kg_export__style(kg_type t);

/* Encode text as a DOT escString that Graphviz displays as text and that
 * agwrite/agread carry unchanged: '\' becomes "\\", a line break (LF, CRLF or
 * CR) becomes "\n", other control bytes and bytes that are not valid UTF-8
 * become ' ' and '?', and a space is appended after a final backslash (cgraph
 * 2.42 writes "...\\" unescaped, which would end the string early).  NULL is
 * encoded as "".  Returns a malloc'd string for free(), NULL when out of
 * memory. */
char *kg_export__dot_text(const char *text);

/* Length of the valid UTF-8 sequence of 2-4 bytes at s (s[0] >= 0x80), or 0
 * when it is not valid (overlong, surrogate, above U+10FFFF, truncated). */
size_t kg_export__utf8_seq(const unsigned char *s);

/* Text encoders (text.c) for the XML, RDF and CSV writers.  Each writes s
 * (NULL as "") to f and returns 0, or -1 when writing fails.  Input is
 * UTF-8; a byte that is not valid UTF-8 is dropped in XML, becomes U+FFFD in
 * RDF and is copied as it is in CSV. */

/* XML 1.0 character data or attribute value: & < > " ' as entities, TAB,
 * LF and CR as character references (so attribute values keep them), other
 * characters that XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF) dropped. */
int kg_export__xml(FILE *f, const char *s);

/* An N-Triples/Turtle string literal with its quotes: \" \\ \n \r \t
 * escaped, other control characters as \uXXXX. */
int kg_export__rdf_literal(FILE *f, const char *s);

/* An IRI <base + local> with local percent-encoded (everything but ASCII
 * letters, digits, '-', '.', '_', '~' and ':'). */
int kg_export__iri(FILE *f, const char *base, const char *local);

/* A CSV field for neo4j-admin import: always quoted, '"' doubled; line
 * breaks kept (import needs --multiline-fields=true for them). */
int kg_export__csv(FILE *f, const char *s);

/* Start capturing cgraph/gvc messages (agseterrf) so that Graphviz prints
 * nothing itself; every export entry point brackets its Graphviz calls with
 * begin/end.  Not thread-safe: cgraph's handler is process-global. */
void kg_export__errors_begin(void);

/* The messages captured since begin, one line, "" when none. */
const char *kg_export__errors_text(void);

/* Stop capturing and restore the previous handler. */
void kg_export__errors_end(void);

/* What kg_export__build draws (NULL: everything, no clusters, no diff). */
struct kg_export__draw {
	const unsigned char *keep;      /* NULL, or g->nnodes flags */
	const unsigned char *keep_edge; /* NULL, or g->nedges flags */
	kg_cluster_by cluster;
	const unsigned char *diff; /* NULL, or g->nedges KG_DIFF_* marks */
	const char *diff_since;    /* NULL, or the date of a --diff-since */
};

/* An empty cgraph digraph "kgraph" whose object IDs follow creation order
 * (dot_ids.c): cgraph orders subgraphs by ID, so agwrite prints the clusters
 * in the order they were created, whatever the memory addresses.  NULL when
 * out of memory; close with agclose.  Every graph export/ builds comes from
 * here. */
Agraph_t *kg_export__agopen(void);

/* Build the cgraph digraph "kgraph" for g (styles, tooltips, clusters,
 * legend) into *out: nodes and edges in g's array order.  Only kept nodes,
 * and kept edges between two of them, are drawn.  Returns KG_OK and a graph
 * the caller closes with agclose, or KG_ENOMEM / KG_EINVALID (two nodes
 * with the same key) / KG_ERROR with *out = NULL.  Call between
 * kg_export__errors_begin and _end. */
int kg_export__build(Agraph_t **out,
                     const kg_graph *g,
                     const struct kg_export__draw *d,
                     kg_err *err);

/* The attributes one node or edge sets (dot.c), the same for the cgraph
 * graph and for the DOT written directly (dot_write.c): in name order, as
 * agwrite prints them, values already DOT text, those equal to the declared
 * default left out. */
#define KG_LOOK_MAX 6
struct kg_export__look {
	size_t n;                       /* attributes set, <= KG_LOOK_MAX */
	const char *name[KG_LOOK_MAX];  /* ascending */
	const char *value[KG_LOOK_MAX]; /* may point into text or num */
	char *text[2];                  /* malloc'd label and tooltip */
	char num[16];                   /* penwidth */
};

/* The look of node n, or of edge e with diff mark (KG_DIFF_*): KG_OK, or
 * KG_ENOMEM with nothing to free.  Free with kg_export__look_free. */
int kg_export__node_look(struct kg_export__look *l, const kg_gnode *n);
int kg_export__edge_look(struct kg_export__look *l,
                         const kg_gedge *e,
                         int mark);
void kg_export__look_free(struct kg_export__look *l);

/* The skeleton of kg_export__build's graph for g and d (the defaults and the
 * legend, no node or edge of g) as agwrite prints it, without the closing
 * "}\n": malloc'd into *out (length *len), KG_OK, or an error with *out =
 * NULL.  Call between kg_export__errors_begin and _end. */
int kg_export__skeleton(char **out,
                        size_t *len,
                        const kg_graph *g,
                        const struct kg_export__draw *d,
                        kg_err *err);

/* Write what agwrite writes for kg_export__build's graph of all of g
 * without clusters (d->keep, d->keep_edge NULL, d->cluster NONE), without
 * building it (dot_write.c): KG_OK, KG_ENOMEM, KG_EINVALID (two nodes with
 * the same key), KG_ERROR or KG_EIO. */
int kg_export__dot_write(FILE *f,
                         const kg_graph *g,
                         const struct kg_export__draw *d,
                         kg_err *err);

/* s as agwrite prints a name or value (cgraph's agstrcanon): as it is when
 * it is an ID or a number, else in quotes with '"' escaped and a
 * backslash-newline after every 128 characters or so.  Returns s or buf;
 * buf must hold 3 * strlen(s) + 8 bytes. */
const char *kg_export__canon(const char *s, char *buf);

/* cgraph 2.42 declares names as char * but only reads them (agstrdup). */
char *kg_export__unconst(const char *s);

/* Set a declared attribute to a value that is already DOT text. */
int kg_export__set(void *obj, const char *name, const char *value);

/* The frame of each node under mode by (cluster.c): out[i] is the index
 * of node i's event (KG_CLUSTER_EVENT), its type (KG_CLUSTER_TYPE), or
 * SIZE_MAX for no frame.  Only kept nodes (keep NULL: all) and kept edges
 * count.  Returns a malloc'd array, NULL when out of memory. */
size_t *kg_export__frames(const kg_graph *g, const struct kg_export__draw *d);

/* Add the cluster subgraph of frame number frame to ag (or find it);
 * NULL on failure. */
Agraph_t *kg_export__frame_graph(Agraph_t *ag,
                                 const kg_graph *g,
                                 kg_cluster_by by,
                                 size_t frame);

/* Add the cluster subgraphs of all frames that frames (from
 * kg_export__frames) uses to ag, in ascending frame number: types in
 * kg_type order (the legend's), events in node order.  Called before any
 * node is added, this fixes the order agwrite prints them in (with
 * kg_export__agopen's IDs).  KG_OK, KG_ENOMEM or KG_ERROR. */
int kg_export__frame_graphs(Agraph_t *ag,
                            const kg_graph *g,
                            kg_cluster_by by,
                            const size_t *frames);

/* The nodes of the diff of gs[0] (old) and gs[1] (new) into m (diff_match.c,
 * the matching rule is at its top): keys n1, n2, ... in (label, type) order,
 * type and aliases from new when matched; map[side][i] is the merged index
 * of node i of that side.  0, or -1 when out of memory (m holds what was
 * made, for the caller to free). */
int kg_export__diff_nodes(kg_graph *m,
                          const kg_graph *const gs[2],
                          size_t *map[2]);

/* The legend (legend.c): the types present, line styles, the frames and
 * the diff colours when used. */
int kg_export__legend(Agraph_t *ag,
                      const kg_graph *g,
                      const struct kg_export__draw *d,
                      kg_err *err);

#define KG_NEGATED_COLOR "#c62828" /* dark red: the text denies this fact */

/* Diff edge colours (dot.c and legend.c). */
#define KG_DIFF_ADDED_COLOR "#2e7d32"   /* green */
#define KG_DIFF_REMOVED_COLOR "#c62828" /* red */
#define KG_DIFF_COMMON_COLOR "#bdbdbd"  /* light grey */

/* Frame colours (cluster.c and legend.c). */
#define KG_FRAME_TYPE_COLOR "#90a4ae"  /* blue grey */
#define KG_FRAME_EVENT_COLOR "#ad1457" /* dark pink, as EVENT's fill */

#endif
