/* tests/test_export.c - DOT, JSON and picture export of a hand-built graph
 *
 * The small graph has one node of most types, a DATE literal, a node whose
 * label is hostile to DOT (quotes, backslash, markup, keywords, a newline,
 * non-ASCII) and edges of every status, one negated.  DOT and JSON are
 * compared with golden files (KG_UPDATE_GOLDEN=1 rewrites them) and parsed
 * back with cgraph and cJSON.  The graph is built and freed here without
 * graph/ (free_test_graph), so this test does not depend on the store.
 * Clustered DOT is written with the heap left in different states, to prove
 * that the order of the clusters depends on no memory address.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <graphviz/cgraph.h>

#include "check.h"
#include "kgraph/export.h"
/* for the differential test of the direct DOT writer against agwrite */
#include "../export/export_int.h"

#define GOLDEN_DIR KG_TEST_DIR "/golden/"

static const char hostile_label[] =
        "He said \"hi\" \\ <b>&amp; node -> edge {graph}\n"
        "Zelenskyy \xe2\x80\x93 \xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2";

static char *xstrdup(const char *s)
{
	char *d = s ? strdup(s) : NULL;

	if (s && d == NULL)
		abort();
	return d;
}

static void free_test_graph(kg_graph *g)
{
	size_t i, j;

	for (i = 0; i < g->nnodes; i++) {
		free(g->nodes[i].key);
		free(g->nodes[i].label);
		for (j = 0; j < g->nodes[i].naliases; j++)
			free(g->nodes[i].aliases[j]);
		free(g->nodes[i].aliases);
	}
	for (i = 0; i < g->nedges; i++) {
		free(g->edges[i].doc);
		free(g->edges[i].evidence);
		free(g->edges[i].rule);
	}
	free(g->nodes);
	free(g->edges);
	memset(g, 0, sizeof(*g));
}

static void add_node(kg_graph *g,
                     const char *key,
                     kg_type type,
                     const char *label,
                     const char *alias1,
                     const char *alias2)
{
	kg_gnode *n = &g->nodes[g->nnodes++];

	n->key = xstrdup(key);
	n->entity_id = type == KG_T_DATE ? 0 : atoi(key + 1);
	n->type = type;
	n->label = xstrdup(label);
	n->aliases = calloc(2, sizeof(char *));
	if (n->aliases == NULL)
		abort();
	if (alias1)
		n->aliases[n->naliases++] = xstrdup(alias1);
	if (alias2)
		n->aliases[n->naliases++] = xstrdup(alias2);
}

static void add_edge(kg_graph *g,
                     size_t s,
                     size_t t,
                     kg_pred p,
                     kg_status st,
                     int negated,
                     int support,
                     const char *evidence)
{
	kg_gedge *e = &g->edges[g->nedges];

	e->source = s;
	e->target = t;
	e->fact_id = (int64_t)g->nedges + 1;
	e->pred = p;
	e->status = st;
	e->negated = negated;
	e->support = support;
	e->doc = xstrdup("news/alaska-2025-08-17.txt");
	e->sentence = (int64_t)g->nedges * 2;
	e->evidence = xstrdup(evidence);
	e->rule = xstrdup("test.rule");
	g->nedges++;
}

/* Nodes sorted by key and edges by source, as kg_store_load_graph does. */
static void build_small(kg_graph *g)
{
	memset(g, 0, sizeof(*g));
	g->nodes = calloc(6, sizeof(kg_gnode));
	g->edges = calloc(6, sizeof(kg_gedge));
	if (g->nodes == NULL || g->edges == NULL)
		abort();
	add_node(g, "date:2025-08-15", KG_T_DATE, "2025-08-15", NULL, NULL);
	add_node(g, "e1", KG_T_PERSON, hostile_label, "Zelensky",
	         "\xd0\x97\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xbd\xd1\x81\xd1\x8c"
	         "\xd0\xba\xd0\xb8\xd0\xb9");
	add_node(g, "e2", KG_T_EVENT, "Alaska summit", "the summit", NULL);
	add_node(g, "e3", KG_T_GPE, "Alaska", NULL, NULL);
	add_node(g, "e4", KG_T_OFFICE, "President of Ukraine", NULL, NULL);
	add_node(g, "e5", KG_T_ORG, "NATO", "the Alliance", NULL);
	add_edge(g, 1, 2, KG_P_ATTENDED, KG_S_REPORTED, 0, 1,
	         "Zelensky reportedly attended the summit.");
	add_edge(g, 1, 4, KG_P_HOLDS_OFFICE, KG_S_CURRENT, 0, 3,
	         "Ukrainian President Volodymyr Zelenskyy said \"no\".");
	add_edge(g, 1, 5, KG_P_MEMBER_OF, KG_S_CURRENT, 1, 2,
	         "Ukraine is not a member of NATO.");
	add_edge(g, 1, 3, KG_P_VISITED, KG_S_FORMER, 0, 1,
	         "He had visited Alaska in 2019.");
	add_edge(g, 2, 0, KG_P_OCCURRED_ON, KG_S_PLANNED, 0, 20,
	         "The summit will take place on August 15th.");
	add_edge(g, 2, 3, KG_P_LOCATED_IN, KG_S_CURRENT, 0, 5,
	         "the summit in Alaska");
}

