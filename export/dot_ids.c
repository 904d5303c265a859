/* export/dot_ids.c - cgraph object IDs in creation order, never addresses
 *
 * cgraph keeps the subgraphs of a graph in ID order: agfstsubg/agnxtsubg,
 * hence the order in which agwrite prints the clusters and in which the
 * layouts meet them.  Its default ID discipline (lib/cgraph/id.c) makes a
 * named object's ID the address of its interned name, so that order
 * followed malloc: it changed when unrelated code allocated differently,
 * and could differ between platforms and C libraries.  The graphs of
 * export/ are opened here instead, with a discipline that numbers the
 * objects of each graph in the order they are created:
 *
 *   - the k-th ID handed out (k = 1, 2, ...) is 2k for a named object and
 *     2k+1 for an anonymous one (edges), so ID order is creation order and
 *     cgraph's rule "even: named, odd: anonymous" (agnameof) still holds;
 *   - a name keeps its ID while an object of its kind (graph, node, edge)
 *     holds it: map with createflag takes a hold, free releases it, as the
 *     default discipline's agstrdup/agstrfree do; a subgraph name used
 *     under two parents shares one ID, as in cgraph; a name created again
 *     after its last object went gets a new ID;
 *   - print returns the name as interned by agstrdup in the graph, because
 *     agwrite's quoting (agstrcanon, aghtmlstr) reads the header cgraph
 *     puts before an interned string.
 *
 * Names are found through a hash of (kind, name) and printed through a
 * binary search of the IDs, which ascend with the array of names.  Work
 * is about one hash per node or subgraph created and one search per name
 * printed; an anonymous edge costs a counter increment.  Checked against
 * cgraph 2.42's id.c, graph.c (agopen, agclose: free for every object,
 * then close, then agstrclose), node.c and subg.c.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "export_int.h"

struct id_name {
	IDTYPE id;   /* even; ascends with the index in names */
	char *name;  /* agstrdup'd in root; released at close */
	size_t held; /* objects holding id: creating maps minus frees */
	int kind;    /* AGRAPH, AGNODE or AGOUTEDGE */
};

struct id_state {
	Agraph_t *root;        /* the graph whose strings hold the names */
	IDTYPE count;          /* IDs handed out */
	struct id_name *names; /* every name given an ID, in ID order */
	size_t nnames;         /* used entries of names */
	size_t cap;            /* allocated entries of names */
	size_t *slots;         /* index into names by (kind, name), or EMPTY */
	size_t nslots;         /* a power of 2, at least 2 * nnames */
};

#define EMPTY SIZE_MAX
#define FIRST_SLOTS 64

/* An in-edge is the other half of an edge and shares its ID. */
static int kind_of(int objtype)
{
	return objtype == AGINEDGE ? AGOUTEDGE : objtype;
}

/* FNV-1a of the name, then the kind. */
static size_t hash(int kind, const char *name)
{
	uint64_t h = UINT64_C(14695981039346656037);

	for (; *name; name++)
		h = (h ^ (unsigned char)*name) * UINT64_C(1099511628211);
	h = (h ^ (unsigned)kind) * UINT64_C(1099511628211);
	return (size_t)h;
}

/* The slot of (kind, name): where its latest entry is, or the empty slot
 * where it goes.  The table is never full (nslots >= 2 * nnames + 2). */
static size_t find_slot(const struct id_state *s, int kind, const char *name)
{
	size_t mask = s->nslots - 1;
	size_t i = hash(kind, name) & mask;

	while (s->slots[i] != EMPTY) {
		const struct id_name *e = &s->names[s->slots[i]];

		if (e->kind == kind && strcmp(e->name, name) == 0)
			break;
		i = (i + 1) & mask;
	}
	return i;
}

/* Make room for one more name: KG_OK, or KG_ENOMEM with s unchanged. */
static int reserve(struct id_state *s)
{
	size_t i, n, *slots;

	if (s->nnames == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : FIRST_SLOTS / 2;
		struct id_name *names = realloc(s->names, cap * sizeof(*names));

		if (names == NULL)
			return KG_ENOMEM;
		s->names = names;
		s->cap = cap;
	}
	if (2 * (s->nnames + 1) < s->nslots)
		return KG_OK;
	n = 2 * s->nslots;
	slots = malloc(n * sizeof(*slots));
	if (slots == NULL)
		return KG_ENOMEM;
	for (i = 0; i < n; i++)
		slots[i] = EMPTY;
	free(s->slots);
	s->slots = slots;
	s->nslots = n;
	/* only the latest entry of a (kind, name) is in the table */
	for (i = 0; i < s->nnames; i++) {
		const struct id_name *e = &s->names[i];

		s->slots[find_slot(s, e->kind, e->name)] = i;
	}
	return KG_OK;
}

