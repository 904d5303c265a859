/* tests/test_schema.c - unit tests of kg_schema (ontology names, kg_norm,
 * kg_utf8_valid) and kg_lexicon (builtin data, lookups, load_dir errors)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "kgraph/lexicon.h"
#include "kgraph/schema.h"

static void names_round_trip(void)
{
	int i, ok = 1;

	for (i = 0; i < KG_T_COUNT; i++)
		ok &= kg_type_parse(kg_type_name((kg_type)i)) == i;
	KG_CHECK("every type name parses back to its type", ok);
	for (i = 0, ok = 1; i < KG_P_COUNT; i++)
		ok &= kg_pred_parse(kg_pred_name((kg_pred)i)) == i;
	KG_CHECK("every predicate name parses back", ok);
	for (i = 0, ok = 1; i < KG_S_COUNT; i++)
		ok &= kg_status_parse(kg_status_name((kg_status)i)) == i;
	KG_CHECK("every status name parses back", ok);
	KG_CHECK_STR("type name of GPE", kg_type_name(KG_T_GPE), "GPE");
	KG_CHECK_STR("predicate name of holds_office",
	             kg_pred_name(KG_P_HOLDS_OFFICE), "holds_office");
	KG_CHECK_STR("status name of planned", kg_status_name(KG_S_PLANNED),
	             "planned");
	KG_CHECK("types parse in any case", kg_type_parse("person") == 0);
	KG_CHECK("predicates parse case-sensitively",
	         kg_pred_parse("Met_With") == -1);
	KG_CHECK("an unknown status is -1", kg_status_parse("maybe") == -1);
	KG_CHECK("NULL is an unknown type", kg_type_parse(NULL) == -1);
}

static void signatures(void)
{
	int i, every = 1;

	KG_CHECK("a person attends an event",
	         kg_pred_fits(KG_P_ATTENDED, KG_T_PERSON, KG_T_EVENT));
	KG_CHECK("a country does not attend",
	         !kg_pred_fits(KG_P_ATTENDED, KG_T_GPE, KG_T_EVENT));
	KG_CHECK("a person is no member of a person",
	         !kg_pred_fits(KG_P_MEMBER_OF, KG_T_PERSON, KG_T_PERSON));
	KG_CHECK("a country invokes an article",
	         kg_pred_fits(KG_P_INVOKES, KG_T_GPE, KG_T_ARTICLE));
	KG_CHECK("an event occurs on a date",
	         kg_pred_fits(KG_P_OCCURRED_ON, KG_T_EVENT, KG_T_DATE));
	KG_CHECK("out-of-range values fit nothing",
	         !kg_pred_fits(KG_P_COUNT, KG_T_PERSON, KG_T_EVENT) &&
	                 !kg_pred_fits(KG_P_ATTENDED, KG_T_COUNT, KG_T_EVENT));
	for (i = 0; i < KG_P_COUNT; i++) {
		int any = 0;

		for (int s = 0; s < KG_T_COUNT; s++)
			for (int o = 0; o < KG_T_COUNT; o++)
				any |= kg_pred_fits((kg_pred)i, (kg_type)s,
				                    (kg_type)o);
		every &= any;
	}
	KG_CHECK("every predicate has a signature", every);
}

static void check_norm(const char *in, const char *want)
{
	char out[64];
	size_t n = kg_norm(out, sizeof(out), in, strlen(in));

	KG_CHECK_STR(in, out, want);
	KG_CHECK("kg_norm returns the length written", n == strlen(want));
}

static void norm_examples(void)
{
	char small[5];

	check_norm("U.S.", "us");
	check_norm("Secretary-General", "secretary general");
	check_norm("Elmendorf\xe2\x80\x93Richardson", "elmendorf richardson");
	check_norm("NATO\xe2\x80\x99s", "natos");
	check_norm("Workers' Party of Korea", "workers party of korea");
	check_norm("  \"(Prime   Minister)\"!  ", "prime minister");
	/* Latin-1 capitals are lower-cased like ASCII ones */
	check_norm("Élysée Palace", "\xc3\xa9lys\xc3\xa9"
	                            "e palace");
	check_norm("TROMSØ", "troms\xc3\xb8");
	check_norm("...", "");
	KG_CHECK("kg_norm truncates to cap - 1 bytes",
	         kg_norm(small, sizeof(small), "Prime Minister", 14) == 4 &&
	                 strcmp(small, "prim") == 0);
}

