/* cli/par.c - extraction in worker threads with results in input order,
 * the progress line, and stopping cleanly on SIGINT/SIGTERM
 *
 * The jobs live in a ring of slots indexed by sequence number: the caller
 * fills slot tail, workers take slots from take on, and the caller hands
 * slot head back once it is done.  One mutex guards the three counters and
 * the slot states; the extraction itself runs unlocked.  A slot keeps its
 * text buffer for the next document, so a long run allocates little.
 */
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "par.h"
#include "util.h"

enum { SLOT_FREE, SLOT_QUEUED, SLOT_DONE };

struct slot {
	int state;
	const char *path;
	size_t line;
	kg_doc_input in; /* strings point into buf */
	char *buf;
	size_t cap;
	int rc;
	kg_err err;
	int facts_capped; /* the kg_doc's */
	void *result;
};

struct worker {
	cli_par *p;
	kg_ingest *ing;
	pthread_t th;
	int started;
};

struct cli_par {
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	struct slot *slots;
	size_t nslots;
	uint64_t head, take, tail; /* head <= take <= tail */
	int quit;
	struct worker *w;
	int nw;
	cli_prep_fn prep;
	cli_release_fn release;
};

static void *worker_main(void *arg)
{
	struct worker *w = arg;
	cli_par *p = w->p;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		struct slot *s;
		const kg_doc *doc = NULL;

		while (!p->quit && p->take == p->tail)
			pthread_cond_wait(&p->work, &p->mu);
		if (p->quit)
			break;
		s = &p->slots[p->take++ % p->nslots];
		pthread_mutex_unlock(&p->mu);
		kg_err_clear(&s->err);
		s->result = NULL;
		s->rc = kg_ingest_text(w->ing, &s->in, &doc, &s->err);
		s->facts_capped = s->rc == KG_OK && doc->facts_capped;
		if (s->rc == KG_OK &&
		    (s->result = p->prep(doc, &s->err)) == NULL)
			s->rc = s->err.code != KG_OK ? s->err.code : KG_ENOMEM;
		pthread_mutex_lock(&p->mu);
		s->state = SLOT_DONE;
		pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static int start_workers(cli_par *p, const kg_lexicon *lx, kg_err *err)
{
	sigset_t block, old;
	int rc = KG_OK;

	/* signals go to the reading thread, which checks the flag */
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	for (int i = 0; i < p->nw && rc == KG_OK; i++) {
		p->w[i].p = p;
		rc = kg_ingest_new(&p->w[i].ing, lx, err);
		if (rc == KG_OK &&
		    pthread_create(&p->w[i].th, NULL, worker_main, &p->w[i]))
			rc = kg_err_set(err, KG_ERROR,
			                "cannot start a worker thread");
		p->w[i].started = rc == KG_OK;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return rc;
}

int cli_par_new(cli_par **out,
                int nworkers,
                const kg_lexicon *lx,
                cli_prep_fn prep,
                cli_release_fn release,
                kg_err *err)
{
	cli_par *p = calloc(1, sizeof(*p));
	int rc;

	*out = NULL;
	if (p == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	p->nw = nworkers;
	p->nslots = (size_t)nworkers * 4;
	p->prep = prep;
	p->release = release;
	p->slots = calloc(p->nslots, sizeof(*p->slots));
	p->w = calloc((size_t)nworkers, sizeof(*p->w));
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	if (p->slots == NULL || p->w == NULL)
		rc = kg_err_set(err, KG_ENOMEM, "out of memory");
	else
		rc = start_workers(p, lx, err);
	if (rc != KG_OK) {
		cli_par_free(p);
		return rc;
	}
	*out = p;
	return KG_OK;
}

int cli_par_full(const cli_par *p)
{
	return p->tail - p->head >= p->nslots;
}

int cli_par_pending(const cli_par *p)
{
	return p->tail != p->head;
}

static size_t opt_len(const char *s)
{
	return s != NULL ? strlen(s) + 1 : 0;
}

/* Copy s (NULL stays NULL) to *at and advance it. */
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

int cli_par_submit(cli_par *p,
                   const char *path,
                   size_t line,
                   const kg_doc_input *d,
                   kg_err *err)
{
	struct slot *s = &p->slots[p->tail % p->nslots];
	size_t need = opt_len(d->id) + opt_len(d->url) + opt_len(d->title) +
	              opt_len(d->published) + d->len + 1;
	char *at;

	if (need > s->cap) {
		char *b = realloc(s->buf, need);

		if (b == NULL)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
		s->buf = b;
		s->cap = need;
	}
	at = s->buf;
	s->in.id = put_str(&at, d->id, opt_len(d->id) - (d->id != NULL));
	s->in.url = put_str(&at, d->url, opt_len(d->url) - (d->url != NULL));
	s->in.title =
	        put_str(&at, d->title, opt_len(d->title) - (d->title != NULL));
	s->in.published =
	        put_str(&at, d->published,
	                opt_len(d->published) - (d->published != NULL));
	s->in.text = put_str(&at, d->text ? d->text : "", d->len);
	s->in.len = d->len;
	s->path = path;
	s->line = line;
	pthread_mutex_lock(&p->mu);
	s->state = SLOT_QUEUED;
	p->tail++;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->mu);
	return KG_OK;
}

int cli_par_next(cli_par *p, int wait, cli_par_done *d)
{
	struct slot *s;
	int ready;

	if (p->head == p->tail)
		return 0;
	s = &p->slots[p->head % p->nslots];
	pthread_mutex_lock(&p->mu);
	while (wait && s->state != SLOT_DONE)
		pthread_cond_wait(&p->done, &p->mu);
	ready = s->state == SLOT_DONE;
	pthread_mutex_unlock(&p->mu);
	if (!ready)
		return 0;
	d->path = s->path;
	d->line = s->line;
	d->rc = s->rc;
	d->err = s->err;
	d->facts_capped = s->facts_capped;
	d->result = s->result;
	return 1;
}

void cli_par_release(cli_par *p, cli_par_done *d)
{
	struct slot *s = &p->slots[p->head % p->nslots];

	if (d->result != NULL)
		p->release(d->result);
	d->result = NULL;
	s->result = NULL;
	s->state = SLOT_FREE;
	p->head++;
}

void cli_par_free(cli_par *p)
{
	cli_par_done d;

	if (p == NULL)
		return;
	while (p->w != NULL && cli_par_next(p, 1, &d))
		cli_par_release(p, &d);
	pthread_mutex_lock(&p->mu);
	p->quit = 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	for (int i = 0; p->w != NULL && i < p->nw; i++) {
		if (p->w[i].started)
			pthread_join(p->w[i].th, NULL);
		kg_ingest_free(p->w[i].ing);
	}
	for (size_t i = 0; p->slots != NULL && i < p->nslots; i++)
		free(p->slots[i].buf);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->done);
	pthread_mutex_destroy(&p->mu);
	free(p->slots);
	free(p->w);
	free(p);
}

/* ---- copying a kg_doc ---- */

void *cli_doc_clone(const kg_doc *doc, kg_err *err)
{
	kg_doc *d = kg_doc_clone(doc, NULL);

	if (d == NULL)
		kg_err_set(err, KG_ENOMEM, "out of memory");
	return d;
}

/* ---- signals ---- */

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

void cli_interrupt_install(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* a second signal kills as usual, e.g. when blocked on a pipe */
	sa.sa_flags = (int)(SA_RESTART | SA_RESETHAND);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

int cli_interrupted(void)
{
	return interrupted != 0;
}

/* ---- the progress line ---- */

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_start(cli_progress *pr, int quiet, size_t total)
{
	memset(pr, 0, sizeof(*pr));
	pr->enabled = !quiet && isatty(STDERR_FILENO);
	pr->total = total;
	pr->t0 = pr->last = now();
}

void cli_progress_update(cli_progress *pr, long docs, size_t bytes)
{
	double t, rate;
	char eta[32] = "";

	if (!pr->enabled)
		return;
	t = now();
	/* short runs print nothing; then at most 4 lines a second */
	if (t - pr->t0 < 1.0 || t - pr->last < 0.25)
		return;
	pr->last = t;
	rate = (double)bytes / (t - pr->t0);
	if (pr->total > bytes && rate > 0) {
		long left = (long)((double)(pr->total - bytes) / rate);

		snprintf(eta, sizeof(eta), ", ETA %ld:%02ld", left / 60,
		         left % 60);
	}
	fprintf(stderr, "\rkgraph: %ld documents, %.1f MB, %.2f MB/s%s\033[K",
	        docs, (double)bytes / 1e6, rate / 1e6, eta);
	pr->shown = 1;
}

void cli_progress_end(cli_progress *pr)
{
	if (pr->shown)
		fputs("\r\033[K", stderr);
	pr->shown = 0;
}

int cli_jobs_check(int *jobs)
{
	if (*jobs == 0) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);

		*jobs = n > 0 ? (int)(n < CLI_MAX_JOBS ? n : CLI_MAX_JOBS) : 1;
	}
	if (*jobs < 1 || *jobs > CLI_MAX_JOBS)
		return cli_usage_error("option '--jobs' needs a number from "
		                       "0 (one per processor) to %d, not %d",
		                       CLI_MAX_JOBS, *jobs);
	return CLI_CONTINUE;
}
