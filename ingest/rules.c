/* ingest/rules.c - the relation rules: patterns (patterns.c) and the
 * generic actions that turn a match into facts
 *
 * Each rule is data: an id (recorded with every fact it makes), a pattern
 * and an action.  Actions are few and shared: a pair of slots under one
 * predicate, a meeting (met_with, plus the event it was), attendance, a
 * visit, a place chain, a date, an alias.  Status comes from the words
 * around the match: "will", "is scheduled to" -> planned; "reportedly",
 * "might" -> reported; "did not" -> negated.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	A_PARTY       /* member_of(S, O) when O is a party */
};

struct rule {
	const char *id;
	const char *pattern;
	int action;
	kg_pred pred;
	int at_start; /* only at the start of the sentence */
};

static const struct rule rules[] = {
	{ "title.appos",
	  "S=PER , 'a|an|the'? 'country|nation|bloc|league|alliance|union'? "
	  "'s? 'its'? O=OFF",
	  A_PAIR, KG_P_HOLDS_OFFICE, 0 },
	{ "title.as", "S=PER ~3 'as' O=OFF", A_PAIR, KG_P_HOLDS_OFFICE, 0 },
	{ "article.of", "S=ART 'of' 'the'? O=TRE", A_PAIR, KG_P_PART_OF, 0 },
	{ "alias.aka-paren",
	  "S=TRE|ORG|EVT|FAC ( 'also known as|also called|known as|or|"
	  "formally' 'the'? O=TRE|ORG|EVT|FAC",
	  A_ALIAS, KG_P_COUNT, 0 },
	{ "alias.aka",
	  "S=TRE|ORG|EVT|FAC , 'also known as|also referred to as|known as|"
	  "formally|officially|also called|or' 'the'? O=TRE|ORG|EVT|FAC",
	  A_ALIAS, KG_P_COUNT, 0 },
	{ "alias.paren", "S=ORG|TRE|GPE|EVT|FAC ( O=ORG|TRE|GPE|EVT|FAC )",
	  A_ALIAS, KG_P_COUNT, 0 },
	{ "meet.verb", "S=PER+ ,? ~ w:meet ~ O=PER+", A_MEET, KG_P_MET_WITH,
	  0 },
	{ "meet.far", "S=PER ~ w:meet ~~ O=PER+", A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.who", "S=PER , 'who|which' ~* , w:meet ~ O=PER+", A_MEET,
	  KG_P_MET_WITH, 0 },
	{ "meet.appos", "S=PER , ~~ , w:meet ~ O=PER+", A_MEET, KG_P_MET_WITH,
	  0 },
	{ "meet.mutual",
	  "S=PER+ ,? ~ 'held talks|hold talks|met|meet|will meet'", A_MEET,
	  KG_P_MET_WITH, 0 },
	{ "host.verb", "S=PER ~ w:host O=PER+ ~~ E=EVT?", A_MEET, KG_P_MET_WITH,
	  0 },
	{ "event.between", "E=EVT ~~ 'between' S=PARTY+", A_GATHER,
	  KG_P_ATTENDED, 0 },
	{ "event.together",
	  "E=EVT ~~ 'bringing together|brought together|bring together|"
	  "brings together|will bring together' S=PARTY+",
	  A_GATHER, KG_P_ATTENDED, 0 },
	{ "event.include",
	  "E=EVT ~~ 'include|includes|included|including|attended by|"
	  "will include' 'the'? S=PARTY+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.verb", "S=PARTY+ ~~ w:attend ~ 'the'? E=EVT+", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	{ "attend.who", "S=PER , 'who' ~ w:attend ~ E=EVT", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	{ "event.chaired",
	  "E=EVT ~~ 'chaired by|co-chaired by|hosted by|presided over by|led "
	  "by|opened by'"
	  " 'the'? S=PER+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.colon", "w:attend : S=PARTY+", A_ATTEND_CTX, KG_P_ATTENDED,
	  0 },
	{ "attend.bare", "S=PARTY+ ~4 w:attend", A_ATTEND_CTX, KG_P_ATTENDED,
	  0 },
	{ "attend.represented",
	  "S=ORG|GPE 'was represented by|were represented by|is represented by|"
	  "will be represented by' O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "host.event", "S=PER ~~ w:host 'the|a'? E=EVT", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	{ "chair.event",
	  "S=PER ~~ 'chaired|chairs|co-chaired|presided over|opened|closed|"
	  "joined|joins|will join|to join|witnessed|addressed' 'the|a'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.among",
	  "'among' 'the|those'? ~2 'were|was|are|is|will be' ,? 'the'? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 1 },
	{ "attend.paid",
	  "S=PER ~~ 'paid|pays|made|makes|undertook|began|is paying|will pay|"
	  "will make|was on' 'a|an|his|her|their'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.appos", "S=PER , ~* , ~2 w:attend", A_ATTEND_CTX,
	  KG_P_ATTENDED, 0 },
	{ "attend.led",
	  "S=PER ~2 'led|headed|leads|heads|will lead' 'the|a|an|his|her'? "
	  "ACTOR? 's? ~2 'delegation'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.sent",
	  "'sent|dispatched|sending|sends' S=PER+ ~4 'in his place|in her "
	  "place|"
	  "instead|in their place|to represent'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "host.for", "S=PER ~3 w:host ~4 'for|at|to' 'a|an|the'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "group.met",
	  "S=ORG|GPE ~2 'leaders|ministers|foreign ministers|defence ministers|"
	  "defense ministers|finance ministers|heads of state|officials|"
	  "envoys|negotiators|delegates' 'met|gathered|convened|assembled|"
	  "will meet|will gather' 'in|at' PLACES",
	  A_GROUP, KG_P_LOCATED_IN, 0 },
	{ "group.of-met",
	  "'leaders|ministers|foreign ministers|defence ministers|"
	  "defense ministers|finance ministers|heads of state|envoys|"
	  "delegates' 'of' 'the'? S=ORG '('? ORG? ')'? ~3 'met|met in|met "
	  "at|gathered in|"
	  "gathered at|convened in|convened at|assembled in|assembled at|"
	  "will meet|will gather' 'in|at'? PLACES",
	  A_GROUP, KG_P_LOCATED_IN, 0 },
	{ "attend.represented-by",
	  "'was represented by|were represented by|is represented by|"
	  "will be represented by' 'the|its|his|her|their'? O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.accompanied",
	  "S=PER ,? 'was accompanied by|were accompanied by|is accompanied by|"
	  "will be accompanied by' 'the|his|her|their'? O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.chair",
	  "S=PER+ ,? 'is in the|was in the|will be in the|took the' OFF",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.joined-at",
	  "S=PER+ ,? 'joined|joins|will join' O=PER ~2 'table|stage|podium'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.were-among",
	  "S=PER+ ,? 'were among|was among|are among|is among|were also among|"
	  "was also among' ~4 'guests|mourners|dignitaries|leaders|attendees|"
	  "participants|delegates|those|heads of state|congregation|speakers|"
	  "visitors'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.taking-part",
	  "'taking part|attending|present|in attendance|participating|on hand' "
	  "'included|include|includes|were|are' ,? 'the'? S=PARTY+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.colon-guests",
	  "'guests|attendees|participants|present|in attendance' : S=PARTY+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.sent-in",
	  "'and sent|, sending|and dispatched|instead sent|but sent' "
	  "'the|his|her|its|their'? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.arrived",
	  "S=PER+ ,? ~2 'arrived|have arrived|has arrived|had arrived|landed|"
	  "flew into|flew in|is expected to arrive|will arrive|is due to "
	  "arrive'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.seated",
	  "S=PER+ ,? ~3 'sat|was seated|were seated|is seated|seated at|"
	  "seated in|seated beside|seated next to|is in the chair|"
	  "was in the chair|took his seat|took her seat|took their seats|"
	  "were in the hall|was in the hall|were in the room|was in the room|"
	  "were in the audience|was in the audience'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.addressed",
	  "S=PER ~~ 'addressed|told|briefed|greeted|welcomed|will address|"
	  "addresses|is due to address|is expected to address' 'the|fellow'? "
	  "~2 "
	  "'leaders|delegates|delegations|participants|heads of state|guests|"
	  "dignitaries'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.took-over",
	  "S=PER ~2 'took over|takes over|assumed|inherited' ~5 'from' O=PER",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.sworn-in",
	  "S=PER+ ,? ~3 'was sworn in|were sworn in|is sworn in|will be sworn "
	  "in|"
	  "took the oath|takes the oath|was inaugurated|will be inaugurated'",
	  A_SWORN, KG_P_ATTENDED, 0 },
	{ "event.attended-by",
	  "E=EVT ~* 'and attended by|attended by' S=PARTY+", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	{ "attend.guests",
	  "'guests|attendees|participants|invitees|mourners' ~2 "
	  "'included|includes|include|were|are' 'the'? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.inverted",
	  "w:attend 'the'? E=EVT ~~ 'were|was' ,? 'the'? S=PER+", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	{ "attend.delegation",
	  "'delegation|delegations' ~2 'included|includes|include|comprised|"
	  "was led by|were led by|led by|was made up of' 'the'? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.side",
	  "'on the' ~2 'side' 'were|was|are|is|will be' ,? 'the'? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.sent-person",
	  "'sent|sends|dispatched|will send|sending' 'the|its|his|her|their'? "
	  "S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.part-of-delegation",
	  "S=PER+ ,? ~3 'were part of|was part of|were members of|was a member "
	  "of|joined|travelled with|traveled with' ~4 'delegation'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.greeted",
	  "S=PER+ ,? ~2 'were greeted by|was greeted by|were welcomed by|was "
	  "welcomed by|were received by|was received by'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.joined",
	  "S=PER+ 'joined|joins|will join' 'the|other'? 'leaders|delegations'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.among",
	  "S=PER+ 'were among|was among|were also among|was also among' "
	  "'the'? ~2 'leaders|attendees|participants|guests|heads'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "event.gathered",
	  "'gathered in|gathered at|met in|met at|convened in|convened at|"
	  "assembled in|assembled at|arrived in|arrived at|are gathering in|"
	  "are gathering at|were gathering in|were gathering at|gather in|"
	  "gather at|will gather in|will gather at' PLACES ~~ "
	  "'for' ~3 E=EVT",
	  A_LOCATE, KG_P_LOCATED_IN, 0 },
	{ "represent.at",
	  "S=PER ~~ 'represented|represent|represents|will represent' ~* 'at' "
	  "'the|a'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "at.event-in", "S=PER ~~ 'at|during' 'a|an|the'? E=EVT", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	{ "during.event", "S=PER+ ~* 'during' 'the|a'? E=EVT", A_ATTEND,
	  KG_P_ATTENDED, 1 },
	{ "at.event", "'at|during' E=EVT ~~ , S=PER+", A_ATTEND, KG_P_ATTENDED,
	  1 },
	{ "event.is", "S=EVT )? 'was|is|will be|became' ~2 'the|a|an'? O=EVT",
	  A_ALIAS, KG_P_COUNT, 0 },
	{ "event.appos", "S=EVT ~~ , 'a|an' ~~ O=EVT", A_ALIAS, KG_P_COUNT, 0 },
	{ "event.appos-the", "S=EVT ~3 , 'the' O=EVT", A_ALIAS, KG_P_COUNT, 0 },
	{ "sign.by", "'signed|ratified' 'by' S=PER+", A_SIGN, KG_P_ATTENDED,
	  0 },
	{ "sign.verb", "S=PER+ ,? ~ w:sign ~3 O=TRE", A_SIGN, KG_P_ATTENDED,
	  0 },
	{ "sign.noun",
	  "S=PER+ ,? ~ w:sign ~3 "
	  "'treaty|agreement|accord|pact|deal|declaration|"
	  "memorandum|charter|convention'",
	  A_SIGN, KG_P_ATTENDED, 0 },
	{ "his.event", "S=PER ~~ 'his|her' E=EVT", A_ATTEND, KG_P_ATTENDED, 0 },
	{ "visit.verb", "S=PER ~ w:visit PLACES", A_VISIT, KG_P_VISITED, 0 },
	{ "event.place", "E=EVT 'in|at|inside' PLACES", A_LOCATE,
	  KG_P_LOCATED_IN, 0 },
	{ "event.held",
	  "E=EVT ~~ 'held|took place|convened|hosted|gathered|was held|"
	  "will be held|scheduled|will take place|opened|met' ~~ 'in|at' "
	  "PLACES",
	  A_LOCATE, KG_P_LOCATED_IN, 0 },
	{ "event.of-place", "E=EVT 'on|of|against|over' ~3 'in|at' PLACES",
	  A_LOCATE, KG_P_LOCATED_IN, 0 },
	{ "event.hosted-in",
	  "E=EVT , 'hosted by|chaired by|led by' S=PER 'in|at' PLACES",
	  A_LOCATE, KG_P_LOCATED_IN, 0 },
	{ "place.in", "S=FAC 'in|,' PLACES", A_LOCATE, KG_P_LOCATED_IN, 0 },
	{ "place.appos-in", "S=FAC|GPE , 'a|an' ~4 'in|near|outside' PLACES",
	  A_LOCATE, KG_P_LOCATED_IN, 0 },
	{ "event.date", "E=EVT ~3 D=DATE", A_DATE, KG_P_OCCURRED_ON, 0 },
	{ "event.held-date",
	  "E=EVT ~~ 'held|took place|convened|was held|will be held|"
	  "is scheduled|was scheduled|will take place' ~~ D=DATE",
	  A_DATE, KG_P_OCCURRED_ON, 0 },
	{ "event.of-date", "E=EVT 'of|in|against' PLACE|ORG 'in|on' D=DATE",
	  A_DATE, KG_P_OCCURRED_ON, 0 },
	{ "date.event",
	  "'on|in'? D=DATE , ~~ E=EVT ~~ 'took place|was held|were held|"
	  "convened|opened|began|met|gathered|ended|closed|was hosted|"
	  "got under way|kicked off'",
	  A_DATE, KG_P_OCCURRED_ON, 1 },
	{ "member.party",
	  "S=PER , 'a|an|the' ~2 PLACE? O=ORG 'from|of|on|senator|lawmaker|"
	  "congressman|congresswoman|member|who|,'",
	  A_PARTY, KG_P_MEMBER_OF, 0 },
	{ "member.join", "S=GPE|ORG+ ,? 'which'? ~ w:join 'the'? O=ORG", A_PAIR,
	  KG_P_MEMBER_OF, 0 },
	{ "member.became",
	  "S=GPE|ORG ,? 'which'? ~3 'became|becomes|is|was|remains|will "
	  "become' "
	  "~3 O=ORG 's? ~2 'member|members|ally|member state'",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.accession",
	  "'accession of|entry of|admission of' S=GPE+ 'to|into' O=ORG", A_PAIR,
	  KG_P_MEMBER_OF, 0 },
	{ "member.pact",
	  "O=ORG , 'the'? ~2 'pact|alliance|partnership|grouping|bloc|group' "
	  "'between|of' S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.of",
	  "S=GPE|ORG ,? 'which'? ~3 'became|becomes|is|was|remains|will "
	  "become' "
	  "~3 'member|members|member state' 'of' 'the'? O=ORG",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.members-include",
	  "O=ORG 's ~2 'members|member states|member countries' "
	  "'include|includes|are|were' S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.includes",
	  "O=ORG ,? 'which'? ~2 'includes|include|included|comprises|groups|"
	  "brings together|now includes' S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "invoke.verb", "S=EVT|PER|ORG ~~ w:invoke ~ 'the'? O=ART|TRE", A_PAIR,
	  KG_P_INVOKES, 0 },
	{ "invoke.country",
	  "S=GPE+ ,? ~3 'invoked|invoke|invokes|invoking|triggered|triggers|"
	  "activated|activates' 'the'? O=ART|TRE",
	  A_PAIR, KG_P_INVOKES, 0 },
	{ "invoke.consult",
	  "S=PER|ORG|GPE+ ,? ~3 'requested|request|requests|called for|"
	  "sought' ~2 'consultations|talks|a meeting' 'under' O=ART",
	  A_PAIR, KG_P_INVOKES, 0 },
	{ "invoke.support",
	  "S=PER ~ 'support for|commitment to' ~ 'the'? O=TRE|ART", A_PAIR,
	  KG_P_INVOKES, 0 },
	{ "invoke.context", "w:invoke ~ 'the'? O=ART|TRE", A_INVOKE,
	  KG_P_INVOKES, 0 },
};

#define NRULES (sizeof(rules) / sizeof(rules[0]))

struct kg_rules {
	struct kg_pattern *compiled[NRULES];
};

int kg_ingest__rules_new(struct kg_rules **out, kg_err *err)
{
	struct kg_rules *r = calloc(1, sizeof(*r));
	size_t i;

	*out = NULL;
	if (r == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	for (i = 0; i < NRULES; i++) {
		int rc = kg_pattern_compile(&r->compiled[i], rules[i].pattern);

		if (rc) {
			kg_ingest__rules_free(r);
			return kg_err_set(err, rc, "rule %s: bad pattern",
			                  rules[i].id);
		}
	}
	*out = r;
	return KG_OK;
}

void kg_ingest__rules_free(struct kg_rules *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < NRULES; i++)
		kg_pattern_free(r->compiled[i]);
	free(r);
}

/* ---- actions ---- */

static int
status_of(const struct kg_ingest *ing, const struct kg_match *m, int *negated)
{
	size_t c = m->c0 > 3 ? m->c0 - 3 : 0;
	int st = KG_S_CURRENT;

	*negated = 0;
	for (; c < m->c1 && c < ing->nchunks; c++) {
		unsigned f = ing->chunks[c].kind == CH_WORD
		                     ? ing->chunks[c].wflags
		                     : 0;

		if (f & KG_W_NEGATION)
			*negated = 1;
		if ((f & KG_W_HEDGE) && st == KG_S_CURRENT)
			st = KG_S_REPORTED;
		if (f & KG_W_PLANNED)
			st = KG_S_PLANNED;
	}
	return st;
}

/* Does the match speak of a wish, not a fact: "goal of joining", "bid to
 * join", "applied to join"? */
static int aspires(const struct kg_ingest *ing, const struct kg_match *m)
{
	static const char *const wish[] = {
		"goal",       "bid",         "hope",    "hopes",
		"desire",     "aim",         "aims",    "ambition",
		"aspiration", "application", "applied", "seeks",
		"wants",      "plans",       "wish",    NULL
	};
	size_t c, i;

	for (c = m->c0; c < m->c1 && c < ing->nchunks; c++)
		for (i = 0; wish[i]; i++)
			if (ing->chunks[c].kind == CH_WORD &&
			    !strcmp(ing->chunks[c].norm, wish[i]))
				return 1;
	return 0;
}

/* The status a title chunk of the match carries (former, -elect), else
 * st. */
static int
title_status(const struct kg_ingest *ing, const struct kg_match *m, int st)
{
	size_t c;

	for (c = m->c0; c < m->c1 && c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_TITLE && ing->chunks[c].title > 0)
			return (int)ing->chunks[c].title;
	return st;
}

static int denied(const struct kg_ingest *ing, const struct kg_match *m)
{
	size_t c;

	for (c = m->c0; c < m->c1 && c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_WORD &&
		    (ing->chunks[c].wflags & KG_W_NEGATION))
			return 1;
	return 0;
}

static int fact(struct kg_ingest *ing,
                long s,
                kg_pred p,
                long o,
                size_t si,
                const char *rule,
                int st,
                int neg)
{
	if (s < 0 || o < 0 || s == o)
		return KG_OK;
	return kg_ingest__fact(ing, s, p, o, NULL, si, rule, st, neg);
}

/* The first event of the sentence whose noun is of class cls, or -1. */
static long sentence_event(const struct kg_ingest *ing, const char *cls)
{
	size_t c;

	for (c = 0; c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind == CH_ENT && ch->type == KG_T_EVENT &&
		    (!cls || (ing->ents[ch->ent].noun &&
		              !strcmp(ing->ents[ch->ent].noun, cls))))
			return ch->ent;
	}
	return -1;
}

/* The first event of the sentence not told as past ("who skipped last
 * year's gathering" names none), or -1. */
static long current_event(const struct kg_ingest *ing)
{
	size_t c;

	for (c = 0; c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind == CH_ENT && ch->type == KG_T_EVENT &&
		    !ing->ents[ch->ent].background)
			return ch->ent;
	}
	return -1;
}

/* The event the article is about: the one named most so far (the first of
 * those, on a tie).  Implicit events a verb made do not count. */
static long topic_of(const struct kg_ingest *ing, const char *cls)
{
	long best = -1;
	size_t i;

	for (i = 0; i < ing->nents; i++) {
		const struct ent *e = &ing->ents[i];

		if (e->type != KG_T_EVENT || e->merged >= 0 || e->implicit ||
		    e->background ||
		    (cls && (!e->noun || strcmp(e->noun, cls) != 0)))
			continue;
		/* most named; on a tie the one named in the latest sentence,
		 * and first in it ("a summit convened ... to discuss the
		 * Alaska summit" is about the first) */
		if (best < 0 || e->nment > ing->ents[best].nment ||
		    (e->nment == ing->ents[best].nment &&
		     (e->last_sent > ing->ents[best].last_sent ||
		      (e->last_sent == ing->ents[best].last_sent &&
		       e->last_seen < ing->ents[best].last_seen))))
			best = (long)i;
	}
	return best;
}

static long topic_event(const struct kg_ingest *ing)
{
	return topic_of(ing, NULL);
}

/* The year of the sentence's first dated chunk that has one, or 0. */
static int sentence_year(const struct kg_ingest *ing)
{
	size_t c;

	for (c = 0; c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_DATE &&
		    ing->dates[ing->chunks[c].date].y)
			return ing->dates[ing->chunks[c].date].y;
	return 0;
}

static int sentence_dated(const struct kg_ingest *ing)
{
	size_t c;

	for (c = 0; c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_DATE)
			return 1;
	return 0;
}

static int on_sidelines(const struct kg_ingest *ing)
{
	size_t c;

	for (c = 0; c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_WORD &&
		    (!strcmp(ing->chunks[c].norm, "sidelines") ||
		     !strcmp(ing->chunks[c].norm, "margins")))
			return 1;
	return 0;
}

static int has_all(const struct ent *ev, const long *p, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < ev->nparts && ev->parts[j] != p[i]; j++)
			;
		if (j == ev->nparts)
			return 0;
	}
	return 1;
}

/* An earlier event of class cls with all of p[] taking part, or -1. */
static long known_event(const struct kg_ingest *ing,
                        const char *cls,
                        const long *p,
                        size_t n,
                        long place)
{
	const struct ent *first = &ing->ents[p[0]];
	size_t i;

	/* only the events the first of them took part in, newest first */
	for (i = first->nevs; i-- > 0;) {
		const struct ent *ev = &ing->ents[first->evs[i]];

		if (ev->type == KG_T_EVENT && ev->merged < 0 && ev->noun &&
		    !strcmp(ev->noun, cls) && ev->nparts && has_all(ev, p, n) &&
		    (place < 0 || ev->place == place))
			return first->evs[i];
	}
	return -1;
}

static long new_event(struct kg_ingest *ing,
                      const char *name,
                      const char *cls,
                      size_t si,
                      const struct kg_match *m)
{
	/* a new event even when one has the same name (the 2019 visit is
	 * not the 2023 one); a later mention by that name finds the first */
	long ev = kg_ingest__new_entity(ing, KG_T_EVENT, name, strlen(name));

	if (ev < 0 ||
	    kg_ingest__index(ing, KG_T_EVENT, ing->ents[ev].key, ev) != KG_OK)
		return -1;
	ing->ents[ev].noun = cls;
	ing->ents[ev].implicit = 1;
	if (kg_ingest__mention(ing, ev, si, ing->chunks[m->c0].t0,
	                       ing->chunks[m->c1 - 1].t1))
		return -1;
	return ev;
}

/* Places after "in/at" and the first date in the sentence, for an event
 * that a verb made (a meeting, a visit). */
static int event_setting(struct kg_ingest *ing,
                         long ev,
                         size_t si,
                         const struct kg_match *m,
                         const char *rule)
{
	size_t c;
	int dated = 0;

	for (c = 0; c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind == CH_DATE && !dated && !ing->ents[ev].dated) {
			dated = 1;
			if (kg_ingest__fact(ing, ev, KG_P_OCCURRED_ON, -1,
			                    ing->dates[ch->date].text, si, rule,
			                    KG_S_CURRENT, 0))
				return KG_ENOMEM;
		}
		if (c >= m->c0 && c <= m->c1 + 6 && c + 1 < ing->nchunks &&
		    (!strcmp(ch->norm, "in") || !strcmp(ch->norm, "at")) &&
		    ch->kind == CH_WORD) {
			size_t k = c + 1;

			while (k < ing->nchunks) {
				const struct chunk *p = &ing->chunks[k];

				if (p->kind == CH_WORD &&
				    !strcmp(p->norm, "the")) {
					k++;
					continue;
				}
				if (p->kind != CH_ENT ||
				    (p->type != KG_T_GPE &&
				     p->type != KG_T_LOC &&
				     p->type != KG_T_FACILITY))
					break;
				if (ing->ents[ev].place < 0)
					ing->ents[ev].place = p->ent;
				if (fact(ing, ev, KG_P_LOCATED_IN, p->ent, si,
				         rule, KG_S_CURRENT, 0))
					return KG_ENOMEM;
				k++;
				if (k < ing->nchunks &&
				    ing->chunks[k].kind == CH_PUNCT &&
				    !strcmp(ing->chunks[k].norm, ","))
					k++;
				else
					break;
			}
		}
	}
	return KG_OK;
}

