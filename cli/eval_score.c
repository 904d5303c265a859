/* cli/eval_score.c - the resolver, the counts and the output of kgraph eval,
 * line for line as shared/eval/score.py computes and prints them
 */
#include "eval.h"

#include <stdlib.h>
#include <string.h>

static const char *const scored_preds[EVAL_NPRED] = {
	"holds_office", "office_of", "attended", "met_with",  "located_in",
	"occurred_on",  "part_of",   "invokes",  "member_of",
};
static const char *const entity_types[EVAL_NTYPE] = {
	"PERSON", "ORG",    "GPE",    "LOC",     "FACILITY",
	"EVENT",  "OFFICE", "TREATY", "ARTICLE",
};

/* score.py's best_pattern: the length of the longest pattern all of whose
 * words are words of one name; 0 when none fits. */
static size_t best_pattern(const eval_gent *ge, const eval_names *ns)
{
	size_t best = 0, i, j, k;

	for (i = 0; i < ge->npats; i++) {
		const eval_pat *p = &ge->pats[i];

		if (p->n <= best)
			continue;
		for (j = 0; j < ns->n; j++) {
			for (k = 0; k < p->n; k++)
				if (!eval_words_has(&ns->w[j], p->w[k]))
					break;
			if (k == p->n) {
				best = p->n;
				break;
			}
		}
	}
	return best;
}

/* Resolver.assigned: out[i] = 1 when gold entity i is one of those of the
 * same type whose best pattern is longest (and not 0).  sc is scratch of
 * g->nents entries. */
static void assign(unsigned char *out,
                   size_t *sc,
                   const eval_gold *g,
                   const eval_names *ns,
                   const char *type)
{
	size_t top = 0, i;

	for (i = 0; i < g->nents; i++) {
		sc[i] = 0;
		if (strcmp(g->ents[i].type, type) == 0)
			sc[i] = best_pattern(&g->ents[i], ns);
		if (sc[i] > top)
			top = sc[i];
	}
	for (i = 0; i < g->nents; i++)
		out[i] = (unsigned char)(top > 0 && sc[i] == top);
}

static int index_of(const char *const *list, int n, const char *s)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], s) == 0)
			return i;
	return -1;
}

/* fact_matches: same predicate, and subject and object resolve to the gold
 * fact's (either way round for met_with). */
static int fact_matches(const eval_gfact *gf,
                        const eval_sfact *sf,
                        const unsigned char *sa,
                        const unsigned char *oa)
{
	if (strcmp(sf->pred, gf->p) != 0)
		return 0;
	if (sa[gf->s] && oa[gf->o])
		return 1;
	return strcmp(gf->p, "met_with") == 0 && sa[gf->o] && oa[gf->s];
}

