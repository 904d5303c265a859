/* schema/lexicon_load.c - load the lexicon from its JSON data files (the
 * compiled-in copies or a folder), normalising every phrase with kg_norm
 *
 * The formats are described in docs/lexicon.md.  Loading is strict: an
 * unknown key, a wrong type or an empty phrase is an error naming the file,
 * line and column of the entry, so a typo in the data cannot silently drop
 * a name.  Errors from cJSON carry the position of the bad byte.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "lexicon_impl.h"

struct kg_embedded {
	const char *name; /* basename: "countries.json" */
	const char *data; /* len bytes followed by a NUL */
	size_t len;
};
extern const struct kg_embedded kg_lexicon_data[];

#define KG_LEX_FILE_MAX (64u << 20) /* bytes per data file */

/* One data file being loaded. */
struct ctx {
	kg_lexicon *lx;
	const char *path; /* as shown in messages */
	const char *data; /* the file, NUL-terminated */
	size_t len;       /* bytes, NUL excluded */
	size_t index;     /* the entry being loaded, from 0 */
	kg_err *err;
};

typedef int (*entry_fn)(struct ctx *c, const cJSON *item);

/* Line and column (from 1) of byte off of c's data. */
static void line_col(const struct ctx *c, size_t off, size_t *line, size_t *col)
{
	size_t i, start = 0;

	*line = 1;
	for (i = 0; i < off && i < c->len; i++) {
		if (c->data[i] == '\n') {
			(*line)++;
			start = i + 1;
		}
	}
	*col = off - start + 1;
}

/* Byte offset where top-level array element idx starts (0 if not found:
 * only used for messages). */
static size_t entry_offset(const struct ctx *c, size_t idx)
{
	size_t i, n = 0;
	int depth = 0, in_str = 0, want = 0;

	for (i = 0; i < c->len; i++) {
		char ch = c->data[i];

		if (in_str) {
			if (ch == '\\')
				i++;
			else if (ch == '"')
				in_str = 0;
			continue;
		}
		if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n')
			continue;
		if (depth == 1 && want && ch != ']') {
			if (n++ == idx)
				return i;
			want = 0;
		}
		if (ch == '"')
			in_str = 1;
		else if (ch == '[' || ch == '{')
			want = (++depth == 1);
		else if (ch == ']' || ch == '}')
			depth--;
		else if (ch == ',' && depth == 1)
			want = 1;
	}
	return 0;
}

/* Fail with "FILE:LINE:COL: entry N: what", at the start of the entry. */
static int entry_err(struct ctx *c, const char *fmt, ...) KG_PRINTF(2, 3);
static int entry_err(struct ctx *c, const char *fmt, ...)
{
	char what[200];
	size_t line, col;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	line_col(c, entry_offset(c, c->index), &line, &col);
	return kg_err_set(c->err, KG_EINVALID, "%s:%zu:%zu: entry %zu: %s",
	                  c->path, line, col, c->index, what);
}

/* Normalise phrase and add e under it; e->canon NULL means "the phrase as
 * written". */
static int add_phrase(struct ctx *c, const char *phrase, kg_lex_entry e)
{
	char key[KG_LEX_PHRASE_CAP + 1];
	size_t len, bad;

	if (!kg_utf8_valid(phrase, strlen(phrase), &bad))
		return entry_err(c,
		                 "\"%.*s...\" is not valid UTF-8 at byte %zu",
		                 (int)(bad < 40 ? bad : 40), phrase, bad);
	len = kg_norm(key, sizeof(key), phrase, strlen(phrase));
	if (len == 0)
		return entry_err(c, "\"%s\" has no letters or digits", phrase);
	if (len >= KG_LEX_PHRASE_CAP)
		return entry_err(c, "\"%.40s...\" is longer than %d bytes",
		                 phrase, KG_LEX_PHRASE_CAP - 1);
	if (e.canon == NULL) {
		e.canon = kg_lexicon__strdup(c->lx, phrase);
		if (e.canon == NULL)
			return kg_err_set(c->err, KG_ENOMEM, "out of memory");
	}
	if (kg_lexicon__add(c->lx, key, len, &e) != KG_OK)
		return kg_err_set(c->err, KG_ENOMEM, "out of memory");
	return KG_OK;
}

/* The entry must be an object whose keys are all in allowed (NULL-ended). */
static int
check_keys(struct ctx *c, const cJSON *item, const char *const *allowed)
{
	const cJSON *kv;

	if (!cJSON_IsObject(item))
		return entry_err(c, "not an object");
	cJSON_ArrayForEach (kv, item) {
		const char *const *a;

		for (a = allowed; *a && strcmp(*a, kv->string) != 0; a++)
			;
		if (*a == NULL)
			return entry_err(c, "unknown key \"%s\"", kv->string);
	}
	return KG_OK;
}

