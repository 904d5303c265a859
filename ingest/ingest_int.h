/* ingest/ingest_int.h - private declarations shared by the ingest/ files
 *
 * The pipeline for one document: tokenize (tokens with byte offsets and
 * sentence boundaries), tag (lexicon phrases, capitalised name runs, dates,
 * event mentions), resolve (mentions to document entities, aliases) and
 * rules (data-driven patterns over the sentence's chunks give facts).
 * All per-document memory comes from one arena, reset between documents.
 */
#ifndef KG_INGEST_INT_H
#define KG_INGEST_INT_H

#include <stddef.h>
#include <stdint.h>

#include "kgraph/ingest.h"

/* ---- arena (ingest/arena.c) ---- */
struct kg_arena_block;
struct kg_arena {
	struct kg_arena_block *head; /* newest block first */
	size_t used;                 /* bytes handed out, for limits */
};
void *kg_ingest__alloc(struct kg_arena *a, size_t n); /* zeroed, NULL on OOM */
char *kg_ingest__strndup(struct kg_arena *a, const char *s, size_t n);
/* Room for up to n bytes at the arena's end, not yet handed out (NULL on
 * OOM): write there, then keep the first m <= n bytes with
 * kg_ingest__commit(a, m) before allocating anything else.  Saves building
 * a string on the stack and copying it in. */
char *kg_ingest__reserve(struct kg_arena *a, size_t n);
void kg_ingest__commit(struct kg_arena *a, size_t m);
char *kg_ingest__printf(struct kg_arena *a, const char *fmt, ...)
        KG_PRINTF(2, 3);
void kg_ingest__arena_reset(struct kg_arena *a);
void kg_ingest__arena_free(struct kg_arena *a);

/* A growable array reused across documents (malloc, never shrinks). */
int kg_ingest__grow(void **v, size_t *cap, size_t need, size_t elem);
#define KG_GROW(vec, cnt, capv)                                                \
	kg_ingest__grow((void **)&(vec), &(capv), (cnt) + 1, sizeof(*(vec)))

/* ---- tokens and sentences (ingest/tokenize.c) ---- */
enum tok_kind { TK_WORD, TK_NUM, TK_PUNCT };
enum {
	TF_CAP = 1 << 0,     /* first letter upper case */
	TF_ALLCAPS = 1 << 1, /* every letter upper case (2+ letters) */
	TF_SPACE = 1 << 2,   /* whitespace before the token */
	TF_NL = 1 << 3,      /* a newline before the token */
	TF_ABBR = 1 << 4,    /* ends with a period that belongs to it */
	TF_POSS = 1 << 5,    /* the possessive 's */
	TF_DASH = 1 << 6,    /* hyphen or en dash */
	TF_JOIN = 1 << 7,    /* dash with no space on either side */
	TF_INITIAL = 1 << 8, /* a single capital letter with a period */
	TF_ORD = 1 << 9,     /* an ordinal number: 15th, 32nd */
	TF_PARA = 1 << 10    /* a blank line before the token */
};

struct tok {
	uint32_t start, end; /* byte span in the text */
	uint16_t kind;       /* enum tok_kind */
	uint16_t flags;      /* TF_* */
	uint16_t lists;      /* the word lists of tag.c that hold norm, a bit
	                        each (kg_ingest__mark_words) */
	int8_t head;         /* head type of norm (tag.c): a kg_type or -1 */
	uint8_t head_prefix; /* and its prefix */
	const char *norm;    /* kg_norm of the text ("" for punctuation) */
	unsigned wflags;     /* KG_W_* of the single-word lexicon entry */
	int wvalue;          /* month or weekday number, else 0 */
	kg_lex_cursor lex;   /* the lexicon lookup of norm alone: extend a
	                        copy with kg_lexicon_next, or read its result
	                        with kg_lexicon_found (WORD and NUM only) */
};

struct sent {
	size_t t0, t1;     /* token range [t0, t1) */
	size_t start, end; /* byte span */
	int headline;      /* mostly capitalised, no final stop: a title line */
	int item;          /* starts with a list mark: "- Edi Rama, ..." */
};

