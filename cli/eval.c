/* cli/eval.c - scoring extracted facts against gold annotations, exactly as
 * shared/eval/score.py does
 *
 * Everything mirrors score.py line for line: the same word normalisation
 * (lower-case, drop periods, split on [\W_]+ with Python's Unicode notion of
 * a word character, see eval_unicode.h), the same resolver (a system entity
 * goes to the gold entities of its type whose matching pattern is longest,
 * ties kept), the same fact matching (met_with either way round), the same
 * counts, table, JSON and error lines.  Articles are small (tens of
 * entities), so plain arrays and linear scans are enough.
 */
#include "eval.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "eval_unicode.h"

/* ---- growable arrays and the error buffer ---- */

/* Make room for one more element in *v (n used, *cap allocated).  -1 on no
 * memory, *v unchanged. */
static int grow(void *vp, size_t n, size_t *cap, size_t size)
{
	void **v = vp;
	size_t ncap;
	void *nv;

	if (n < *cap)
		return 0;
	ncap = *cap ? *cap * 2 : 8;
	nv = realloc(*v, ncap * size);
	if (!nv)
		return -1;
	*v = nv;
	*cap = ncap;
	return 0;
}

void eval_buf_printf(eval_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || b->failed) {
		b->failed = 1;
		return;
	}
	if (b->len + (size_t)n + 1 > b->cap) {
		size_t ncap = b->cap ? b->cap : 256;
		char *ns;

		while (ncap < b->len + (size_t)n + 1)
			ncap *= 2;
		ns = realloc(b->s, ncap);
		if (!ns) {
			b->failed = 1;
			return;
		}
		b->s = ns;
		b->cap = ncap;
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void eval_buf_free(eval_buf *b)
{
	if (!b)
		return;
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

/* ---- words(): Python's name.lower().replace(".", "") split on [\W_]+ ---- */

static int is_word_cp(uint32_t c)
{
	size_t lo = 0, hi = sizeof nonword_ranges / sizeof nonword_ranges[0];

	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		       (c >= 'A' && c <= 'Z');
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c < nonword_ranges[mid][0])
			hi = mid;
		else if (c > nonword_ranges[mid][1])
			lo = mid + 1;
		else
			return 0;
	}
	return 1;
}

static uint32_t lower_cp(uint32_t c)
{
	size_t i;

	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	for (i = 0; i < sizeof lower_runs / sizeof lower_runs[0]; i++) {
		const struct lower_run *r = &lower_runs[i];

		if (c < r->lo)
			break;
		if (c <= r->hi && (c - r->lo) % r->step == 0)
			return (uint32_t)((int32_t)c + r->delta);
	}
	return c;
}

/* Decode one code point at s[0..n); an invalid byte decodes as itself with
 * *raw set, and is kept as a word byte (SQLite text is UTF-8 anyway). */
