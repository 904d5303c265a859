/* tests/fuzz/fuzz_lexicon.c - libFuzzer harness: kg_lexicon_load_dir on a
 * folder holding the fuzzed bytes as one lexicon file
 *
 * The first byte picks which of the seven files the rest becomes (the others
 * come from the builtin copy).  Loading must either succeed (then lookups and
 * an extraction work) or fail with KG_EINVALID/KG_ELIMIT and a message that
 * names the file.
 */
#include "fuzz_common.h"

static const char *const files[] = { "countries.json", "places.json",
	                             "orgs.json",      "offices.json",
	                             "treaties.json",  "events.json",
	                             "words.json" };

static void use(const kg_lexicon *lx)
{
	static const char text[] = "German Chancellor Friedrich Merz met "
	                           "President Emmanuel Macron in Paris on "
	                           "Friday at the NATO summit.";
	kg_doc_input in = { "lex",        NULL, NULL,
		            "2025-08-16", text, sizeof(text) - 1 };
	const kg_lex_entry *e;
	const kg_doc *doc = NULL;
	kg_err err = { 0, "" };
	kg_ingest *ing = NULL;

	(void)kg_lexicon_lookup_str(lx, "prime minister", &e);
	(void)kg_lexicon_lookup_str(lx, "germany", &e);
	if (kg_lexicon_version(lx) == NULL)
		abort();
	if (kg_ingest_new(&ing, lx, &err) != KG_OK)
		abort();
	if (kg_ingest_text(ing, &in, &doc, &err) != KG_OK)
		abort();
	fuzz_check_doc(doc);
	kg_ingest_free(ing);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_scratch(), *name;
	char path[128];
	kg_lexicon *lx = NULL;
	kg_err err = { 0, "" };
	int rc;

	if (size < 1 || size > 65536)
		return 0;
	name = files[data[0] % 7];
	for (size_t i = 0; i < 7; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		unlink(path);
	}
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fuzz_write(path, data + 1, size - 1);
	rc = kg_lexicon_load_dir(&lx, dir, &err);
	if (rc == KG_OK) {
		use(lx);
		kg_lexicon_free(lx);
	} else if (lx != NULL || err.msg[0] == '\0' ||
	           strstr(err.msg, name) == NULL) {
		abort(); /* a failure names the file */
	}
	return 0;
}