/* ---- helpers ------------------------------------------------------------ */

typedef int (*export_fn)(const kg_graph *, FILE *, kg_err *);

/* Run an export into memory; NULL (and the code in *rc) on failure. */
static char *export_to_string(export_fn fn, const kg_graph *g, int *rc)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	kg_err err = { 0, "" };

	if (f == NULL)
		return NULL;
	*rc = fn(g, f, &err);
	fclose(f);
	if (*rc != KG_OK) {
		printf("export failed: %s\n", err.msg);
		free(buf);
		return NULL;
	}
	return buf;
}

static char *read_file(const char *path, size_t *len_out)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (f == NULL)
		return NULL;
	do {
		if (len + 4096 + 1 > cap) {
			char *nb = realloc(buf, cap = (len + 4096 + 1) * 2);

			if (nb == NULL)
				abort();
			buf = nb;
		}
		n = fread(buf + len, 1, 4096, f);
		len += n;
	} while (n > 0);
	fclose(f);
	buf[len] = '\0';
	if (len_out)
		*len_out = len;
	return buf;
}

static int write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	int ok;

	if (f == NULL)
		return 0;
	ok = fputs(text, f) != EOF;
	return fclose(f) == 0 && ok;
}

/* Compare with a golden file, or rewrite it under KG_UPDATE_GOLDEN=1. */
static int matches_golden(const char *name, const char *got)
{
	char path[1024];
	char *want;
	int same;

	snprintf(path, sizeof(path), "%s%s", GOLDEN_DIR, name);
	if (getenv("KG_UPDATE_GOLDEN") && *getenv("KG_UPDATE_GOLDEN") == '1') {
		printf("rewrote %s\n", path);
		return write_file(path, got);
	}
	want = read_file(path, NULL);
	same = want != NULL && strcmp(want, got) == 0;
	if (!same)
		printf("differs from %s (KG_UPDATE_GOLDEN=1 rewrites it)\n",
		       path);
	free(want);
	return same;
}

/* Undo the DOT escString encoding of labels: "\\" and "\n". */
static void decode_esc(char *out, const char *s)
{
	while (*s) {
		if (s[0] == '\\' && s[1] == '\\') {
			*out++ = '\\';
			s += 2;
		} else if (s[0] == '\\' && s[1] == 'n') {
			*out++ = '\n';
			s += 2;
		} else {
			*out++ = *s++;
		}
	}
	*out = '\0';
}

/* The decoded label of node `key` in parsed DOT, or "" when missing. */
static const char *dot_label(Agraph_t *rg, const char *key, char *buf)
{
	char name[256], attr[] = "label";
	Agnode_t *n;

	snprintf(name, sizeof(name), "%s", key);
	n = rg ? agnode(rg, name, 0) : NULL;
	buf[0] = '\0';
	if (n && agget(n, attr))
		decode_esc(buf, agget(n, attr));
	return buf;
}

static int file_starts_with(const char *path, const char *prefix, size_t n)
{
	size_t len = 0;
	char *buf = read_file(path, &len);
	int ok = buf != NULL && len >= n && memcmp(buf, prefix, n) == 0;

	free(buf);
	return ok;
}

/* ---- DOT ------------------------------------------------------------------
 */

static void dot_matches_golden_and_parses_back(const kg_graph *g)
{
	char buf[1024];
	int rc = -99;
	char *dot = export_to_string(kg_export_dot, g, &rc);
	char *again = export_to_string(kg_export_dot, g, &rc);
	Agraph_t *rg;
	size_t i;

	KG_CHECK("dot export of the small graph succeeds", dot && again);
	if (dot == NULL || again == NULL)
		goto out;
	KG_CHECK("dot output matches export-small.dot.expected",
	         matches_golden("export-small.dot.expected", dot));
	KG_CHECK("two dot exports are byte-identical", !strcmp(dot, again));
	KG_CHECK("dot output holds no pointer-like 0x values",
	         strstr(dot, "0x") == NULL);
	KG_CHECK("dot output has the legend cluster",
	         strstr(dot, "subgraph cluster_legend") != NULL);
	rg = agmemread(dot);
	KG_CHECK("dot output re-parses with agmemread", rg != NULL);
	for (i = 0; i < g->nnodes; i++)
		KG_CHECK_STR("every node label survives the DOT round trip",
		             dot_label(rg, g->nodes[i].key, buf),
		             g->nodes[i].label);
	KG_CHECK("the parsed graph has the nodes plus the legend",
	         rg && agnnodes(rg) == (int)g->nnodes + 6 + 6);
	KG_CHECK("the parsed graph has the edges plus 3 legend edges",
	         rg && agnedges(rg) == (int)g->nedges + 3);
	if (rg)
		agclose(rg);
out:
	free(dot);
	free(again);
}