static void utf8_cases(void)
{
	size_t off = 99;

	KG_CHECK("ASCII and 2-, 3-, 4-byte sequences are valid",
	         kg_utf8_valid("a\xc3\xa9\xe2\x80\x93\xf0\x9f\x98\x80", 10,
	                       &off));
	KG_CHECK("an overlong encoding is invalid at its first byte",
	         !kg_utf8_valid("ab\xc0\xaf", 4, &off) && off == 2);
	KG_CHECK("an overlong 3-byte encoding is invalid",
	         !kg_utf8_valid("\xe0\x80\xaf", 3, &off) && off == 0);
	KG_CHECK("a sequence truncated at the end is invalid",
	         !kg_utf8_valid("abc\xe2\x80", 5, &off) && off == 3);
	KG_CHECK("a NUL byte is invalid",
	         !kg_utf8_valid("ab\0cd", 5, &off) && off == 2);
	KG_CHECK("a UTF-16 surrogate is invalid",
	         !kg_utf8_valid("x\xed\xa0\x80", 4, &off) && off == 1);
	KG_CHECK("a stray continuation byte is invalid",
	         !kg_utf8_valid("\x80", 1, &off) && off == 0);
}

/* The first entry of kind k for phrase, or NULL. */
static const kg_lex_entry *
find(const kg_lexicon *lx, const char *phrase, kg_lex_kind k)
{
	const kg_lex_entry *e;
	size_t i, n = kg_lexicon_lookup_str(lx, phrase, &e);

	for (i = 0; i < n; i++)
		if (e[i].kind == k)
			return &e[i];
	return NULL;
}

static const char *canon(const kg_lex_entry *e)
{
	return e ? e->canon : NULL;
}