/* Split text into tokens and sentences.  Returns KG_OK or KG_ENOMEM. */
struct kg_ingest;
int kg_ingest__tokenize(struct kg_ingest *ing);

/* ---- dates (ingest/dates.c) ---- */
struct date_val {
	int y, m, d;      /* 0 when unknown */
	size_t t0, t1;    /* token range of the expression */
	const char *text; /* ISO form when resolvable, else the words */
};
/* Try to read a date expression starting at token i of sentence s; fills
 * *out and returns the number of tokens used (0 when none). */
size_t kg_ingest__date_at(struct kg_ingest *ing,
                          const struct sent *s,
                          size_t i,
                          struct date_val *out);

/* ---- spans: the tagger's working units (ingest/tag.c, ingest/names.c) */
enum sp_kind {
	SP_TOK,     /* a token not yet part of anything */
	SP_NAME,    /* a lexicon name: place, org, treaty */
	SP_DEMONYM, /* "German" */
	SP_TITLE,   /* an office title word or phrase */
	SP_ENOUN,   /* an event noun: summit, talks */
	SP_WORDS,   /* a lexicon word phrase: "took part in" */
	SP_CAP,     /* a run of capitalised words not in the lexicon */
	SP_DATE,    /* a date expression */
	SP_ENT,     /* resolved to a document entity */
	SP_OFFICE   /* a title phrase resolved to an OFFICE entity */
};

struct span {
	size_t t0, t1;           /* token range */
	int kind;                /* enum sp_kind */
	kg_type type;            /* SP_NAME, SP_CAP (when headed), SP_ENT */
	int typed;               /* SP_CAP: type was decided */
	const kg_lex_entry *lex; /* SP_NAME .. SP_ENOUN */
	unsigned wflags;         /* SP_WORDS, SP_TOK: KG_W_* */
	long ent;                /* SP_ENT, SP_OFFICE: entity index */
	long date;               /* SP_DATE: index into ing->dates */
	long title;              /* SP_OFFICE: index into ing->titles */
	long holder;             /* SP_OFFICE: the PERSON holding it, or -1 */
	int hint;                /* SP_CAP: 1 person (after a title), 2 place */
	const kg_lex_entry *mod; /* a place name absorbed into this name
	                            ("Aachen" in "Aachen City Hall") */
	size_t mt0, mt1;         /* its tokens */
};

/* ingest/tag.c helpers used by the other passes: is w one of list
 * (NULL-ended, and static: tag.c indexes each list once per thread, by
 * its address); the normalised first word of span k */
int kg_ingest__in_list(const char *w, const char *const *list);
/* a noun for what a person does, not an office: "actor", "activists" */
int kg_ingest__is_role(const char *w);
/* a settlement or region before "of" and its name: "city", "province" */
int kg_ingest__is_place_noun(const char *w);
const char *kg_ingest__norm0(const struct kg_ingest *ing, size_t k);

/* tag.c: an index of the word lists the tagger tests most, built once per
 * kg_ingest; and kg_ingest__mark_words sets each token's lists and head
 * from it (after kg_ingest__tokenize). */
struct kg_words;
int kg_ingest__words_new(struct kg_words **out);
void kg_ingest__words_free(struct kg_words *ws);
void kg_ingest__mark_words(struct kg_ingest *ing);
size_t kg_ingest__lex_at(const struct kg_ingest *ing,
                         size_t i,
                         size_t end,
                         const kg_lex_entry **out);
int kg_ingest__spans(struct kg_ingest *ing, const struct sent *s);
long kg_ingest__span_entity(struct kg_ingest *ing, size_t k, size_t si);
/* "the " when entity e's name takes it after "of" ("President of the
 * European Commission"), else "". */
const char *kg_ingest__the(const struct kg_ingest *ing, long e);

