/* cli/jsonl_doc.c - a kg_doc as one JSON line and back: the output of
 * kgraph extract and the input of kgraph ingest --from-jsonl
 *
 * Writing goes straight into a growing buffer (no cJSON tree: extract runs
 * over whole corpora and the tree would cost more than the extraction of a
 * short article); reading uses cJSON and keeps its tree alive, so the
 * document's strings point into it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "jsonl_doc.h"

typedef struct jbuf {
	char *p;
	size_t n, cap;
	int oom;
} jbuf;

static void jb_put(jbuf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		char *p;

		while (cap < b->n + n + 1)
			cap *= 2;
		if ((p = realloc(b->p, cap)) == NULL) {
			b->oom = 1;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void jb_lit(jbuf *b, const char *s)
{
	jb_put(b, s, strlen(s));
}

/* A number in decimal (printf costs more than the rest of a line). */
static void jb_num(jbuf *b, size_t v)
{
	char tmp[24], *p = tmp + sizeof(tmp);

	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	jb_put(b, p, (size_t)(tmp + sizeof(tmp) - p));
}

/* Does one of the 8 bytes at p need escaping in a JSON string (below 0x20,
 * '"' or '\\')?  May say yes for a byte after one that does. */
static int needs_escape8(const char *p)
{
	const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
	uint64_t x, q, bs;

	memcpy(&x, p, sizeof(x));
	q = x ^ (ones * '"');
	bs = x ^ (ones * '\\');
	return ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
	         ((bs - ones) & ~bs)) &
	        high) != 0;
}

/* The JSON escape of c (a control character, '"' or '\\') in esc, which
 * has room for 6 bytes; returns its length.  (snprintf cost ~500
 * instructions an escape, and news text has a newline or a quote in most
 * documents.) */
static size_t json_escape(unsigned char c, char *esc)
{
	static const char hex[] = "0123456789abcdef";

	esc[0] = '\\';
	switch (c) {
	case '"':
	case '\\':
		esc[1] = (char)c;
		return 2;
	case '\n':
		esc[1] = 'n';
		return 2;
	case '\t':
		esc[1] = 't';
		return 2;
	case '\r':
		esc[1] = 'r';
		return 2;
	default: /* "\u%04x" */
		memcpy(esc + 1, "u00", 3);
		esc[4] = hex[c >> 4];
		esc[5] = hex[c & 15];
		return 6;
	}
}

/* s[0..n) as a JSON string (valid UTF-8 is copied as is). */
static void jb_str(jbuf *b, const char *s, size_t n)
{
	size_t i, run = 0;

	jb_put(b, "\"", 1);
	for (i = 0; i < n; i++) {
		unsigned char c;
		char esc[8];

		/* eight bytes at a time while none needs escaping */
		while (i + 8 <= n && !needs_escape8(s + i))
			i += 8;
		if (i == n)
			break;
		if ((c = (unsigned char)s[i]) >= 0x20 && c != '"' && c != '\\')
			continue;
		jb_put(b, s + run, i - run);
		run = i + 1;
		jb_put(b, esc, json_escape(c, esc));
	}
	jb_put(b, s + run, n - run);
	jb_put(b, "\"", 1);
}

/* [v0,v1,...] of n numbers, after a comma unless first */
static void jb_nums(jbuf *b, const size_t *v, size_t n, int first)
{
	jb_lit(b, first ? "[" : ",[");
	for (size_t k = 0; k < n; k++) {
		if (k)
			jb_put(b, ",", 1);
		jb_num(b, v[k]);
	}
	jb_put(b, "]", 1);
}

/* "key":"value" or "key":null, with a leading comma unless first. */
static void jb_kv(jbuf *b, const char *key, const char *v, int first)
{
	if (!first)
		jb_put(b, ",", 1);
	jb_put(b, "\"", 1);
	jb_lit(b, key);
	jb_put(b, "\":", 2);
	if (v == NULL)
		jb_lit(b, "null");
	else
		jb_str(b, v, strlen(v));
}

static void entities_json(jbuf *b, const kg_doc *doc)
{
	jb_lit(b, ",\"entities\":[");
	for (size_t i = 0; i < doc->nentities; i++) {
		const kg_doc_entity *e = &doc->entities[i];

		jb_lit(b, i ? ",{\"i\":" : "{\"i\":");
		jb_num(b, i);
		jb_put(b, ",", 1);
		jb_kv(b, "type", kg_type_name(e->type), 1);
		jb_kv(b, "name", e->name, 0);
		jb_lit(b, ",\"aliases\":[");
		for (size_t k = 0; k < e->naliases; k++) {
			jb_lit(b, k ? "," : "");
			jb_str(b, e->aliases[k], strlen(e->aliases[k]));
		}
		jb_lit(b, "]}");
	}
	jb_lit(b, "]");
}

