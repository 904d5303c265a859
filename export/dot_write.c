/* export/dot_write.c - DOT of a whole graph written directly, byte for byte
 * as agwrite writes the graph kg_export__build makes
 *
 * For 100,000 nodes and 300,000 edges, creating the cgraph objects, setting
 * their attributes, writing and closing the graph took four times as long as
 * loading it from the database.  Only the skeleton (the attribute defaults
 * and the legend cluster) still goes through cgraph; the nodes and edges are
 * written here in agwrite's order:
 *
 * - nodes in creation order (g's array order); each edge under its tail, a
 *   tail's edges by head (creation order), then in creation order;
 * - a node is written, with its attributes, at the first of: its own turn,
 *   or the turn of a tail whose edge reaches it, if no edge comes to it from
 *   an earlier node and it is not earlier itself (write_node_test);
 * - names and values as agstrcanon prints them (kg_export__canon).
 *
 * tests/test_export.c compares this with agwrite on hostile text.
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "export_int.h"

#define MAX_OUTPUTLINE 128 /* cgraph's line length for long strings */

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int is_alnum(unsigned char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* After such a character cgraph may break a long string. */
static int is_id_char(unsigned char c)
{
	return is_alnum(c) || c == '.' || c == '-' || c >= 0x80;
}

/* Whether agstrcanon must quote s; copies s to p with '"' escaped and the
 * line breaks of long strings, and sets *cnt to the characters since the
 * last break. */
static int quote_into(const char *s, char *p, char **end, size_t *cnt)
{
	const unsigned char *u = (const unsigned char *)s;
	int maybe_num = is_digit(u[0]) || u[0] == '.' || u[0] == '-';
	int quote = 0, pending = 0;
	size_t dots = 0;

	*cnt = 0;
	for (; *u; u++) {
		unsigned char c = *u, next = u[1];

		if (c == '"') {
			*p++ = '\\';
			quote = 1;
		} else if (maybe_num) {
			if ((c == '-' && *cnt) || (c == '.' && dots++) ||
			    (c != '-' && c != '.' && !is_digit(c))) {
				maybe_num = 0;
				quote = 1;
			}
		} else if (!is_alnum(c) && c != '_' && c < 0x80) {
			quote = 1;
		}
		*p++ = (char)c;
		++*cnt;
		if (next == '\0')
			break;
		/* break only between a non-ID character (not a backslash)
		 * and an ID character */
		if ((pending || *cnt >= MAX_OUTPUTLINE) && !is_id_char(c) &&
		    c != '\\' && is_id_char(next)) {
			*p++ = '\\';
			*p++ = '\n';
			quote = 1;
			pending = 0;
			*cnt = 0;
		} else if (*cnt >= MAX_OUTPUTLINE) {
			pending = 1;
		}
	}
	*end = p;
	return quote;
}

const char *kg_export__canon(const char *s, char *buf)
{
	static const char *const keywords[] = {
		"node", "edge", "strict", "graph", "digraph", "subgraph"
	};
	size_t cnt, i;
	char *end;

	if (*s == '\0')
		return "\"\"";
	buf[0] = '"';
	if (quote_into(s, buf + 1, &end, &cnt) ||
	    (cnt == 1 && (s[0] == '.' || s[0] == '-')))
		goto quoted;
	for (i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++)
		if (strcasecmp(keywords[i], s) == 0)
			goto quoted;
	return s;
quoted:
	end[0] = '"';
	end[1] = '\0';
	return buf;
}

/* ---- the body ---------------------------------------------------------- */

enum { HAS_EDGE = 1, WRITTEN = 2, NONDEFAULT = 4 };

struct out_edge {
	size_t target, edge; /* head and index of an edge */
};

struct body {
	FILE *f;
	const kg_graph *g;
	const unsigned char *diff; /* NULL, or g->nedges KG_DIFF_* marks */
	char **names;              /* canonical name of each node */
	size_t *minpred;           /* least tail of an edge to i, SIZE_MAX */
	unsigned char *state;      /* HAS_EDGE | WRITTEN | NONDEFAULT */
	size_t *first;             /* out[first[i]..first[i + 1]): i's edges */
	struct out_edge *out;
	char *buf; /* kg_export__canon's scratch */
	size_t cap;
};

/* s through kg_export__canon, into b->buf when it needs quotes. */
static const char *canon(struct body *b, const char *s)
{
	size_t need = 3 * strlen(s) + 8;

	if (need > b->cap) {
		char *p = realloc(b->buf, need);

		if (p == NULL)
			return NULL;
		b->buf = p;
		b->cap = need;
	}
	return kg_export__canon(s, b->buf);
}

/* "\t[a=x,\n\t\tb=y]" as agwrite's write_nondefault_attrs at level 1. */
static int put_look(struct body *b, const struct kg_export__look *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		const char *v;

		fputs(i == 0 ? "\t[" : ",\n\t\t", b->f);
		fputs(l->name[i], b->f); /* plain IDs */
		putc('=', b->f);
		if ((v = canon(b, l->value[i])) == NULL)
			return KG_ENOMEM;
		fputs(v, b->f);
	}
	if (l->n > 0)
		putc(']', b->f);
	return KG_OK;
}

