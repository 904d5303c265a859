/* cli/input.c - reading documents (text files, .jsonl records, stdin) and
 * running the extractor over them, for ingest and extract
 *
 * A text file is read whole (one document); a .jsonl file is read a line at
 * a time, so a corpus of any size needs only one record in memory.  Both are
 * capped at KG_MAX_DOC_BYTES: a longer document or line is skipped with an
 * error, without reading it all into memory.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "cmds.h"
#include "input.h"
#include "jsonl_doc.h"
#include "util.h"

static const char utf8_bom[] = "\xEF\xBB\xBF";

/* The name of path in messages. */
static const char *shown(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* Print "kgraph: PATH[:LINE]: message" (line 0: none). */
static void vsay(const char *path, size_t line, const char *fmt, va_list ap)
        KG_PRINTF(3, 0);

static void vsay(const char *path, size_t line, const char *fmt, va_list ap)
{
	if (line > 0)
		fprintf(stderr, "kgraph: %s:%zu: ", shown(path), line);
	else
		fprintf(stderr, "kgraph: %s: ", shown(path));
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

/* The warning of a document whose facts were capped (the document is
 * stored with the facts kept).  Prints at once: the caller is in order. */
static void warn_capped(const cli_input *in, const char *path, size_t line)
{
	if (in->quiet)
		return;
	if (line > 0)
		fprintf(stderr, "kgraph: %s:%zu: ", shown(path), line);
	else
		fprintf(stderr, "kgraph: %s: ", shown(path));
	fprintf(stderr,
	        "warning: more than %d facts in one document; the rest are"
	        " dropped\n",
	        KG_MAX_FACTS_PER_DOC);
}

/* Count an error by its code (the message is printed). */
static void count_error(cli_input *in, int code)
{
	in->tally.errors++;
	if (code == KG_EDB)
		in->fatal = 1; /* a full disk fails every document after it */
	if (cli_exit_status(code) == KG_EXIT_DATA)
		in->tally.bad_data = 1;
	else
		in->tally.runtime = 1;
}

/* Hand back the finished documents of the workers, in input order: all of
 * them when wait is set, else those ready now. */
static void drain(cli_input *in, int wait)
{
	cli_par_done d;

	while (in->par != NULL && cli_par_next(in->par, wait, &d)) {
		int rc = d.rc;

		if (in->fatal) {
			cli_par_release(in->par, &d);
			continue;
		}
		if (rc == KG_OK && d.facts_capped)
			warn_capped(in, d.path, d.line);
		if (rc == KG_OK)
			rc = in->done(d.result, in->payload, &d.err);
		if (rc != KG_OK) {
			if (d.line > 0)
				fprintf(stderr, "kgraph: %s:%zu: %s\n",
				        shown(d.path), d.line, d.err.msg);
			else
				fprintf(stderr, "kgraph: %s: %s\n",
				        shown(d.path), d.err.msg);
			count_error(in, rc);
		} else {
			in->tally.docs++;
		}
		cli_par_release(in->par, &d);
	}
}

/* Print an error about an input and count it by its code (after the
 * messages of the documents before it). */
static void report(cli_input *in,
                   const char *path,
                   size_t line,
                   int code,
                   const char *fmt,
                   ...) KG_PRINTF(5, 6);

static void report(cli_input *in,
                   const char *path,
                   size_t line,
                   int code,
                   const char *fmt,
                   ...)
{
	va_list ap;

	drain(in, 1);
	va_start(ap, fmt);
	vsay(path, line, fmt, ap);
	va_end(ap);
	count_error(in, code);
}

static void
warn(cli_input *in, const char *path, size_t line, const char *fmt, ...)
        KG_PRINTF(4, 5);

static void
warn(cli_input *in, const char *path, size_t line, const char *fmt, ...)
{
	va_list ap;

	if (in->quiet)
		return;
	drain(in, 1);
	va_start(ap, fmt);
	vsay(path, line, fmt, ap);
	va_end(ap);
}

static int is_blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

/* Queue d for the workers, after making room. */
static void
submit(cli_input *in, const char *path, size_t line, const kg_doc_input *d)
{
	kg_err err = { 0, "" };

	while (cli_par_full(in->par))
		drain(in, 1);
	if (cli_par_submit(in->par, path, line, d, &err) != KG_OK)
		report(in, path, line, err.code, "%s", err.msg);
	drain(in, 0);
}

/* Check, extract and pass on one document; path and line locate it. */
static void
extract(cli_input *in, const char *path, size_t line, kg_doc_input *d)
{
	kg_err err = { 0, "" };
	const kg_doc *doc;
	size_t bad, skip = 0;
	int rc;

	if (d->len >= 3 && memcmp(d->text, utf8_bom, 3) == 0)
		skip = 3;
	if (is_blank(d->text + skip, d->len - skip)) {
		warn(in, path, line, "warning: empty document");
		return;
	}
	if (!kg_utf8_valid(d->text, d->len, &bad)) {
		report(in, path, line, KG_EINVALID, "invalid UTF-8 at byte %zu",
		       bad);
		return;
	}
	d->text += skip;
	d->len -= skip;
	if (d->published == NULL && in->default_date[0] != '\0')
		d->published = in->default_date;
	if (in->par != NULL) {
		submit(in, path, line, d);
		return;
	}
	rc = kg_ingest_text(in->ing, d, &doc, &err);
	if (rc == KG_OK && doc->facts_capped)
		warn_capped(in, path, line);
	if (rc == KG_OK)
		rc = in->fn(doc, in->payload, &err);
	if (rc != KG_OK)
		report(in, path, line, rc, "%s", err.msg);
	else
		in->tally.docs++;
}

/* Read all of f into *out (malloc'd), at most KG_MAX_DOC_BYTES. */
static int read_all(FILE *f, char **out, size_t *len, kg_err *err)
{
	struct stat sb;
	size_t cap = 1 << 16, n = 0;
	char *buf = NULL;

	*out = NULL;
	if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) &&
	    (size_t)sb.st_size <= KG_MAX_DOC_BYTES)
		cap = (size_t)sb.st_size + 1;
	for (;;) {
		size_t got;

		if (n == cap || buf == NULL) {
			char *p;

			if (n == cap)
				cap = cap * 2 > KG_MAX_DOC_BYTES
				              ? KG_MAX_DOC_BYTES + 1
				              : cap * 2;
			p = realloc(buf, cap);
			if (p == NULL) {
				free(buf);
				return kg_err_set(err, KG_ENOMEM,
				                  "out of memory");
			}
			buf = p;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (n > KG_MAX_DOC_BYTES) {
			free(buf);
			return kg_err_set(err, KG_ELIMIT,
			                  "document larger than 64 MiB");
		}
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		return kg_err_set(err, KG_EIO, "%s", strerror(errno));
	}
	*out = buf;
	*len = n;
	return KG_OK;
}

static void run_text(cli_input *in, const char *path, FILE *f)
{
	kg_doc_input d = { path, NULL, NULL, NULL, NULL, 0 };
	kg_err err = { 0, "" };
	char *buf;
	int rc = read_all(f, &buf, &d.len, &err);

	if (rc != KG_OK) {
		report(in, path, 0, rc, "%s", err.msg);
		return;
	}
	d.text = buf;
	in->bytes += d.len;
	extract(in, path, 0, &d);
	free(buf);
}

/* The string member name of rec, or NULL when absent or null.  Sets *bad
 * when the member is there but is not a string (numbers are accepted when
 * num is given, formatted into it). */
static const char *
member(const cJSON *rec, const char *name, char *num, size_t numcap, int *bad)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(rec, name);

	if (v == NULL || cJSON_IsNull(v))
		return NULL;
	if (cJSON_IsString(v))
		return v->valuestring;
	if (num != NULL && cJSON_IsNumber(v)) {
		double x = v->valuedouble;

		/* only a whole number that fits is cast (1e300 is not) */
		if (x > -9.2e18 && x < 9.2e18 && x == (double)(long long)x)
			snprintf(num, numcap, "%lld", (long long)x);
		else
			snprintf(num, numcap, "%.17g", x);
		return num;
	}
	*bad = 1;
	return NULL;
}

