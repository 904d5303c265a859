/* tests/test_search.c - the search API (graph/search.c): the index follows
 * batches and retract, hits come ranked, errors have codes and messages */
#include <string.h>

#include "check.h"
#include "kgraph/kgraph.h"

struct seen {
	char docs[256]; /* "doc#n " per hit */
	int stop_at;    /* return 7 at this rank (0: never) */
};

static int on_hit(const kg_search_hit *h, void *payload)
{
	struct seen *s = payload;
	size_t n = strlen(s->docs);

	snprintf(s->docs + n, sizeof(s->docs) - n, "%s#%lld ", h->doc,
	         (long long)h->sentence);
	return h->rank == s->stop_at ? 7 : 0;
}

static int put(kg_store *st, kg_ingest *ing, const char *id, const char *text)
{
	kg_doc_input in = { id, NULL, NULL, "2025-06-02", text, strlen(text) };
	const kg_doc *doc;
	kg_err e;

	if (kg_ingest_text(ing, &in, &doc, &e) != KG_OK)
		return -1;
	return kg_store_put_doc(st, doc, NULL, &e);
}

static void test_search(kg_store *st, kg_ingest *ing)
{
	struct seen s = { "", 0 };
	kg_retract_counts c;
	kg_err e;

	KG_CHECK("batch_opens", kg_store_begin(st, &e) == KG_OK);
	KG_CHECK("puts",
	         put(st, ing, "a", "Tamm welcomed the sanctions.") == KG_OK &&
	                 put(st, ing, "b",
	                     "Ministers agreed new sanctions against "
	                     "Russia in Brussels. Snow fell.") == KG_OK &&
	                 put(st, ing, "c", "Snow fell in Oslo.") == KG_OK);
	KG_CHECK("index_is_behind_inside_a_batch", kg_search_ready(st) == 0);
	KG_CHECK("commit", kg_store_commit(st, &e) == KG_OK);
	KG_CHECK("index_is_ready_after_commit", kg_search_ready(st) == 1);
	KG_CHECK("search_runs",
	         kg_search(st, "sanction", 10, on_hit, &s, &e) == KG_OK);
	KG_CHECK_STR("shorter_sentence_ranks_first", s.docs, "a#0 b#0 ");
	s.docs[0] = '\0';
	s.stop_at = 1;
	KG_CHECK("callback_value_stops_the_walk",
	         kg_search(st, "snow", 10, on_hit, &s, &e) == 7);
	KG_CHECK_STR("stopped_after_one", s.docs, "b#1 ");
	KG_CHECK("bad_query_is_invalid",
	         kg_search(st, "\"open", 10, on_hit, &s, &e) == KG_EINVALID);
	KG_CHECK("bad_query_message_names_it",
	         strncmp(e.msg, "bad query '\"open': ", 19) == 0);
	KG_CHECK("limit_must_be_positive",
	         kg_search(st, "snow", 0, on_hit, &s, &e) == KG_EINVALID);
	KG_CHECK("retract", kg_audit_retract(st, "b", 0, &c, &e) == KG_OK);
	s.docs[0] = '\0';
	s.stop_at = 0;
	KG_CHECK("search_after_retract", kg_search(st, "sanctions OR snow", 10,
	                                           on_hit, &s, &e) == KG_OK);
	KG_CHECK_STR("retracted_sentences_are_gone", s.docs, "a#0 c#0 ");
}

int main(void)
{
	kg_lexicon *lx = NULL;
	kg_ingest *ing = NULL;
	kg_store *st = NULL;
	kg_err e;

	if (kg_lexicon_load_builtin(&lx, &e) != KG_OK ||
	    kg_ingest_new(&ing, lx, &e) != KG_OK ||
	    kg_store_open(&st, ":memory:", KG_STORE_CREATE, &e) != KG_OK)
		return printf("setup: %s\n", e.msg), 1;
	test_search(st, ing);
	kg_store_close(st);
	kg_ingest_free(ing);
	kg_lexicon_free(lx);
	return KG_CHECK_DONE();
}