/* String member key of item, copied into the arena; *out NULL when absent
 * and not required. */
static int get_string(struct ctx *c,
                      const cJSON *item,
                      const char *key,
                      int required,
                      const char **out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(item, key);

	*out = NULL;
	if (v == NULL)
		return required ? entry_err(c, "missing \"%s\"", key) : KG_OK;
	if (!cJSON_IsString(v) || v->valuestring[0] == '\0')
		return entry_err(c, "\"%s\" must be a non-empty string", key);
	*out = kg_lexicon__strdup(c->lx, v->valuestring);
	return *out ? KG_OK : kg_err_set(c->err, KG_ENOMEM, "out of memory");
}

/* Add every phrase of the optional string array item[key] with entry e. */
static int add_list(struct ctx *c,
                    const cJSON *item,
                    const char *key,
                    int required,
                    const kg_lex_entry *e)
{
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(item, key);
	const cJSON *v;
	int rc;

	if (arr == NULL)
		return required ? entry_err(c, "missing \"%s\"", key) : KG_OK;
	if (!cJSON_IsArray(arr))
		return entry_err(c, "\"%s\" must be an array of strings", key);
	cJSON_ArrayForEach (v, arr) {
		if (!cJSON_IsString(v))
			return entry_err(
			        c, "\"%s\" must be an array of strings", key);
		rc = add_phrase(c, v->valuestring, *e);
		if (rc != KG_OK)
			return rc;
	}
	return KG_OK;
}

/* {"name", "aliases", "demonyms", "capital"} */
static int load_country(struct ctx *c, const cJSON *item)
{
	static const char *const keys[] = { "name", "aliases", "demonyms",
		                            "capital", NULL };
	kg_lex_entry e = { KG_LEX_NAME, KG_T_GPE, NULL, NULL, 0, 0 };
	const char *capital;
	int rc;

	if ((rc = check_keys(c, item, keys)) != KG_OK ||
	    (rc = get_string(c, item, "name", 1, &e.canon)) != KG_OK ||
	    (rc = get_string(c, item, "capital", 0, &capital)) != KG_OK ||
	    (rc = add_phrase(c, e.canon, e)) != KG_OK ||
	    (rc = add_list(c, item, "aliases", 0, &e)) != KG_OK)
		return rc;
	if (capital) {
		kg_lex_entry cap = e;

		cap.canon = capital;
		cap.parent = e.canon;
		if ((rc = add_phrase(c, capital, cap)) != KG_OK)
			return rc;
	}
	e.kind = KG_LEX_DEMONYM;
	e.parent = e.canon;
	e.canon = NULL; /* the demonym as written */
	return add_list(c, item, "demonyms", 0, &e);
}

/* {"name", "type", "parent", "aliases"}: places and organisations */
static int load_named(struct ctx *c,
                      const cJSON *item,
                      kg_type deftype,
                      unsigned allowed_types)
{
	static const char *const keys[] = { "name", "type", "parent", "aliases",
		                            NULL };
	kg_lex_entry e = { KG_LEX_NAME, deftype, NULL, NULL, 0, 0 };
	const char *type;
	int rc, t;

	if ((rc = check_keys(c, item, keys)) != KG_OK ||
	    (rc = get_string(c, item, "name", 1, &e.canon)) != KG_OK ||
	    (rc = get_string(c, item, "type", 0, &type)) != KG_OK ||
	    (rc = get_string(c, item, "parent", 0, &e.parent)) != KG_OK)
		return rc;
	if (type) {
		t = kg_type_parse(type);
		if (t < 0 || !(allowed_types & (1u << t)))
			return entry_err(c, "bad \"type\" \"%s\"", type);
		e.type = (kg_type)t;
	}
	if ((rc = add_phrase(c, e.canon, e)) != KG_OK)
		return rc;
	return add_list(c, item, "aliases", 0, &e);
}

static int load_place(struct ctx *c, const cJSON *item)
{
	if (cJSON_GetObjectItemCaseSensitive(item, "type") == NULL)
		return entry_err(c, "missing \"type\"");
	return load_named(c, item, KG_T_GPE,
	                  1u << KG_T_GPE | 1u << KG_T_LOC |
	                          1u << KG_T_FACILITY);
}

static int load_org(struct ctx *c, const cJSON *item)
{
	return load_named(c, item, KG_T_ORG,
	                  1u << KG_T_ORG | 1u << KG_T_GPE |
	                          1u << KG_T_FACILITY);
}