int kg_ingest__titles(struct kg_ingest *ing, size_t si);
int kg_ingest__events(struct kg_ingest *ing, size_t si);
/* Note that person p takes part in event ev (both ways). */
void kg_ingest__add_part(struct kg_ingest *ing, long ev, long p);
int kg_ingest__took_part(struct kg_ingest *ing,
                         long ev,
                         const long *persons,
                         size_t n,
                         size_t si,
                         const char *rule,
                         int status,
                         int negated);
int kg_ingest__chunks(struct kg_ingest *ing, size_t si);

/* ---- mentions and entities (ingest/tag.c, ingest/resolve.c) ---- */
enum ch_kind { CH_WORD, CH_PUNCT, CH_ENT, CH_DATE, CH_TITLE };

/* An office title phrase: "German Chancellor", "Secretary of State". */
struct title_info {
	const char *title; /* canonical title, e.g. "Prime Minister" */
	long juris;        /* entity index of the jurisdiction, or -1 */
	int status;        /* kg_status of the holder (former...) */
	long office;       /* entity index of the OFFICE, or -1 */
};

/* One chunk of a sentence: a word, a punctuation mark, an entity mention, a
 * date or a title phrase.  Rules match over chunk sequences. */
struct chunk {
	size_t t0, t1;    /* token range */
	int kind;         /* enum ch_kind */
	kg_type type;     /* CH_ENT: the entity's type */
	long ent;         /* CH_ENT: entity index; CH_TITLE: office entity */
	long holder;      /* CH_TITLE: the person holding it, or -1 */
	unsigned wflags;  /* CH_WORD: KG_W_* of the phrase */
	const char *norm; /* CH_WORD/CH_PUNCT: normalised text or the mark */
	long date;        /* CH_DATE: index into ing->dates */
	long title;       /* CH_TITLE: index into ing->titles */
};

struct ent {
	kg_type type;
	const char *name; /* canonical */
	const char **aliases;
	size_t naliases, capaliases;
	const char *key;     /* normalised canonical, for lookups */
	const char *surname; /* PERSON: normalised last name */
	const char *noun;    /* EVENT: its head noun class */
	long place;          /* EVENT: a place it is in, or -1 */
	long parts[8];       /* EVENT: known participants */
	size_t nparts;
	long evs[8]; /* PERSON: the latest events taken part in */
	size_t nevs;
	size_t last_seen;  /* when last mentioned (grows through the text) */
	size_t last_sent;  /* the sentence of that mention */
	long merged;       /* merged into this entity, or -1 */
	int dated;         /* EVENT: has an occurred_on fact */
	int bare;          /* EVENT: named only by its noun so far ("summit") */
	long juris;        /* OFFICE: its jurisdiction, or -1 */
	int background;    /* EVENT: told as past ("last week's summit") */
	int implicit;      /* EVENT: made by a verb ("met"), not named */
	const char *head;  /* EVENT: its noun ("talks"), or NULL */
	size_t nment;      /* mentions so far */
	const char *title; /* OFFICE: the canonical title alone */
	int venue;         /* EVENT: located in a facility by a fact */
	int in_office;     /* PERSON: holds an office by a fact */
};

/* Is w[0..n) a whole word of key (words separated by single spaces)?
 * resolve.c */
int kg_ingest__word_in(const char *key, const char *w, size_t n);

/* Is name written without a lower-case letter ("MARK CARNEY", a headline
 * in capitals)?  resolve.c */
int kg_ingest__shouted(const char *name, size_t n);

/* The organisation named before whose name ends in head ("the council",
 * "the forum"; "the bloc": the one named most), or -1.  chunks.c */
long kg_ingest__org_by_head(const struct kg_ingest *ing, const char *head);

/* Is event e a gathering one can attend or be placed at (not a war, a
 * crisis, a phone call)?  setting.c */
int kg_ingest__gathering(const struct ent *e);

/* Is chunk c inside a ", who ..." clause that began before it, with no
 * mark or event between: "received by President X, who was sworn in on
 * Saturday" (Saturday is the swearing-in's)?  setting.c */
int kg_ingest__in_who_clause(const struct kg_ingest *ing, size_t c);
/* Is chunk c inside a "since ..." clause, with no mark or event between:
 * "his first trip since he took office on Friday"?  setting.c */
