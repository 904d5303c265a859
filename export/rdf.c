/* export/rdf.c - a kg_graph as RDF: N-Triples and Turtle
 *
 * Every IRI is minted under a base (KG_EXPORT_DEFAULT_BASE "urn:kgraph:"
 * unless the caller gives one): nodes are base + key percent-encoded
 * (urn:kgraph:e12, urn:kgraph:date:2025-08-15), facts base + "fact" + id,
 * and the vocabulary base + name (types urn:kgraph:PERSON, predicates
 * urn:kgraph:holds_office, properties urn:kgraph:status ...).  Each node has
 * rdf:type, rdfs:label and one base:alias per alias.  Each fact is a direct
 * triple (s base:pred o), left out when the fact is negated, and a reified
 * rdf:Statement carrying status, negated, support, doc, sentence, evidence,
 * rule.  Both formats write the same triples in the same order.
 */
#include <assert.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "kgraph/export.h"
#include "export_int.h"

#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define XSD "http://www.w3.org/2001/XMLSchema#"

typedef struct rdfw {
	FILE *f;
	const char *base;
	int turtle;
} rdfw;

/* A vocabulary term: kg:name in Turtle, <base + name> in N-Triples. */
static void term(const rdfw *w, const char *name)
{
	if (w->turtle)
		fprintf(w->f, "kg:%s", name);
	else
		kg_export__iri(w->f, w->base, name);
}

/* A term of the rdf or rdfs vocabularies (prefix "rdf" or "rdfs"). */
static void std_term(const rdfw *w, const char *prefix, const char *name)
{
	if (w->turtle)
		fprintf(w->f, "%s:%s", prefix, name);
	else
		fprintf(w->f, "<%s%s>", strcmp(prefix, "rdf") ? RDFS : RDF,
		        name);
}

static void fact_iri(const rdfw *w, const kg_gedge *e)
{
	char local[40];

	snprintf(local, sizeof(local), "fact%" PRId64, e->fact_id);
	kg_export__iri(w->f, w->base, local);
}

/* A typed literal: bare in Turtle (integer, boolean), ^^xsd in N-Triples. */
static void typed(const rdfw *w, const char *value, const char *xsd_type)
{
	if (w->turtle)
		fputs(value, w->f);
	else
		fprintf(w->f, "\"%s\"^^<" XSD "%s>", value, xsd_type);
}

static void end_triple(const rdfw *w)
{
	fputs(" .\n", w->f);
}

static void node_triples(const rdfw *w, const kg_gnode *n)
{
	size_t i;

	kg_export__iri(w->f, w->base, n->key);
	fputc(' ', w->f);
	std_term(w, "rdf", "type");
	fputc(' ', w->f);
	term(w, kg_type_name(n->type));
	end_triple(w);
	kg_export__iri(w->f, w->base, n->key);
	fputc(' ', w->f);
	std_term(w, "rdfs", "label");
	fputc(' ', w->f);
	kg_export__rdf_literal(w->f, n->label);
	end_triple(w);
	for (i = 0; i < n->naliases; i++) {
		kg_export__iri(w->f, w->base, n->key);
		fputc(' ', w->f);
		term(w, "alias");
		fputc(' ', w->f);
		kg_export__rdf_literal(w->f, n->aliases[i]);
		end_triple(w);
	}
}

/* "<fact> " at the start of a statement triple. */
static void about(const rdfw *w, const kg_gedge *e)
{
	fact_iri(w, e);
	fputc(' ', w->f);
}

static void
fact_text(const rdfw *w, const kg_gedge *e, const char *p, const char *value)
{
	if (value == NULL)
		return;
	about(w, e);
	term(w, p);
	fputc(' ', w->f);
	kg_export__rdf_literal(w->f, value);
	end_triple(w);
}