static void builtin_lookups(const kg_lexicon *lx)
{
	const kg_lex_entry *e;
	const char *pm[] = { "prime", "minister" };
	const char *nope[] = { "no", "such", "phrase", "here" };
	char big[200];

	KG_CHECK_STR("'prime minister' is a title",
	             canon(find(lx, "prime minister", KG_LEX_TITLE)),
	             "Prime Minister");
	KG_CHECK_STR("'pm' is the title Prime Minister",
	             canon(find(lx, "pm", KG_LEX_TITLE)), "Prime Minister");
	KG_CHECK_STR("'secretary general' is a title",
	             canon(find(lx, "secretary general", KG_LEX_TITLE)),
	             "Secretary General");
	e = find(lx, "german", KG_LEX_DEMONYM);
	KG_CHECK("'german' is a demonym of Germany",
	         e && e->type == KG_T_GPE && e->parent &&
	                 strcmp(e->parent, "Germany") == 0);
	e = find(lx, "filipino", KG_LEX_DEMONYM);
	KG_CHECK("'filipino' names the Philippines",
	         e && strcmp(e->parent, "Philippines") == 0);
	KG_CHECK("'philippine' names the Philippines too",
	         find(lx, "philippine", KG_LEX_DEMONYM) != NULL);
	e = find(lx, "us", KG_LEX_NAME);
	KG_CHECK("'us' is the GPE United States",
	         e && e->type == KG_T_GPE &&
	                 strcmp(e->canon, "United States") == 0);
	e = find(lx, "washington", KG_LEX_NAME);
	KG_CHECK("'washington' is a GPE in the United States",
	         e && e->type == KG_T_GPE && e->parent &&
	                 strcmp(e->parent, "United States") == 0);
	KG_CHECK_STR("'kiev' is Kyiv", canon(find(lx, "kiev", KG_LEX_NAME)),
	             "Kyiv");
	e = find(lx, "alaska", KG_LEX_NAME);
	KG_CHECK("'alaska' is in the United States",
	         e && e->parent && strcmp(e->parent, "United States") == 0);
	e = find(lx, "nato", KG_LEX_NAME);
	KG_CHECK("'nato' is an ORG", e && e->type == KG_T_ORG);
	e = find(lx, "white house", KG_LEX_NAME);
	KG_CHECK("'white house' is a FACILITY", e && e->type == KG_T_FACILITY);
	e = find(lx, "north atlantic treaty", KG_LEX_NAME);
	KG_CHECK("'north atlantic treaty' is a TREATY",
	         e && e->type == KG_T_TREATY);
	e = find(lx, "summit", KG_LEX_EVENT_NOUN);
	KG_CHECK("'summit' is an event noun", e && e->type == KG_T_EVENT);
	e = find(lx, "met with", KG_LEX_WORD);
	KG_CHECK("'met with' is a MEET word", e && (e->flags & KG_W_MEET));
	e = find(lx, "august", KG_LEX_WORD);
	KG_CHECK("'august' is month 8",
	         e && (e->flags & KG_W_MONTH) && e->month == 8);
	e = find(lx, "may", KG_LEX_WORD);
	KG_CHECK("'may' merges month 5 and hedge into one WORD entry",
	         e && (e->flags & KG_W_MONTH) && (e->flags & KG_W_HEDGE) &&
	                 e->month == 5);
	e = find(lx, "the", KG_LEX_WORD);
	KG_CHECK("'the' is never a name", e && (e->flags & KG_W_NOT_NAME));
	KG_CHECK("an unknown phrase has no entries",
	         kg_lexicon_lookup_str(lx, "zzyzx quux", &e) == 0 && !e);
	KG_CHECK("an empty phrase has no entries",
	         kg_lexicon_lookup_str(lx, "", &e) == 0);
	KG_CHECK("lookup by words finds 'prime minister'",
	         kg_lexicon_lookup(lx, pm, 2, &e) >= 1 &&
	                 e[0].kind == KG_LEX_TITLE);
	KG_CHECK("lookup by words misses an unknown phrase",
	         kg_lexicon_lookup(lx, nope, 4, &e) == 0 && !e);
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	pm[0] = big;
	KG_CHECK("an over-long phrase finds nothing",
	         kg_lexicon_lookup(lx, pm, 1, &e) == 0 &&
	                 kg_lexicon_lookup_str(lx, big, &e) == 0);
	KG_CHECK("max_words is at least 4", kg_lexicon_max_words(lx) >= 4);
}

static void builtin_lexicon(void)
{
	kg_lexicon *a = NULL, *b = NULL;
	kg_err err;
	const char *v;
	size_t i;
	int hex = 1;

	kg_err_clear(&err);
	KG_CHECK("the builtin lexicon loads",
	         kg_lexicon_load_builtin(&a, &err) == KG_OK && a);
	if (a == NULL) {
		printf("  load error: %s\n", err.msg);
		return;
	}
	builtin_lookups(a);
	v = kg_lexicon_version(a);
	for (i = 0; v[i]; i++)
		hex &= (v[i] >= '0' && v[i] <= '9') ||
		       (v[i] >= 'a' && v[i] <= 'f');
	KG_CHECK("the version is 16 hex digits", strlen(v) == 16 && hex);
	KG_CHECK("a second load succeeds",
	         kg_lexicon_load_builtin(&b, &err) == KG_OK && b);
	if (b)
		KG_CHECK_STR("the version is stable across loads",
		             kg_lexicon_version(b), v);
	kg_lexicon_free(b);
	kg_lexicon_free(a);
	kg_lexicon_free(NULL);
}