int kg_ingest__in_since_clause(const struct kg_ingest *ing, size_t c);

struct hnode;

/* ---- the extractor ---- */
struct kg_ingest {
	const kg_lexicon *lx;
	struct kg_rules *rules;
	struct kg_words *words; /* tag.c's word index */
	struct kg_arena arena;
	const kg_doc_input *in;
	int anchor_y, anchor_m, anchor_d; /* published date, or zeros */
	long dl_city, dl_land; /* a dateline's city and country, or -1 */
	long dl_lede_city;     /* the city of any dateline, or -1 */
	size_t dl_lede;        /* and the sentence it opens */
	long here[3];          /* "Good morning from X, Y": "here" (rules.c) */
	size_t nhere;
	size_t cur_sent; /* the sentence being read */
	int anchor_wd;   /* yearless dateline: its weekday from the lede */

	struct tok *toks;
	size_t ntoks, captoks;
	struct sent *sents;
	size_t nsents, capsents;
	struct span *spans; /* spans of the current sentence */
	size_t nspans, capspans;
	long last_person;     /* subject person of the latest sentence */
	struct chunk *chunks; /* chunks of the current sentence */
	size_t nchunks, capchunks;
	uint64_t *bits; /* start bits of each chunk (kg_pattern_mask) */
	size_t capbits;
	struct ent *ents;
	size_t nents, capents;
	struct title_info *titles;
	size_t ntitles, captitles;
	struct date_val *dates;
	size_t ndates, capdates;
	kg_doc_mention *ments;
	size_t nments, capments;
	kg_doc_fact *facts;
	size_t nfacts, capfacts;
	size_t *fhash;   /* fact index + 1 by hash, 0 = empty (in the arena) */
	size_t fhcap;    /* a power of two, or 0 */
	long last_event; /* entity index of the latest event mentioned */
	long list_event; /* the event a list of attendees after a colon is of
	                    ("Taking part were:"), or -1 */
	long sec_date;   /* a section's date ("MONDAY, FEB. 17 — PARIS"), or
	                    -1: setting.c */
	long sec_place;  /* and its place, or -1 */
	size_t sec_sent; /* the sentence that gave them */
	int capped;      /* KG_MAX_NAMES was reached */
	struct hnode **hash; /* (type, key) -> entity, in the arena */
	size_t nbuckets;     /* of hash: a power of two, from the text size */

	kg_doc_sentence *osents; /* output arrays */
	kg_doc_entity *oents;
	kg_doc doc;
};

/* Add (or find) an entity of type t named name[0..n); returns its index or
 * -1 on OOM.  Records a mention in sentence si over tokens [t0, t1). */
long kg_ingest__entity(struct kg_ingest *ing,
                       kg_type t,
                       const char *name,
                       size_t n);
/* A new entity even if one of that name exists ("a meeting"); its name is
 * not a key.  -1 on OOM. */
long kg_ingest__new_entity(struct kg_ingest *ing,
                           kg_type t,
                           const char *name,
                           size_t n);
/* Give e a new canonical name (made a key); the old one stays an alias
 * when keep_old. */
int kg_ingest__rename(struct kg_ingest *ing,
                      long e,
                      const char *name,
                      size_t n,
                      int keep_old);
int kg_ingest__alias(struct kg_ingest *ing, long e, const char *name, size_t n);
int kg_ingest__mention(
        struct kg_ingest *ing, long e, size_t si, size_t t0, size_t t1);
/* The document's hash also answers other questions, by namespace: a
 * kg_type (names), or one of these.  kg_ingest__index copies key; the
 * first entity given a key keeps it. */
#define KG_NS_SURNAME KG_T_COUNT          /* surname -> first such person */
#define KG_NS_HELD (KG_T_COUNT + 1)       /* "person:title" -> office */
#define KG_NS_HELD_JURIS (KG_T_COUNT + 2) /* same, with a jurisdiction */
#define KG_NS_CALLED                                                           \
	(KG_T_COUNT + 3) /* title -> first person called                       \
	                    by it ("Secretary Blinken") */