/* The shortest name of e ("Biden", "Xi"), for naming a meeting; a full
 * name gives its surname ("Marcos" of "Ferdinand Marcos Jr."). */
static const char *surname(struct kg_ingest *ing, long e)
{
	const struct ent *en = &ing->ents[e];
	const char *best = en->name, *end, *w;
	size_t i;

	for (i = 0; i < en->naliases; i++)
		if (strlen(en->aliases[i]) < strlen(best))
			best = en->aliases[i];
	if (best != en->name || !strchr(best, ' '))
		return best;
	end = best + strlen(best);
	for (;;) {
		w = end;
		while (w > best && w[-1] != ' ')
			w--;
		if (w == best || (strncmp(w, "Jr", 2) && strncmp(w, "Sr", 2) &&
		                  strncmp(w, "II", 2) && strncmp(w, "IV", 2)))
			break;
		end = w - 1;
		while (end > best && end[-1] == ',')
			end--;
	}
	return kg_ingest__strndup(&ing->arena, w, (size_t)(end - w));
}

static int act_meet(struct kg_ingest *ing,
                    const struct kg_match *m,
                    size_t si,
                    const char *rule,
                    int st,
                    int neg)
{
	const long *S = m->ids[KG_SLOT_S], *O = m->ids[KG_SLOT_O];
	size_t ns = m->n[KG_SLOT_S], no = m->n[KG_SLOT_O], i, j, np = 0;
	long all[2 * KG_SLOT_MAX], ev;

	if (no == 0 && ns < 2)
		return KG_OK;
	for (i = 0; i < ns; i++)
		all[np++] = S[i];
	for (i = 0; i < no; i++)
		all[np++] = O[i];
	for (i = 0; i < ns; i++)
		for (j = no ? 0 : i + 1; j < (no ? no : ns); j++)
			if (fact(ing, S[i], KG_P_MET_WITH, no ? O[j] : S[j], si,
			         rule, st, neg))
				return KG_ENOMEM;
	if (neg)
		return KG_OK;
	ev = m->n[KG_SLOT_E] ? m->ids[KG_SLOT_E][0]
	                     : sentence_event(ing, "meeting");
	if (ev < 0 && !strncmp(rule, "host", 4))
		ev = sentence_event(ing, NULL); /* hosted X for a state visit */
	if (ev < 0 && on_sidelines(ing))
		ev = topic_event(
		        ing); /* met "on the sidelines" of the summit */
	if (ev < 0)
		ev = known_event(ing, "meeting", all, np, -1);
	if (ev < 0 && st == KG_S_PLANNED)
		return KG_OK; /* "will meet": no meeting to name yet */
	if (ev < 0) {
		/* the talks the article is about, named so far without their
		 * participants ("Russian-Indian talks" ... "Putin held talks
		 * with Modi") */
		long t = topic_of(ing, "meeting");

		if (t < 0 || ing->ents[t].nparts)
			t = topic_of(ing, "talks");

		if (t >= 0 && ing->ents[t].nparts == 0)
			ev = t;
	}
	if (ev < 0) {
		char name[300];
		const char *noun = "meeting";
		size_t c;

		/* named by the article's word: "held talks with" */
		for (c = m->c0; c < m->c1 && c < ing->nchunks; c++)
			if (ing->chunks[c].kind == CH_WORD &&
			    strstr(ing->chunks[c].norm, "talks"))
				noun = "talks";
		snprintf(name, sizeof(name), "%s-%s %s", surname(ing, all[0]),
		         surname(ing, all[1]), noun);
		if ((ev = new_event(ing, name, "meeting", si, m)) < 0)
			return KG_ENOMEM;
	}
	for (i = 0; i < np; i++)
		if (fact(ing, all[i], KG_P_ATTENDED, ev, si, rule, st, 0))
			return KG_ENOMEM;
	for (i = 0; i < np; i++)
		kg_ingest__add_part(ing, ev, all[i]);
	return event_setting(ing, ev, si, m, rule);
}

