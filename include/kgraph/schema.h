/* include/kgraph/schema.h - the ontology (entity types, predicates, statuses),
 * name normalisation and the compiled-in SQL schema
 *
 * These are the names of DESIGN.md; scripts and the SQL views rely on the
 * exact strings returned by the *_name functions.
 */
#ifndef KGRAPH_SCHEMA_H
#define KGRAPH_SCHEMA_H

#include <stddef.h>
#include "common.h"

typedef enum kg_type {
	KG_T_PERSON,
	KG_T_ORG,
	KG_T_GPE,
	KG_T_LOC,
	KG_T_FACILITY,
	KG_T_EVENT,
	KG_T_OFFICE,
	KG_T_TREATY,
	KG_T_ARTICLE,
	KG_T_DATE,
	KG_T_COUNT
} kg_type;

typedef enum kg_pred {
	KG_P_HOLDS_OFFICE,
	KG_P_OFFICE_OF,
	KG_P_ATTENDED,
	KG_P_MET_WITH,
	KG_P_VISITED,
	KG_P_LOCATED_IN,
	KG_P_OCCURRED_ON,
	KG_P_PART_OF,
	KG_P_INVOKES,
	KG_P_MEMBER_OF,
	KG_P_COUNT
} kg_pred;

typedef enum kg_status {
	KG_S_CURRENT,
	KG_S_FORMER,
	KG_S_PLANNED,
	KG_S_REPORTED,
	KG_S_COUNT
} kg_status;

/* "PERSON", "holds_office", "current": static strings, never NULL for a
 * value in range. */
const char *kg_type_name(kg_type t);
const char *kg_pred_name(kg_pred p);
const char *kg_status_name(kg_status s);

/* Parse a name (exact, case-sensitive for predicates and statuses; types
 * accept any case).  Return the value, or -1 when the name is unknown. */
int kg_type_parse(const char *s);
int kg_pred_parse(const char *s);
int kg_status_parse(const char *s);

/* 1 when predicate p may link a subject of type s to an object of type o
 * (the table of DESIGN.md: attended PERSON/ORG -> EVENT, ...), else 0. */
int kg_pred_fits(kg_pred p, kg_type s, kg_type o);

/* Normalise a name for matching: ASCII and Latin-1 letters lower-cased,
 * periods and
 * apostrophes dropped ("U.S." -> "us"), every other run of characters that
 * are not letters or digits becomes one space, leading and trailing spaces
 * removed; bytes >= 0x80 (UTF-8) are kept as they are.  Writes at most cap
 * bytes including the NUL into out (cap > 0) and returns the length of the
 * normalised string (truncated when it does not fit). */
size_t kg_norm(char *out, size_t cap, const char *s, size_t n);

/* Check that s[0..n) is valid UTF-8 without NUL bytes.  Returns 1 when it is;
 * otherwise 0 and *bad_offset is the byte offset of the first bad byte. */
int kg_utf8_valid(const char *s, size_t n, size_t *bad_offset);

/* The SQL schema (schema/schema.sql), compiled in, and the value of
 * PRAGMA user_version it sets. */
extern const char kg_schema_sql[];
#define KG_SCHEMA_VERSION 1

#endif