static size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp, int *raw)
{
	size_t len, i;
	uint32_t c;

	*raw = 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2, c = s[0] & 0x1Fu;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3, c = s[0] & 0x0Fu;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4, c = s[0] & 0x07u;
	else
		len = 0, c = 0;
	for (i = 1; i < len && i < n && (s[i] & 0xC0) == 0x80; i++)
		c = (c << 6) | (s[i] & 0x3Fu);
	if (len == 0 || i < len || (len == 3 && c < 0x800) ||
	    (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = s[0];
		*raw = 1;
		return 1;
	}
	*cp = c;
	return len;
}

static size_t utf8_encode(uint32_t c, char *out)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

/* Append code point c (already lower-cased) to the word being built. */
static void
put_cp(char *buf, size_t *len, int *inword, size_t *n, uint32_t c, int raw)
{
	if (c == '.' && !raw)
		return; /* periods vanish: "U.S." is "us" */
	if (!raw && !is_word_cp(c)) {
		if (*inword)
			buf[(*len)++] = '\0';
		*inword = 0;
		return;
	}
	if (!*inword)
		(*n)++;
	*inword = 1;
	if (raw)
		buf[(*len)++] = (char)c;
	else
		*len += utf8_encode(c, buf + *len);
}

/* -1 on no memory. */
static int words_of(eval_words *out, const char *name)
{
	const unsigned char *s = (const unsigned char *)name;
	size_t n = strlen(name), i = 0, len = 0;
	int inword = 0;
	/* lower-casing at most triples a code point's bytes (U+0130 is 2
	 * bytes and becomes 3); plus a NUL per word */
	char *buf = malloc(3 * n + 2);

	out->buf = buf;
	out->n = 0;
	if (!buf)
		return -1;
	while (i < n) {
		uint32_t c;
		int raw;

		i += utf8_decode(s + i, n - i, &c, &raw);
		if (!raw && c == 0x130) { /* "İ".lower() is "i" + U+0307 */
			put_cp(buf, &len, &inword, &out->n, 'i', 0);
			put_cp(buf, &len, &inword, &out->n, 0x307, 0);
			continue;
		}
		put_cp(buf, &len, &inword, &out->n, raw ? c : lower_cp(c), raw);
	}
	if (inword)
		buf[len++] = '\0';
	return 0;
}

int eval_words_has(const eval_words *wl, const char *w)
{
	const char *p = wl->buf;
	size_t i;

	for (i = 0; i < wl->n; i++, p += strlen(p) + 1)
		if (strcmp(p, w) == 0)
			return 1;
	return 0;
}

/* ---- the gold file ---- */

void eval_gold_free(eval_gold *g)
{
	size_t i;

	if (!g)
		return;
	for (i = 0; i < g->nents; i++) {
		size_t j;

		for (j = 0; j < g->ents[i].npats; j++)
			free(g->ents[i].pats[j].w);
		free(g->ents[i].pats);
	}
	free(g->ents);
	free(g->facts);
	cJSON_Delete((cJSON *)g->root);
	free(g);
}

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *s = NULL, *ns;
	size_t len = 0, cap = 0, got;

	if (!f)
		return NULL;
	do {
		if (len + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			ns = realloc(s, cap);
			if (!ns) {
				free(s);
				fclose(f);
				return NULL;
			}
			s = ns;
		}
		got = fread(s + len, 1, cap - len - 1, f);
		len += got;
	} while (got > 0);
	if (ferror(f)) {
		free(s);
		s = NULL;
	} else {
		s[len] = '\0';
	}
	fclose(f);
	return s;
}

/* Fill e from the JSON value v of entity key.  -1 with msg on bad data, -2
 * on no memory. */
static int load_entity(eval_gent *e, const cJSON *v, char *msg, size_t cap)
{
	const cJSON *type = cJSON_GetObjectItemCaseSensitive(v, "type");
	const cJSON *match = cJSON_GetObjectItemCaseSensitive(v, "match");
	const cJSON *p;
	size_t n = 0;

	e->key = v->string;
	if (!cJSON_IsString(type) || !cJSON_IsArray(match)) {
		snprintf(msg, cap,
		         "entity \"%s\" needs a \"type\" string and a "
		         "\"match\" list",
		         v->string);
		return -1;
	}
	e->type = type->valuestring;
	e->npats = (size_t)cJSON_GetArraySize(match);
	e->pats = calloc(e->npats ? e->npats : 1, sizeof *e->pats);
	if (!e->pats)
		return -2;
	cJSON_ArrayForEach (p, match) {
		eval_pat *gp = &e->pats[n++];
		const cJSON *w;

		if (!cJSON_IsArray(p)) {
			snprintf(msg, cap,
			         "entity \"%s\": a match pattern "
			         "is not a list",
			         v->string);
			return -1;
		}
		gp->w = malloc(((size_t)cJSON_GetArraySize(p) + 1) *
		               sizeof *gp->w);
		if (!gp->w)
			return -2;
		cJSON_ArrayForEach (w, p) {
			if (!cJSON_IsString(w)) {
				snprintf(msg, cap,
				         "entity \"%s\": a pattern "
				         "word is not a string",
				         v->string);
				return -1;
			}
			gp->w[gp->n++] = w->valuestring;
		}
	}
	return 0;
}

static long find_ent(const eval_gold *g, const char *key)
{
	size_t i;

	for (i = 0; i < g->nents; i++)
		if (strcmp(g->ents[i].key, key) == 0)
			return (long)i;
	return -1;
}

