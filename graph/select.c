/* graph/select.c - loading a selection of the store as a kg_graph
 *
 * The fact skeleton (ids, predicate, endpoint types) is read in one pass and
 * filtered in memory; an ego network is a breadth-first walk over it.  Only
 * the selected facts and their nodes then get their text (names, aliases,
 * first evidence), one reused prepared statement each.  Entity ids are dense
 * (INTEGER PRIMARY KEY), so per-entity state lives in arrays indexed by id.
 * The result is sorted so the same database always gives the same graph.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

typedef struct lfact {
	int64_t fact_id;
	int64_t subject, object; /* entity ids; object 0 for a literal */
	char *literal;           /* DATE value, or NULL */
	kg_pred pred;
	kg_status status;
	int negated;
	int selected;
} lfact;

typedef struct loader {
	kg_store *st;
	const kg_select *sel;
	lfact *f;
	size_t n, cap;
	int64_t maxid;     /* largest entity_id of a loaded fact */
	signed char *type; /* entity id -> kg_type, -1 when none or unknown */
	int64_t maxent;    /* largest entity_id, type has maxent + 1 slots */
	size_t nent;       /* entities in the store */
	size_t *node_of;   /* entity id -> node index, SIZE_MAX when none */
	char **dates;      /* distinct literals of selected facts, sorted */
	size_t ndates;
	sqlite3_stmt *ent, *alias;
	kg_graph *g;
} loader;

static int type_ok(const kg_select *sel, int t)
{
	return sel->types == 0 || (sel->types & (1u << t));
}

static int type_of(const loader *L, sqlite3_stmt *s, int col)
{
	int64_t id = sqlite3_column_int64(s, col);

	if (sqlite3_column_type(s, col) == SQLITE_NULL || id < 0 ||
	    id > L->maxent)
		return -1;
	return L->type[id];
}

/* Keep a skeleton row when its predicate and both endpoint types pass. */
static int keep_row(loader *L, sqlite3_stmt *s, lfact *x)
{
	const char *lit = (const char *)sqlite3_column_text(s, 4);
	int st = type_of(L, s, 1);
	int ot = lit ? KG_T_DATE : type_of(L, s, 3);
	int p = kg_pred_parse((const char *)sqlite3_column_text(s, 2));
	int status = kg_status_parse((const char *)sqlite3_column_text(s, 5));

	/* names this build does not know (a newer writer) are skipped, and
	 * so are facts whose entity is missing */
	if (st < 0 || ot < 0 || p < 0 || status < 0)
		return 0;
	if ((L->sel->preds && !(L->sel->preds & (1u << p))) ||
	    !type_ok(L->sel, st) || !type_ok(L->sel, ot))
		return 0;
	memset(x, 0, sizeof(*x));
	x->fact_id = sqlite3_column_int64(s, 0);
	x->subject = sqlite3_column_int64(s, 1);
	x->object = lit ? 0 : sqlite3_column_int64(s, 3);
	x->pred = (kg_pred)p;
	x->status = (kg_status)status;
	x->negated = sqlite3_column_int(s, 6);
	return 1;
}

/* Every entity's type, in one scan of the table: the facts' endpoint
 * types without two B-tree searches per fact. */
static int load_types(loader *L, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int step;

	if (sqlite3_prepare_v2(L->st->db,
	                       "SELECT ifnull(max(entity_id), 0) FROM entities",
	                       -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(L->st, err);
	if ((step = sqlite3_step(s)) == SQLITE_ROW)
		L->maxent = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (step != SQLITE_ROW)
		return kg_store__dberr(L->st, err);
	if (L->maxent < 0)
		L->maxent = 0;
	if (!(L->type = malloc((size_t)L->maxent + 1)))
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	memset(L->type, -1, (size_t)L->maxent + 1);
	if (sqlite3_prepare_v2(L->st->db,
	                       "SELECT entity_id, type FROM entities", -1, &s,
	                       NULL) != SQLITE_OK)
		return kg_store__dberr(L->st, err);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0);

		L->nent++;
		if (id >= 0 && id <= L->maxent)
			L->type[id] = (signed char)kg_type_parse(
			        (const char *)sqlite3_column_text(s, 1));
	}
	sqlite3_finalize(s);
	return step == SQLITE_DONE ? KG_OK : kg_store__dberr(L->st, err);
}

