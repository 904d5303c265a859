/* schema/ontology.c - names of entity types, predicates and statuses */
#include <string.h>
#include <strings.h>

#include "kgraph/schema.h"

static const char *const type_names[KG_T_COUNT] = {
	"PERSON", "ORG",    "GPE",    "LOC",     "FACILITY",
	"EVENT",  "OFFICE", "TREATY", "ARTICLE", "DATE"
};

static const char *const pred_names[KG_P_COUNT] = {
	"holds_office", "office_of",   "attended", "met_with", "visited",
	"located_in",   "occurred_on", "part_of",  "invokes",  "member_of"
};

static const char *const status_names[KG_S_COUNT] = { "current", "former",
	                                              "planned", "reported" };

#define T(x) (1u << KG_T_##x)
/* Subject and object types of each predicate, as DESIGN.md's table; a
 * GPE may also invoke an article ("Poland invoked Article 4": README). */
static const struct {
	unsigned s, o;
} signature[KG_P_COUNT] = {
	[KG_P_HOLDS_OFFICE] = { T(PERSON), T(OFFICE) },
	[KG_P_OFFICE_OF] = { T(OFFICE), T(GPE) | T(ORG) },
	[KG_P_ATTENDED] = { T(PERSON) | T(ORG), T(EVENT) },
	[KG_P_MET_WITH] = { T(PERSON), T(PERSON) },
	[KG_P_VISITED] = { T(PERSON), T(GPE) | T(FACILITY) },
	[KG_P_LOCATED_IN] = { T(EVENT) | T(FACILITY) | T(GPE),
	                      T(GPE) | T(LOC) | T(FACILITY) },
	[KG_P_OCCURRED_ON] = { T(EVENT), T(DATE) },
	[KG_P_PART_OF] = { T(ARTICLE), T(TREATY) },
	[KG_P_INVOKES] = { T(EVENT) | T(PERSON) | T(ORG) | T(GPE),
	                   T(ARTICLE) | T(TREATY) },
	[KG_P_MEMBER_OF] = { T(GPE) | T(ORG) | T(PERSON), T(ORG) },
};
#undef T

int kg_pred_fits(kg_pred p, kg_type s, kg_type o)
{
	if ((unsigned)p >= KG_P_COUNT || (unsigned)s >= KG_T_COUNT ||
	    (unsigned)o >= KG_T_COUNT)
		return 0;
	return (signature[p].s >> s & 1u) && (signature[p].o >> o & 1u);
}

const char *kg_type_name(kg_type t)
{
	return (unsigned)t < KG_T_COUNT ? type_names[t] : "?";
}

const char *kg_pred_name(kg_pred p)
{
	return (unsigned)p < KG_P_COUNT ? pred_names[p] : "?";
}

const char *kg_status_name(kg_status s)
{
	return (unsigned)s < KG_S_COUNT ? status_names[s] : "?";
}

int kg_type_parse(const char *s)
{
	int i;

	for (i = 0; s && i < KG_T_COUNT; i++)
		if (strcasecmp(s, type_names[i]) == 0)
			return i;
	return -1;
}

int kg_pred_parse(const char *s)
{
	int i;

	for (i = 0; s && i < KG_P_COUNT; i++)
		if (strcmp(s, pred_names[i]) == 0)
			return i;
	return -1;
}

int kg_status_parse(const char *s)
{
	int i;

	for (i = 0; s && i < KG_S_COUNT; i++)
		if (strcmp(s, status_names[i]) == 0)
			return i;
	return -1;
}