/* Labels that break cgraph 2.42's own quoting still give parseable DOT. */
static void dot_survives_trailing_backslash_and_bad_bytes(void)
{
	kg_graph g;
	char buf[256];
	int rc = -99;
	char *dot;
	Agraph_t *rg;

	memset(&g, 0, sizeof(g));
	g.nodes = calloc(3, sizeof(kg_gnode));
	if (g.nodes == NULL)
		abort();
	add_node(&g, "e1", KG_T_FACILITY, "C:\\dir\\", NULL, NULL);
	add_node(&g, "e2", KG_T_TREATY, "line1\r\nline2\\\nx\"y\\\"", NULL,
	         NULL);
	add_node(&g, "e3", KG_T_LOC, "bad \xff byte\x01", NULL, NULL);
	dot = export_to_string(kg_export_dot, &g, &rc);
	rg = dot ? agmemread(dot) : NULL;
	KG_CHECK("dot with a label ending in a backslash re-parses",
	         rg != NULL);
	KG_CHECK_STR("a final backslash is kept, followed by a space",
	             dot_label(rg, "e1", buf), "C:\\dir\\ ");
	KG_CHECK_STR("CRLF and backslash-newline come back as newlines",
	             dot_label(rg, "e2", buf), "line1\nline2\\\nx\"y\\\"");
	KG_CHECK_STR("invalid UTF-8 and control bytes are replaced",
	             dot_label(rg, "e3", buf), "bad ? byte ");
	if (rg)
		agclose(rg);
	free(dot);
	free_test_graph(&g);
}

/* `dot -Tsvg` accepts the file without a word on stderr. */
static void dot_is_quiet_under_graphviz(const kg_graph *g)
{
	char dir[] = "/tmp/kg-export-XXXXXX", path[256], errp[256], cmd[700];
	kg_err err = { 0, "" };
	FILE *f;
	size_t errlen = 99;
	char *errtext;
	int rc;

	if (system("command -v dot >/dev/null 2>&1") != 0) {
		printf("skip: dot is not on PATH\n");
		return;
	}
	if (mkdtemp(dir) == NULL)
		return;
	snprintf(path, sizeof(path), "%s/small.dot", dir);
	snprintf(errp, sizeof(errp), "%s/stderr.txt", dir);
	f = fopen(path, "w");
	rc = f ? kg_export_dot(g, f, &err) : KG_EIO;
	if (f)
		fclose(f);
	snprintf(cmd, sizeof(cmd), "dot -Tsvg '%s' -o /dev/null 2>'%s'", path,
	         errp);
	KG_CHECK("dot export to a file succeeds", rc == KG_OK);
	KG_CHECK("dot -Tsvg accepts the exported file", system(cmd) == 0);
	errtext = read_file(errp, &errlen);
	KG_CHECK("dot -Tsvg prints nothing on stderr", errlen == 0);
	if (errlen)
		printf("dot said: %s\n", errtext ? errtext : "?");
	free(errtext);
	remove(path);
	remove(errp);
	rmdir(dir);
}

/* ---- JSON -----------------------------------------------------------------
 */

static void json_matches_golden_and_parses_back(const kg_graph *g)
{
	int rc = -99;
	char *json = export_to_string(kg_export_json, g, &rc);
	char *again = export_to_string(kg_export_json, g, &rc);
	cJSON *doc, *nodes, *links, *n, *l;
	size_t i = 0;

	KG_CHECK("json export of the small graph succeeds", json && again);
	if (json == NULL || again == NULL)
		goto out;
	KG_CHECK("json output matches export-small.json.expected",
	         matches_golden("export-small.json.expected", json));
	KG_CHECK("two json exports are byte-identical", !strcmp(json, again));
	KG_CHECK("json ends with a newline", json[strlen(json) - 1] == '\n');
	KG_CHECK("non-ASCII labels are written as raw UTF-8",
	         strstr(json, "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2") != NULL);
	doc = cJSON_Parse(json);
	nodes = cJSON_GetObjectItemCaseSensitive(doc, "nodes");
	links = cJSON_GetObjectItemCaseSensitive(doc, "links");
	KG_CHECK("json re-parses with nodes and links arrays",
	         cJSON_IsArray(nodes) && cJSON_IsArray(links));
	KG_CHECK("json has one entry per node and per edge",
	         cJSON_GetArraySize(nodes) == (int)g->nnodes &&
	                 cJSON_GetArraySize(links) == (int)g->nedges);
	cJSON_ArrayForEach (n, nodes) {
		if (i < g->nnodes)
			KG_CHECK_STR("every node label survives the JSON round "
			             "trip",
			             cJSON_GetStringValue(
			                     cJSON_GetObjectItem(n, "label")),
			             g->nodes[i].label);
		i++;
	}
	l = cJSON_GetArrayItem(links, 2);
	KG_CHECK("the negated link has negated: true",
	         cJSON_IsTrue(cJSON_GetObjectItem(l, "negated")));
	KG_CHECK_STR("links name their ends by node key",
	             cJSON_GetStringValue(cJSON_GetObjectItem(l, "target")),
	             "e5");
	cJSON_Delete(doc);
out:
	free(json);
	free(again);
}

