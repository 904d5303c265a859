/* examples/embed.c - kgraph as a library: ingest two short texts into a
 * database, print the facts, search the sentences, and write the graph as
 * DOT to stdout
 *
 * Build against an installed kgraph:
 *   cc -o embed embed.c $(pkg-config --cflags --libs kgraph)
 * Run: ./embed [DATABASE]   (default: an in-memory database)
 */
#include <stdio.h>
#include <string.h>

#include <kgraph/kgraph.h>

static const char *const texts[2][2] = {
	{ "helsinki.txt",
	  "Finnish Prime Minister Aino Virtanen met Estonian Prime Minister "
	  "Kaarel Tamm in Helsinki on Tuesday. The two leaders discussed "
	  "sanctions against the shipping companies." },
	{ "tallinn.txt",
	  "Estonian Prime Minister Kaarel Tamm attended the Tallinn summit "
	  "on Friday. Tamm visited the Tallinn harbour afterwards." },
};

/* kg_search_cb: one matching sentence a line. */
static int print_hit(const kg_search_hit *h, void *payload)
{
	(void)payload;
	printf("search: %s#%lld: %s\n", h->doc, (long long)h->sentence,
	       h->text);
	return 0;
}

/* kg_fact_cb: one fact a line, with the document it was read from. */
static int print_fact(const kg_fact_row *r, void *payload)
{
	(void)payload;
	printf("%s -%s-> %s  (%s#%lld)\n", r->subject, r->predicate, r->object,
	       r->doc, (long long)r->sentence);
	return 0;
}

/* Extract each text and store it, in one batch. */
static int ingest_all(kg_store *st, kg_err *err)
{
	kg_lexicon *lx = NULL;
	kg_ingest *ing = NULL;
	const kg_doc *doc;
	int rc;

	if ((rc = kg_lexicon_load_builtin(&lx, err)) != KG_OK ||
	    (rc = kg_ingest_new(&ing, lx, err)) != KG_OK ||
	    (rc = kg_store_begin(st, err)) != KG_OK)
		goto out;
	for (size_t i = 0; i < 2; i++) {
		kg_doc_input in = { texts[i][0], NULL,
			            NULL,        "2025-03-05",
			            texts[i][1], strlen(texts[i][1]) };

		if ((rc = kg_ingest_text(ing, &in, &doc, err)) != KG_OK ||
		    (rc = kg_store_put_doc(st, doc, NULL, err)) != KG_OK)
			goto out;
	}
	rc = kg_store_commit(st, err);
out:
	kg_ingest_free(ing);
	kg_lexicon_free(lx);
	return rc;
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : ":memory:";
	kg_select sel = KG_SELECT_INIT;
	kg_err err = { 0, "" };
	kg_graph *g = NULL;
	kg_store *st = NULL;
	int rc;

	if ((rc = kg_store_open(&st, path, KG_STORE_CREATE, &err)) != KG_OK ||
	    (rc = ingest_all(st, &err)) != KG_OK ||
	    (rc = kg_store_facts(st, NULL, NULL, print_fact, NULL, &err)) !=
	            KG_OK ||
	    (rc = kg_search(st, "sanction", 5, print_hit, NULL, &err)) != KG_OK)
		goto out;
	/* the ego network of one person, two hops deep */
	sel.entity = "Kaarel Tamm";
	sel.depth = 2;
	if ((rc = kg_store_load_graph(st, &sel, &g, &err)) == KG_OK)
		rc = kg_export_dot(g, stdout, &err);
out:
	kg_graph_free(g);
	kg_store_close(st);
	if (rc != KG_OK) {
		fprintf(stderr, "embed: %s: %s\n", path, err.msg);
		return 1;
	}
	return 0;
}