/* Append the facts of list (named what) to g.  -1/-2 as load_entity. */
static int load_facts(eval_gold *g,
                      const cJSON *list,
                      const char *what,
                      char *msg,
                      size_t cap)
{
	const cJSON *f;
	size_t i = 0;

	cJSON_ArrayForEach (f, list) {
		const cJSON *s = cJSON_GetObjectItemCaseSensitive(f, "s");
		const cJSON *p = cJSON_GetObjectItemCaseSensitive(f, "p");
		const cJSON *o = cJSON_GetObjectItemCaseSensitive(f, "o");
		long si, oi;

		if (!cJSON_IsString(s) || !cJSON_IsString(p) ||
		    !cJSON_IsString(o)) {
			snprintf(msg, cap,
			         "%s[%zu] needs \"s\", \"p\" and "
			         "\"o\" strings",
			         what, i);
			return -1;
		}
		si = find_ent(g, s->valuestring);
		oi = find_ent(g, o->valuestring);
		if (si < 0 || oi < 0) {
			snprintf(msg, cap,
			         "%s[%zu]: \"%s\" is not an entity "
			         "of this file",
			         what, i,
			         si < 0 ? s->valuestring : o->valuestring);
			return -1;
		}
		g->facts[g->nfacts + g->nopt].s = (size_t)si;
		g->facts[g->nfacts + g->nopt].o = (size_t)oi;
		g->facts[g->nfacts + g->nopt].p = p->valuestring;
		if (strcmp(what, "facts") == 0)
			g->nfacts++;
		else
			g->nopt++;
		i++;
	}
	return 0;
}

static int gold_parse(eval_gold *g, char *msg, size_t cap)
{
	const cJSON *ents, *facts, *opt, *e;
	size_t n;
	int rc;

	const cJSON *root = g->root;

	ents = cJSON_GetObjectItemCaseSensitive(root, "entities");
	facts = cJSON_GetObjectItemCaseSensitive(root, "facts");
	opt = cJSON_GetObjectItemCaseSensitive(root, "optional");
	if (!cJSON_IsObject(ents) || !cJSON_IsArray(facts) ||
	    (opt && !cJSON_IsArray(opt))) {
		snprintf(msg, cap,
		         "needs an \"entities\" object, a \"facts\" "
		         "list and optionally an \"optional\" list");
		return -1;
	}
	g->ents = calloc((size_t)cJSON_GetArraySize(ents) + 1, sizeof *g->ents);
	n = (size_t)cJSON_GetArraySize(facts) +
	    (opt ? (size_t)cJSON_GetArraySize(opt) : 0);
	g->facts = calloc(n + 1, sizeof *g->facts);
	if (!g->ents || !g->facts)
		return -2;
	cJSON_ArrayForEach (e, ents) {
		if (find_ent(g, e->string) >= 0) {
			snprintf(msg, cap, "entity \"%s\" is defined twice",
			         e->string);
			return -1;
		}
		rc = load_entity(&g->ents[g->nents++], e, msg, cap);
		if (rc < 0)
			return rc;
	}
	rc = load_facts(g, facts, "facts", msg, cap);
	if (rc == 0 && opt)
		rc = load_facts(g, opt, "optional", msg, cap);
	return rc;
}

int eval_gold_load(eval_gold **out, const char *path, char *msg, size_t cap)
{
	eval_gold *g;
	char *text;
	int rc;

	*out = NULL;
	msg[0] = '\0';
	text = read_file(path);
	if (!text) {
		snprintf(msg, cap, "cannot read the file");
		return -2;
	}
	g = calloc(1, sizeof *g);
	if (!g) {
		free(text);
		snprintf(msg, cap, "out of memory");
		return -2;
	}
	g->root = cJSON_Parse(text);
	if (!cJSON_IsObject((const cJSON *)g->root)) {
		const char *at = cJSON_GetErrorPtr();

		snprintf(msg, cap, "not a JSON object (error at byte %ld)",
		         at && g->root == NULL ? (long)(at - text) : 0L);
		rc = -1;
	} else {
		rc = gold_parse(g, msg, cap);
		if (rc == -2)
			snprintf(msg, cap, "out of memory");
	}
	free(text);
	if (rc < 0) {
		eval_gold_free(g);
		return rc;
	}
	*out = g;
	return 0;
}