/* ---- empty graphs and write errors ----------------------------------------
 */

static void empty_graph_exports(void)
{
	kg_graph g = { NULL, 0, NULL, 0 };
	int rc = -99;
	char *dot = export_to_string(kg_export_dot, &g, &rc);
	char *json = export_to_string(kg_export_json, &g, &rc);
	Agraph_t *rg = dot ? agmemread(dot) : NULL;

	KG_CHECK("an empty graph gives DOT that parses", rg != NULL);
	KG_CHECK("an empty graph's DOT still has the legend",
	         dot && strstr(dot, "cluster_legend") != NULL);
	KG_CHECK_STR("an empty graph gives empty node and link arrays", json,
	             "{\n\t\"nodes\":\t[],\n\t\"links\":\t[]\n}\n");
	if (rg)
		agclose(rg);
	free(dot);
	free(json);
}

static void write_errors_are_reported(const kg_graph *g)
{
	kg_err err = { 0, "" };
	FILE *ro = fopen("/dev/null", "r");
	int rc;

	if (ro == NULL)
		return;
	rc = kg_export_dot(g, ro, &err);
	KG_CHECK("dot export to an unwritable stream is KG_EIO",
	         rc == KG_EIO && err.code == KG_EIO);
	KG_CHECK_STR("and says so", err.msg, "cannot write DOT output");
	kg_err_clear(&err);
	rc = kg_export_json(g, ro, &err);
	KG_CHECK("json export to an unwritable stream is KG_EIO", rc == KG_EIO);
	KG_CHECK_STR("and says so", err.msg, "cannot write JSON output");
	fclose(ro);
}

/* ---- pictures -------------------------------------------------------------
 */

/* A path in a fresh temporary folder, for one picture. */
static void temp_path(char *out, size_t cap, const char *dir, const char *f)
{
	snprintf(out, cap, "%s/%s", dir, f);
}

static void render_writes_pictures(const kg_graph *g)
{
	char dir[] = "/tmp/kg-export-XXXXXX", path[256];
	kg_err err = { 0, "" };
	kg_graph empty = { NULL, 0, NULL, 0 };
	int rc;

	if (mkdtemp(dir) == NULL)
		return;
	temp_path(path, sizeof(path), dir, "small.svg");
	rc = kg_export_render(g, path, &err);
	KG_CHECK("render to .svg succeeds", rc == KG_OK);
	KG_CHECK("the .svg file is XML or SVG",
	         file_starts_with(path, "<?xml", 5) ||
	                 file_starts_with(path, "<svg", 4));
	remove(path);
	temp_path(path, sizeof(path), dir, "small.PNG");
	rc = kg_export_render(g, path, &err);
	KG_CHECK("render to .PNG (any case) succeeds", rc == KG_OK);
	KG_CHECK("the .PNG file has the PNG signature",
	         file_starts_with(path, "\x89PNG\r\n\x1a\n", 8));
	remove(path);
	temp_path(path, sizeof(path), dir, "small.pdf");
	rc = kg_export_render(g, path, &err);
	KG_CHECK("render to .pdf gives a PDF",
	         rc == KG_OK && file_starts_with(path, "%PDF", 4));
	remove(path);
	temp_path(path, sizeof(path), dir, "empty.svg");
	rc = kg_export_render(&empty, path, &err);
	KG_CHECK("an empty graph renders to .svg",
	         rc == KG_OK && file_starts_with(path, "<?xml", 5));
	remove(path);
	rmdir(dir);
}

static void render_rejects_bad_paths(const kg_graph *g)
{
	kg_err err = { 0, "" };
	int rc;

	rc = kg_export_render(g, "/tmp/kg-export-never.txt", &err);
	KG_CHECK("render to .txt is KG_EINVALID", rc == KG_EINVALID);
	KG_CHECK_STR("and names the extension", err.msg,
	             "unknown picture format '.txt' (use .svg, .png or .pdf)");
	KG_CHECK("and writes no file",
	         access("/tmp/kg-export-never.txt", F_OK) != 0);
	rc = kg_export_render(g, "/nonexistent-kg-dir/x.svg", &err);
	KG_CHECK("render into a missing folder is KG_EIO", rc == KG_EIO);
	KG_CHECK("and names the path",
	         strncmp(err.msg, "cannot write /nonexistent-kg-dir/x.svg",
	                 38) == 0);
}

