/* cli/cmd_eval.c - kgraph eval: extract every article of a gold folder into a
 * fresh database and score it as shared/eval/score.py does
 *
 * Each DIR/NAME.txt with a DIR/NAME.json beside it goes through the library
 * exactly as `kgraph ingest --db NEW NAME.txt` would put it into a new
 * database; the two views are then read back from that database opened
 * read-only, so the score covers the store and its views too.  The scoring
 * itself is in eval.c and eval_score.c.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmds.h"
#include "eval.h"
#include "kgraph/ingest.h"
#include "kgraph/lexicon.h"
#include "kgraph/store.h"

static const char *const usage[] = {
	"Usage: kgraph eval --gold DIR [options]",
	"",
	"Extract every DIR/NAME.txt that has a gold file DIR/NAME.json beside "
	"it",
	"(format: shared/eval/GOLD_FORMAT.md) into a fresh temporary database "
	"and",
	"score the facts and entities against the gold, exactly as",
	"shared/eval/score.py does: precision, recall and F1 per predicate and "
	"for",
	"all facts, and entity recall per type.  Exit status 1 when a --min-*",
	"threshold on all facts is not reached, 65 when a gold file is "
	"malformed.",
	"",
	"Example:",
	"  kgraph eval --gold tests/corpus --show-errors --min-f1 0.6",
	"",
	"Options:",
	"  --gold DIR             the folder of NAME.txt and NAME.json files",
	"  --show-errors          list missed, spurious and split items per "
	"article",
	"  --json                 print the totals as JSON (score.py's shape)",
	"  --min-precision P      fail unless precision over all facts is >= P",
	"  --min-recall R         fail unless recall over all facts is >= R",
	"  --min-f1 F             fail unless F1 over all facts is >= F",
	"  --lexicon DIR          read the lexicon from DIR instead of the "
	"builtin",
	"  -h, --help             show this help",
	NULL
};

typedef struct eval_opts {
	const char *gold, *lexicon;
	int show_errors, json;
	double min[3]; /* precision, recall, f1; < 0 when not given */
} eval_opts;

static void print_usage(FILE *f)
{
	size_t i;

	for (i = 0; usage[i]; i++)
		fprintf(f, "%s\n", usage[i]);
}

static int usage_error(const char *what, const char *arg)
{
	fprintf(stderr, "kgraph: eval: %s%s%s\nTry 'kgraph eval --help'.\n",
	        what, arg ? " " : "", arg ? arg : "");
	return KG_EXIT_USAGE;
}

/* Match --name VALUE or --name=VALUE at argv[*i]; *val is set on a match. */
static int opt_value(int argc,
                     char **argv,
                     int *i,
                     const char *name,
                     const char **val,
                     int *missing)
{
	size_t n = strlen(name);
	const char *a = argv[*i];

	if (strncmp(a, name, n) != 0 || (a[n] != '\0' && a[n] != '='))
		return 0;
	if (a[n] == '=') {
		*val = a + n + 1;
	} else if (*i + 1 < argc) {
		*val = argv[++*i];
	} else {
		*missing = 1;
		return 0;
	}
	return 1;
}

static int parse_num(const char *s, double *out)
{
	char *end;

	errno = 0;
	*out = strtod(s, &end);
	return errno == 0 && end != s && *end == '\0' && *out >= 0.0 &&
	       *out <= 1.0;
}

