/* cli/util.c - option parsing, messages and exit statuses shared by the
 * kgraph commands
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "util.h"

void cli_usage(const char *const *usage, FILE *f)
{
	for (; *usage != NULL; usage++) {
		fputs(*usage, f);
		fputc('\n', f);
	}
}

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("kgraph: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("kgraph: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'kgraph help'.\n", stderr);
	return KG_EXIT_USAGE;
}

int cli_exit_status(int code)
{
	if (code == KG_OK)
		return KG_EXIT_OK;
	if (code == KG_EINVALID || code == KG_ELIMIT)
		return KG_EXIT_DATA;
	return KG_EXIT_ERROR;
}

/* The option of opts named by arg (without its dashes); for a long option
 * name, n is the length of the name before any '='. */
static const cli_opt *
find_opt(const cli_opt *opts, const char *name, size_t n, char short_name)
{
	for (; opts->name != NULL; opts++) {
		if (short_name != 0 ? opts->short_name == short_name
		                    : strlen(opts->name) == n &&
		                              memcmp(opts->name, name, n) == 0)
			return opts;
	}
	return NULL;
}

/* Store value in o's destination; flag is the option as written. */
static int set_value(const cli_opt *o, const char *flag, const char *value)
{
	char *end;
	long v;

	if (o->kind == CLI_STR) {
		*(const char **)o->dest = value;
		return CLI_CONTINUE;
	}
	errno = 0;
	v = strtol(value, &end, 10);
	if (errno != 0 || end == value || *end != '\0' || v < 0 || v > INT_MAX)
		return cli_usage_error("option '%s' needs a number, not '%s'",
		                       flag, value);
	*(int *)o->dest = (int)v;
	return CLI_CONTINUE;
}

/* Handle the option at argv[*i] (which starts with '-'), moving *i past its
 * argument when it takes one. */
static int parse_one(int argc,
                     char **argv,
                     int *i,
                     const cli_opt *opts,
                     const char *const *usage)
{
	const char *a = argv[*i], *value = NULL;
	const cli_opt *o;

	if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
		cli_usage(usage, stdout);
		return KG_EXIT_OK;
	}
	if (a[1] == '-') {
		size_t n = strcspn(a + 2, "=");

		o = find_opt(opts, a + 2, n, 0);
		if (o != NULL && a[2 + n] == '=')
			value = a + 3 + n;
	} else {
		o = find_opt(opts, NULL, 0, a[1]);
		if (o != NULL && a[2] != '\0')
			value = a + 2;
	}
	if (o == NULL || (o->kind == CLI_FLAG && a[1] != '-' && a[2] != '\0'))
		return cli_usage_error("unknown option '%s'", a);
	if (o->kind == CLI_FLAG) {
		if (value != NULL)
			return cli_usage_error(
			        "option '--%s' takes no argument", o->name);
		*(int *)o->dest = 1;
		return CLI_CONTINUE;
	}
	if (value == NULL) {
		if (*i + 1 >= argc)
			return cli_usage_error("option '%s' needs an argument",
			                       a);
		value = argv[++*i];
	}
	return set_value(o, a, value);
}

int cli_parse(int argc,
              char **argv,
              const cli_opt *opts,
              const char *const *usage,
              int *npos)
{
	int i, w = 1, only_args = 0;

	/* Arguments are moved down over the options: w <= i always. */
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		int rc;

		if (only_args || a[0] != '-' || a[1] == '\0') {
			argv[w++] = argv[i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_args = 1;
			continue;
		}
		rc = parse_one(argc, argv, &i, opts, usage);
		if (rc != CLI_CONTINUE)
			return rc;
	}
	*npos = w - 1;
	return CLI_CONTINUE;
}

int cli_open_store(kg_store **out, const char *path, int flags)
{
	kg_err err = { 0, "" };
	int rc = kg_store_open(out, path, flags, &err);

	if (rc == KG_OK)
		return CLI_CONTINUE;
	if (rc == KG_ENOTFOUND)
		cli_error("%s: no such database", path);
	else
		cli_error("%s: %s", path, err.msg);
	return KG_EXIT_ERROR;
}