static int act_visit(struct kg_ingest *ing,
                     const struct kg_match *m,
                     size_t si,
                     const char *rule,
                     int st,
                     int neg)
{
	long who = m->ids[KG_SLOT_S][0], place = m->ids[KG_SLOT_O][0], ev;
	size_t i;

	for (i = 0; i < m->n[KG_SLOT_O]; i++)
		if (fact(ing, who, KG_P_VISITED, m->ids[KG_SLOT_O][i], si, rule,
		         st, neg))
			return KG_ENOMEM;
	if (neg)
		return KG_OK;
	ev = known_event(ing, "visit", &who, 1, place);
	if (ev >= 0 && ing->ents[ev].dated && sentence_dated(ing))
		ev = -1; /* "to visit Russia in 2019": another visit */
	if (ev < 0) {
		char name[600];

		int y = sentence_year(ing);

		/* "Kim Jong Un visit to Russia in 2019" */
		if (y)
			snprintf(name, sizeof(name), "%s visit to %s in %d",
			         ing->ents[who].name, ing->ents[place].name, y);
		else
			snprintf(name, sizeof(name), "%s visit to %s",
			         ing->ents[who].name, ing->ents[place].name);
		if ((ev = new_event(ing, name, "visit", si, m)) < 0)
			return KG_ENOMEM;
		ing->ents[ev].place = place;
		kg_ingest__add_part(ing, ev, who);
	}
	if (fact(ing, who, KG_P_ATTENDED, ev, si, rule, st, 0))
		return KG_ENOMEM;
	for (i = 0; i < m->n[KG_SLOT_O]; i++)
		if (fact(ing, ev, KG_P_LOCATED_IN, m->ids[KG_SLOT_O][i], si,
		         rule, KG_S_CURRENT, 0))
			return KG_ENOMEM;
	return event_setting(ing, ev, si, m, rule);
}