/* Above 300 nodes the force-directed layout is used; it must work too. */
static void render_large_graph_with_sfdp(void)
{
	char dir[] = "/tmp/kg-export-XXXXXX", path[256], key[32];
	kg_err err = { 0, "" };
	kg_graph g;
	size_t i, n = 320;
	int rc;

	memset(&g, 0, sizeof(g));
	g.nodes = calloc(n, sizeof(kg_gnode));
	g.edges = calloc(n, sizeof(kg_gedge));
	if (g.nodes == NULL || g.edges == NULL || mkdtemp(dir) == NULL)
		abort();
	for (i = 0; i < n; i++) {
		snprintf(key, sizeof(key), "e%zu", i + 1);
		add_node(&g, key, (kg_type)(i % KG_T_DATE), key, NULL, NULL);
	}
	for (i = 0; i + 1 < n; i++)
		add_edge(&g, i / 2, i + 1, KG_P_MET_WITH, KG_S_CURRENT, 0,
		         (int)(i % 7) + 1, "a tree");
	temp_path(path, sizeof(path), dir, "tree.svg");
	rc = kg_export_render(&g, path, &err);
	KG_CHECK("a 320-node graph renders to .svg",
	         rc == KG_OK && file_starts_with(path, "<?xml", 5));
	if (rc != KG_OK)
		printf("render said: %s\n", err.msg);
	remove(path);
	rmdir(dir);
	free_test_graph(&g);
}

/* A star of 2,400 nodes: render keeps the 2,000 nodes of the
 * most-supported facts, lays them out with sfdp and says so. */
static void render_caps_big_graph_by_support(void)
{
	char dir[] = "/tmp/kg-export-XXXXXX", path[256], key[32];
	kg_draw_opts o = KG_DRAW_OPTS_INIT;
	kg_err err = { 0, "" };
	kg_graph g;
	size_t i, n = 2400;
	int rc;

	memset(&g, 0, sizeof(g));
	g.nodes = calloc(n, sizeof(kg_gnode));
	g.edges = calloc(n, sizeof(kg_gedge));
	if (g.nodes == NULL || g.edges == NULL || mkdtemp(dir) == NULL)
		abort();
	for (i = 0; i < n; i++) {
		snprintf(key, sizeof(key), "e%zu", i + 1);
		add_node(&g, key, (kg_type)(i % KG_T_DATE), key, NULL, NULL);
	}
	/* the last 400 spokes have support 1, the others 2 or more */
	for (i = 1; i < n; i++)
		add_edge(&g, 0, i, KG_P_MET_WITH, KG_S_CURRENT, 0,
		         i >= 2000 ? 1 : 2 + (int)(i % 3), "a star");
	temp_path(path, sizeof(path), dir, "star.svg");
	rc = kg_export_render_with(&g, path, &o, &err);
	KG_CHECK("a 2,400-node graph renders",
	         rc == KG_OK && file_starts_with(path, "<?xml", 5));
	KG_CHECK("with at most 2,000 nodes drawn", o.drawn_nodes == 2000);
	KG_CHECK("and the 1,999 best-supported facts", o.drawn_edges == 1999);
	KG_CHECK_STR("laid out by sfdp", o.used_engine ? o.used_engine : "",
	             "sfdp");
	remove(path);
	o = (kg_draw_opts)KG_DRAW_OPTS_INIT;
	o.max_nodes = 100;
	rc = kg_export_render_with(&g, path, &o, &err);
	KG_CHECK("max_nodes 100 draws 100 nodes with dot",
	         rc == KG_OK && o.drawn_nodes == 100 &&
	                 strcmp(o.used_engine, "dot") == 0);
	remove(path);
	rmdir(dir);
	free_test_graph(&g);
}

/* Frames: by type every node sits in its type's cluster; by event the
 * attendee sits in the event's cluster. */
static void dot_clusters(const kg_graph *g)
{
	kg_draw_opts o = KG_DRAW_OPTS_INIT;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	kg_err err = { 0, "" };
	int rc;

	if (f == NULL)
		abort();
	o.cluster = KG_CLUSTER_TYPE;
	rc = kg_export_dot_with(g, f, &o, &err);
	fclose(f);
	KG_CHECK("--cluster type writes DOT", rc == KG_OK);
	KG_CHECK("with a PERSON frame",
	         text && strstr(text, "subgraph cluster_type_PERSON {"));
	KG_CHECK("and an EVENT frame",
	         text && strstr(text, "subgraph cluster_type_EVENT {"));
	free(text);
	text = NULL;
	f = open_memstream(&text, &len);
	if (f == NULL)
		abort();
	o.cluster = KG_CLUSTER_EVENT;
	rc = kg_export_dot_with(g, f, &o, &err);
	fclose(f);
	KG_CHECK("--cluster event writes DOT", rc == KG_OK);
	KG_CHECK("with a frame per event",
	         text && strstr(text, "cluster_event_"));
	KG_CHECK("and no type frames",
	         text && strstr(text, "cluster_type_") == NULL);
	free(text);
}

