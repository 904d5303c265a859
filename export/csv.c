/* export/csv.c - a kg_graph as the two CSV files of neo4j-admin import
 *
 * nodes.csv:          :ID,name,:LABEL,key
 * relationships.csv:  :START_ID,:END_ID,:TYPE,status,negated:boolean,
 *                     support:int,doc,sentence:long,evidence,rule,
 *                     fact_id:long
 * Text fields are always quoted with '"' doubled inside (Neo4j's default
 * quoting; backslash is not special unless --legacy-style-quoting), numbers
 * and booleans are bare, and a missing value (doc NULL) is an empty unquoted
 * field, which Neo4j reads as "no property".  Evidence may hold line breaks:
 * import with --multiline-fields=true.  The relationship type is the
 * predicate in upper case (HOLDS_OFFICE), Neo4j's convention.
 */
#include <assert.h>
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>

#include "kgraph/export.h"
#include "export_int.h"

static int finish(FILE *f, kg_err *err)
{
	if (fflush(f) != 0 || ferror(f))
		return kg_err_set(err, KG_EIO, "cannot write CSV output");
	return KG_OK;
}

int kg_export_csv_nodes(const kg_graph *g, FILE *f, kg_err *err)
{
	size_t i;

	assert(g != NULL && f != NULL);
	fputs(":ID,name,:LABEL\n", f);
	for (i = 0; i < g->nnodes; i++) {
		const kg_gnode *n = &g->nodes[i];

		kg_export__csv(f, n->key);
		fputc(',', f);
		kg_export__csv(f, n->label);
		fputc(',', f);
		kg_export__csv(f, kg_type_name(n->type));
		fputc('\n', f);
	}
	return finish(f, err);
}

static void csv_opt(FILE *f, const char *s)
{
	fputc(',', f);
	if (s != NULL)
		kg_export__csv(f, s);
}

int kg_export_csv_relationships(const kg_graph *g, FILE *f, kg_err *err)
{
	size_t i;

	assert(g != NULL && f != NULL);
	fputs(":START_ID,:END_ID,:TYPE,status,negated:boolean,support:int,"
	      "doc,sentence:long,evidence,rule,fact_id:long\n",
	      f);
	for (i = 0; i < g->nedges; i++) {
		const kg_gedge *e = &g->edges[i];
		const char *p = kg_pred_name(e->pred);

		kg_export__csv(f, g->nodes[e->source].key);
		fputc(',', f);
		kg_export__csv(f, g->nodes[e->target].key);
		fputs(",\"", f);
		for (; p && *p; p++)
			fputc(toupper((unsigned char)*p), f);
		fputs("\",", f);
		kg_export__csv(f, kg_status_name(e->status));
		fprintf(f, ",%s,%d", e->negated ? "true" : "false", e->support);
		csv_opt(f, e->doc);
		fprintf(f, ",%" PRId64, e->sentence);
		csv_opt(f, e->evidence);
		csv_opt(f, e->rule);
		fprintf(f, ",%" PRId64 "\n", e->fact_id);
	}
	return finish(f, err);
}