/* located_in from the subject to every place, and along the chain from a
 * facility to the places after it ("Joint Base X in Anchorage, Alaska"). */
static int act_locate(struct kg_ingest *ing,
                      const struct kg_match *m,
                      size_t si,
                      const char *rule,
                      long subj)
{
	const long *P = m->ids[KG_SLOT_O];
	size_t n = m->n[KG_SLOT_O], i, j;

	for (i = 0; i < n; i++) {
		if (fact(ing, subj, KG_P_LOCATED_IN, P[i], si, rule,
		         KG_S_CURRENT, 0))
			return KG_ENOMEM;
		if (ing->ents[P[i]].type != KG_T_FACILITY)
			continue;
		for (j = i + 1; j < n; j++)
			if (fact(ing, P[i], KG_P_LOCATED_IN, P[j], si, rule,
			         KG_S_CURRENT, 0))
				return KG_ENOMEM;
	}
	if (ing->ents[subj].type == KG_T_EVENT && ing->ents[subj].place < 0 &&
	    n)
		ing->ents[subj].place = P[0];
	if (ing->ents[subj].type == KG_T_EVENT && !ing->ents[subj].dated) {
		size_t c, nd = 0, d = 0;

		/* one date, or one day written twice (a dateline and
		 * "on Wednesday") */
		for (c = 0; c < ing->nchunks; c++)
			if (ing->chunks[c].kind == CH_DATE &&
			    (!nd ||
			     strcmp(ing->dates[ing->chunks[c].date].text,
			            ing->dates[ing->chunks[d].date].text)))
				nd++, d = c;
		if (nd == 1 &&
		    kg_ingest__fact(ing, subj, KG_P_OCCURRED_ON, -1,
		                    ing->dates[ing->chunks[d].date].text, si,
		                    rule, KG_S_CURRENT, 0))
			return KG_ENOMEM;
	}
	return KG_OK;
}