/* ---- the order of the clusters (export/dot_ids.c, export/cluster.c) --- */

/* Frames first met in an order that is neither their frame order nor its
 * reverse: by type GPE, PERSON, ORG, LOC, EVENT; by event 7, 5, 6 (node 0,
 * the place of event 7, comes first). */
static void build_frames(kg_graph *g)
{
	memset(g, 0, sizeof(*g));
	g->nodes = calloc(8, sizeof(kg_gnode));
	g->edges = calloc(4, sizeof(kg_gedge));
	if (g->nodes == NULL || g->edges == NULL)
		abort();
	add_node(g, "e0", KG_T_GPE, "Alaska", NULL, NULL);
	add_node(g, "e1", KG_T_PERSON, "Ann", NULL, NULL);
	add_node(g, "e2", KG_T_ORG, "Acme", NULL, NULL);
	add_node(g, "e3", KG_T_PERSON, "Bob", NULL, NULL);
	add_node(g, "e4", KG_T_LOC, "Yukon", NULL, NULL);
	add_node(g, "e5", KG_T_EVENT, "Gala", NULL, NULL);
	add_node(g, "e6", KG_T_EVENT, "Summit", NULL, NULL);
	add_node(g, "e7", KG_T_EVENT, "Talks", NULL, NULL);
	add_edge(g, 7, 0, KG_P_LOCATED_IN, KG_S_CURRENT, 0, 1,
	         "Talks in Alaska");
	add_edge(g, 1, 5, KG_P_ATTENDED, KG_S_CURRENT, 0, 1, "Ann at the gala");
	add_edge(g, 2, 6, KG_P_ATTENDED, KG_S_CURRENT, 0, 1, "Acme at it");
	add_edge(g, 3, 7, KG_P_ATTENDED, KG_S_CURRENT, 0, 1, "Bob at talks");
}

/* Leave free chunks of the sizes cgraph takes for interned names behind,
 * freed in order (pattern 1), in reverse (2) or scattered (3), so that the
 * names of the next graph get addresses in a different order each time. */
static void shuffle_heap(int pattern)
{
	enum { N = 512 };
	static void *p[N];
	size_t i, k;

	for (i = 0; i < N; i++)
		p[i] = malloc(24 + 16 * (i % 6));
	for (i = 0; i < N; i++) {
		k = pattern == 1 ? i : pattern == 2 ? N - 1 - i : i * 7919 % N;
		free(p[k]);
	}
}

/* The top-level subgraphs of DOT text, "a,b,c"; into out (cap bytes). */
static void subgraph_order(char *out, size_t cap, const char *dot)
{
	const char *p = dot;
	size_t n = 0;

	out[0] = '\0';
	while (p != NULL && (p = strstr(p, "\n\tsubgraph ")) != NULL) {
		size_t len;

		p += strlen("\n\tsubgraph ");
		len = strcspn(p, " {\n");
		if (n + len + 2 > cap)
			break;
		if (n > 0)
			out[n++] = ',';
		memcpy(out + n, p, len);
		n += len;
		out[n] = '\0';
	}
}

/* The clusters come in frame order, then the legend, whatever the heap:
 * cgraph writes subgraphs in ID order, and its default IDs are addresses. */
static void dot_cluster_order_is_frame_order(void)
{
	static const struct {
		kg_cluster_by by;
		const char *order;
	} cases[] = {
		{ KG_CLUSTER_TYPE,
		  "cluster_type_PERSON,cluster_type_ORG,cluster_type_GPE,"
		  "cluster_type_LOC,cluster_type_EVENT,cluster_legend" },
		{ KG_CLUSTER_EVENT, "cluster_event_5,cluster_event_6,"
		                    "cluster_event_7,cluster_legend" },
	};
	kg_draw_opts o = KG_DRAW_OPTS_INIT;
	kg_graph g;
	char order[512];
	size_t c;
	int pattern;

	build_frames(&g);
	for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		char *first = NULL;
		int same = 1;

		o.cluster = cases[c].by;
		for (pattern = 0; pattern < 4; pattern++) {
			char *text = NULL;
			size_t len = 0;
			FILE *f;
			kg_err err = { 0, "" };
			int rc;

			shuffle_heap(pattern);
			f = open_memstream(&text, &len);
			if (f == NULL)
				abort();
			rc = kg_export_dot_with(&g, f, &o, &err);
			fclose(f);
			KG_CHECK("a clustered export succeeds", rc == KG_OK);
			subgraph_order(order, sizeof(order), text ? text : "");
			KG_CHECK_STR("clusters in frame order, then the legend",
			             order, cases[c].order);
			if (first == NULL)
				first = text;
			else {
				same = same && text && !strcmp(first, text);
				free(text);
			}
		}
		KG_CHECK("clustered DOT is byte-identical whatever the heap",
		         same);
		free(first);
	}
	free_test_graph(&g);
}