/* agwrite's write_node_test and write_node for node h at the turn of node
 * val; *wrote tells whether it was written. */
static int maybe_node(struct body *b, size_t h, size_t val, int *wrote)
{
	struct kg_export__look l;
	int rc;

	*wrote = 0;
	if (h < val || (b->minpred[h] != SIZE_MAX && b->minpred[h] < val))
		return KG_OK;
	if (b->state[h] & WRITTEN) {
		if ((b->state[h] & HAS_EDGE) && !(b->state[h] & NONDEFAULT))
			return KG_OK;
		fprintf(b->f, "\t%s;\n", b->names[h]);
		*wrote = 1;
		return KG_OK;
	}
	if ((rc = kg_export__node_look(&l, &b->g->nodes[h])) != KG_OK)
		return rc;
	if (l.n > 0 || !(b->state[h] & HAS_EDGE)) {
		putc('\t', b->f);
		fputs(b->names[h], b->f);
		rc = put_look(b, &l);
		fputs(";\n", b->f);
		b->state[h] |= WRITTEN | (l.n > 0 ? NONDEFAULT : 0);
		*wrote = 1;
	}
	kg_export__look_free(&l);
	return rc;
}

static int put_edge(struct body *b, size_t i)
{
	const kg_gedge *e = &b->g->edges[i];
	struct kg_export__look l;
	int rc = kg_export__edge_look(&l, e,
	                              b->diff ? b->diff[i] : KG_DIFF_NONE);

	if (rc != KG_OK)
		return rc;
	fprintf(b->f, "\t%s -> %s", b->names[e->source], b->names[e->target]);
	rc = put_look(b, &l);
	fputs(";\n", b->f);
	kg_export__look_free(&l);
	return rc;
}

static int write_body(struct body *b)
{
	size_t n, k;
	int rc = KG_OK, wrote;

	for (n = 0; n < b->g->nnodes && rc == KG_OK; n++) {
		size_t prev = n;

		rc = maybe_node(b, n, n, &wrote);
		for (k = b->first[n]; k < b->first[n + 1] && rc == KG_OK; k++) {
			size_t h = b->out[k].target;

			if (h != prev &&
			    (rc = maybe_node(b, h, n, &wrote)) == KG_OK &&
			    wrote)
				prev = h;
			if (rc == KG_OK)
				rc = put_edge(b, b->out[k].edge);
		}
		if (ferror(b->f))
			rc = KG_EIO;
	}
	return rc;
}

/* ---- setting up --------------------------------------------------------- */

static int cmp_out(const void *a, const void *b)
{
	const struct out_edge *x = a, *y = b;

	if (x->target != y->target)
		return x->target < y->target ? -1 : 1;
	return (x->edge > y->edge) - (x->edge < y->edge);
}

