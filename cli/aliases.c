/* cli/aliases.c - kgraph ingest --aliases FILE: same-as and never-same-as
 *
 * The file is one JSON object with two optional keys, each a list of groups
 * of two or more names (docs/audit.md):
 *   {"same": [["Vladimir Putin", "Putin, V."]],
 *    "never_same": [["Ahmed Khan", "Ahmed Khan (cricketer)"]]}
 * Every pair of names in a group is declared the same entity, or never the
 * same entity, for the documents ingested from then on (graph/names.c).
 * The file is checked whole before anything is stored; an error names the
 * file, the line and the group.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "kgraph/audit.h"
#include "aliases.h"
#include "cmds.h"
#include "util.h"

#define MAX_GROUP 64         /* names in one group */
#define MAX_FILE (16u << 20) /* bytes */

struct afile {
	const char *path;
	char *text;
	size_t len;
};

static void afail(const struct afile *f, size_t line, const char *fmt, ...)
        KG_PRINTF(3, 4);

static void afail(const struct afile *f, size_t line, const char *fmt, ...)
{
	va_list ap;

	if (line > 0)
		fprintf(stderr, "kgraph: %s:%zu: ", f->path, line);
	else
		fprintf(stderr, "kgraph: %s: ", f->path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* The line of the first place the JSON string s is written in the file, or
 * 0 when it cannot be found (it was written with other escapes). */
static size_t line_of(const struct afile *f, const cJSON *s)
{
	char *q = cJSON_IsString(s) ? cJSON_PrintUnformatted(s) : NULL;
	const char *at = q ? strstr(f->text, q) : NULL;
	size_t line = 1;

	free(q);
	if (at == NULL)
		return 0;
	for (const char *p = f->text; p < at; p++)
		line += *p == '\n';
	return line;
}

static int read_file(struct afile *f)
{
	FILE *fp = fopen(f->path, "rb");
	long n;

	if (fp == NULL) {
		fprintf(stderr, "kgraph: %s: %s\n", f->path, strerror(errno));
		return KG_EXIT_ERROR;
	}
	if (fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0 ||
	    (size_t)n > MAX_FILE || fseek(fp, 0, SEEK_SET) != 0 ||
	    (f->text = malloc((size_t)n + 1)) == NULL ||
	    fread(f->text, 1, (size_t)n, fp) != (size_t)n) {
		fclose(fp);
		fprintf(stderr, "kgraph: %s: cannot read (or over 16 MiB)\n",
		        f->path);
		return KG_EXIT_ERROR;
	}
	fclose(fp);
	f->len = (size_t)n;
	f->text[n] = '\0';
	if (strlen(f->text) != f->len) {
		afail(f, 0, "NUL byte in the file");
		return KG_EXIT_DATA;
	}
	return CLI_CONTINUE;
}

/* Check one group: an array of 2..MAX_GROUP strings. */
static int
check_group(const struct afile *f, const char *key, int i, const cJSON *g)
{
	const cJSON *s;
	int n = 0;

	if (!cJSON_IsArray(g)) {
		afail(f, 0, "\"%s\"[%d]: expected a list of names", key, i);
		return KG_EXIT_DATA;
	}
	cJSON_ArrayForEach (s, g) {
		if (!cJSON_IsString(s) || s->valuestring[0] == '\0') {
			afail(f, line_of(f, g->child),
			      "\"%s\"[%d]: name %d is not a non-empty string",
			      key, i, n);
			return KG_EXIT_DATA;
		}
		n++;
	}
	if (n < 2 || n > MAX_GROUP) {
		afail(f, line_of(f, g->child),
		      "\"%s\"[%d]: a group has 2 to %d names, not %d", key, i,
		      MAX_GROUP, n);
		return KG_EXIT_DATA;
	}
	return CLI_CONTINUE;
}

/* Check the whole document; the groups' lists go to lists[0] (same) and
 * lists[1] (never_same), NULL when absent. */
static int
check_root(const struct afile *f, const cJSON *root, const cJSON *lists[2])
{
	static const char *const keys[2] = { "same", "never_same" };
	const cJSON *k, *g;
	int i, rc;

	if (!cJSON_IsObject(root)) {
		afail(f, 1,
		      "expected an object with \"same\" and/or"
		      " \"never_same\"");
		return KG_EXIT_DATA;
	}
	cJSON_ArrayForEach (k, root)
		if (strcmp(k->string, keys[0]) && strcmp(k->string, keys[1])) {
			afail(f, 0,
			      "unknown key \"%s\" (expected \"same\" or"
			      " \"never_same\")",
			      k->string);
			return KG_EXIT_DATA;
		}
	for (i = 0; i < 2; i++) {
		int j = 0;

		lists[i] = cJSON_GetObjectItemCaseSensitive(root, keys[i]);
		if (lists[i] != NULL && !cJSON_IsArray(lists[i])) {
			afail(f, 0, "\"%s\" must be a list of groups of names",
			      keys[i]);
			return KG_EXIT_DATA;
		}
		cJSON_ArrayForEach (g, lists[i])
			if ((rc = check_group(f, keys[i], j++, g)) !=
			    CLI_CONTINUE)
				return rc;
	}
	return CLI_CONTINUE;
}

/* Is the pair (a, b) declared in the other list too? */
static int conflicts(const cJSON *other, const char *a, const char *b)
{
	char na[512], nb[512], x[512];
	const cJSON *g, *s;
	int ha, hb;

	kg_norm(na, sizeof(na), a, strlen(a));
	kg_norm(nb, sizeof(nb), b, strlen(b));
	cJSON_ArrayForEach (g, other) {
		ha = hb = 0;
		cJSON_ArrayForEach (s, g) {
			kg_norm(x, sizeof(x), s->valuestring,
			        strlen(s->valuestring));
			ha |= strcmp(x, na) == 0;
			hb |= strcmp(x, nb) == 0;
		}
		if (ha && hb)
			return 1;
	}
	return 0;
}

/* Why the pair a, b cannot be declared, or NULL. */
static const char *bad_pair(const char *a, const char *b)
{
	char na[512], nb[512];

	kg_norm(na, sizeof(na), a, strlen(a));
	kg_norm(nb, sizeof(nb), b, strlen(b));
	if (na[0] == '\0' || nb[0] == '\0')
		return "a name without letters or digits";
	if (strcmp(na, nb) == 0)
		return "one name written two ways";
	return NULL;
}

/* Check (st NULL) or store every pair of every group of list. */
static int store_list(kg_store *st,
                      const struct afile *f,
                      const cJSON *list,
                      const cJSON *other,
                      int same)
{
	const char *key = same ? "same" : "never_same", *why;
	const cJSON *g, *a, *b;
	kg_err err = { 0, "" };
	int i = 0;

	cJSON_ArrayForEach (g, list) {
		for (a = g->child; a != NULL; a = a->next)
			for (b = a->next; b != NULL; b = b->next) {
				why = bad_pair(a->valuestring, b->valuestring);
				if (why == NULL && same &&
				    conflicts(other, a->valuestring,
				              b->valuestring))
					why = "also declared never the same";
				if (why != NULL) {
					afail(f, line_of(f, a),
					      "\"%s\"[%d]: '%s' and '%s': %s",
					      key, i, a->valuestring,
					      b->valuestring, why);
					return KG_EXIT_DATA;
				}
				if (st == NULL ||
				    kg_audit_name_rule(st, a->valuestring,
				                       b->valuestring, same,
				                       &err) == KG_OK)
					continue;
				afail(f, 0, "%s", err.msg);
				return KG_EXIT_ERROR;
			}
		i++;
	}
	return CLI_CONTINUE;
}

int cli_aliases_load(kg_store *st, const char *path)
{
	struct afile f = { path, NULL, 0 };
	const cJSON *lists[2] = { NULL, NULL };
	const char *end = NULL;
	kg_err err = { 0, "" };
	cJSON *root = NULL;
	int rc;

	if ((rc = read_file(&f)) != CLI_CONTINUE)
		goto out;
	root = cJSON_ParseWithLengthOpts(f.text, f.len + 1, &end, 1);
	if (root == NULL) {
		size_t line = 1;

		for (const char *p = f.text; end && p < end && *p; p++)
			line += *p == '\n';
		afail(&f, line, "invalid JSON");
		rc = KG_EXIT_DATA;
		goto out;
	}
	if ((rc = check_root(&f, root, lists)) != CLI_CONTINUE ||
	    (rc = store_list(NULL, &f, lists[0], lists[1], 1)) !=
	            CLI_CONTINUE ||
	    (rc = store_list(NULL, &f, lists[1], lists[0], 0)) != CLI_CONTINUE)
		goto out;
	if (kg_store_begin(st, &err) != KG_OK) {
		fprintf(stderr, "kgraph: %s\n", err.msg);
		rc = KG_EXIT_ERROR;
		goto out;
	}
	rc = store_list(st, &f, lists[0], lists[1], 1);
	if (rc == CLI_CONTINUE)
		rc = store_list(st, &f, lists[1], lists[0], 0);
	if (kg_store_commit(st, &err) != KG_OK && rc == CLI_CONTINUE) {
		fprintf(stderr, "kgraph: %s\n", err.msg);
		rc = KG_EXIT_ERROR;
	}
out:
	cJSON_Delete(root);
	free(f.text);
	return rc;
}
