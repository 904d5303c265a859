/* tests/fuzz/fuzz_jsonl.c - libFuzzer harness: the JSONL reader of the
 * kgraph command (cli/input.c, linked as it is)
 *
 * The bytes are written to a .jsonl file and read by cli_input_run, which
 * parses each line with cJSON, checks the record's fields and extracts its
 * text.  Every document it hands on must keep the kg_doc invariants; the
 * counts must add up.  Run it with -close_fd_mask=2 (run.sh does) to keep
 * the reader's messages out of the log.
 */
#include "../../cli/input.h"
#include "fuzz_common.h"

static int count_doc(const kg_doc *doc, void *payload, kg_err *err)
{
	(void)err;
	fuzz_check_doc(doc);
	if (doc->published != NULL && strlen(doc->published) != 10)
		abort();
	++*(long *)payload;
	return KG_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[128];
	char *paths[1];
	cli_input in;
	long docs = 0;
	size_t lines = 1;

	if (path[0] == '\0')
		snprintf(path, sizeof(path), "%s/in.jsonl", fuzz_scratch());
	if (size > 1 << 20)
		return 0;
	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n';
	fuzz_write(path, data, size);
	paths[0] = path;
	memset(&in, 0, sizeof(in)); /* the fields not set here: off */
	in.ing = fuzz_extractor();
	in.default_date = "";
	in.quiet = 1;
	in.fn = count_doc;
	in.payload = &docs;
	cli_input_run(&in, paths, 1);
	if (in.tally.docs != docs || (size_t)(docs + in.tally.errors) > lines)
		abort();
	return 0;
}