static int load_facts(loader *L, kg_err *err)
{
	static const char sql[] =
	        "SELECT fact_id, subject_id, predicate, object_id, literal,"
	        " status, negated FROM fact"
	        " WHERE ?1 OR (negated = 0 AND status <> 'reported')"
	        " ORDER BY fact_id";
	sqlite3_stmt *s = NULL;
	int step, rc = KG_OK;

	if ((rc = load_types(L, err)) != KG_OK)
		return rc;
	if (sqlite3_prepare_v2(L->st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(L->st, err);
	sqlite3_bind_int(s, 1, L->sel->with_negated != 0);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		const unsigned char *lit;

		if (L->n == L->cap) {
			size_t cap = L->cap ? 2 * L->cap : 256;
			lfact *p = realloc(L->f, cap * sizeof(*p));

			if (p == NULL) {
				rc = kg_err_set(err, KG_ENOMEM,
				                "out of memory");
				break;
			}
			L->f = p;
			L->cap = cap;
		}
		if (!keep_row(L, s, &L->f[L->n]))
			continue;
		if (L->f[L->n].subject > L->maxid)
			L->maxid = L->f[L->n].subject;
		if (L->f[L->n].object > L->maxid)
			L->maxid = L->f[L->n].object;
		lit = sqlite3_column_text(s, 4);
		if (lit && !(L->f[L->n].literal = strdup((const char *)lit))) {
			rc = kg_err_set(err, KG_ENOMEM, "out of memory");
			break;
		}
		L->n++;
	}
	if (rc == KG_OK && step != SQLITE_DONE)
		rc = kg_store__dberr(L->st, err);
	sqlite3_finalize(s);
	return rc;
}

/* Mark the seeds (every entity with a name normalising like sel->entity)
 * at distance 0 in dist. */
static int seeds(loader *L, int *dist, kg_err *err)
{
	const char *name = L->sel->entity;
	const char *norm = kg_store__norm(L->st, name, strlen(name));
	sqlite3_stmt *s = NULL;
	int step, n = 0;

	if (norm == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (sqlite3_prepare_v2(L->st->db,
	                       "SELECT DISTINCT entity_id FROM aliases"
	                       " WHERE norm = ?1",
	                       -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(L->st, err);
	kg_store__bind_text(s, 1, norm);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0);

		/* an entity without selected facts is found but adds
		 * nothing */
		if (id > 0 && id <= L->maxid)
			dist[id] = 0;
		n++;
	}
	sqlite3_finalize(s);
	if (step != SQLITE_DONE)
		return kg_store__dberr(L->st, err);
	if (n == 0)
		return kg_err_set(err, KG_ENOTFOUND, "no entity named '%s'",
		                  name);
	return KG_OK;
}

/* Breadth-first: at hop h select every fact touching an entity reached at
 * hop h - 1, and reach its other end.  Facts between two entities first
 * reached at the last hop are not selected. */
static int walk(loader *L, kg_err *err)
{
	int depth = L->sel->depth > 0 ? L->sel->depth : 1, rc;
	int *dist = malloc(((size_t)L->maxid + 1) * sizeof(*dist));

	if (dist == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	for (int64_t i = 0; i <= L->maxid; i++)
		dist[i] = -1;
	if ((rc = seeds(L, dist, err)) != KG_OK) {
		free(dist);
		return rc;
	}
	for (int h = 1; h <= depth; h++) {
		for (size_t i = 0; i < L->n; i++) {
			lfact *x = &L->f[i];
			int ds = dist[x->subject];
			int dobj = x->object ? dist[x->object] : -1;

			if (x->selected || (ds != h - 1 && dobj != h - 1))
				continue;
			x->selected = 1;
			if (ds < 0)
				dist[x->subject] = h;
			if (x->object && dobj < 0)
				dist[x->object] = h;
		}
	}
	free(dist);
	return KG_OK;
}

static char *dup_col(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	return strdup(t ? (const char *)t : "");
}

/* Append alias a to n's other names unless it is the label itself. */
static int add_alias(kg_gnode *n, const char *a, kg_err *err)
{
	char **p;

	if (a == NULL || strcmp(a, n->label) == 0)
		return KG_OK;
	/* capacities 4, 8, 16, ...: grow when naliases reaches one */
	if (n->naliases >= 4 && (n->naliases & (n->naliases - 1)) == 0) {
		if (!(p = realloc(n->aliases, 2 * n->naliases * sizeof(*p))))
			return kg_err_set(err, KG_ENOMEM, "out of memory");
		n->aliases = p;
	} else if (n->aliases == NULL) {
		if (!(n->aliases = malloc(4 * sizeof(*n->aliases))))
			return kg_err_set(err, KG_ENOMEM, "out of memory");
	}
	if (!(n->aliases[n->naliases] = strdup(a)))
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	n->naliases++;
	return KG_OK;
}

/* The node's other names, sorted (ORDER BY name is bytewise), without the
 * label itself. */
static int load_aliases(loader *L, kg_gnode *n, kg_err *err)
{
	sqlite3_stmt *s = L->alias;
	int step, rc = KG_OK;

	sqlite3_bind_int64(s, 1, n->entity_id);
	while (rc == KG_OK && (step = sqlite3_step(s)) == SQLITE_ROW)
		rc = add_alias(n, (const char *)sqlite3_column_text(s, 0), err);
	if (rc == KG_OK && step != SQLITE_DONE)
		rc = kg_store__dberr(L->st, err);
	sqlite3_reset(s);
	return rc;
}

/* Make a node for entity id unless it has one; its text comes later
 * (entity_text or entity_scan). */
static void entity_node(loader *L, int64_t id)
{
	kg_graph *g = L->g;

	if (L->node_of[id] != SIZE_MAX)
		return;
	L->node_of[id] = g->nnodes;
	g->nodes[g->nnodes++].entity_id = id; /* its key: node_keys */
}

/* Type, label and aliases of node n, looked up by its id. */
static int entity_text(loader *L, kg_gnode *n, kg_err *err)
{
	int t;

	sqlite3_bind_int64(L->ent, 1, n->entity_id);
	if (sqlite3_step(L->ent) == SQLITE_ROW) {
		t = kg_type_parse((const char *)sqlite3_column_text(L->ent, 0));
		n->type = t < 0 ? KG_T_COUNT : (kg_type)t;
		n->label = dup_col(L->ent, 1);
	}
	sqlite3_reset(L->ent);
	if (n->label == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	return load_aliases(L, n, err);
}

/* The node of entity row s's column 0, or NULL. */
static kg_gnode *node_at(loader *L, sqlite3_stmt *s)
{
	int64_t id = sqlite3_column_int64(s, 0);

	if (id < 0 || id > L->maxid || L->node_of[id] == SIZE_MAX)
		return NULL;
	return &L->g->nodes[L->node_of[id]];
}

/* The same for every node at once, for a selection of many of the
 * entities: one scan of entities and one of aliases (in (entity_id, name)
 * order, their UNIQUE index) instead of two searches per node. */
static int entity_scan(loader *L, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int step, rc = KG_OK;

	if (sqlite3_prepare_v2(L->st->db,
	                       "SELECT entity_id, type, name FROM entities", -1,
	                       &s, NULL) != SQLITE_OK)
		return kg_store__dberr(L->st, err);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		kg_gnode *n = node_at(L, s);
		int t;

		if (n == NULL)
			continue;
		t = kg_type_parse((const char *)sqlite3_column_text(s, 1));
		n->type = t < 0 ? KG_T_COUNT : (kg_type)t;
		if ((n->label = dup_col(s, 2)) == NULL)
			break;
	}
	sqlite3_finalize(s);
	if (step == SQLITE_ROW)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (step != SQLITE_DONE)
		return kg_store__dberr(L->st, err);
	for (size_t i = 0; i < L->g->nnodes; i++)
		if (L->g->nodes[i].label == NULL) /* no such entity */
			return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (sqlite3_prepare_v2(L->st->db,
	                       "SELECT entity_id, name FROM aliases"
	                       " ORDER BY entity_id, name",
	                       -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(L->st, err);
	while (rc == KG_OK && (step = sqlite3_step(s)) == SQLITE_ROW) {
		kg_gnode *n = node_at(L, s);

		if (n != NULL)
			rc = add_alias(n,
			               (const char *)sqlite3_column_text(s, 1),
			               err);
	}
	if (rc == KG_OK && step != SQLITE_DONE)
		rc = kg_store__dberr(L->st, err);
	sqlite3_finalize(s);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* One node per distinct literal of the selected facts. */
static int date_nodes(loader *L, kg_err *err)
{
	kg_graph *g = L->g;
	size_t n = 0;

	if ((L->dates = malloc((L->n + 1) * sizeof(*L->dates))) == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	for (size_t i = 0; i < L->n; i++)
		if (L->f[i].selected && L->f[i].literal)
			L->dates[n++] = L->f[i].literal;
	qsort(L->dates, n, sizeof(*L->dates), cmp_str);
	for (size_t i = 0; i < n; i++) {
		kg_gnode *d;
		size_t len;

		if (L->ndates && !strcmp(L->dates[L->ndates - 1], L->dates[i]))
			continue;
		L->dates[L->ndates++] = L->dates[i];
		d = &g->nodes[g->nnodes++];
		d->type = KG_T_DATE;
		len = strlen(L->dates[i]);
		d->label = strdup(L->dates[i]);
		if ((d->key = malloc(len + 6)) == NULL || d->label == NULL)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
		memcpy(d->key, "date:", 5);
		memcpy(d->key + 5, L->dates[i], len + 1);
	}
	return KG_OK;
}

static void fill_edge(loader *L, const lfact *x, size_t date_base, kg_gedge *e)
{
	e->source = L->node_of[x->subject];
	if (x->object) {
		e->target = L->node_of[x->object];
	} else {
		char **hit = bsearch(&x->literal, L->dates, L->ndates,
		                     sizeof(*L->dates), cmp_str);

		assert(hit != NULL);
		e->target = date_base + (size_t)(hit - L->dates);
	}
	e->fact_id = x->fact_id;
	e->pred = x->pred;
	e->status = x->status;
	e->negated = x->negated;
}

static int prepare_build(loader *L, size_t nsel, kg_err *err)
{
	sqlite3 *db = L->st->db;

	if (!(L->g = calloc(1, sizeof(*L->g))) ||
	    !(L->g->nodes = calloc(2 * nsel + 1, sizeof(kg_gnode))) ||
	    !(L->g->edges = calloc(nsel + 1, sizeof(kg_gedge))) ||
	    !(L->node_of = malloc(((size_t)L->maxid + 1) * sizeof(size_t))))
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	for (int64_t i = 0; i <= L->maxid; i++)
		L->node_of[i] = SIZE_MAX;
	if (sqlite3_prepare_v2(db,
	                       "SELECT type, name FROM entities"
	                       " WHERE entity_id = ?1",
	                       -1, &L->ent, NULL) ||
	    sqlite3_prepare_v2(db,
	                       "SELECT name FROM aliases WHERE entity_id = ?1"
	                       " ORDER BY name",
	                       -1, &L->alias, NULL))
		return kg_store__dberr(L->st, err);
	return KG_OK;
}

typedef struct nsort {
	kg_gnode n;
	size_t old;
} nsort;

static int cmp_node(const void *a, const void *b)
{
	const kg_gnode *x = &((const nsort *)a)->n, *y = &((const nsort *)b)->n;
	int c;

	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	if ((c = strcmp(x->label, y->label)) != 0)
		return c;
	return strcmp(x->key, y->key);
}

typedef struct esort {
	kg_gedge e;
	const char *sl, *pl, *tl; /* source label, predicate, target label */
	const char *sk, *tk;      /* source key, target key */
} esort;

/* By what the edge says, never by fact_id (ids follow ingestion order):
 * keys and (status, negated) tell apart every two facts. */
static int cmp_edge(const void *a, const void *b)
{
	const esort *x = a, *y = b;
	int c;

	if ((c = strcmp(x->sl, y->sl)) || (c = strcmp(x->pl, y->pl)) ||
	    (c = strcmp(x->tl, y->tl)) || (c = strcmp(x->sk, y->sk)) ||
	    (c = strcmp(x->tk, y->tk)))
		return c;
	if (x->e.status != y->e.status)
		return x->e.status < y->e.status ? -1 : 1;
	if (x->e.negated != y->e.negated)
		return x->e.negated < y->e.negated ? -1 : 1;
	return (x->e.fact_id > y->e.fact_id) - (x->e.fact_id < y->e.fact_id);
}

/* Sort nodes by (type, label, key), remap the edges, sort the edges. */
static int sort_graph(kg_graph *g, kg_err *err)
{
	nsort *ns = malloc((g->nnodes + 1) * sizeof(*ns));
	esort *es = malloc((g->nedges + 1) * sizeof(*es));
	size_t *new_of = malloc((g->nnodes + 1) * sizeof(*new_of));
	size_t i;

	if (!ns || !es || !new_of) {
		free(ns);
		free(es);
		free(new_of);
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	}
	for (i = 0; i < g->nnodes; i++)
		ns[i] = (nsort){ g->nodes[i], i };
	qsort(ns, g->nnodes, sizeof(*ns), cmp_node);
	for (i = 0; i < g->nnodes; i++) {
		g->nodes[i] = ns[i].n;
		new_of[ns[i].old] = i;
	}
	for (i = 0; i < g->nedges; i++) {
		kg_gedge *e = &g->edges[i];

		e->source = new_of[e->source];
		e->target = new_of[e->target];
		es[i] = (esort){ *e,
			         g->nodes[e->source].label,
			         kg_pred_name(e->pred),
			         g->nodes[e->target].label,
			         g->nodes[e->source].key,
			         g->nodes[e->target].key };
	}
	qsort(es, g->nedges, sizeof(*es), cmp_edge);
	for (i = 0; i < g->nedges; i++)
		g->edges[i] = es[i].e;
	free(ns);
	free(es);
	free(new_of);
	return KG_OK;
}

static int build(loader *L, kg_err *err)
{
	size_t nsel = 0, date_base;
	int rc;

	for (size_t i = 0; i < L->n; i++)
		nsel += L->f[i].selected != 0;
	if ((rc = prepare_build(L, nsel, err)) != KG_OK)
		return rc;
	for (size_t i = 0; i < L->n; i++) {
		const lfact *x = &L->f[i];

		if (!x->selected)
			continue;
		entity_node(L, x->subject);
		if (x->object)
			entity_node(L, x->object);
	}
	/* the scans read every entity: worth it for many of them */
	if (L->g->nnodes >= 1000 && L->g->nnodes >= L->nent / 4)
		rc = entity_scan(L, err);
	else
		for (size_t i = 0; i < L->g->nnodes && rc == KG_OK; i++)
			rc = entity_text(L, &L->g->nodes[i], err);
	if (rc != KG_OK)
		return rc;
	date_base = L->g->nnodes;
	if ((rc = date_nodes(L, err)) != KG_OK)
		return rc;
	for (size_t i = 0; i < L->n; i++)
		if (L->f[i].selected)
			fill_edge(L, &L->f[i], date_base,
			          &L->g->edges[L->g->nedges++]);
	rc = kg_store__edge_details(L->st, L->g->edges, L->g->nedges, L->n,
	                            err);
	if (rc != KG_OK)
		return rc;
	if ((rc = kg_store__node_keys(L->st, L->g, err)) != KG_OK)
		return rc;
	return sort_graph(L->g, err);
}

static void loader_free(loader *L)
{
	for (size_t i = 0; i < L->n; i++)
		free(L->f[i].literal);
	free(L->f);
	free(L->node_of);
	free(L->type);
	free(L->dates); /* the strings belong to L->f */
	sqlite3_finalize(L->ent);
	sqlite3_finalize(L->alias);
	kg_graph_free(L->g);
}

void kg_graph_free(kg_graph *g)
{
	if (g == NULL)
		return;
	for (size_t i = 0; i < g->nnodes; i++) {
		free(g->nodes[i].key);
		free(g->nodes[i].label);
		for (size_t j = 0; j < g->nodes[i].naliases; j++)
			free(g->nodes[i].aliases[j]);
		free(g->nodes[i].aliases);
	}
	for (size_t i = 0; i < g->nedges; i++) {
		free(g->edges[i].doc);
		free(g->edges[i].evidence);
		free(g->edges[i].rule);
	}
	free(g->nodes);
	free(g->edges);
	free(g);
}

int kg_store_load_graph(kg_store *st,
                        const kg_select *sel,
                        kg_graph **out,
                        kg_err *err)
{
	static const kg_select all = KG_SELECT_INIT;
	loader L;
	int rc, own;

	*out = NULL;
	memset(&L, 0, sizeof(L));
	L.st = st;
	L.sel = sel ? sel : &all;
	/* one read transaction for the whole load: the per-node and per-edge
	 * lookups below would otherwise each take and drop the file lock
	 * (four fcntl calls and a journal check apiece) */
	own = sqlite3_get_autocommit(st->db);
	if (own && (rc = kg_store__exec(st, "BEGIN", err)) != KG_OK)
		return rc;
	if ((rc = load_facts(&L, err)) != KG_OK)
		goto out;
	if (L.sel->entity)
		rc = walk(&L, err);
	else
		for (size_t i = 0; i < L.n; i++)
			L.f[i].selected = 1;
	if (rc == KG_OK)
		rc = build(&L, err);
	if (rc == KG_OK) {
		*out = L.g;
		L.g = NULL;
	}
out:
	loader_free(&L);
	if (own)
		sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	return rc;
}