/* Fill d from a JSON record (strings borrowed from rec, idbuf and date). */
static int record_fields(const char *path,
                         size_t line,
                         const cJSON *rec,
                         kg_doc_input *d,
                         char *idbuf,
                         size_t idcap,
                         char date[11],
                         kg_err *err)
{
	static const char *const names[] = { "id", "url", "title" };
	const char *fields[3], *pub;
	int bad = 0;
	size_t i, off;

	d->text = member(rec, "text", NULL, 0, &bad);
	if (d->text == NULL)
		return kg_err_set(err, KG_EINVALID,
		                  "record has no \"text\" string");
	for (i = 0; i < 3; i++) {
		fields[i] = member(rec, names[i], i == 0 ? idbuf : NULL, idcap,
		                   &bad);
		if (bad)
			return kg_err_set(err, KG_EINVALID,
			                  "\"%s\" is not a string", names[i]);
		if (fields[i] != NULL &&
		    !kg_utf8_valid(fields[i], strlen(fields[i]), &off))
			return kg_err_set(err, KG_EINVALID,
			                  "invalid UTF-8 in \"%s\" at byte %zu",
			                  names[i], off);
	}
	pub = member(rec, "published", NULL, 0, &bad);
	if (bad || (pub != NULL && pub[0] != '\0' &&
	            kg_ingest_parse_date(date, pub) != KG_OK))
		return kg_err_set(err, KG_EINVALID,
		                  "\"published\" is not a date: '%.40s'",
		                  pub ? pub : "(not a string)");
	if (fields[0] == NULL)
		snprintf(idbuf, idcap, "%s:%zu", path, line);
	d->id = fields[0] != NULL ? fields[0] : idbuf;
	d->url = fields[1];
	d->title = fields[2];
	d->published = pub != NULL && pub[0] != '\0' ? date : NULL;
	d->len = strlen(d->text);
	return KG_OK;
}