typedef const char *(*name_fn)(int);

static const char *type_name(int i)
{
	return kg_type_name((kg_type)i);
}

static const char *pred_name(int i)
{
	return kg_pred_name((kg_pred)i);
}

/* "a, b, c": the n names given by name, for a message. */
static const char *name_list(char *buf, size_t cap, int n, name_fn name)
{
	size_t len = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < n && len < cap; i++) {
		int k = snprintf(buf + len, cap - len, "%s%s", i ? ", " : "",
		                 name(i));
		if (k < 0)
			break;
		len += (size_t)k;
	}
	return buf;
}

int cli_check_predicate(const char *name)
{
	char buf[256];

	if (kg_pred_parse(name) >= 0)
		return CLI_CONTINUE;
	return cli_usage_error(
	        "unknown predicate '%s' (one of: %s)", name,
	        name_list(buf, sizeof(buf), KG_P_COUNT, pred_name));
}

/* Parse a comma-separated list into bits (1u << value); what is "type" or
 * "predicate".  Returns CLI_CONTINUE or 2 after a usage error. */
static int parse_bits(unsigned *out,
                      const char *list,
                      const char *what,
                      int (*parse)(const char *),
                      int n,
                      name_fn name)
{
	char word[64], buf[256];

	*out = 0;
	while (*list != '\0') {
		size_t len = strcspn(list, ",");
		int v = -1;

		if (len > 0 && len < sizeof(word)) {
			memcpy(word, list, len);
			word[len] = '\0';
			v = parse(word);
		}
		if (v < 0)
			return cli_usage_error(
			        "unknown %s '%.*s' (one of: %s)", what,
			        (int)len, list,
			        name_list(buf, sizeof(buf), n, name));
		*out |= 1u << v;
		list += len + (list[len] == ',');
	}
	return CLI_CONTINUE;
}

int cli_select_make(kg_select *sel, const cli_select_args *a)
{
	kg_select init = KG_SELECT_INIT;
	int rc;

	*sel = init;
	if (a->depth >= 0 && a->entity == NULL)
		return cli_usage_error("option '--depth' needs '--entity'");
	if (a->depth == 0 || a->depth > 100)
		return cli_usage_error("option '--depth' must be 1 to 100");
	sel->entity = a->entity;
	sel->depth = a->depth > 0 ? a->depth : (a->entity ? 1 : 0);
	sel->with_negated = a->with_negated;
	if (a->types != NULL) {
		rc = parse_bits(&sel->types, a->types, "type", kg_type_parse,
		                KG_T_COUNT, type_name);
		if (rc != CLI_CONTINUE)
			return rc;
	}
	if (a->preds != NULL)
		return parse_bits(&sel->preds, a->preds, "predicate",
		                  kg_pred_parse, KG_P_COUNT, pred_name);
	return CLI_CONTINUE;
}

int cli_load_graph(const char *db, const kg_select *sel, kg_graph **out)
{
	kg_err err = { 0, "" };
	kg_store *st;
	int rc = cli_open_store(&st, db, KG_STORE_READONLY);

	*out = NULL;
	if (rc != CLI_CONTINUE)
		return rc;
	rc = kg_store_load_graph(st, sel, out, &err);
	kg_store_close(st);
	if (rc == KG_OK)
		return CLI_CONTINUE;
	if (rc == KG_ENOTFOUND && sel->entity != NULL)
		cli_error("no entity named '%s'", sel->entity);
	else
		cli_error("%s: %s", db, err.msg);
	return KG_EXIT_ERROR;
}

const char *cli_path_ext(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(path, '.');

	if (dot == NULL || (slash != NULL && dot < slash) || dot == path ||
	    (slash != NULL && dot == slash + 1))
		return "";
	return dot;
}

char *cli_tmp_path(const char *path, const char *ext)
{
	size_t n = strlen(path), e = strlen(ext);
	char *p = malloc(n + 4 + e + 1);

	if (p == NULL)
		return NULL;
	memcpy(p, path, n);
	memcpy(p + n, ".tmp", 4);
	memcpy(p + n + 4, ext, e + 1);
	return p;
}