/* The entry of id (even, handed out by s), or NULL. */
static struct id_name *by_id(const struct id_state *s, IDTYPE id)
{
	size_t lo = 0, hi = s->nnames;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->names[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->nnames && s->names[lo].id == id ? &s->names[lo] : NULL;
}

/* A new ID for (kind, name) into *id: TRUE, or FALSE when out of memory. */
static long add_name(struct id_state *s, int kind, char *name, IDTYPE *id)
{
	struct id_name *e;
	size_t slot;

	if (reserve(s) != KG_OK)
		return FALSE;
	e = &s->names[s->nnames];
	e->name = agstrdup(s->root, name);
	if (e->name == NULL)
		return FALSE;
	e->kind = kind;
	e->held = 1;
	e->id = 2 * ++s->count;
	slot = find_slot(s, kind, name);
	s->slots[slot] = s->nnames++;
	*id = e->id;
	return TRUE;
}

/* ---- the discipline (cgraph.h struct Agiddisc_s) ------------------------ */

/* Called by agopen for the root graph only; subgraphs share its state.  A
 * NULL state (out of memory) maps nothing, so agopen leaves AGID 0. */
static void *ids_open(Agraph_t *g, Agdisc_t *disc)
{
	struct id_state *s = calloc(1, sizeof(*s));
	size_t i;

	(void)disc;
	if (s == NULL)
		return NULL;
	s->slots = malloc(FIRST_SLOTS * sizeof(*s->slots));
	if (s->slots == NULL) {
		free(s);
		return NULL;
	}
	for (i = 0; i < FIRST_SLOTS; i++)
		s->slots[i] = EMPTY;
	s->nslots = FIRST_SLOTS;
	s->root = g;
	return s;
}

/* The ID of str (NULL: a new anonymous one); TRUE when *id is set.  FALSE
 * sends cgraph to its own map of local names, which finds nothing. */
static long
ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
	struct id_state *s = state;
	int kind = kind_of(objtype);
	size_t slot;
	struct id_name *e;

	if (s == NULL)
		return FALSE;
	if (str == NULL) {
		if (!createflag)
			return FALSE;
		*id = 2 * ++s->count + 1;
		return TRUE;
	}
	slot = find_slot(s, kind, str);
	e = s->slots[slot] == EMPTY ? NULL : &s->names[s->slots[slot]];
	if (e != NULL && e->held > 0) {
		if (createflag)
			e->held++;
		*id = e->id;
		return TRUE;
	}
	return createflag ? add_name(s, kind, str, id) : FALSE;
}

/* IDs chosen by the caller (agidnode, agidsubg) are refused, as by
 * cgraph's default. */
static long ids_alloc(void *state, int objtype, IDTYPE id)
{
	(void)state;
	(void)objtype;
	(void)id;
	return FALSE;
}

static void ids_free(void *state, int objtype, IDTYPE id)
{
	struct id_state *s = state;
	struct id_name *e;

	(void)objtype;
	if (s == NULL || id % 2 != 0)
		return;
	e = by_id(s, id);
	assert(e != NULL && e->held > 0);
	if (e != NULL && e->held > 0)
		e->held--;
}

static char *ids_print(void *state, int objtype, IDTYPE id)
{
	const struct id_state *s = state;
	const struct id_name *e;

	(void)objtype;
	if (s == NULL || id % 2 != 0)
		return NULL;
	e = by_id(s, id);
	return e ? e->name : NULL;
}

/* Called by agclose after every object's free and before the graph's
 * strings go (agstrclose). */
static void ids_close(void *state)
{
	struct id_state *s = state;
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->nnames; i++)
		agstrfree(s->root, s->names[i].name);
	free(s->names);
	free(s->slots);
	free(s);
}

static void ids_register(void *state, int objtype, void *obj)
{
	(void)state;
	(void)objtype;
	(void)obj;
}

static Agiddisc_t ids_disc = { ids_open,  ids_map,   ids_alloc,   ids_free,
	                       ids_print, ids_close, ids_register };

static Agdisc_t graph_disc = { &AgMemDisc, &ids_disc, &AgIoDisc };

Agraph_t *kg_export__agopen(void)
{
	Agraph_t *ag =
	        agopen(kg_export__unconst("kgraph"), Agdirected, &graph_disc);

	/* the root's name is the first ID handed out: 0 means ids_open
	 * failed */
	if (ag != NULL && AGID(ag) == 0) {
		agclose(ag);
		return NULL;
	}
	return ag;
}
