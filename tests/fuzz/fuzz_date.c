/* tests/fuzz/fuzz_date.c - libFuzzer harness: the date parser and the date
 * expressions of the extractor
 *
 * kg_ingest_parse_date on the bytes as a string: either KG_EINVALID or a
 * well-formed "YYYY-MM-DD".  Then the bytes (valid UTF-8 only) are put in
 * "On X, the summit took place in Paris." and extracted, with a publication
 * date when the first byte is odd and without one otherwise (one extraction
 * per input, not two: twice the executions for the same time): every
 * occurred_on literal must be short and printable.
 */
#include "fuzz_common.h"

static void check_iso(const char *d)
{
	static const char shape[] = "dddd-dd-dd";

	for (size_t i = 0; i < 10; i++)
		if (shape[i] == 'd' ? (d[i] < '0' || d[i] > '9') : d[i] != '-')
			abort();
	if (d[10] != '\0')
		abort();
}

static void extract(const char *text, size_t len, const char *published)
{
	kg_doc_input in = { "date", NULL, NULL, published, text, len };
	kg_err err = { 0, "" };
	const kg_doc *doc = NULL;

	if (kg_ingest_text(fuzz_extractor(), &in, &doc, &err) != KG_OK)
		abort(); /* the caller checked the UTF-8 */
	fuzz_check_doc(doc);
	for (size_t i = 0; i < doc->nfacts; i++) {
		const char *lit = doc->facts[i].literal;

		if (lit != NULL && (lit[0] == '\0' || strlen(lit) > len + 64))
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char pre[] = "On ", post[] = ", the summit took place "
	                                          "in Paris.";
	char out[11], *s, *text;
	size_t bad, n;

	if (size > 4096)
		return 0;
	s = malloc(size + 1);
	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	memset(out, 'x', sizeof(out));
	if (kg_ingest_parse_date(out, s) == KG_OK)
		check_iso(out);
	if (kg_utf8_valid(s, size, &bad)) {
		n = sizeof(pre) - 1 + size + sizeof(post) - 1;
		text = malloc(n + 1);
		if (text == NULL)
			abort();
		snprintf(text, n + 1, "%s%s%s", pre, s, post);
		extract(text, n, size && (data[0] & 1) ? "2025-08-16" : NULL);
		free(text);
	}
	free(s);
	return 0;
}