/* Out-edge lists, sorted as cgraph keeps them; in-edge facts. */
static void index_edges(struct body *b)
{
	const kg_graph *g = b->g;
	size_t i;

	for (i = 0; i <= g->nnodes; i++)
		b->first[i] = 0;
	for (i = 0; i < g->nnodes; i++)
		b->minpred[i] = SIZE_MAX;
	for (i = 0; i < g->nedges; i++) {
		const kg_gedge *e = &g->edges[i];

		assert(e->source < g->nnodes && e->target < g->nnodes);
		b->first[e->source + 1]++;
		b->state[e->source] |= HAS_EDGE;
		b->state[e->target] |= HAS_EDGE;
		if (e->source < b->minpred[e->target])
			b->minpred[e->target] = e->source;
	}
	for (i = 0; i < g->nnodes; i++)
		b->first[i + 1] += b->first[i];
	for (i = 0; i < g->nedges; i++) {
		const kg_gedge *e = &g->edges[i];
		size_t k = b->first[e->source]++;

		b->out[k] = (struct out_edge){ e->target, i };
	}
	for (i = g->nnodes; i > 0; i--) /* back to the starts */
		b->first[i] = b->first[i - 1];
	b->first[0] = 0;
	for (i = 0; i < g->nnodes; i++)
		qsort(b->out + b->first[i], b->first[i + 1] - b->first[i],
		      sizeof(*b->out), cmp_out);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The canonical names; KG_EINVALID when two keys encode alike (agnode
 * would find the first again). */
static int
make_names(struct body *b, char **text, const char **sorted, kg_err *err)
{
	size_t i, n = b->g->nnodes;

	for (i = 0; i < n; i++) {
		const char *c;

		if ((text[i] = kg_export__dot_text(b->g->nodes[i].key)) == NULL)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
		sorted[i] = text[i];
		if ((c = canon(b, text[i])) == NULL ||
		    (b->names[i] = strdup(c)) == NULL)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
	}
	qsort(sorted, n, sizeof(*sorted), cmp_str);
	for (i = 1; i < n; i++)
		if (strcmp(sorted[i - 1], sorted[i]) == 0)
			return kg_err_set(err, KG_EINVALID,
			                  "two nodes with the key '%s'",
			                  sorted[i]);
	return KG_OK;
}

static void body_free(struct body *b, char **text)
{
	for (size_t i = 0; i < b->g->nnodes; i++) {
		if (b->names)
			free(b->names[i]);
		if (text)
			free(text[i]);
	}
	free(b->names);
	free(b->minpred);
	free(b->state);
	free(b->first);
	free(b->out);
	free(b->buf);
}

int kg_export__dot_write(FILE *f,
                         const kg_graph *g,
                         const struct kg_export__draw *d,
                         kg_err *err)
{
	size_t n = g->nnodes + 1;
	struct body b = {
		f, g, d->diff, NULL, NULL, NULL, NULL, NULL, NULL, 0
	};
	char **text = calloc(n, sizeof(*text));
	const char **sorted = calloc(n, sizeof(*sorted));
	char *head = NULL;
	size_t len;
	int rc;

	assert(d->keep == NULL && d->keep_edge == NULL &&
	       d->cluster == KG_CLUSTER_NONE);
	b.names = calloc(n, sizeof(*b.names));
	b.minpred = malloc(n * sizeof(*b.minpred));
	b.state = calloc(n, 1);
	b.first = malloc((n + 1) * sizeof(*b.first));
	b.out = malloc((g->nedges + 1) * sizeof(*b.out));
	if (!text || !sorted || !b.names || !b.minpred || !b.state ||
	    !b.first || !b.out)
		rc = kg_err_set(err, KG_ENOMEM, "out of memory");
	else
		rc = make_names(&b, text, sorted, err);
	if (rc == KG_OK)
		rc = kg_export__skeleton(&head, &len, g, d, err);
	if (rc == KG_OK) {
		index_edges(&b);
		fwrite(head, 1, len, f);
		rc = write_body(&b);
		fputs("}\n", f);
		if (rc == KG_ENOMEM)
			rc = kg_err_set(err, rc, "out of memory");
		else if (rc != KG_OK || ferror(f))
			rc = kg_err_set(err, KG_EIO, "cannot write DOT output");
	}
	free(head);
	free(sorted);
	body_free(&b, text);
	free(text);
	return rc;
}