static void fact_json(jbuf *b, const kg_doc *doc, const kg_doc_fact *f)
{
	jb_lit(b, "{\"s\":");
	jb_num(b, f->subject);
	jb_put(b, ",", 1);
	jb_kv(b, "p", kg_pred_name(f->pred), 1);
	if (f->object == KG_NO_ENTITY)
		jb_lit(b, ",\"o\":null");
	else {
		jb_lit(b, ",\"o\":");
		jb_num(b, f->object);
	}
	jb_kv(b, "literal", f->literal, 0);
	jb_kv(b, "status", kg_status_name(f->status), 0);
	jb_lit(b, f->negated ? ",\"negated\":true" : ",\"negated\":false");
	jb_lit(b, ",\"sentence\":");
	jb_num(b, f->sentence);
	jb_lit(b, ",\"start\":");
	jb_num(b, f->start);
	jb_lit(b, ",\"end\":");
	jb_num(b, f->end);
	jb_kv(b, "rule", f->rule ? f->rule : "", 0);
	jb_kv(b, "valid_from", f->valid_from, 0);
	jb_kv(b, "valid_to", f->valid_to, 0);
	jb_lit(b, ",\"evidence\":");
	if (f->sentence < doc->nsentences &&
	    doc->sentences[f->sentence].start <=
	            doc->sentences[f->sentence].end &&
	    doc->sentences[f->sentence].end <= doc->len)
		jb_str(b, doc->text + doc->sentences[f->sentence].start,
		       doc->sentences[f->sentence].end -
		               doc->sentences[f->sentence].start);
	else
		jb_lit(b, "null");
	jb_lit(b, "}");
}

char *cli_doc_to_json(const kg_doc *doc, kg_err *err)
{
	jbuf b = { NULL, 0, 0, 0 };
	size_t i;

	jb_lit(&b, "{");
	jb_kv(&b, "doc", doc->id, 1);
	entities_json(&b, doc);
	jb_lit(&b, ",\"facts\":[");
	for (i = 0; i < doc->nfacts; i++) {
		jb_lit(&b, i ? "," : "");
		fact_json(&b, doc, &doc->facts[i]);
	}
	jb_lit(&b, "]");
	jb_kv(&b, "url", doc->url, 0);
	jb_kv(&b, "title", doc->title, 0);
	jb_kv(&b, "published", doc->published, 0);
	jb_kv(&b, "version", doc->version, 0);
	jb_lit(&b, ",\"sentences\":[");
	for (i = 0; i < doc->nsentences; i++) {
		size_t v[2] = { doc->sentences[i].start,
			        doc->sentences[i].end };

		jb_nums(&b, v, 2, i == 0);
	}
	jb_lit(&b, "],\"mentions\":[");
	for (i = 0; i < doc->nmentions; i++) {
		const kg_doc_mention *m = &doc->mentions[i];
		size_t v[4] = { m->entity, m->sentence, m->start, m->end };

		jb_nums(&b, v, 4, i == 0);
	}
	jb_lit(&b, "],\"text\":");
	jb_str(&b, doc->text, doc->len);
	jb_lit(&b, "}");
	if (b.oom) {
		free(b.p);
		kg_err_set(err, KG_ENOMEM, "out of memory");
		return NULL;
	}
	return b.p;
}

/* ---- reading ---- */

static int bad(kg_err *err, const char *what)
{
	return kg_err_set(err, KG_EINVALID, "not kgraph extract output: %s",
	                  what);
}

/* A string member (NULL when absent or null); *ok = 0 when it has
 * another type. */
static const char *str_of(const cJSON *o, const char *key, int *ok)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	if (v == NULL || cJSON_IsNull(v))
		return NULL;
	if (!cJSON_IsString(v))
		*ok = 0;
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* A non-negative integer (below 2^53); *ok = 0 otherwise. */
static size_t idx_of(const cJSON *v, int *ok)
{
	double x;

	if (!cJSON_IsNumber(v)) {
		*ok = 0;
		return 0;
	}
	x = v->valuedouble;
	if (!(x >= 0 && x < 9007199254740992.0) || x != (double)(size_t)x) {
		*ok = 0;
		return 0;
	}
	return (size_t)x;
}

