/* include/kgraph/export.h - writing a kg_graph as DOT, JSON, SVG or PNG
 *
 * DOT goes through cgraph (agwrite), JSON through cJSON, pictures through
 * gvc.  Output is byte-for-byte deterministic for the same graph.
 */
#ifndef KGRAPH_EXPORT_H
#define KGRAPH_EXPORT_H

#include <stdio.h>
#include "common.h"
#include "graph.h"

/* Write g as a DOT digraph to f: nodes shaped and coloured by type, edges
 * labelled with the predicate, former/planned/reported facts dashed, a
 * legend cluster.  KG_EIO when writing fails. */
int kg_export_dot(const kg_graph *g, FILE *f, kg_err *err);

/* Write g as D3 node-link JSON: {"nodes":[{id,label,type,aliases}],
 * "links":[{source,target,predicate,status,negated,support,doc,sentence,
 * evidence,rule}]}. */
int kg_export_json(const kg_graph *g, FILE *f, kg_err *err);

/* Lay g out and render it to path; the format comes from the extension
 * (.svg, .png, .pdf).  KG_EINVALID for an unknown extension. */
int kg_export_render(const kg_graph *g, const char *path, kg_err *err);

/* ---- formats for other tools (docs/export.md has each layout) ---------- */

/* GraphML for Gephi, yEd and Cytoscape desktop: node data label, type,
 * aliases (a JSON array string); edge data predicate, status, negated,
 * support, doc, sentence, evidence, rule, fact_id.  Written as text: &<>"'
 * and line breaks escaped, characters XML 1.0 forbids dropped. */
int kg_export_graphml(const kg_graph *g, FILE *f, kg_err *err);

/* GEXF 1.2 for Gephi: the same fields as attvalues, edge weight = support. */
int kg_export_gexf(const kg_graph *g, FILE *f, kg_err *err);

/* Cytoscape.js elements JSON: {"elements":{"nodes":[{"data":{...}}],
 * "edges":[{"data":{id,source,target,...}}]}}. */
int kg_export_cytoscape(const kg_graph *g, FILE *f, kg_err *err);

/* JSON Lines: one fact per line, {"subject":{id,label,type,aliases},
 * "object":{...},predicate,status,negated,support,doc,sentence,evidence,
 * rule,fact_id}. */
int kg_export_jsonl(const kg_graph *g, FILE *f, kg_err *err);

/* The two files of neo4j-admin database import: nodes (:ID,name,:LABEL) and
 * relationships (:START_ID,:END_ID,:TYPE, then the evidence properties). */
int kg_export_csv_nodes(const kg_graph *g, FILE *f, kg_err *err);
int kg_export_csv_relationships(const kg_graph *g, FILE *f, kg_err *err);

/* RDF, with every IRI minted under base (NULL: KG_EXPORT_DEFAULT_BASE):
 * nodes, a direct triple per asserted fact, and each fact reified as an
 * rdf:Statement with its evidence.  KG_EINVALID for a bad base. */
#define KG_EXPORT_DEFAULT_BASE "urn:kgraph:"
int kg_export_ntriples(const kg_graph *g,
                       FILE *f,
                       const char *base,
                       kg_err *err);
int kg_export_turtle(const kg_graph *g, FILE *f, const char *base, kg_err *err);

/* KG_OK when base can start an IRI (a scheme, no space, <>"{}|^`\ or
 * control characters), else KG_EINVALID with a message. */
int kg_export_check_base(const char *base, kg_err *err);

/* ---- diagrams: clusters, size caps, diffs (docs/export.md) ------------ */

typedef enum kg_cluster_by {
	KG_CLUSTER_NONE = 0,
	KG_CLUSTER_TYPE, /* one frame per entity type */
	KG_CLUSTER_EVENT /* one frame per event: it, its attendees, places and
	                    date (a node shared by events goes to the first) */
} kg_cluster_by;

/* Per-edge marks of a diff drawing (kg_draw_opts.diff). */
enum {
	KG_DIFF_NONE = 0, /* drawn as usual */
	KG_DIFF_COMMON,   /* in both graphs: grey */
	KG_DIFF_ADDED,    /* only in the new graph: green */
	KG_DIFF_REMOVED   /* only in the old graph: red, dashed */
};

/* Most nodes render draws with each kind of engine (the rest is left out,
 * the least-supported facts first). */
#define KG_RENDER_DOT_MAX_NODES 150
#define KG_RENDER_SFDP_MAX_NODES 2000
/* With clusters, which only dot draws, dot is used up to this many. */
#define KG_RENDER_DOT_CLUSTER_MAX_NODES 300

typedef struct kg_draw_opts {
	kg_cluster_by cluster;
	const unsigned char *diff; /* NULL, or g->nedges KG_DIFF_* marks */
	size_t max_nodes;          /* render: most nodes drawn; 0 = by engine */
	const char *engine;        /* render: layout engine; NULL = by size */
	/* set by kg_export_render_with: */
	size_t drawn_nodes, drawn_edges;
	const char *used_engine; /* static string */
	/* NULL, or YYYY-MM-DD: the diff marks say "first stated on or after
	 * this date" (ADDED) and "stated before it" (COMMON) in the legend */
	const char *diff_since;
} kg_draw_opts;
#define KG_DRAW_OPTS_INIT                                                      \
	{                                                                      \
		KG_CLUSTER_NONE, NULL, 0, NULL, 0, 0, NULL, NULL               \
	}

/* kg_export_dot with clusters and diff colours (opts NULL: as
 * kg_export_dot).  Never capped. */
int kg_export_dot_with(const kg_graph *g,
                       FILE *f,
                       const kg_draw_opts *opts,
                       kg_err *err);

/* kg_export_render with options: the engine is dot up to
 * KG_RENDER_DOT_MAX_NODES nodes, else sfdp (neato, then dot, when not
 * installed); a bigger graph is cut down to the nodes of its most-supported
 * facts (max_nodes, or the engine's cap).  opts->drawn_nodes/_edges and
 * used_engine say what was drawn.  kg_export_render is this with defaults. */
int kg_export_render_with(const kg_graph *g,
                          const char *path,
                          kg_draw_opts *opts,
                          kg_err *err);

/* DOT of what changed from old to new: the union of both graphs, nodes
 * matched by type and names (canonical or alias; export/diff_match.c and
 * docs/export.md give the rule), facts by (subject, predicate, object,
 * status); facts only in new green, only in old red dashed, in both grey.
 * counts (may be NULL) gets the number of facts added, removed and common.
 * Nodes come sorted by label and type, facts by the key above. */
int kg_export_diff(const kg_graph *old_g,
                   const kg_graph *new_g,
                   FILE *f,
                   size_t counts[3],
                   kg_err *err);

/* kg_export_diff with drawing options (opts may be NULL; its diff field is
 * ignored: the marks are the diff's). */
int kg_export_diff_dot(const kg_graph *old_g,
                       const kg_graph *new_g,
                       FILE *f,
                       const kg_draw_opts *opts,
                       size_t counts[3],
                       kg_err *err);

/* The same diff rendered to path by kg_export_render_with (format from the
 * extension, engine by size, the cap keeping changed facts first); opts'
 * drawn_* fields say what was drawn of the merged graph, whose node and
 * fact counts go to total[0] and total[1] (may be NULL). */
int kg_export_diff_render(const kg_graph *old_g,
                          const kg_graph *new_g,
                          const char *path,
                          kg_draw_opts *opts,
                          size_t counts[3],
                          size_t total[2],
                          kg_err *err);

#endif