/* {"name" (or "title"), "aliases"} with a fixed kind and type */
static int load_simple(struct ctx *c,
                       const cJSON *item,
                       const char *namekey,
                       kg_lex_kind kind,
                       kg_type type)
{
	const char *const keys[] = { namekey, "aliases", NULL };
	kg_lex_entry e = { kind, type, NULL, NULL, 0, 0 };
	int rc;

	if ((rc = check_keys(c, item, keys)) != KG_OK ||
	    (rc = get_string(c, item, namekey, 1, &e.canon)) != KG_OK ||
	    (rc = add_phrase(c, e.canon, e)) != KG_OK)
		return rc;
	return add_list(c, item, "aliases", 0, &e);
}

static int load_office(struct ctx *c, const cJSON *item)
{
	return load_simple(c, item, "title", KG_LEX_TITLE, KG_T_OFFICE);
}

static int load_treaty(struct ctx *c, const cJSON *item)
{
	return load_simple(c, item, "name", KG_LEX_NAME, KG_T_TREATY);
}

static int load_event(struct ctx *c, const cJSON *item)
{
	return load_simple(c, item, "name", KG_LEX_EVENT_NOUN, KG_T_EVENT);
}

/* The word classes of words.json, in KG_W_* bit order. */
static const char *const word_classes[] = {
	"attend",    "meet",     "host",     "visit",    "planned",
	"hedge",     "negation", "former",   "incoming", "acting",
	"honorific", "month",    "weekday",  "not_name", "sign",
	"join",      "invoke",   "relative", NULL
};

/* {"class", "value", "words"} */
static int load_words(struct ctx *c, const cJSON *item)
{
	static const char *const keys[] = { "class", "value", "words", NULL };
	kg_lex_entry e = { KG_LEX_WORD, KG_T_COUNT, NULL, NULL, 0, 0 };
	const cJSON *cls, *val;
	int i, max = 0;

	if ((i = check_keys(c, item, keys)) != KG_OK)
		return i;
	cls = cJSON_GetObjectItemCaseSensitive(item, "class");
	if (!cJSON_IsString(cls))
		return entry_err(c, "missing \"class\"");
	for (i = 0; word_classes[i]; i++)
		if (strcmp(word_classes[i], cls->valuestring) == 0)
			break;
	if (word_classes[i] == NULL)
		return entry_err(c, "unknown class \"%s\"", cls->valuestring);
	e.flags = 1u << i;
	if (e.flags == KG_W_MONTH)
		max = 12;
	else if (e.flags == KG_W_WEEKDAY)
		max = 7;
	val = cJSON_GetObjectItemCaseSensitive(item, "value");
	if (max && (!cJSON_IsNumber(val) || val->valuedouble < 1 ||
	            val->valuedouble > max ||
	            val->valuedouble != (double)val->valueint))
		return entry_err(c, "class \"%s\" needs a \"value\" 1..%d",
		                 word_classes[i], max);
	if (!max && val)
		return entry_err(c, "class \"%s\" takes no \"value\"",
		                 word_classes[i]);
	e.month = max ? val->valueint : 0;
	return add_list(c, item, "words", 1, &e);
}

/* The data files in load order, with their entry loaders. */
static const struct lex_file {
	const char *name;
	entry_fn load;
} lex_files[] = {
	{ "countries.json", load_country }, { "places.json", load_place },
	{ "orgs.json", load_org },          { "offices.json", load_office },
	{ "treaties.json", load_treaty },   { "events.json", load_event },
	{ "words.json", load_words },
};

/* Parse c's data and load every entry with fn. */
static int load_file(struct ctx *c, entry_fn fn)
{
	const char *end = NULL, *nul = memchr(c->data, '\0', c->len);
	const cJSON *item;
	cJSON *root;
	size_t line, col;
	int rc = KG_OK;

	if (nul) {
		line_col(c, (size_t)(nul - c->data), &line, &col);
		return kg_err_set(c->err, KG_EINVALID, "%s:%zu:%zu: NUL byte",
		                  c->path, line, col);
	}
	/* len + 1: the NUL is part of the buffer so that cJSON rejects
	 * anything after the top-level value */
	root = cJSON_ParseWithLengthOpts(c->data, c->len + 1, &end, 1);
	if (root == NULL) {
		size_t off = end ? (size_t)(end - c->data) : 0, k;

		line_col(c, off, &line, &col);
		if (off >= c->len)
			return kg_err_set(c->err, KG_EINVALID,
			                  "%s:%zu:%zu: unexpected end of file",
			                  c->path, line, col);
		/* quote up to 12 printable ASCII bytes of the bad spot */
		for (k = 0; k < 12 && off + k < c->len; k++)
			if (c->data[off + k] < ' ' || c->data[off + k] > '~')
				break;
		return kg_err_set(c->err, KG_EINVALID,
		                  "%s:%zu:%zu: invalid JSON near \"%.*s\"",
		                  c->path, line, col, (int)k, c->data + off);
	}
	if (!cJSON_IsArray(root)) {
		cJSON_Delete(root);
		return kg_err_set(c->err, KG_EINVALID,
		                  "%s:1:1: the top level must be an array",
		                  c->path);
	}
	c->index = 0;
	cJSON_ArrayForEach (item, root) {
		if ((rc = fn(c, item)) != KG_OK)
			break;
		c->index++;
	}
	cJSON_Delete(root);
	return rc;
}