/* Returns -1 when parsed, else the exit status to return (0 for --help). */
static int parse_args(eval_opts *o, int argc, char **argv)
{
	static const char *const mins[3] = { "--min-precision", "--min-recall",
		                             "--min-f1" };
	int i, k, missing = 0;
	const char *v;

	memset(o, 0, sizeof *o);
	o->min[0] = o->min[1] = o->min[2] = -1.0;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			print_usage(stdout);
			return KG_EXIT_OK;
		} else if (!strcmp(a, "--show-errors")) {
			o->show_errors = 1;
		} else if (!strcmp(a, "--json")) {
			o->json = 1;
		} else if (opt_value(argc, argv, &i, "--gold", &v, &missing)) {
			o->gold = v;
		} else if (opt_value(argc, argv, &i, "--lexicon", &v,
		                     &missing)) {
			o->lexicon = v;
		} else {
			for (k = 0; k < 3; k++)
				if (opt_value(argc, argv, &i, mins[k], &v,
				              &missing))
					break;
			if (missing)
				return usage_error("option needs a value:", a);
			if (k == 3)
				return usage_error("unknown argument:", a);
			if (!parse_num(v, &o->min[k]))
				return usage_error("not a number from 0 to 1:",
				                   v);
		}
		if (missing)
			return usage_error("option needs a value:", a);
	}
	if (!o->gold)
		return usage_error("--gold DIR is required", NULL);
	return -1;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names of dir ending in .txt.  NULL with errno on failure. */
static char **list_txt(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **v = NULL, **nv;
	size_t cap = 0;

	*n = 0;
	if (!d)
		return NULL;
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);

		if (len < 4 || strcmp(de->d_name + len - 4, ".txt") != 0)
			continue;
		if (*n + 1 >= cap) {
			cap = cap ? cap * 2 : 32;
			nv = realloc(v, cap * sizeof *v);
			if (!nv)
				goto fail;
			v = nv;
		}
		if (!(v[*n] = strdup(de->d_name)))
			goto fail;
		++*n;
	}
	closedir(d);
	if (!v && !(v = calloc(1, sizeof *v)))
		return NULL;
	qsort(v, *n, sizeof *v, cmp_name);
	return v;
fail:
	while (*n > 0)
		free(v[--*n]);
	free(v);
	closedir(d);
	errno = ENOMEM;
	return NULL;
}

static void free_list(char **v, size_t n)
{
	size_t i;

	for (i = 0; v && i < n; i++)
		free(v[i]);
	free(v);
}

/* The whole file at path, NUL-terminated; NULL with errno on failure. */
static char *read_text(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s = NULL, *ns;
	size_t cap = 0, got;

	*len = 0;
	if (!f)
		return NULL;
	do {
		if (*len + 4097 > cap) {
			cap = cap ? cap * 2 : 16384;
			if (!(ns = realloc(s, cap))) {
				free(s);
				fclose(f);
				errno = ENOMEM;
				return NULL;
			}
			s = ns;
		}
		got = fread(s + *len, 1, cap - *len - 1, f);
		*len += got;
	} while (got > 0);
	if (ferror(f)) {
		free(s);
		fclose(f);
		errno = EIO;
		return NULL;
	}
	fclose(f);
	s[*len] = '\0';
	return s;
}

static int name_row(int ncol,
                    const char *const *names,
                    const char *const *values,
                    void *payload)
{
	(void)names;
	if (ncol < 3)
		return 2;
	return eval_system_add_name(payload, values[0], values[1], values[2]) <
	                       0
	               ? 1
	               : 0;
}

static int fact_row(int ncol,
                    const char *const *names,
                    const char *const *values,
                    void *payload)
{
	(void)names;
	if (ncol < 7)
		return 2;
	return eval_system_add_fact(payload, values) < 0 ? 1 : 0;
}

/* Put the extraction of text into a new database at db. */
static int store_doc(const char *db, const kg_doc *doc, kg_err *err)
{
	kg_store *st = NULL;
	int rc = kg_store_open(&st, db, KG_STORE_CREATE, err);

	if (rc == KG_OK)
		rc = kg_store_put_doc(st, doc, NULL, err);
	kg_store_close(st);
	return rc;
}

/* Read the two views of db, as score.py's System does. */
static int read_views(const char *db, eval_system *sys, kg_err *err)
{
	kg_store *st = NULL;
	int rc = kg_store_open(&st, db, KG_STORE_READONLY, err);

	if (rc == KG_OK)
		rc = kg_store_sql(
		        st, "SELECT entity_id, type, name FROM entity_names",
		        name_row, sys, err);
	if (rc == KG_OK)
		rc = kg_store_sql(st,
		                  "SELECT subject_id, subject, subject_type, "
		                  "predicate, object_id, object, object_type "
		                  "FROM facts",
		                  fact_row, sys, err);
	if (rc > 0)
		rc = kg_err_set(err, rc == 1 ? KG_ENOMEM : KG_EDB,
		                rc == 1 ? "out of memory"
		                        : "a view has too few columns");
	kg_store_close(st);
	return rc;
}