static void fact_typed(const rdfw *w,
                       const kg_gedge *e,
                       const char *p,
                       const char *value,
                       const char *xsd_type)
{
	about(w, e);
	term(w, p);
	fputc(' ', w->f);
	typed(w, value, xsd_type);
	end_triple(w);
}

static void fact_triples(const rdfw *w, const kg_graph *g, const kg_gedge *e)
{
	const char *s = g->nodes[e->source].key, *o = g->nodes[e->target].key;
	const char *p = kg_pred_name(e->pred);
	char num[32];

	if (!e->negated) {
		kg_export__iri(w->f, w->base, s);
		fputc(' ', w->f);
		term(w, p);
		fputc(' ', w->f);
		kg_export__iri(w->f, w->base, o);
		end_triple(w);
	}
	about(w, e);
	std_term(w, "rdf", "type");
	fputc(' ', w->f);
	std_term(w, "rdf", "Statement");
	end_triple(w);
	about(w, e);
	std_term(w, "rdf", "subject");
	fputc(' ', w->f);
	kg_export__iri(w->f, w->base, s);
	end_triple(w);
	about(w, e);
	std_term(w, "rdf", "predicate");
	fputc(' ', w->f);
	term(w, p);
	end_triple(w);
	about(w, e);
	std_term(w, "rdf", "object");
	fputc(' ', w->f);
	kg_export__iri(w->f, w->base, o);
	end_triple(w);
	fact_text(w, e, "status", kg_status_name(e->status));
	fact_typed(w, e, "negated", e->negated ? "true" : "false", "boolean");
	snprintf(num, sizeof(num), "%d", e->support);
	fact_typed(w, e, "support", num, "integer");
	fact_text(w, e, "doc", e->doc);
	snprintf(num, sizeof(num), "%" PRId64, e->sentence);
	fact_typed(w, e, "sentence", num, "integer");
	fact_text(w, e, "evidence", e->evidence);
	fact_text(w, e, "rule", e->rule);
}

int kg_export_check_base(const char *base, kg_err *err)
{
	const unsigned char *s = (const unsigned char *)base;
	const char *colon = strchr(base, ':');

	if (colon == NULL || colon == base)
		return kg_err_set(
		        err, KG_EINVALID,
		        "base IRI '%s' has no scheme (e.g. urn:kgraph:)", base);
	for (; *s; s++)
		if (*s <= 0x20 || *s == 0x7F || strchr("<>\"{}|^`\\", *s))
			return kg_err_set(err, KG_EINVALID,
			                  "base IRI '%s' holds a character not "
			                  "allowed in an IRI",
			                  base);
	return KG_OK;
}

static int
write_rdf(const kg_graph *g, FILE *f, const char *base, int turtle, kg_err *err)
{
	rdfw w = { f, base ? base : KG_EXPORT_DEFAULT_BASE, turtle };
	size_t i;
	int rc;

	assert(g != NULL && f != NULL);
	if ((rc = kg_export_check_base(w.base, err)) != KG_OK)
		return rc;
	if (turtle) {
		fputs("@prefix rdf: <" RDF "> .\n@prefix rdfs: <" RDFS "> .\n",
		      f);
		fputs("@prefix kg: ", f);
		kg_export__iri(f, w.base, "");
		fputs(" .\n\n", f);
	}
	for (i = 0; i < g->nnodes; i++)
		node_triples(&w, &g->nodes[i]);
	for (i = 0; i < g->nedges; i++)
		fact_triples(&w, g, &g->edges[i]);
	if (fflush(f) != 0 || ferror(f))
		return kg_err_set(err, KG_EIO, "cannot write RDF output");
	return KG_OK;
}

int kg_export_ntriples(const kg_graph *g,
                       FILE *f,
                       const char *base,
                       kg_err *err)
{
	return write_rdf(g, f, base, 0, err);
}

int kg_export_turtle(const kg_graph *g, FILE *f, const char *base, kg_err *err)
{
	return write_rdf(g, f, base, 1, err);
}
