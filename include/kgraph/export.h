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

#endif
