/* ingest/rules_int.h - the relation rules as data (ruleset.c), shared
 * with the actions that run them (rules.c) */
#ifndef KG_INGEST_RULES_INT_H
#define KG_INGEST_RULES_INT_H

#include <stddef.h>

#include "patterns.h"

enum action {
	A_PAIR,   /* pred(S, O) for every S and O */
	A_MEET,   /* met_with(S, O); all attended the meeting E or a new one */
	A_ATTEND, /* attended(S, E) */
	A_GATHER, /* attended(S, E) and met_with among S */
	A_VISIT,  /* visited(S, O); a visit event in O */
	A_LOCATE, /* located_in(E or S, O...) and the chain of places */
	A_DATE,   /* occurred_on(E, D) */
	A_ALIAS,  /* O is another name of S */
	A_INVOKE, /* invokes(E or the current event, O) */
	A_SIGN,   /* S signed O: attended the signing, and met */
	A_ATTEND_CTX, /* S and O attended the event the text is about */
	A_GROUP,      /* "NATO foreign ministers met in Brussels": a meeting */
	A_SWORN,      /* "X was sworn in": attended the inauguration */
	A_PARTY,      /* member_of(S, O) when O is a party */
	A_COUNTRY,    /* pred(the country whose office S holds, O) */
	A_PLURAL,     /* "the two leaders met": the last two named met */
	A_HEADS,      /* "X, who heads O": X holds Head (Leader, Chair) of O */
	A_TITLES,     /* "former presidents A and B": each holds President */
	A_AS_WELL,    /* ", as were S": S attended what the sentence's
	                 subject attended */
	A_HERE,       /* "Good morning from O": where "here" is */
	A_HERE_AT,    /* "E opens here": located_in(E, the places of here) */
	A_MEMBERS     /* "The nine members are S": member_of(S, the
	                 organisation named most) */
};

/* struct rule flags */
enum {
	R_AT_START = 1,  /* only at the start of the sentence */
	R_NEAREST = 2,   /* the subject is the actor nearest the verb: no
	                    other actor stands between ("Reuters - Poland
	                    invoked Article 4": Poland did) */
	R_GATHERING = 4, /* the event is one held somewhere (a summit, not
	                    a war) */
};

struct rule {
	const char *id;
	const char *pattern;
	int action;
	kg_pred pred;
	unsigned flags; /* R_* */
};

/* The rules, in the order they run; *n gets their number. */
const struct rule *kg_ingest__ruleset(size_t *n);

#endif
