/* tests/fuzz/fuzz_ingest.c - libFuzzer harness: kg_ingest_text on arbitrary
 * bytes with the builtin lexicon
 *
 * Invalid input must give KG_EINVALID (never a crash); valid UTF-8 must give
 * a document whose spans and indexes all stay in range.  The first byte, when
 * it is a digit, picks a publication date so relative dates get resolved.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const dates[] = { "2025-08-16", "2024-02-29",
		                             "1999-12-31", "2025-01-01" };
	kg_doc_input in = { "fuzz", NULL, NULL, NULL, NULL, 0 };
	kg_err err = { 0, "" };
	const kg_doc *doc = NULL;
	size_t bad;
	int rc;

	if (size > 0 && data[0] >= '0' && data[0] <= '3')
		in.published = dates[data[0] - '0'];
	in.text = (const char *)data;
	in.len = size;
	rc = kg_ingest_text(fuzz_extractor(), &in, &doc, &err);
	if (rc == KG_OK)
		fuzz_check_doc(doc);
	else if (doc != NULL ||
	         (rc == KG_EINVALID) == kg_utf8_valid(in.text, size, &bad))
		abort(); /* only bad UTF-8 may be refused */
	return 0;
}
