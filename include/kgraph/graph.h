/* include/kgraph/graph.h - an in-memory selection of the knowledge graph
 *
 * kg_store_load_graph (store.h) fills one; export/ draws or writes it.  Nodes
 * and edges come in a stable order (nodes by key, edges by source key,
 * predicate, target key, status), so the same database always gives the same
 * bytes out.
 */
#ifndef KGRAPH_GRAPH_H
#define KGRAPH_GRAPH_H

#include <stddef.h>
#include <stdint.h>
#include "schema.h"

typedef struct kg_gnode {
	char *key; /* "<type>:<name>" ("person:Abiy Ahmed", "#2" when two
	              share both) or "date:<value>": from content, not ids */
	int64_t entity_id; /* 0 for a DATE literal */
	kg_type type;
	char *label;    /* canonical name, or the date value */
	char **aliases; /* other names, sorted; naliases entries */
	size_t naliases;
} kg_gnode;

typedef struct kg_gedge {
	size_t source; /* index into kg_graph.nodes */
	size_t target; /* index into kg_graph.nodes */
	int64_t fact_id;
	kg_pred pred;
	kg_status status;
	int negated;
	int support;      /* number of distinct documents that state it */
	char *doc;        /* the first document that states it */
	int64_t sentence; /* its sentence number there, from 0 */
	char *evidence;   /* that sentence's text */
	char *rule;       /* the rule that produced that evidence */
} kg_gedge;

typedef struct kg_graph {
	kg_gnode *nodes;
	size_t nnodes;
	kg_gedge *edges;
	size_t nedges;
} kg_graph;

/* What to load.  Zeroed (KG_SELECT_INIT) means: every fact that is not
 * negated, with every node it touches. */
typedef struct kg_select {
	const char *entity; /* NULL, or a name (any alias, matched normalised):
	                       start of an ego network */
	int depth;          /* hops from entity (default 1 when entity set) */
	unsigned types;     /* bit (1u << kg_type) per type kept; 0 = all */
	unsigned preds;     /* bit (1u << kg_pred) per predicate; 0 = all */
	int with_negated;   /* 1 to include negated and reported facts */
	/* The fields below are honoured by kg_store_load_selection (store.h,
	 * graph/select_more.c), not by kg_store_load_graph. */
	const char *path_from; /* with path_to: only the shortest connection */
	const char *path_to;   /* between these two names (any alias) */
	const char *doc;       /* only facts stated in this document */
	const char *since;     /* YYYY-MM-DD: facts still valid on or after */
	const char *until;     /* YYYY-MM-DD: facts begun on or before */
	const char *as_of;     /* YYYY-MM-DD: facts valid on that day */
	int min_support;       /* only facts stated by at least N documents */
} kg_select;
#define KG_SELECT_INIT                                                         \
	{                                                                      \
		NULL, 0, 0u, 0u, 0, NULL, NULL, NULL, NULL, NULL, NULL, 0      \
	}

/* Free g and everything in it.  Accepts NULL. */
void kg_graph_free(kg_graph *g);

#endif
