/* tests/fuzz/fuzz_lexicon.c - libFuzzer harness: kg_lexicon_load_dir on a
 * folder holding the fuzzed bytes as one lexicon file
 *
 * The first byte picks which of the seven files the rest becomes.  The other
 * six are small stubs written once (a few entries each, which the sentence
 * of use() needs): were they missing, the loader would parse their 110 KB
 * compiled-in copies at every input, which took 9 in 10 of the time (118
 * executions a second under ASan).  Loading must either succeed (then
 * lookups and an extraction work) or fail with KG_EINVALID/KG_ELIMIT and a
 * message that names the file.
 */
#include "fuzz_common.h"

static const char *const files[] = { "countries.json", "places.json",
	                             "orgs.json",      "offices.json",
	                             "treaties.json",  "events.json",
	                             "words.json" };

/* the stub of each file, in the order of files[] */
static const char *const stubs[] = {
	"[{\"name\": \"Germany\", \"aliases\": [\"Federal Republic of "
	"Germany\"], \"demonyms\": [\"German\", \"Germans\"], \"capital\": "
	"\"Berlin\"},\n{\"name\": \"France\", \"demonyms\": [\"French\"], "
	"\"capital\": \"Paris\"},\n{\"name\": \"United States\", \"aliases\": "
	"[\"US\", \"U.S.\"], \"demonyms\": [\"American\"]}]\n",
	"[{\"name\": \"Alaska\", \"type\": \"GPE\", \"parent\": \"United "
	"States\"},\n{\"name\": \"Elysee Palace\", \"type\": \"FACILITY\", "
	"\"parent\": \"Paris\", \"aliases\": [\"Elysee\"]}]\n",
	"[{\"name\": \"NATO\", \"aliases\": [\"North Atlantic Treaty "
	"Organization\"]},\n{\"name\": \"United Nations\", \"aliases\": "
	"[\"UN\"]}]\n",
	"[{\"title\": \"President\", \"aliases\": [\"Pres\"]},\n{\"title\": "
	"\"Chancellor\", \"aliases\": [\"Federal Chancellor\"]}]\n",
	"[{\"name\": \"North Atlantic Treaty\", \"aliases\": [\"Washington "
	"Treaty\"]}]\n",
	"[{\"name\": \"summit\", \"aliases\": [\"summits\"]},\n{\"name\": "
	"\"meeting\"}]\n",
	"[{\"class\": \"meet\", \"words\": [\"met\", \"meets\"]},\n"
	"{\"class\": \"attend\", \"words\": [\"attended\"]},\n"
	"{\"class\": \"month\", \"value\": 8, \"words\": [\"august\", "
	"\"aug\"]},\n{\"class\": \"weekday\", \"value\": 5, \"words\": "
	"[\"friday\"]},\n{\"class\": \"not_name\", \"words\": [\"the\"]}]\n"
};

/* Write the stub of file i into dir. */
static void put_stub(const char *dir, size_t i)
{
	char path[128];

	snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
	fuzz_write(path, (const uint8_t *)stubs[i], strlen(stubs[i]));
}

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
	static int stubbed;
	const char *dir = fuzz_scratch(), *name;
	char path[128];
	kg_lexicon *lx = NULL;
	kg_err err = { 0, "" };
	size_t which;
	int rc;

	if (size < 1 || size > 65536)
		return 0;
	if (!stubbed) {
		/* the stubs alone make a lexicon (else every failure would
		 * name a stub, not the fuzzed file) */
		for (size_t i = 0; i < 7; i++)
			put_stub(dir, i);
		if (kg_lexicon_load_dir(&lx, dir, &err) != KG_OK)
			abort();
		kg_lexicon_free(lx);
		lx = NULL;
		stubbed = 1;
	}
	which = data[0] % 7;
	name = files[which];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fuzz_write(path, data + 1, size - 1);
	rc = kg_lexicon_load_dir(&lx, dir, &err);
	put_stub(dir, which);
	if (rc == KG_OK) {
		use(lx);
		kg_lexicon_free(lx);
	} else if (lx != NULL || err.msg[0] == '\0' ||
	           strstr(err.msg, name) == NULL) {
		abort(); /* a failure names the file */
	}
	return 0;
}
