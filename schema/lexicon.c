/* schema/lexicon.c - STUB, replaced by the lexicon work */
#include "kgraph/lexicon.h"
int kg_lexicon_load_builtin(kg_lexicon **out, kg_err *err)
{
	*out = NULL;
	return kg_err_set(err, KG_ERROR, "lexicon not implemented");
}
int kg_lexicon_load_dir(kg_lexicon **out, const char *dir, kg_err *err)
{
	(void)dir;
	*out = NULL;
	return kg_err_set(err, KG_ERROR, "lexicon not implemented");
}
void kg_lexicon_free(kg_lexicon *lx)
{
	(void)lx;
}
size_t kg_lexicon_lookup(const kg_lexicon *lx, const char *const *words,
			 size_t n, const kg_lex_entry **out)
{
	(void)lx, (void)words, (void)n;
	*out = NULL;
	return 0;
}
size_t kg_lexicon_lookup_str(const kg_lexicon *lx, const char *phrase,
			     const kg_lex_entry **out)
{
	(void)lx, (void)phrase;
	*out = NULL;
	return 0;
}
size_t kg_lexicon_max_words(const kg_lexicon *lx)
{
	(void)lx;
	return 0;
}
const char *kg_lexicon_version(const kg_lexicon *lx)
{
	(void)lx;
	return "stub";
}