static void put(const char *dir, const char *name, const char *text)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static void drop(const char *dir, const char *name)
{
	char path[512];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	remove(path);
}

/* Load dir expecting KG_EINVALID, *out NULL and a message starting with
 * want. */
static void expect_error(const char *dir, const char *want, const char *desc)
{
	kg_lexicon *lx = NULL;
	kg_err err;
	int rc = kg_lexicon_load_dir(&lx, dir, &err);

	KG_CHECK(desc, rc == KG_EINVALID && lx == NULL);
	KG_CHECK(desc, strncmp(err.msg, want, strlen(want)) == 0);
	if (strncmp(err.msg, want, strlen(want)) != 0)
		printf("  got \"%s\"\n  want \"%s...\"\n", err.msg, want);
	kg_lexicon_free(lx);
}

static void load_dir_cases(void)
{
	char dir[] = "/tmp/kg_test_schema_XXXXXX", want[256];
	kg_lexicon *lx = NULL, *ref = NULL;
	kg_err err;

	if (mkdtemp(dir) == NULL) {
		KG_CHECK("a temporary folder can be made", 0);
		return;
	}
	KG_CHECK("an empty folder loads the builtin data",
	         kg_lexicon_load_dir(&lx, dir, &err) == KG_OK && lx &&
	                 kg_lexicon_load_builtin(&ref, &err) == KG_OK);
	if (lx && ref)
		KG_CHECK_STR("an empty folder gives the builtin version",
		             kg_lexicon_version(lx), kg_lexicon_version(ref));
	kg_lexicon_free(lx);
	lx = NULL;

	put(dir, "words.json",
	    "[\n  {\"class\": \"meet\",\n   \"words\": [\"met\" \"x\"]}\n]\n");
	snprintf(want, sizeof(want), "%s/words.json:3:20: invalid JSON", dir);
	expect_error(dir, want, "a JSON syntax error names file:line:col");

	put(dir, "words.json",
	    "[\n {\"class\": \"meet\", \"words\": [\"met\"]},\n"
	    " {\"class\": \"bogus\", \"words\": [\"x\"]}\n]\n");
	snprintf(want, sizeof(want),
	         "%s/words.json:3:2: entry 1: unknown class \"bogus\"", dir);
	expect_error(dir, want, "a bad class names the entry and its line");

	put(dir, "words.json", "[{\"class\": \"meet\", \"words\": [\"met\"]}]");
	put(dir, "orgs.json", "[\n {\"aliases\": [\"X\"]}\n]");
	snprintf(want, sizeof(want),
	         "%s/orgs.json:2:2: entry 0: missing \"name\"", dir);
	expect_error(dir, want, "a missing name is reported");
	drop(dir, "orgs.json");

	put(dir, "events.json",
	    "[{\"name\": \"jamboree\", \"aliases\": "
	    "[\"jamborees\"]}]");
	KG_CHECK("a folder with valid overrides loads",
	         kg_lexicon_load_dir(&lx, dir, &err) == KG_OK && lx);
	if (lx) {
		KG_CHECK("an overridden file's phrases are found",
		         find(lx, "jamborees", KG_LEX_EVENT_NOUN) != NULL);
		KG_CHECK("an overridden file replaces the builtin one",
		         find(lx, "summit", KG_LEX_EVENT_NOUN) == NULL);
		KG_CHECK("files missing from the folder come from the builtin",
		         find(lx, "german", KG_LEX_DEMONYM) != NULL);
		if (ref)
			KG_CHECK("overridden data changes the version",
			         strcmp(kg_lexicon_version(lx),
			                kg_lexicon_version(ref)) != 0);
	}
	kg_lexicon_free(lx);
	kg_lexicon_free(ref);
	drop(dir, "events.json");
	drop(dir, "words.json");
	rmdir(dir);
}

int main(void)
{
	names_round_trip();
	signatures();
	norm_examples();
	utf8_cases();
	builtin_lexicon();
	load_dir_cases();
	return KG_CHECK_DONE();
}