static size_t idx_member(const cJSON *o, const char *key, int *ok)
{
	return idx_of(cJSON_GetObjectItemCaseSensitive(o, key), ok);
}

/* The array member key (an empty one is fine); NULL and *ok = 0 when it
 * is missing or not an array. */
static const cJSON *arr_of(const cJSON *o, const char *key, int *ok)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	if (!cJSON_IsArray(v))
		*ok = 0;
	return cJSON_IsArray(v) ? v : NULL;
}

static int read_entity(const cJSON *o,
                       size_t i,
                       kg_doc_entity *e,
                       const char **alias_mem,
                       kg_err *err)
{
	const char *type;
	const cJSON *al, *a;
	int ok = 1, t;

	type = str_of(o, "type", &ok);
	e->name = str_of(o, "name", &ok);
	al = arr_of(o, "aliases", &ok);
	if (!ok || idx_member(o, "i", &ok) != i || !ok || type == NULL ||
	    e->name == NULL)
		return bad(err, "bad entity");
	if ((t = kg_type_parse(type)) < 0 || t == KG_T_DATE)
		return bad(err, "bad entity type");
	e->type = (kg_type)t;
	e->aliases = alias_mem;
	e->naliases = 0;
	cJSON_ArrayForEach (a, al) {
		if (!cJSON_IsString(a))
			return bad(err, "bad alias");
		alias_mem[e->naliases++] = a->valuestring;
	}
	return KG_OK;
}

static int read_fact(const cJSON *o, kg_doc_fact *f, kg_err *err)
{
	const cJSON *obj = cJSON_GetObjectItemCaseSensitive(o, "o");
	const char *p, *status;
	int ok = 1, pi, si;

	memset(f, 0, sizeof(*f));
	f->subject = idx_member(o, "s", &ok);
	f->object = cJSON_IsNull(obj) ? KG_NO_ENTITY : idx_of(obj, &ok);
	f->sentence = idx_member(o, "sentence", &ok);
	f->start = idx_member(o, "start", &ok);
	f->end = idx_member(o, "end", &ok);
	p = str_of(o, "p", &ok);
	status = str_of(o, "status", &ok);
	f->literal = str_of(o, "literal", &ok);
	f->rule = str_of(o, "rule", &ok);
	f->valid_from = str_of(o, "valid_from", &ok);
	f->valid_to = str_of(o, "valid_to", &ok);
	f->negated =
	        cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "negated"));
	if (!ok || p == NULL || status == NULL)
		return bad(err, "bad fact");
	if ((pi = kg_pred_parse(p)) < 0 || (si = kg_status_parse(status)) < 0)
		return bad(err, "unknown predicate or status");
	f->pred = (kg_pred)pi;
	f->status = (kg_status)si;
	return KG_OK;
}

/* Read a [a, b] or [a, b, c, d] array of indices into v. */
static int read_tuple(const cJSON *t, size_t *v, int n)
{
	int ok = 1, k = 0;
	const cJSON *x;

	if (!cJSON_IsArray(t) || cJSON_GetArraySize(t) != n)
		return 0;
	cJSON_ArrayForEach (x, t)
		v[k++] = idx_of(x, &ok);
	return ok;
}

/* How many aliases there are in all entities. */
static size_t count_aliases(const cJSON *ents)
{
	const cJSON *e;
	size_t n = 0;

	cJSON_ArrayForEach (e, ents) {
		const cJSON *a = cJSON_GetObjectItemCaseSensitive(e, "aliases");

		n += cJSON_IsArray(a) ? (size_t)cJSON_GetArraySize(a) : 0;
	}
	return n;
}

/* One block for the sentences, entities, alias pointers, mentions and
 * facts of j->doc. */