static const char *min_name(const eval_names *ns)
{
	const char *m = NULL;
	size_t i;

	for (i = 0; i < ns->n; i++)
		if (!m || strcmp(ns->v[i], m) < 0)
			m = ns->v[i];
	return m;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Recall over gold facts, precision over the system's scored facts.  sa, oa:
 * the assignments of every system fact's subject and object, ng bytes
 * each. */
static void score_facts(eval_totals *t,
                        const eval_gold *g,
                        const eval_system *s,
                        const unsigned char *sa,
                        const unsigned char *oa,
                        eval_buf *err)
{
	size_t ng = g->nents, i, j;

	for (i = 0; i < g->nfacts; i++) {
		const eval_gfact *gf = &g->facts[i];
		int hit = 0, p = index_of(scored_preds, EVAL_NPRED, gf->p);

		for (j = 0; j < s->nfacts && !hit; j++)
			hit = fact_matches(gf, &s->facts[j], sa + j * ng,
			                   oa + j * ng);
		if (p >= 0)
			(hit ? t->tp_recall : t->fn)[p]++;
		if (!hit && err)
			eval_buf_printf(err, "  missed   %s -%s-> %s\n",
			                g->ents[gf->s].key, gf->p,
			                g->ents[gf->o].key);
	}
	for (j = 0; j < s->nfacts; j++) {
		const eval_sfact *sf = &s->facts[j];
		int ok = 0, p = index_of(scored_preds, EVAL_NPRED, sf->pred);

		if (p < 0)
			continue;
		for (i = 0; i < g->nfacts + g->nopt && !ok; i++)
			ok = fact_matches(&g->facts[i], sf, sa + j * ng,
			                  oa + j * ng);
		(ok ? t->tp_precision : t->fp)[p]++;
		if (!ok && err) {
			const char *sn = min_name(&sf->sn);
			const char *on = min_name(&sf->on);

			eval_buf_printf(err,
			                "  spurious %s [%s] -%s-> %s [%s]\n",
			                sn ? sn : "?", sf->stype, sf->pred,
			                on ? on : "?", sf->otype);
		}
	}
}

/* Report gold entity k's nodes (hits of them, flagged in ea) in err. */
static void split_line(eval_buf *err,
                       const eval_gold *g,
                       size_t k,
                       const eval_system *s,
                       const unsigned char *ea,
                       size_t hits,
                       const char **names)
{
	size_t e, n = 0;

	for (e = 0; e < s->nents; e++)
		if (ea[e * g->nents + k])
			names[n++] = min_name(&s->ents[e].names);
	qsort(names, n, sizeof *names, cmp_str);
	eval_buf_printf(err,
	                "  split    %s [%s] over %zu nodes: ", g->ents[k].key,
	                g->ents[k].type, hits);
	for (e = 0; e < n; e++)
		eval_buf_printf(err, "%s%s", e ? "; " : "", names[e]);
	eval_buf_printf(err, "\n");
}

/* Entities: is each gold entity there, and as how many system nodes? */
static void score_entities(eval_totals *t,
                           const eval_gold *g,
                           const eval_system *s,
                           const unsigned char *ea,
                           const char **names,
                           eval_buf *err)
{
	size_t k, e;

	for (k = 0; k < g->nents; k++) {
		const eval_gent *ge = &g->ents[k];
		int ti = index_of(entity_types, EVAL_NTYPE, ge->type);
		size_t hits = 0;

		if (strcmp(ge->type, "DATE") == 0)
			continue;
		for (e = 0; e < s->nents; e++)
			hits += ea[e * g->nents + k];
		if (ti >= 0) {
			(hits ? t->found : t->lost)[ti]++;
			if (hits > 1)
				t->split[ti]++;
		}
		if (hits > 1 && err)
			split_line(err, g, k, s, ea, hits, names);
		if (!hits && err)
			eval_buf_printf(err, "  no node  %s [%s]\n", ge->key,
			                ge->type);
	}
}

int eval_score(eval_totals *t,
               const eval_gold *g,
               const eval_system *s,
               eval_buf *errors)
{
	size_t ng = g->nents ? g->nents : 1, j;
	unsigned char *sa = calloc(s->nfacts * ng + 1, 1);
	unsigned char *oa = calloc(s->nfacts * ng + 1, 1);
	unsigned char *ea = calloc(s->nents * ng + 1, 1);
	size_t *sc = calloc(ng, sizeof *sc);
	const char **names = calloc(s->nents + 1, sizeof *names);
	int rc = -1;

	if (!sa || !oa || !ea || !sc || !names)
		goto out;
	for (j = 0; j < s->nfacts; j++) {
		assign(sa + j * ng, sc, g, &s->facts[j].sn, s->facts[j].stype);
		assign(oa + j * ng, sc, g, &s->facts[j].on, s->facts[j].otype);
	}
	for (j = 0; j < s->nents; j++)
		assign(ea + j * ng, sc, g, &s->ents[j].names, s->ents[j].type);
	score_facts(t, g, s, sa, oa, errors);
	score_entities(t, g, s, ea, names, errors);
	rc = errors && errors->failed ? -1 : 0;
out:
	free(sa);
	free(oa);
	free(ea);
	free(sc);
	free(names);
	return rc;
}

/* score.py's prf. */
static void
prf(long tp_p, long fp, long tp_r, long fn, double *p, double *r, double *f)
{
	*p = tp_p + fp ? (double)tp_p / (double)(tp_p + fp) : 1.0;
	*r = tp_r + fn ? (double)tp_r / (double)(tp_r + fn) : 1.0;
	*f = *p + *r != 0.0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

void eval_overall(const eval_totals *t, double *p, double *r, double *f)
{
	long a = 0, b = 0, c = 0, d = 0;
	int i;

	for (i = 0; i < EVAL_NPRED; i++) {
		a += t->tp_precision[i];
		b += t->fp[i];
		c += t->tp_recall[i];
		d += t->fn[i];
	}
	prf(a, b, c, d, p, r, f);
}

static int pred_present(const eval_totals *t, int i)
{
	return t->tp_precision[i] || t->fp[i] || t->tp_recall[i] || t->fn[i];
}

void eval_print_table(const eval_totals *t, FILE *f)
{
	double p, r, f1;
	int i;

	fprintf(f, "%-14s%7s%7s%7s%6s%6s\n", "predicate", "P", "R", "F1",
	        "gold", "sys");
	for (i = 0; i < EVAL_NPRED; i++) {
		if (!pred_present(t, i))
			continue;
		prf(t->tp_precision[i], t->fp[i], t->tp_recall[i], t->fn[i], &p,
		    &r, &f1);
		fprintf(f, "%-14s%7.3f%7.3f%7.3f%6ld%6ld\n", scored_preds[i], p,
		        r, f1, t->tp_recall[i] + t->fn[i],
		        t->tp_precision[i] + t->fp[i]);
	}
	eval_overall(t, &p, &r, &f1);
	{
		long gold = 0, sys = 0;

		for (i = 0; i < EVAL_NPRED; i++) {
			gold += t->tp_recall[i] + t->fn[i];
			sys += t->tp_precision[i] + t->fp[i];
		}
		fprintf(f, "%-14s%7.3f%7.3f%7.3f%6ld%6ld\n", "ALL FACTS", p, r,
		        f1, gold, sys);
	}
	fprintf(f, "\n%-14s%7s%6s%6s\n", "entity type", "recall", "gold",
	        "split");
	for (i = 0; i < EVAL_NTYPE; i++) {
		long n = t->found[i] + t->lost[i];

		if (n)
			fprintf(f, "%-14s%7.3f%6ld%6ld\n", entity_types[i],
			        (double)t->found[i] / (double)n, n,
			        t->split[i]);
	}
}

/* Python's repr(round(x, 3)): "0.667", "0.5", "1.0".  printf's %.3f rounds
 * the exact binary value half-even, as round() does. */
static void put_num(FILE *f, double x)
{
	char s[64];
	size_t n;

	snprintf(s, sizeof s, "%.3f", x);
	n = strlen(s);
	while (n > 2 && s[n - 1] == '0' && s[n - 2] != '.')
		s[--n] = '\0';
	fputs(s, f);
}

static void put_prf(FILE *f, const char *indent, double p, double r, double f1)
{
	fprintf(f, "{\n%s  \"precision\": ", indent);
	put_num(f, p);
	fprintf(f, ",\n%s  \"recall\": ", indent);
	put_num(f, r);
	fprintf(f, ",\n%s  \"f1\": ", indent);
	put_num(f, f1);
}

void eval_print_json(const eval_totals *t, FILE *f)
{
	double p, r, f1;
	long gold = 0, sys = 0;
	int i, n = 0;

	fprintf(f, "{\n  \"articles\": %d,\n  \"predicates\": {", t->articles);
	for (i = 0; i < EVAL_NPRED; i++) {
		if (!pred_present(t, i))
			continue;
		prf(t->tp_precision[i], t->fp[i], t->tp_recall[i], t->fn[i], &p,
		    &r, &f1);
		fprintf(f, "%s\n    \"%s\": ", n++ ? "," : "", scored_preds[i]);
		put_prf(f, "    ", p, r, f1);
		fprintf(f,
		        ",\n      \"gold\": %ld,\n      \"system\": %ld\n    }",
		        t->tp_recall[i] + t->fn[i],
		        t->tp_precision[i] + t->fp[i]);
		gold += t->tp_recall[i] + t->fn[i];
		sys += t->tp_precision[i] + t->fp[i];
	}
	fprintf(f, n ? "\n  },\n  \"entities\": {" : "},\n  \"entities\": {");
	n = 0;
	for (i = 0; i < EVAL_NTYPE; i++) {
		long m = t->found[i] + t->lost[i];

		if (!m)
			continue;
		fprintf(f,
		        "%s\n    \"%s\": {\n      \"recall\": ", n++ ? "," : "",
		        entity_types[i]);
		put_num(f, (double)t->found[i] / (double)m);
		fprintf(f,
		        ",\n      \"gold\": %ld,\n      \"split\": %ld\n    }",
		        m, t->split[i]);
	}
	fprintf(f, n ? "\n  },\n  \"facts\": " : "},\n  \"facts\": ");
	eval_overall(t, &p, &r, &f1);
	put_prf(f, "  ", p, r, f1);
	fprintf(f, ",\n    \"gold\": %ld,\n    \"system\": %ld\n  }\n}\n", gold,
	        sys);
}
