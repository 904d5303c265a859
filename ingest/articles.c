/* ingest/articles.c - the treaty of a bare "Article 2"
 *
 * A text about one treaty cites its articles without naming the treaty
 * each time: "The Quirinal Treaty ... Under Article 2, the two countries
 * undertake ...".  After the rules, an article that no fact ties to a
 * treaty is part of the treaty the text names, when it names exactly one
 * (rule "article.topic").  A text that names none ("NATO's Article 5") or
 * two ("modelled on the Elysee Treaty") gives no such fact: taking the
 * most named of several was wrong 4 times in 11 on tests/corpus.
 */
#include "ingest_int.h"

static int tied(const struct kg_ingest *ing, long art)
{
	for (size_t i = 0; i < ing->nfacts; i++)
		if (ing->facts[i].pred == KG_P_PART_OF &&
		    kg_ingest__root(ing, (long)ing->facts[i].subject) == art)
			return 1;
	return 0;
}

/* The sentence of entity e's first mention. */
static size_t first_sentence(const struct kg_ingest *ing, long e)
{
	for (size_t i = 0; i < ing->nments; i++)
		if (kg_ingest__root(ing, (long)ing->ments[i].entity) == e)
			return ing->ments[i].sentence;
	return 0;
}

int kg_ingest__bare_articles(struct kg_ingest *ing)
{
	long treaty = -1, e;

	for (e = 0; e < (long)ing->nents; e++)
		if (ing->ents[e].type == KG_T_TREATY &&
		    ing->ents[e].merged < 0) {
			if (treaty >= 0)
				return KG_OK; /* two treaties: whose? */
			treaty = e;
		}
	if (treaty < 0)
		return KG_OK;
	for (e = 0; e < (long)ing->nents; e++) {
		if (ing->ents[e].type != KG_T_ARTICLE ||
		    ing->ents[e].merged >= 0 || tied(ing, e))
			continue;
		if (kg_ingest__fact(ing, e, KG_P_PART_OF, treaty, NULL,
		                    first_sentence(ing, e), "article.topic",
		                    KG_S_CURRENT, 0))
			return KG_ENOMEM;
	}
	return KG_OK;
}
