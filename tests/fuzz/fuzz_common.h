/* tests/fuzz/fuzz_common.h - helpers shared by the libFuzzer harnesses
 *
 * Each harness is one fuzz_<name>.c defining LLVMFuzzerTestOneInput; the
 * helpers here give them a scratch folder (on tmpfs when there is one) and a
 * builtin lexicon and extractor made once per process.
 */
#ifndef KG_FUZZ_COMMON_H
#define KG_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kgraph/ingest.h"
#include "kgraph/lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A process-private scratch folder, made on first use. */
static inline const char *fuzz_scratch(void)
{
	static char dir[64];

	if (dir[0] == '\0') {
		const char *base =
		        access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";

		snprintf(dir, sizeof(dir), "%s/kgfuzz.XXXXXX", base);
		if (mkdtemp(dir) == NULL)
			abort();
	}
	return dir;
}

/* Write data to path; aborts on failure (the harness cannot go on). */
static inline void fuzz_write(const char *path, const uint8_t *data, size_t n)
{
	FILE *f = fopen(path, "wb");

	if (f == NULL || (n > 0 && fwrite(data, 1, n, f) != n) ||
	    fclose(f) != 0)
		abort();
}

/* The builtin lexicon and an extractor over it, made once. */
static inline kg_ingest *fuzz_extractor(void)
{
	static kg_lexicon *lx;
	static kg_ingest *ing;

	if (ing == NULL) {
		kg_err err = { 0, "" };

		if (kg_lexicon_load_builtin(&lx, &err) != KG_OK ||
		    kg_ingest_new(&ing, lx, &err) != KG_OK)
			abort();
	}
	return ing;
}

/* Check the invariants every extracted document keeps (spans inside the
 * text, indexes inside their arrays); abort on a violation, which libFuzzer
 * reports as a crash with the input. */
static inline void fuzz_check_doc(const kg_doc *d)
{
	size_t i;

	if (d == NULL || d->id == NULL)
		abort();
	for (i = 0; i < d->nsentences; i++)
		if (d->sentences[i].start > d->sentences[i].end ||
		    d->sentences[i].end > d->len)
			abort();
	for (i = 0; i < d->nentities; i++)
		if (d->entities[i].name == NULL ||
		    d->entities[i].type >= KG_T_DATE)
			abort();
	for (i = 0; i < d->nmentions; i++)
		if (d->mentions[i].entity >= d->nentities ||
		    d->mentions[i].sentence >= d->nsentences ||
		    d->mentions[i].start > d->mentions[i].end ||
		    d->mentions[i].end > d->len)
			abort();
	for (i = 0; i < d->nfacts; i++) {
		const kg_doc_fact *f = &d->facts[i];

		if (f->subject >= d->nentities ||
		    f->sentence >= d->nsentences ||
		    (f->object == KG_NO_ENTITY ? f->literal == NULL
		                               : f->object >= d->nentities) ||
		    f->pred >= KG_P_COUNT || f->status >= KG_S_COUNT ||
		    f->start > f->end || f->end > d->len || f->rule == NULL)
			abort();
	}
}

#endif