static void remove_db(const char *db)
{
	static const char *const ext[] = { "", "-wal", "-shm", "-journal" };
	char p[4200];
	size_t i;

	for (i = 0; i < sizeof ext / sizeof ext[0]; i++) {
		snprintf(p, sizeof p, "%s%s", db, ext[i]);
		unlink(p);
	}
}

/* Extract the article at txt into a fresh database at db and read it
 * back.  Returns a KG_ code; the message is in err. */
static int extract(kg_ingest *ing,
                   const char *txt,
                   const char *db,
                   eval_system *sys,
                   kg_err *err)
{
	kg_doc_input in = { 0 };
	const kg_doc *doc = NULL;
	size_t len;
	char *text = read_text(txt, &len);
	int rc;

	if (!text)
		return kg_err_set(err, KG_EIO, "%s", strerror(errno));
	in.id = txt;
	in.text = text;
	in.len = len;
	rc = kg_ingest_text(ing, &in, &doc, err);
	if (rc == KG_OK)
		rc = store_doc(db, doc, err);
	free(text);
	if (rc == KG_OK)
		rc = read_views(db, sys, err);
	remove_db(db);
	return rc;
}

/* Everything one run needs. */
typedef struct eval_run {
	const eval_opts *o;
	char **names;     /* the sorted .txt names */
	eval_gold **gold; /* per name, NULL when it has no .json */
	size_t n;
	kg_lexicon *lx;
	kg_ingest *ing;
	char tmp[4096]; /* the temporary folder, "" until made */
	eval_totals t;
} eval_run;

static void path_join(char *out,
                      size_t cap,
                      const char *dir,
                      const char *name,
                      size_t keep,
                      const char *ext)
{
	snprintf(out, cap, "%s/%.*s%s", dir, (int)keep, name, ext);
}

/* Load every gold file first, so a malformed one stops the run before any
 * extraction.  Returns an exit status, or -1 to go on. */
static int load_golds(eval_run *r)
{
	char path[4096], msg[512];
	size_t i;
	struct stat sb;

	r->gold = calloc(r->n + 1, sizeof *r->gold);
	if (!r->gold) {
		fprintf(stderr, "kgraph: eval: out of memory\n");
		return KG_EXIT_ERROR;
	}
	for (i = 0; i < r->n; i++) {
		path_join(path, sizeof path, r->o->gold, r->names[i],
		          strlen(r->names[i]) - 4, ".json");
		if (stat(path, &sb) != 0)
			continue;
		switch (eval_gold_load(&r->gold[i], path, msg, sizeof msg)) {
		case 0:
			break;
		case -1:
			fprintf(stderr, "kgraph: %s: %s\n", path, msg);
			return KG_EXIT_DATA;
		default:
			fprintf(stderr, "kgraph: %s: %s\n", path, msg);
			return KG_EXIT_ERROR;
		}
	}
	return -1;
}

static int score_one(eval_run *r, size_t i)
{
	char txt[4096], db[4200];
	eval_system *sys = eval_system_new();
	eval_buf errs = { 0 };
	kg_err err = { 0 };
	int rc;

	if (!sys) {
		fprintf(stderr, "kgraph: eval: out of memory\n");
		return KG_EXIT_ERROR;
	}
	path_join(txt, sizeof txt, r->o->gold, r->names[i], strlen(r->names[i]),
	          "");
	snprintf(db, sizeof db, "%s/kg.db", r->tmp);
	rc = extract(r->ing, txt, db, sys, &err);
	if (rc != KG_OK) {
		fprintf(stderr, "kgraph: %s: %s\n", txt, err.msg);
		eval_system_free(sys);
		return rc == KG_EINVALID ? KG_EXIT_DATA : KG_EXIT_ERROR;
	}
	rc = eval_score(&r->t, r->gold[i], sys,
	                r->o->show_errors ? &errs : NULL);
	if (rc == 0 && errs.len > 0)
		printf("%s\n%s", r->names[i], errs.s);
	eval_buf_free(&errs);
	eval_system_free(sys);
	if (rc < 0) {
		fprintf(stderr, "kgraph: eval: out of memory\n");
		return KG_EXIT_ERROR;
	}
	return -1;
}