static int act_alias(struct kg_ingest *ing, const struct kg_match *m)
{
	long a = m->ids[KG_SLOT_S][0], b = m->ids[KG_SLOT_O][0];
	const char *n = ing->ents[b].name;

	if (a == b)
		return KG_OK;
	/* names of two types are one thing only when the second is an
	 * acronym whose type was a guess: "Enhanced Defense Cooperation
	 * Agreement (EDCA)" */
	if (ing->ents[a].type != ing->ents[b].type &&
	    (strchr(n, ' ') ||
	     strspn(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") < strlen(n)))
		return KG_OK;
	return kg_ingest__merge(ing, a, b);
}

/* The treaty a signing is about: the one named in the match, else the one
 * the text spoke of last. */
static long signed_treaty(const struct kg_ingest *ing, const struct kg_match *m)
{
	long best = -1;
	size_t i;

	if (m->n[KG_SLOT_O])
		return m->ids[KG_SLOT_O][0];
	for (i = 0; i < ing->nents; i++)
		if (ing->ents[i].type == KG_T_TREATY &&
		    ing->ents[i].merged < 0 &&
		    (best < 0 ||
		     ing->ents[i].last_seen > ing->ents[best].last_seen))
			best = (long)i;
	return best;
}

static int act_sign(struct kg_ingest *ing,
                    const struct kg_match *m,
                    size_t si,
                    const char *rule,
                    int st)
{
	long tr = signed_treaty(ing, m), ev = sentence_event(ing, "signing");
	char name[600];

	if (ev < 0) {
		snprintf(name, sizeof(name), "signing of the %s",
		         tr >= 0 ? ing->ents[tr].name : "agreement");
		if ((ev = new_event(ing, name, "signing", si, m)) < 0)
			return KG_ENOMEM;
	}
	if (kg_ingest__took_part(ing, ev, m->ids[KG_SLOT_S], m->n[KG_SLOT_S],
	                         si, rule, st, 0))
		return KG_ENOMEM;
	return event_setting(ing, ev, si, m, rule);
}

static int act_locate(struct kg_ingest *ing,
                      const struct kg_match *m,
                      size_t si,
                      const char *rule,
                      long subj);

/* "NATO foreign ministers met in Brussels on Wednesday": a meeting of that
 * group, named after it, in those places, on that day (a later "the
 * meeting" is it). */
static int act_group(struct kg_ingest *ing,
                     const struct kg_match *m,
                     size_t si,
                     const char *rule)
{
	const struct chunk *first = &ing->chunks[m->c0];
	size_t c = m->c0 + 1, w;
	char name[400];
	long ev;

	if (first->kind != CH_ENT) {
		/* "foreign ministers of the G7": the words before "of";
		 * "ministers of the G7" inside it matched on its own */
		static const char *const kinds[] = { "foreign", "defence",
			                             "defense", "finance",
			                             NULL };

		if (m->c0 > 0 && ing->chunks[m->c0 - 1].kind == CH_WORD &&
		    kg_ingest__in_list(ing->chunks[m->c0 - 1].norm, kinds))
			return KG_OK;
		c = m->c0;
		for (w = c; w < m->c1 && strcmp(ing->chunks[w].norm, "of"); w++)
			;
	} else {
		/* "G7 foreign ministers": from after the name to the verb */
		for (w = c;
		     w < m->c1 && ing->chunks[w].kind == CH_WORD &&
		     !(ing->chunks[w].wflags & (KG_W_MEET | KG_W_ATTEND));
		     w++)
			;
	}
	snprintf(name, sizeof(name), "%s %s meeting",
	         ing->ents[m->ids[KG_SLOT_S][0]].name,
	         w > c ? kg_ingest__span(ing, ing->chunks[c].t0,
	                                 ing->chunks[w - 1].t1)
	               : "");
	ev = kg_ingest__entity(ing, KG_T_EVENT, name, strlen(name));
	if (ev < 0 || kg_ingest__mention(ing, ev, si, first->t0,
	                                 ing->chunks[m->c1 - 1].t1))
		return KG_ENOMEM;
	if (!ing->ents[ev].noun)
		ing->ents[ev].noun = "meeting";
	ing->last_event = ev;
	return act_locate(ing, m, si, rule, ev);
}

/* "X was sworn in": X attended the inauguration the text speaks of, or a
 * new one named for X, placed and dated from the sentence. */
static int act_sworn(struct kg_ingest *ing,
                     const struct kg_match *m,
                     size_t si,
                     const char *rule,
                     int st)
{
	long ev = -1, who = m->ids[KG_SLOT_S][0];
	size_t i;

	for (i = 0; i < ing->nents; i++)
		if (ing->ents[i].type == KG_T_EVENT &&
		    ing->ents[i].merged < 0 && !ing->ents[i].background &&
		    ing->ents[i].noun &&
		    !strcmp(ing->ents[i].noun, "inauguration"))
			ev = (long)i;
	if (ev < 0) {
		char name[400];

		snprintf(name, sizeof(name), "inauguration of %s",
		         ing->ents[who].name);
		if ((ev = new_event(ing, name, "inauguration", si, m)) < 0)
			return KG_ENOMEM;
	}
	for (i = 0; i < m->n[KG_SLOT_S]; i++) {
		if (fact(ing, m->ids[KG_SLOT_S][i], KG_P_ATTENDED, ev, si, rule,
		         st, 0))
			return KG_ENOMEM;
		kg_ingest__add_part(ing, ev, m->ids[KG_SLOT_S][i]);
	}
	return event_setting(ing, ev, si, m, rule);
}

static int act_pairs(struct kg_ingest *ing,
                     const struct kg_match *m,
                     int sa,
                     int sb,
                     kg_pred p,
                     size_t si,
                     const char *rule,
                     int st,
                     int neg)
{
	size_t i, j;

	for (i = 0; i < m->n[sa]; i++)
		for (j = 0; j < m->n[sb]; j++)
			if (fact(ing, m->ids[sa][i], p, m->ids[sb][j], si, rule,
			         st, neg))
				return KG_ENOMEM;
	return KG_OK;
}

static int apply(struct kg_ingest *ing,
                 const struct rule *r,
                 const struct kg_match *m,
                 size_t si)
{
	int neg, st = status_of(ing, m, &neg);
	long ev;
	size_t i;

	switch (r->action) {
	case A_PAIR:
		if (r->pred == KG_P_MEMBER_OF && aspires(ing, m))
			return KG_OK; /* "Ukraine's goal of joining NATO" */
		if (r->pred == KG_P_HOLDS_OFFICE)
			st = title_status(ing, m,
			                  st); /* "X, a former minister" */
		return act_pairs(ing, m, KG_SLOT_S, KG_SLOT_O, r->pred, si,
		                 r->id, st, neg);
	case A_MEET:
		return act_meet(ing, m, si, r->id, st, neg);
	case A_GATHER:
		if (!neg)
			for (i = 0; i < m->n[KG_SLOT_E]; i++)
				if (kg_ingest__took_part(
				            ing, m->ids[KG_SLOT_E][i],
				            m->ids[KG_SLOT_S], m->n[KG_SLOT_S],
				            si, r->id, st, neg))
					return KG_ENOMEM;
		return KG_OK;
	case A_ATTEND:
		for (i = 0; !neg && i < m->n[KG_SLOT_E]; i++) {
			size_t j;

			for (j = 0; j < m->n[KG_SLOT_S]; j++)
				if (ing->ents[m->ids[KG_SLOT_S][j]].type ==
				    KG_T_PERSON)
					kg_ingest__add_part(
					        ing, m->ids[KG_SLOT_E][i],
					        m->ids[KG_SLOT_S][j]);
		}
		return act_pairs(ing, m, KG_SLOT_S, KG_SLOT_E, KG_P_ATTENDED,
		                 si, r->id, st, neg);
	case A_VISIT:
		return act_visit(ing, m, si, r->id, st, neg);
	case A_LOCATE:
		return act_locate(ing, m, si, r->id,
		                  m->n[KG_SLOT_E] ? m->ids[KG_SLOT_E][0]
		                                  : m->ids[KG_SLOT_S][0]);
	case A_DATE:
		for (i = 0; i < m->n[KG_SLOT_D]; i++)
			if (kg_ingest__fact(
			            ing, m->ids[KG_SLOT_E][0], KG_P_OCCURRED_ON,
			            -1, ing->dates[m->ids[KG_SLOT_D][i]].text,
			            si, r->id, KG_S_CURRENT, 0))
				return KG_ENOMEM;
		return KG_OK;
	case A_ALIAS:
		return act_alias(ing, m);
	case A_ATTEND_CTX:
		/* only when the sentence names no event of its own; a denial
		 * counts only inside the match ("did not attend and sent X
		 * in his place": X attended) */
		neg = denied(ing, m);
		ev = topic_event(ing);
		if (neg || current_event(ing) >= 0 || ev < 0)
			return KG_OK;
		for (i = 0; i < m->n[KG_SLOT_S]; i++)
			if (fact(ing, m->ids[KG_SLOT_S][i], KG_P_ATTENDED, ev,
			         si, r->id, st, 0))
				return KG_ENOMEM;
		for (i = 0; i < m->n[KG_SLOT_O]; i++)
			if (fact(ing, m->ids[KG_SLOT_O][i], KG_P_ATTENDED, ev,
			         si, r->id, st, 0))
				return KG_ENOMEM;
		return KG_OK;
	case A_GROUP:
		return neg ? KG_OK : act_group(ing, m, si, r->id);
	case A_PARTY:
		/* "Graham, a Republican from South Carolina" */
		if (!strstr(ing->ents[m->ids[KG_SLOT_O][0]].name, "Party"))
			return KG_OK;
		return act_pairs(ing, m, KG_SLOT_S, KG_SLOT_O, r->pred, si,
		                 r->id, st, neg);
	case A_SWORN:
		return neg ? KG_OK : act_sworn(ing, m, si, r->id, st);
	case A_SIGN:
		return neg ? KG_OK : act_sign(ing, m, si, r->id, st);
	case A_INVOKE:
		ev = sentence_event(ing, NULL);
		if (ev < 0)
			ev = topic_event(ing);
		for (i = 0; ev >= 0 && i < m->n[KG_SLOT_O]; i++)
			if (fact(ing, ev, KG_P_INVOKES, m->ids[KG_SLOT_O][i],
			         si, r->id, st, neg))
				return KG_ENOMEM;
		return KG_OK;
	}
	return KG_OK;
}

int kg_ingest__rules(struct kg_ingest *ing,
                     const struct kg_rules *rs,
                     size_t si)
{
	struct kg_match m;
	size_t i, c;
	int rc;

	for (i = 0; i < NRULES; i++) {
		for (c = 0; c < ing->nchunks; c++) {
			if (rules[i].at_start && c > 0)
				break;
			if (!kg_pattern_match(rs->compiled[i], ing, c, &m))
				continue;
			if ((rc = apply(ing, &rules[i], &m, si)) != KG_OK)
				return rc;
		}
	}
	return KG_OK;
}