static const struct kg_embedded *builtin(const char *name)
{
	const struct kg_embedded *b;

	for (b = kg_lexicon_data; b->name; b++)
		if (strcmp(b->name, name) == 0)
			return b;
	return NULL;
}

/* Read path into *buf (malloc'd, NUL-terminated).  KG_ENOTFOUND when the
 * file does not exist. */
static int read_file(const char *path, char **buf, size_t *len, kg_err *err)
{
	FILE *f = fopen(path, "rb");
	size_t cap = 65536, n = 0, got;
	char *p = NULL, *q;
	int rc = KG_OK;

	*buf = NULL;
	if (f == NULL)
		return errno == ENOENT ? KG_ENOTFOUND
		                       : kg_err_set(err, KG_EIO, "%s: %s", path,
		                                    strerror(errno));
	do {
		if (n + 1 >= cap || p == NULL) {
			cap = p ? cap * 2 : cap;
			if (cap > KG_LEX_FILE_MAX) {
				rc = kg_err_set(err, KG_ELIMIT,
				                "%s: larger than %u bytes",
				                path, KG_LEX_FILE_MAX);
				goto out;
			}
			if ((q = realloc(p, cap)) == NULL) {
				rc = kg_err_set(err, KG_ENOMEM,
				                "out of memory");
				goto out;
			}
			p = q;
		}
		got = fread(p + n, 1, cap - n - 1, f);
		n += got;
	} while (got > 0);
	if (ferror(f))
		rc = kg_err_set(err, KG_EIO, "%s: read error", path);
out:
	fclose(f);
	if (rc != KG_OK) {
		free(p);
		return rc;
	}
	p[n] = '\0';
	*buf = p;
	*len = n;
	return KG_OK;
}

/* Load one data file, from dir when given and present there, else the
 * compiled-in copy; fold its bytes into *h. */
static int load_source(kg_lexicon *lx,
                       const char *dir,
                       const struct lex_file *lf,
                       uint64_t *h,
                       kg_err *err)
{
	const struct kg_embedded *b = builtin(lf->name);
	struct ctx c = { lx, lf->name, NULL, 0, 0, err };
	char path[4096], *buf = NULL;
	int rc;

	if (b == NULL)
		return kg_err_set(err, KG_ERROR, "%s: not compiled in",
		                  lf->name);
	c.data = b->data;
	c.len = b->len;
	if (dir) {
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir,
		                     lf->name) >= sizeof(path))
			return kg_err_set(err, KG_ELIMIT, "%s: path too long",
			                  dir);
		rc = read_file(path, &buf, &c.len, err);
		if (rc == KG_OK) {
			c.path = path;
			c.data = buf;
		} else if (rc != KG_ENOTFOUND) {
			return rc;
		}
	}
	*h = kg_lexicon__fnv(*h, lf->name, strlen(lf->name) + 1);
	*h = kg_lexicon__fnv(*h, c.data, c.len);
	rc = load_file(&c, lf->load);
	free(buf);
	return rc;
}

static int load(kg_lexicon **out, const char *dir, kg_err *err)
{
	kg_lexicon *lx = kg_lexicon__new();
	uint64_t h = KG_LEX_FNV_INIT;
	size_t i;
	int rc;

	*out = NULL;
	if (lx == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (dir != NULL) {
		/* a folder that is not there is a typo, not "use the
		 * builtin files" */
		struct stat sb;

		if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
			kg_lexicon_free(lx);
			return kg_err_set(err, KG_EIO, "%s: no such folder",
			                  dir);
		}
	}
	for (i = 0; i < sizeof(lex_files) / sizeof(lex_files[0]); i++) {
		rc = load_source(lx, dir, &lex_files[i], &h, err);
		if (rc != KG_OK) {
			kg_lexicon_free(lx);
			return rc;
		}
	}
	snprintf(lx->version, sizeof(lx->version), "%016llx",
	         (unsigned long long)h);
	*out = lx;
	return KG_OK;
}

int kg_lexicon_load_builtin(kg_lexicon **out, kg_err *err)
{
	return load(out, NULL, err);
}

int kg_lexicon_load_dir(kg_lexicon **out, const char *dir, kg_err *err)
{
	return load(out, dir, err);
}