long kg_ingest__lookup(const struct kg_ingest *ing, int ns, const char *key);
int kg_ingest__index(struct kg_ingest *ing, int ns, const char *key, long e);

/* Find a PERSON whose full name or surname is key; -1 when none. */
long kg_ingest__find_person(struct kg_ingest *ing, const char *key);

/* Tag sentence si into ing->chunks (lexicon, names, dates, titles,
 * events).  Returns KG_OK or KG_ENOMEM. */
int kg_ingest__tag(struct kg_ingest *ing, size_t si);
/* Collect person names from the whole document before tagging. */
int kg_ingest__prescan(struct kg_ingest *ing);

/* The compiled relation rules (rules.c); one set per kg_ingest. */
struct kg_rules;
int kg_ingest__rules_new(struct kg_rules **out, kg_err *err);
void kg_ingest__rules_free(struct kg_rules *r);
/* Run the relation rules over ing->chunks of sentence si. */
int kg_ingest__rules(struct kg_ingest *ing,
                     const struct kg_rules *rs,
                     size_t si);
/* After the rules: place and date the sentence's one event from the
 * sentence around it (setting.c). */
int kg_ingest__setting(struct kg_ingest *ing, size_t si);
/* After the rules: note the city (and country) of a "BANGKOK --", "APIA,
 * Samoa, Oct 25" dateline; after every sentence: the lede's unplaced
 * events are in that city, and events in that city are in that country too
 * (dateline.c). */
void kg_ingest__dateline_place(struct kg_ingest *ing, size_t si);
int kg_ingest__dateline_country(struct kg_ingest *ing);
/* After the rules: an article no fact ties to a treaty is part of the
 * treaty the text names most (articles.c). */
int kg_ingest__bare_articles(struct kg_ingest *ing);
/* The date index of the sentence's one date (written once, or one day
 * written twice: a dateline and "on Wednesday"), or -1 (setting.c). */
long kg_ingest__sentence_date(const struct kg_ingest *ing);

/* Does w end like an adjective ("bilateral", "diplomatic", "decisive",
 * "extraordinary", "previous")?  (ingest/events.c) */
int kg_ingest__adjective_like(const char *w);

/* Do chunks [c0, c1) say the date is not the event's own: "called off in
 * March", "was preceded on March 24 by", "postponed"? */
int kg_ingest__date_blocked(const struct kg_ingest *ing, size_t c0, size_t c1);

/* Is chunk c a date after "until", "till" or "since": an end ("runs
 * until Thursday") or a mark in the past ("the first held in Baghdad since
 * 2012"), not the event's date? */
int kg_ingest__end_date(const struct kg_ingest *ing, size_t c);
/* located_in from subj to the places P[0..n) and along their chain
 * (rules.c); an event not placed yet is in P[0]. */
int kg_ingest__place_chain(struct kg_ingest *ing,
                           long subj,
                           const long *P,
                           size_t n,
                           size_t si,
                           const char *rule);

/* The entity e was merged into, in the end (e itself when never). */
long kg_ingest__root(const struct kg_ingest *ing, long e);

/* Make b another name of a (same document): its names become a's aliases
 * and its facts a's. */
int kg_ingest__merge(struct kg_ingest *ing, long a, long b);

/* Add a fact; obj < 0 with lit != NULL for a literal.  Duplicate facts of
 * one document are kept once. */
/* Is event ev a phone call or a video conference?  No one attends it or
 * meets at it in this graph (the gold's reading). */
int kg_ingest__remote(const struct kg_ingest *ing, long ev);
int kg_ingest__fact(struct kg_ingest *ing,
                    long subj,
                    kg_pred p,
                    long obj,
                    const char *lit,
                    size_t si,
                    const char *rule,
                    int status,
                    int negated);

/* Text of tokens [t0, t1) as written (arena copy). */
const char *kg_ingest__span(struct kg_ingest *ing, size_t t0, size_t t1);

#endif