static int alloc_arrays(cli_jdoc *j,
                        const cJSON *sents,
                        const cJSON *ents,
                        const cJSON *ments,
                        const cJSON *facts,
                        const char ***alias_mem,
                        kg_err *err)
{
	kg_doc *d = &j->doc;
	size_t ns = (size_t)cJSON_GetArraySize(sents);
	size_t ne = (size_t)cJSON_GetArraySize(ents);
	size_t nm = (size_t)cJSON_GetArraySize(ments);
	size_t nf = (size_t)cJSON_GetArraySize(facts);
	size_t na = count_aliases(ents);
	size_t sz = ns * sizeof(kg_doc_sentence) + nf * sizeof(kg_doc_fact) +
	            nm * sizeof(kg_doc_mention) + ne * sizeof(kg_doc_entity) +
	            na * sizeof(char *) + 1;
	char *m = malloc(sz);

	if ((j->mem = m) == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	/* largest alignment first: all members are size_t or pointers */
	d->sentences = (kg_doc_sentence *)(void *)m;
	m += ns * sizeof(kg_doc_sentence);
	d->facts = (kg_doc_fact *)(void *)m;
	m += nf * sizeof(kg_doc_fact);
	d->mentions = (kg_doc_mention *)(void *)m;
	m += nm * sizeof(kg_doc_mention);
	d->entities = (kg_doc_entity *)(void *)m;
	m += ne * sizeof(kg_doc_entity);
	*alias_mem = (const char **)(void *)m;
	d->nsentences = ns;
	d->nentities = ne;
	d->nmentions = nm;
	d->nfacts = nf;
	return KG_OK;
}

static int fill_arrays(cli_jdoc *j,
                       const cJSON *sents,
                       const cJSON *ents,
                       const cJSON *ments,
                       const cJSON *facts,
                       kg_err *err)
{
	kg_doc *d = &j->doc;
	const char **alias_mem = NULL;
	const cJSON *x;
	size_t i = 0, v[4];
	int rc;

	if ((rc = alloc_arrays(j, sents, ents, ments, facts, &alias_mem,
	                       err)) != KG_OK)
		return rc;
	cJSON_ArrayForEach (x, sents) {
		kg_doc_sentence *s = (kg_doc_sentence *)&d->sentences[i++];

		if (!read_tuple(x, v, 2))
			return bad(err, "bad sentence span");
		s->start = v[0];
		s->end = v[1];
	}
	i = 0;
	cJSON_ArrayForEach (x, ents) {
		kg_doc_entity *e = (kg_doc_entity *)&d->entities[i];

		if ((rc = read_entity(x, i++, e, alias_mem, err)) != KG_OK)
			return rc;
		alias_mem += e->naliases;
	}
	i = 0;
	cJSON_ArrayForEach (x, ments) {
		kg_doc_mention *m = (kg_doc_mention *)&d->mentions[i++];

		if (!read_tuple(x, v, 4))
			return bad(err, "bad mention");
		*m = (kg_doc_mention){ v[0], v[1], v[2], v[3] };
	}
	i = 0;
	cJSON_ArrayForEach (x, facts) {
		if ((rc = read_fact(x, (kg_doc_fact *)&d->facts[i++], err)))
			return rc;
	}
	return KG_OK;
}

static int read_doc(cli_jdoc *j, const cJSON *root, kg_err *err)
{
	kg_doc *d = &j->doc;
	const cJSON *sents, *ents, *ments, *facts;
	size_t off;
	int ok = 1;

	d->id = str_of(root, "doc", &ok);
	d->url = str_of(root, "url", &ok);
	d->title = str_of(root, "title", &ok);
	d->published = str_of(root, "published", &ok);
	d->version = str_of(root, "version", &ok);
	d->text = str_of(root, "text", &ok);
	sents = arr_of(root, "sentences", &ok);
	ents = arr_of(root, "entities", &ok);
	ments = arr_of(root, "mentions", &ok);
	facts = arr_of(root, "facts", &ok);
	if (!ok || d->id == NULL || d->text == NULL)
		return bad(err, "needs \"doc\", \"text\", \"sentences\","
		                " \"entities\", \"mentions\" and \"facts\"");
	d->len = strlen(d->text);
	if (!kg_utf8_valid(d->text, d->len, &off))
		return kg_err_set(err, KG_EINVALID, "invalid UTF-8 at byte %zu",
		                  off);
	return fill_arrays(j, sents, ents, ments, facts, err);
}

int cli_doc_from_json(cli_jdoc *out, const char *line, size_t n, kg_err *err)
{
	cJSON *root;
	int rc;

	memset(out, 0, sizeof(*out));
	root = cJSON_ParseWithLengthOpts(line, n + 1, NULL, 1);
	if (root == NULL)
		return kg_err_set(err, KG_EINVALID, "invalid JSON");
	out->root = root;
	if (!cJSON_IsObject(root))
		rc = bad(err, "not a JSON object");
	else
		rc = read_doc(out, root, err);
	if (rc != KG_OK)
		cli_jdoc_free(out);
	return rc;
}

void cli_jdoc_free(cli_jdoc *j)
{
	cJSON_Delete(j->root);
	free(j->mem);
	memset(j, 0, sizeof(*j));
}