static void run_record(
        cli_input *in, const char *path, size_t line, const char *s, size_t n)
{
	kg_doc_input d = { NULL, NULL, NULL, NULL, NULL, 0 };
	kg_err err = { 0, "" };
	char idbuf[4096 + 32], date[11];
	const char *nul = memchr(s, '\0', n);
	cJSON *rec;
	int rc;

	if (nul != NULL) {
		report(in, path, line, KG_EINVALID, "NUL byte at column %zu",
		       (size_t)(nul - s) + 1);
		return;
	}
	/* cJSON would cut a string at an escaped NUL: refuse it like a raw
	 * NUL (a literal backslash before "u0000" is refused too) */
	if ((nul = strstr(s, "\\u0000")) != NULL) {
		report(in, path, line, KG_EINVALID,
		       "NUL (\\u0000) at column %zu", (size_t)(nul - s) + 1);
		return;
	}
	/* s[n] is the NUL that read_line put there: with it, cJSON rejects
	 * anything after the record. */
	rec = cJSON_ParseWithLengthOpts(s, n + 1, NULL, 1);
	if (rec == NULL) {
		const char *at = cJSON_GetErrorPtr();

		if (at != NULL && at >= s && at <= s + n)
			report(in, path, line, KG_EINVALID,
			       "invalid JSON at column %zu",
			       (size_t)(at - s) + 1);
		else
			report(in, path, line, KG_EINVALID, "invalid JSON");
		return;
	}
	if (!cJSON_IsObject(rec))
		rc = kg_err_set(&err, KG_EINVALID,
		                "record is not a JSON object");
	else
		rc = record_fields(path, line, rec, &d, idbuf, sizeof(idbuf),
		                   date, &err);
	if (rc != KG_OK)
		report(in, path, line, rc, "%s", err.msg);
	else
		extract(in, path, line, &d);
	cJSON_Delete(rec);
}

/* Read one line of f without its '\n' into *buf, NUL-terminated (grown as
 * needed, at most KG_MAX_DOC_BYTES kept; *toolong set when more was dropped).
 * Returns 0 at the end of the file, 1 when a line was read, -1 when out of
 * memory. */
static int
read_line(FILE *f, char **buf, size_t *cap, size_t *len, int *toolong)
{
	int c = EOF, rc = 1;

	*len = 0;
	*toolong = 0;
	flockfile(f);
	while ((c = getc_unlocked(f)) != EOF && c != '\n') {
		if (*len + 1 >= *cap) {
			size_t ncap = *cap ? *cap * 2 : 4096;
			char *p;

			if (*len >= KG_MAX_DOC_BYTES) {
				*toolong = 1;
				continue;
			}
			if (ncap > KG_MAX_DOC_BYTES + 1)
				ncap = KG_MAX_DOC_BYTES + 1;
			p = realloc(*buf, ncap);
			if (p == NULL) {
				rc = -1;
				break;
			}
			*buf = p;
			*cap = ncap;
		}
		(*buf)[(*len)++] = (char)c;
	}
	funlockfile(f);
	if (rc == 1 && *buf != NULL)
		(*buf)[*len] = '\0'; /* *len < *cap: grown before each byte */
	if (rc == 1 && c == EOF && *len == 0 && !*toolong)
		rc = 0;
	return rc;
}

/* One line of kgraph extract output: stored as it is, not extracted. */
static void
run_loaded(cli_input *in, const char *path, size_t line, char *s, size_t n)
{
	kg_err err = { 0, "" };
	cli_jdoc j;
	int rc = cli_doc_from_json(&j, s, n, &err);

	if (rc == KG_OK) {
		rc = in->fn(&j.doc, in->payload, &err);
		cli_jdoc_free(&j);
	}
	if (rc != KG_OK)
		report(in, path, line, rc, "%s", err.msg);
	else
		in->tally.docs++;
}

