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
