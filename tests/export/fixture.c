/* tests/export/fixture.c - write a hand-made graph (a JSON fixture such as
 * hostile.json) in every export format, for check_hostile.py
 *
 * Usage: export_fixture FIXTURE.json OUTDIR.  Writes OUTDIR/g.dot, g.json,
 * g.cyjs, g.graphml, g.gexf, g.nt, g.ttl, g.jsonl, nodes.csv and
 * relationships.csv, then writes them all again and checks that the bytes
 * are the same (the exports are deterministic).
 *
 * export_fixture --diff OLD.json NEW.json: kg_export_diff of the two to
 * stdout, the counts "added A removed R both B" to stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "kgraph/export.h"

static char *dup_or_null(const cJSON *o, const char *name)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
	char *s;

	if (!cJSON_IsString(v))
		return NULL;
	if ((s = strdup(v->valuestring)) == NULL)
		abort();
	return s;
}

static int num(const cJSON *o, const char *name)
{
	return (int)cJSON_GetNumberValue(
	        cJSON_GetObjectItemCaseSensitive(o, name));
}

static void read_node(kg_gnode *n, const cJSON *o)
{
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(o, "aliases");
	const cJSON *x;

	n->key = dup_or_null(o, "key");
	n->label = dup_or_null(o, "label");
	n->type = (kg_type)kg_type_parse(
	        cJSON_GetStringValue(cJSON_GetObjectItem(o, "type")));
	n->entity_id = n->key[0] == 'e' ? atoi(n->key + 1) : 0;
	n->aliases = calloc((size_t)cJSON_GetArraySize(a) + 1, sizeof(char *));
	if (n->aliases == NULL)
		abort();
	cJSON_ArrayForEach (x, a) {
		if ((n->aliases[n->naliases++] = strdup(x->valuestring)) ==
		    NULL)
			abort();
	}
}

static void read_edge(kg_gedge *e, const cJSON *o)
{
	e->source = (size_t)num(o, "s");
	e->target = (size_t)num(o, "t");
	e->pred = (kg_pred)kg_pred_parse(
	        cJSON_GetStringValue(cJSON_GetObjectItem(o, "pred")));
	e->status = (kg_status)kg_status_parse(
	        cJSON_GetStringValue(cJSON_GetObjectItem(o, "status")));
	e->negated = cJSON_IsTrue(cJSON_GetObjectItem(o, "negated"));
	e->support = num(o, "support");
	e->sentence = num(o, "sentence");
	e->fact_id = num(o, "fact_id");
	e->doc = dup_or_null(o, "doc");
	e->evidence = dup_or_null(o, "evidence");
	e->rule = dup_or_null(o, "rule");
}

static kg_graph *read_fixture(const char *path)
{
	FILE *f = fopen(path, "rb");
	static char buf[1 << 16];
	size_t n = f ? fread(buf, 1, sizeof(buf) - 1, f) : 0;
	cJSON *doc, *x;
	kg_graph *g = calloc(1, sizeof(*g));

	if (f == NULL || g == NULL)
		return NULL;
	fclose(f);
	buf[n] = '\0';
	if ((doc = cJSON_Parse(buf)) == NULL)
		return NULL;
	g->nodes = calloc(64, sizeof(*g->nodes));
	g->edges = calloc(64, sizeof(*g->edges));
	cJSON_ArrayForEach (x, cJSON_GetObjectItem(doc, "nodes")) {
		read_node(&g->nodes[g->nnodes++], x);
	}
	cJSON_ArrayForEach (x, cJSON_GetObjectItem(doc, "edges")) {
		read_edge(&g->edges[g->nedges++], x);
	}
	cJSON_Delete(doc);
	return g;
}

typedef int (*write_fn)(const kg_graph *, FILE *, kg_err *);

static int write_nt(const kg_graph *g, FILE *f, kg_err *err)
{
	return kg_export_ntriples(g, f, NULL, err);
}

static int write_ttl(const kg_graph *g, FILE *f, kg_err *err)
{
	return kg_export_turtle(g, f, NULL, err);
}

static const struct {
	const char *name;
	write_fn fn;
} outputs[] = {
	{ "g.dot", kg_export_dot },
	{ "g.json", kg_export_json },
	{ "g.cyjs", kg_export_cytoscape },
	{ "g.graphml", kg_export_graphml },
	{ "g.gexf", kg_export_gexf },
	{ "g.nt", write_nt },
	{ "g.ttl", write_ttl },
	{ "g.jsonl", kg_export_jsonl },
	{ "nodes.csv", kg_export_csv_nodes },
	{ "relationships.csv", kg_export_csv_relationships },
};

/* Write one output; with check, compare with the file already there. */
static int write_one(const kg_graph *g, const char *dir, size_t i, int check)
{
	char path[4096], *a = NULL, *b = NULL;
	size_t na = 0, nb = 0;
	FILE *f, *m;
	kg_err err = { 0, "" };
	int rc;

	snprintf(path, sizeof(path), "%s/%s", dir, outputs[i].name);
	m = check ? open_memstream(&a, &na) : NULL;
	f = check ? m : fopen(path, "wb");
	if (f == NULL)
		return 1;
	rc = outputs[i].fn(g, f, &err);
	fclose(f);
	if (rc != KG_OK) {
		fprintf(stderr, "%s: %s\n", outputs[i].name, err.msg);
		free(a);
		return 1;
	}
	if (!check)
		return 0;
	if ((f = fopen(path, "rb")) == NULL)
		return 1;
	m = open_memstream(&b, &nb);
	for (int c; (c = fgetc(f)) != EOF;)
		fputc(c, m);
	fclose(f);
	fclose(m);
	rc = na != nb || memcmp(a, b, na) != 0;
	if (rc)
		fprintf(stderr, "%s: not deterministic\n", outputs[i].name);
	free(a);
	free(b);
	return rc;
}

static int diff_main(const char *old_path, const char *new_path)
{
	kg_graph *o = read_fixture(old_path), *n = read_fixture(new_path);
	kg_err err = { 0, "" };
	size_t c[3];
	int rc = 1;

	if (o == NULL || n == NULL)
		fprintf(stderr, "cannot read the fixtures\n");
	else if (kg_export_diff(o, n, stdout, c, &err) != KG_OK)
		fprintf(stderr, "diff: %s\n", err.msg);
	else {
		fprintf(stderr, "added %zu removed %zu both %zu\n", c[0], c[1],
		        c[2]);
		rc = 0;
	}
	kg_graph_free(o);
	kg_graph_free(n);
	return rc;
}

int main(int argc, char **argv)
{
	kg_graph *g;
	int bad = 0;

	if (argc == 4 && strcmp(argv[1], "--diff") == 0)
		return diff_main(argv[2], argv[3]);

	if (argc != 3) {
		fprintf(stderr, "usage: export_fixture FIXTURE.json DIR\n");
		return 2;
	}
	if ((g = read_fixture(argv[1])) == NULL) {
		fprintf(stderr, "%s: cannot read the fixture\n", argv[1]);
		return 1;
	}
	for (int check = 0; check <= 1; check++)
		for (size_t i = 0; i < sizeof(outputs) / sizeof(outputs[0]);
		     i++)
			bad |= write_one(g, argv[2], i, check);
	kg_graph_free(g);
	return bad;
}