/* Stop reading after SIGINT/SIGTERM (cli_interrupt_install). */
static int stop_now(cli_input *in)
{
	if (cli_interrupted())
		in->stopped = 1;
	return in->stopped || in->fatal;
}

static void run_jsonl(cli_input *in, const char *path, FILE *f)
{
	char *buf = NULL;
	size_t cap = 0, len, line = 0;
	int toolong, rc;

	while (!stop_now(in) &&
	       (rc = read_line(f, &buf, &cap, &len, &toolong)) == 1) {
		line++;
		in->bytes += len + 1;
		if (toolong)
			report(in, path, line, KG_ELIMIT,
			       "line longer than 64 MiB");
		else if (is_blank(buf, len))
			continue;
		else if (in->from_jsonl)
			run_loaded(in, path, line, buf, len);
		else
			run_record(in, path, line, buf, len);
		cli_progress_update(&in->progress, in->tally.docs, in->bytes);
	}
	if (in->stopped) {
		free(buf);
		return;
	}
	if (rc < 0)
		report(in, path, line + 1, KG_ENOMEM, "out of memory");
	else if (ferror(f))
		report(in, path, 0, KG_EIO, "%s", strerror(errno));
	free(buf);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

static void run_stdin(cli_input *in)
{
	int c = getc(stdin);

	if (c != EOF)
		ungetc(c, stdin);
	if (c == '{' || in->from_jsonl)
		run_jsonl(in, "-", stdin);
	else
		run_text(in, "-", stdin);
}

/* The bytes of the regular files among paths, for the progress ETA. */
static size_t total_size(char *const *paths, int n)
{
	size_t total = 0;
	struct stat sb;

	for (int i = 0; i < n; i++)
		if (strcmp(paths[i], "-") != 0 && stat(paths[i], &sb) == 0 &&
		    S_ISREG(sb.st_mode))
			total += (size_t)sb.st_size;
	return total;
}

void cli_input_run(cli_input *in, char *const *paths, int n)
{
	cli_progress_start(&in->progress, in->quiet, total_size(paths, n));
	for (int i = 0; i < n && !stop_now(in); i++) {
		const char *path = paths[i];
		struct stat sb;
		FILE *f;

		if (strcmp(path, "-") == 0) {
			run_stdin(in);
			continue;
		}
		f = fopen(path, "rb");
		if (f == NULL) {
			report(in, path, 0, KG_EIO, "%s", strerror(errno));
			continue;
		}
		if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode))
			report(in, path, 0, KG_EIO, "%s", strerror(EISDIR));
		else if (in->from_jsonl || ends_with(path, ".jsonl"))
			run_jsonl(in, path, f);
		else
			run_text(in, path, f);
		fclose(f);
		cli_progress_update(&in->progress, in->tally.docs, in->bytes);
	}
	drain(in, 1);
	cli_progress_end(&in->progress);
}

int cli_tally_status(const cli_tally *t)
{
	if (t->runtime)
		return KG_EXIT_ERROR;
	return t->bad_data ? KG_EXIT_DATA : KG_EXIT_OK;
}

int cli_extractor_open(cli_extractor *ex,
                       const char *lexicon_dir,
                       const char *date)
{
	kg_err err = { 0, "" };
	int rc;

	ex->lx = NULL;
	ex->ing = NULL;
	ex->date[0] = '\0';
	if (date != NULL && kg_ingest_parse_date(ex->date, date) != KG_OK)
		return cli_usage_error("option '--date' needs a date "
		                       "YYYY-MM-DD, not '%s'",
		                       date);
	if (lexicon_dir != NULL)
		rc = kg_lexicon_load_dir(&ex->lx, lexicon_dir, &err);
	else
		rc = kg_lexicon_load_builtin(&ex->lx, &err);
	if (rc == KG_OK)
		rc = kg_ingest_new(&ex->ing, ex->lx, &err);
	if (rc == KG_OK)
		return CLI_CONTINUE;
	cli_error("%s%s%s", lexicon_dir ? lexicon_dir : "",
	          lexicon_dir ? ": " : "", err.msg);
	cli_extractor_close(ex);
	return cli_exit_status(rc);
}

void cli_extractor_close(cli_extractor *ex)
{
	kg_ingest_free(ex->ing);
	kg_lexicon_free(ex->lx);
	ex->ing = NULL;
	ex->lx = NULL;
}