static Agraph_t *subg(Agraph_t *g, const char *name, int create)
{
	return agsubg(g, kg_export__unconst(name), create);
}

static Agnode_t *node(Agraph_t *g, const char *name, int create)
{
	return agnode(g, kg_export__unconst(name), create);
}

/* The ID discipline on its own: subgraphs in creation order, names found
 * and printed back, a name used again after its object went, a subgraph
 * name under two parents, anonymous edges. */
static void agopen_ids_follow_creation(void)
{
	static const char *const names[] = { "zeta", "alpha", "mid", "beta" };
	Agraph_t *ag = kg_export__agopen();
	Agraph_t *sub, *inner;
	Agnode_t *a, *b;
	Agedge_t *e;
	char order[64] = "";
	size_t i;

	KG_CHECK("kg_export__agopen opens a graph", ag != NULL);
	if (ag == NULL)
		return;
	KG_CHECK_STR("the graph is named kgraph", agnameof(ag), "kgraph");
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		shuffle_heap((int)(i % 4));
		subg(ag, names[i], 1);
	}
	for (sub = agfstsubg(ag); sub != NULL; sub = agnxtsubg(sub)) {
		strcat(order, agnameof(sub));
		strcat(order, agnxtsubg(sub) ? "," : "");
	}
	KG_CHECK_STR("subgraphs come in creation order", order,
	             "zeta,alpha,mid,beta");
	sub = subg(ag, "alpha", 0);
	KG_CHECK("a subgraph is found by name",
	         sub != NULL && !strcmp(agnameof(sub), "alpha"));
	inner = sub ? subg(sub, "zeta", 1) : NULL;
	KG_CHECK("a subgraph name can be used under another parent",
	         inner != NULL && inner != subg(ag, "zeta", 0) &&
	                 !strcmp(agnameof(inner), "zeta"));
	a = node(ag, "a", 1);
	b = node(ag, "b", 1);
	KG_CHECK("a node is found by name", a && node(ag, "a", 0) == a);
	KG_CHECK("an unknown name finds nothing", node(ag, "c", 0) == NULL);
	e = (a && b) ? agedge(ag, a, b, NULL, 1) : NULL;
	KG_CHECK("an anonymous edge has no name", e && agnameof(e) == NULL);
	if (a != NULL)
		agdelnode(ag, a);
	KG_CHECK("a deleted node is gone", node(ag, "a", 0) == NULL);
	a = node(ag, "a", 1);
	KG_CHECK("and its name can be used again",
	         a && node(ag, "a", 0) == a && !strcmp(agnameof(a), "a"));
	KG_CHECK("agclose frees the graph", agclose(ag) == 0);
}

/* diff of a graph against itself minus its last fact, and plus one */
static void diff_marks_added_removed_common(const kg_graph *g)
{
	kg_graph old_g = *g, new_g = *g;
	size_t counts[3] = { 9, 9, 9 };
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	kg_err err = { 0, "" };
	int rc;

	if (f == NULL || g->nedges < 3)
		abort();
	old_g.nedges = g->nedges - 1; /* old lacks the last fact */
	new_g.edges = g->edges + 1;   /* new lacks the first */
	new_g.nedges = g->nedges - 1;
	rc = kg_export_diff(&old_g, &new_g, f, counts, &err);
	fclose(f);
	KG_CHECK("diff writes DOT", rc == KG_OK);
	KG_CHECK("one fact added, one removed, the rest common",
	         counts[0] == 1 && counts[1] == 1 &&
	                 counts[2] == g->nedges - 2);
	KG_CHECK("the added fact is green",
	         text && strstr(text, "fontcolor=\"#2e7d32\""));
	KG_CHECK("the removed fact is red",
	         text && strstr(text, "fontcolor=\"#c62828\""));
	KG_CHECK("nodes are renamed n1, n2, ...",
	         text && strstr(text, "\tn1\t") && !strstr(text, "\te1\t"));
	free(text);
}

/* ---- the direct DOT writer against agwrite (export/dot_write.c) ------ */

static uint32_t rnd_state = 12345;

static uint32_t rnd(void)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return rnd_state >> 8;
}

/* Random text of pieces that steer cgraph's quoting (numbers, keywords,
 * quotes) and its breaking of long strings (ID and other characters). */