/* ---- what the builder stored ---- */

static void nameset_free(eval_names *ns)
{
	size_t i;

	for (i = 0; i < ns->n; i++) {
		free(ns->v[i]);
		free(ns->w[i].buf);
	}
	free(ns->v);
	free(ns->w);
}

static int nameset_add(eval_names *ns, const char *name)
{
	size_t i, cap = ns->cap;

	if (!name)
		name = ""; /* score.py: name or "" */
	for (i = 0; i < ns->n; i++)
		if (strcmp(ns->v[i], name) == 0)
			return 0;
	if (grow(&ns->v, ns->n, &cap, sizeof *ns->v) < 0 ||
	    grow(&ns->w, ns->n, &ns->cap, sizeof *ns->w) < 0)
		return -1;
	ns->v[ns->n] = strdup(name);
	if (!ns->v[ns->n])
		return -1;
	if (words_of(&ns->w[ns->n], name) < 0) {
		free(ns->v[ns->n]);
		return -1;
	}
	ns->n++;
	return 0;
}

/* strdup that upper-cases ASCII and keeps NULL as "". */
static char *upper_dup(const char *s)
{
	char *u = strdup(s ? s : "");
	char *p;

	for (p = u; p && *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 32);
	return u;
}

eval_system *eval_system_new(void)
{
	return calloc(1, sizeof(eval_system));
}

void eval_system_free(eval_system *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->nents; i++) {
		free(s->ents[i].id);
		free(s->ents[i].type);
		nameset_free(&s->ents[i].names);
	}
	for (i = 0; i < s->nfacts; i++) {
		nameset_free(&s->facts[i].sn);
		nameset_free(&s->facts[i].on);
		free(s->facts[i].stype);
		free(s->facts[i].otype);
		free(s->facts[i].pred);
	}
	free(s->ents);
	free(s->facts);
	free(s);
}

static eval_sent *find_sys_ent(const eval_system *s, const char *id)
{
	size_t i;

	for (i = 0; i < s->nents; i++) {
		const char *e = s->ents[i].id;

		if ((!e && !id) || (e && id && strcmp(e, id) == 0))
			return &s->ents[i];
	}
	return NULL;
}

int eval_system_add_name(eval_system *s,
                         const char *id,
                         const char *type,
                         const char *name)
{
	eval_sent *e = find_sys_ent(s, id);
	char *t = upper_dup(type);

	if (!t)
		return -1;
	if (!e) {
		if (grow(&s->ents, s->nents, &s->ecap, sizeof *s->ents) < 0) {
			free(t);
			return -1;
		}
		e = &s->ents[s->nents];
		memset(e, 0, sizeof *e);
		if (id && !(e->id = strdup(id))) {
			free(t);
			return -1;
		}
		s->nents++;
	}
	free(e->type);
	e->type = t;
	return nameset_add(&e->names, name);
}

/* names = {name or ""} | names of entity id. */
static int fact_side(eval_names *ns,
                     const eval_system *s,
                     const char *id,
                     const char *name)
{
	const eval_sent *e = find_sys_ent(s, id);
	size_t i;

	if (nameset_add(ns, name) < 0)
		return -1;
	for (i = 0; e && i < e->names.n; i++)
		if (nameset_add(ns, e->names.v[i]) < 0)
			return -1;
	return 0;
}

int eval_system_add_fact(eval_system *s, const char *const v[7])
{
	eval_sfact *f;

	if (grow(&s->facts, s->nfacts, &s->fcap, sizeof *s->facts) < 0)
		return -1;
	f = &s->facts[s->nfacts++];
	memset(f, 0, sizeof *f);
	f->stype = upper_dup(v[2]);
	f->otype = upper_dup(v[6]);
	f->pred = strdup(v[3] ? v[3] : "");
	if (!f->stype || !f->otype || !f->pred)
		return -1;
	if (fact_side(&f->sn, s, v[0], v[1]) < 0 ||
	    fact_side(&f->on, s, v[4], v[5]) < 0)
		return -1;
	return 0;
}
