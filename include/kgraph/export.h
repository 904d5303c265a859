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

#endif
