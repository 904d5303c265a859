/* schema/doc.c - a deep copy of a kg_doc in one block
 *
 * kgraph ingest -j N hands each worker's document to the writing thread as
 * such a copy (cli/par.c), and the store keeps one of every document of an
 * open batch, to write them again when a later document fails
 * (graph/put.c).
 */
#include <stdlib.h>
#include <string.h>

#include "kgraph/doc.h"

static size_t opt_len(const char *s)
{
	return s != NULL ? strlen(s) + 1 : 0;
}

/* Copy s[0..n) and a NUL to *at and advance it; NULL stays NULL. */
static const char *put_str(char **at, const char *s, size_t n)
{
	char *d = *at;

	if (s == NULL)
		return NULL;
	memcpy(d, s, n);
	d[n] = '\0';
	*at += n + 1;
	return d;
}

static const char *dup_str(char **at, const char *s)
{
	return put_str(at, s, s != NULL ? strlen(s) : 0);
}

static size_t doc_strings(const kg_doc *doc)
{
	size_t n = opt_len(doc->id) + opt_len(doc->url) + opt_len(doc->title) +
	           opt_len(doc->published) + opt_len(doc->version) + doc->len +
	           1;

	for (size_t i = 0; i < doc->nentities; i++) {
		n += opt_len(doc->entities[i].name);
		for (size_t k = 0; k < doc->entities[i].naliases; k++)
			n += opt_len(doc->entities[i].aliases[k]);
	}
	for (size_t i = 0; i < doc->nfacts; i++)
		n += opt_len(doc->facts[i].literal) +
		     opt_len(doc->facts[i].rule) +
		     opt_len(doc->facts[i].valid_from) +
		     opt_len(doc->facts[i].valid_to);
	return n;
}

/* Copy an array of n bytes to *at and advance it; from may be NULL when n
 * is 0 (a document without facts has facts == NULL, and memcpy(at, NULL,
 * 0) is undefined).  Returns where it went. */
static void *place(char **at, const void *from, size_t n)
{
	void *to = *at;

	if (n > 0)
		memcpy(to, from, n);
	*at += n;
	return to;
}

/* Copy the arrays of doc to *at (pointer-aligned) and fix up d. */
static char *copy_arrays(kg_doc *d, const kg_doc *doc, char *at)
{
	size_t na = 0;
	const char **alias;

	d->sentences = place(&at, doc->sentences,
	                     doc->nsentences * sizeof(*doc->sentences));
	d->mentions = place(&at, doc->mentions,
	                    doc->nmentions * sizeof(*doc->mentions));
	d->facts = place(&at, doc->facts, doc->nfacts * sizeof(*doc->facts));
	d->entities = place(&at, doc->entities,
	                    doc->nentities * sizeof(*doc->entities));
	alias = (const char **)(void *)at;
	for (size_t i = 0; i < doc->nentities; i++) {
		((kg_doc_entity *)&d->entities[i])->aliases = alias + na;
		na += doc->entities[i].naliases;
	}
	return at + na * sizeof(char *);
}

kg_doc *kg_doc_clone(const kg_doc *doc, size_t *bytes)
{
	size_t na = 0, arrays, size;
	kg_doc *d;
	char *at;

	for (size_t i = 0; i < doc->nentities; i++)
		na += doc->entities[i].naliases;
	arrays = sizeof(*d) + doc->nsentences * sizeof(*doc->sentences) +
	         doc->nmentions * sizeof(*doc->mentions) +
	         doc->nfacts * sizeof(*doc->facts) +
	         doc->nentities * sizeof(*doc->entities) + na * sizeof(char *);
	size = arrays + doc_strings(doc);
	if ((d = malloc(size)) == NULL)
		return NULL;
	if (bytes != NULL)
		*bytes = size;
	*d = *doc;
	at = copy_arrays(d, doc, (char *)(d + 1));
	d->id = dup_str(&at, doc->id);
	d->url = dup_str(&at, doc->url);
	d->title = dup_str(&at, doc->title);
	d->published = dup_str(&at, doc->published);
	d->version = dup_str(&at, doc->version);
	d->text = put_str(&at, doc->text ? doc->text : "", doc->len);
	for (size_t i = 0; i < doc->nentities; i++) {
		kg_doc_entity *e = (kg_doc_entity *)&d->entities[i];
		const char **al = (const char **)e->aliases;

		e->name = dup_str(&at, doc->entities[i].name);
		for (size_t k = 0; k < e->naliases; k++)
			al[k] = dup_str(&at, doc->entities[i].aliases[k]);
	}
	for (size_t i = 0; i < doc->nfacts; i++) {
		kg_doc_fact *f = (kg_doc_fact *)&d->facts[i];

		f->literal = dup_str(&at, f->literal);
		f->rule = dup_str(&at, f->rule);
		f->valid_from = dup_str(&at, f->valid_from);
		f->valid_to = dup_str(&at, f->valid_to);
	}
	return d;
}