static void random_text(char *s, size_t max)
{
	static const char *const pieces[] = {
		"a",  "Z", "7",     ".",        "-",  "_",    "\"",  "\\",
		" ",  ",", "/",     "\xc3\xa9", "\n", "node", "1.5", "-3",
		"\t", ":", "Graph", "0",        "xy", "(",    "#"
	};
	size_t npieces = sizeof(pieces) / sizeof(pieces[0]);
	size_t len = rnd() % max, n = 0;

	while (n < len) {
		const char *p = pieces[rnd() % npieces];
		size_t k = strlen(p);

		if (n + k >= max)
			break;
		memcpy(s + n, p, k);
		n += k;
	}
	s[n] = '\0';
}

static char *agwrite_to_string(const kg_graph *g, const unsigned char *diff)
{
	struct kg_export__draw d = { NULL, NULL, KG_CLUSTER_NONE, diff, NULL };
	kg_err err = { 0, "" };
	char *buf = NULL;
	size_t len = 0;
	Agraph_t *ag = NULL;
	FILE *f;

	kg_export__errors_begin();
	if (kg_export__build(&ag, g, &d, &err) == KG_OK &&
	    (f = open_memstream(&buf, &len)) != NULL) {
		agwrite(ag, f);
		fclose(f);
	}
	agclose(ag);
	kg_export__errors_end();
	return buf;
}

/* A graph of random keys, labels and evidence, with self-loops, parallel
 * edges and edges in no particular order. */
static void build_random(kg_graph *g, size_t nn, size_t ne)
{
	char key[512], text[400];
	size_t i;

	memset(g, 0, sizeof(*g));
	g->nodes = calloc(nn, sizeof(kg_gnode));
	g->edges = calloc(ne, sizeof(kg_gedge));
	if (g->nodes == NULL || g->edges == NULL)
		abort();
	for (i = 0; i < nn; i++) {
		random_text(text, 40);
		snprintf(key, sizeof(key), "%s#%zu", text, i);
		random_text(text, 200);
		add_node(g, key, (kg_type)(rnd() % KG_T_COUNT), text,
		         i % 3 ? NULL : "alias \"x\"", NULL);
	}
	for (i = 0; i < ne; i++) {
		random_text(text, sizeof(text));
		add_edge(g, rnd() % nn, rnd() % nn,
		         (kg_pred)(rnd() % KG_P_COUNT), (kg_status)(rnd() % 4),
		         (int)(rnd() % 2), (int)(rnd() % 40), text);
	}
}

static void dot_direct_matches_agwrite(void)
{
	char s[400], buf[3 * sizeof(s) + 8];
	unsigned char diff[300];
	kg_draw_opts o = KG_DRAW_OPTS_INIT;
	int same = 1, round;
	size_t i;

	for (i = 0; i < 20000 && same; i++) {
		/* agcanonStr reads the header agstrdup puts before a string
		 * (aghtmlstr), as agwrite's strings all have: give it one */
		char *interned;

		random_text(s, i % 2 ? 24 : sizeof(s));
		interned = agstrdup(NULL, s);
		same = strcmp(kg_export__canon(s, buf), agcanonStr(interned)) ==
		       0;
		agstrfree(NULL, interned);
	}
	KG_CHECK("kg_export__canon quotes and breaks text as agcanonStr", same);
	if (!same)
		printf("  differs on \"%s\"\n", s);
	for (round = 0; round < 6; round++) {
		kg_graph g;
		kg_err err = { 0, "" };
		char *direct = NULL, *cg;
		size_t len = 0;
		FILE *f = open_memstream(&direct, &len);

		build_random(&g, 60, 300);
		for (i = 0; i < g.nedges; i++)
			diff[i] = (unsigned char)(rnd() % 4);
		o.diff = round % 2 ? diff : NULL;
		if (f == NULL || kg_export_dot_with(&g, f, &o, &err) != KG_OK)
			printf("  export failed: %s\n", err.msg);
		if (f != NULL)
			fclose(f);
		cg = agwrite_to_string(&g, o.diff);
		KG_CHECK("dot export writes what agwrite writes, byte for byte",
		         direct && cg && strcmp(direct, cg) == 0);
		free(direct);
		free(cg);
		free_test_graph(&g);
	}
}

int main(void)
{
	kg_graph g;

	build_small(&g);
	dot_matches_golden_and_parses_back(&g);
	dot_survives_trailing_backslash_and_bad_bytes();
	dot_is_quiet_under_graphviz(&g);
	json_matches_golden_and_parses_back(&g);
	empty_graph_exports();
	write_errors_are_reported(&g);
	render_writes_pictures(&g);
	render_rejects_bad_paths(&g);
	render_large_graph_with_sfdp();
	render_caps_big_graph_by_support();
	dot_clusters(&g);
	dot_cluster_order_is_frame_order();
	agopen_ids_follow_creation();
	diff_marks_added_removed_common(&g);
	dot_direct_matches_agwrite();
	free_test_graph(&g);
	return KG_CHECK_DONE();
}
