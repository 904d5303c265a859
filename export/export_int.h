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

/* Most nodes kg_export_render lays out; bigger graphs are cut down to the
 * nodes of the most-supported edges (docs/export.md). */
#define KG_EXPORT_RENDER_MAX_NODES 5000

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

/* Build the cgraph digraph "kgraph" for g (styles, tooltips, legend) into
 * *out: nodes and edges in g's array order.  keep is NULL (every node) or
 * g->nnodes flags: only flagged nodes, and edges between two of them, are
 * drawn.  Returns KG_OK and a graph the caller closes with agclose, or
 * KG_ENOMEM / KG_EINVALID (two nodes with the same key) / KG_ERROR with
 * *out = NULL.  Call between kg_export__errors_begin and _end. */
int kg_export__build(Agraph_t **out,
                     const kg_graph *g,
                     const unsigned char *keep,
                     kg_err *err);

#endif