static int setup(eval_run *r)
{
	kg_err err = { 0 };
	const char *tmpdir = getenv("TMPDIR");
	int rc;

	rc = r->o->lexicon ? kg_lexicon_load_dir(&r->lx, r->o->lexicon, &err)
	                   : kg_lexicon_load_builtin(&r->lx, &err);
	if (rc == KG_OK)
		rc = kg_ingest_new(&r->ing, r->lx, &err);
	if (rc != KG_OK) {
		fprintf(stderr, "kgraph: %s: %s\n",
		        r->o->lexicon ? r->o->lexicon : "eval", err.msg);
		return rc == KG_EINVALID ? KG_EXIT_DATA : KG_EXIT_ERROR;
	}
	snprintf(r->tmp, sizeof r->tmp, "%s/kgraph-eval-XXXXXX",
	         tmpdir && *tmpdir ? tmpdir : "/tmp");
	if (!mkdtemp(r->tmp)) {
		fprintf(stderr, "kgraph: %s: %s\n", r->tmp, strerror(errno));
		r->tmp[0] = '\0';
		return KG_EXIT_ERROR;
	}
	return -1;
}

/* Exit status 1 and a message per --min-* threshold not reached. */
static int check_thresholds(const eval_run *r)
{
	static const char *const what[3] = { "precision", "recall", "f1" };
	double v[3], shown;
	char s[32];
	int k, rc = KG_EXIT_OK;

	eval_overall(&r->t, &v[0], &v[1], &v[2]);
	for (k = 0; k < 3; k++) {
		if (r->o->min[k] < 0.0)
			continue;
		/* compare what the table shows, rounded to 3 places */
		snprintf(s, sizeof s, "%.3f", v[k]);
		shown = strtod(s, NULL);
		if (shown < r->o->min[k]) {
			fprintf(stderr,
			        "kgraph: eval: %s over all facts is %s, "
			        "below --min-%s %g\n",
			        what[k], s, what[k], r->o->min[k]);
			rc = KG_EXIT_ERROR;
		}
	}
	return rc;
}

static int run(eval_run *r)
{
	size_t i;
	int rc;

	r->names = list_txt(r->o->gold, &r->n);
	if (!r->names) {
		fprintf(stderr, "kgraph: %s: %s\n", r->o->gold,
		        strerror(errno));
		return KG_EXIT_ERROR;
	}
	r->t.articles = (int)r->n;
	if ((rc = load_golds(r)) >= 0 || (rc = setup(r)) >= 0)
		return rc;
	for (i = 0; i < r->n; i++)
		if (r->gold[i] && (rc = score_one(r, i)) >= 0)
			return rc;
	if (r->o->json)
		eval_print_json(&r->t, stdout);
	else
		eval_print_table(&r->t, stdout);
	if (fflush(stdout) != 0) {
		fprintf(stderr, "kgraph: eval: %s\n", strerror(errno));
		return KG_EXIT_ERROR;
	}
	return check_thresholds(r);
}

int cmd_eval(int argc, char **argv)
{
	eval_opts o;
	eval_run r;
	size_t i;
	int rc = parse_args(&o, argc, argv);

	if (rc >= 0)
		return rc;
	memset(&r, 0, sizeof r);
	r.o = &o;
	rc = run(&r);
	for (i = 0; r.gold && i < r.n; i++)
		eval_gold_free(r.gold[i]);
	free(r.gold);
	free_list(r.names, r.n);
	kg_ingest_free(r.ing);
	kg_lexicon_free(r.lx);
	if (r.tmp[0])
		rmdir(r.tmp);
	return rc;
}
