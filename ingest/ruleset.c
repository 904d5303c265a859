/* ingest/ruleset.c - the relation rules: one line of data per
 * construction of news writing (an id recorded with every fact it makes,
 * a pattern in the language of patterns.c, an action of rules.c)
 *
 * Order matters only where two rules read one construction; facts are kept
 * once.  Examples of what each rule reads are in tests/test_ingest.c.
 */
#include "rules_int.h"

/* "X was represented by Y" in its tenses, for the two rules that read it */
#define REPRESENTED                                                            \
	"'was represented by|were represented by|is represented by|will be "   \
	"represented by|was represented instead by|was instead represented "   \
	"by'"

/* A meeting told by its noun: "held talks", "held her first talks",
 * "had a bilateral meeting" (the gap takes the words before the noun) */
#define HELD_EVENT "'held|had|hold|holds|will hold' ~4 E=EVT"

/* "was received by President X (at the palace)" */
#define RECEIVED_BY "'was|were' 'received|welcomed|greeted|hosted' 'by' ~1 PER+"

/* "... with A and, separately, with B": B is the second object */
#define AND_AGAIN_WITH                                                         \
	",? 'and' ,? 'separately|later|then|also|briefly'? ,? 'with' 'the'? "  \
	"O=PER+"

static const struct rule rules[] = {
	{ "title.appos",
	  "S=PER , 'a|an|the'? 'country|nation|bloc|league|alliance|union'? "
	  "'s? 'its'? ~1 O=OFF",
	  A_PAIR, KG_P_HOLDS_OFFICE, 0 },
	/* "X, President of Nigeria and Chairman of the Authority," */
	{ "title.appos-and", "S=PER , 'the'? OFF 'and' 'the'? O=OFF", A_PAIR,
	  KG_P_HOLDS_OFFICE, 0 },
	{ "title.who-is",
	  "S=PER , 'who is|who was' 'also'? 'the'? 'current'? O=OFF", A_PAIR,
	  KG_P_HOLDS_OFFICE, 0 },
	{ "title.who-heads",
	  "S=PER , 'who heads|who leads|who chairs|who directs|who headed|"
	  "who led|who chaired' 'the'? O=ORG ',|.|;|and'",
	  A_HEADS, KG_P_HOLDS_OFFICE, 0 },
	{ "title.as", "S=PER ~4 'as' 'the'? ~1 O=OFF", A_PAIR,
	  KG_P_HOLDS_OFFICE, 0 },
	/* "As head of the Commonwealth, Charles had hoped" */
	{ "title.as-lead", "'as' 'the'? O=OFF , S=PER", A_PAIR,
	  KG_P_HOLDS_OFFICE, R_AT_START },
	/* "was elected president of the Assembly", "was named foreign
	 * minister" */
	{ "title.elected",
	  "S=PER ~~ 'was elected|was re-elected|is elected|was named|was "
	  "appointed|has been appointed|has been named|will become|became|"
	  "becomes' 'the|its'? O=OFF",
	  A_PAIR, KG_P_HOLDS_OFFICE, 0 },
	/* "Baron Waqa is a former president of Nauru" (not "is the
	 * president's nephew": the title ends the clause) */
	{ "title.is",
	  "S=PER ,? 'is|was|has been|had been' 'a|the|also' 'former|current|"
	  "sitting|serving'? O=OFF ',|.|;|and|since|until|from|who|when'",
	  A_PAIR, KG_P_HOLDS_OFFICE, 0 },
	{ "article.of", "S=ART 'of' 'the|its|their'? ~1 O=TRE", A_PAIR,
	  KG_P_PART_OF, 0 }, /* "Article 20 of the 1991 Treaty of Asuncion",
	                        "Article 30 of its Constitutive Act" */
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
	{ "meet.and", "S=PER+ ~~ 'and|and then|and later' w:meet ~ O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.and-later",
	  "S=PER ,? ~ w:meet ~ PER+ ~3 ,? 'and|and then|and later' ~2 w:meet "
	  "'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "met Sisi and then held his first talks with Macron" */
	{ "meet.and-later-held",
	  "S=PER ,? ~ w:meet ~ PER+ ~3 ,? 'and' ~2 " HELD_EVENT
	  " 'with' 'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "was received by Trong at the palace and then held talks with
	 * Phuc": the one received is the subject of both */
	{ "meet.received-and",
	  "S=PER ~~ " RECEIVED_BY " ~~ 'and' ~2 w:meet 'the'? O=PER+", A_MEET,
	  KG_P_MET_WITH, 0 },
	{ "meet.received-and-held",
	  "S=PER ~~ " RECEIVED_BY " ~~ 'and' ~2 " HELD_EVENT
	  " 'with' 'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "held talks with Vucic and, separately, with Kurti" */
	{ "meet.and-with", "S=PER ,? ~ w:meet 'the'? PER+ " AND_AGAIN_WITH,
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.held-and-with",
	  "S=PER ,? ~2 " HELD_EVENT " 'with' 'the'? PER+ " AND_AGAIN_WITH,
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.event-for",
	  "S=PER ,? ~2 'held|hosted|gave|threw|will hold|will host' ~4 E=EVT "
	  "'for|in honor of|in honour of' O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.brought-together",
	  "'brought|brings|bring|bringing' S=PER+ 'together'", A_MEET,
	  KG_P_MET_WITH, 0 },
	{ "meet.plural",
	  "'the two|both|the three|the four|the five' ~2 'leaders|men|women|"
	  "presidents|prime ministers|foreign ministers|chancellors|heads of "
	  "state|heads of government|premiers|counterparts' ~3 w:meet",
	  A_PLURAL, KG_P_MET_WITH, 0 },
	/* "Cameron and Baerbock had come from Israel, where they met Prime
	 * Minister Benjamin Netanyahu": each met him, not each other */
	{ "meet.they-met-whom",
	  "S=PER+ ~~ , 'when|as|where' 'they|both' 'first|last|later|then|had|"
	  "have|also|both'? w:meet ~2 O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "Kishida and Yoon agreed ... when they met in Hiroshima" */
	{ "meet.they",
	  "'when|as|where' 'they|the two|the pair' "
	  "'first|last|later|then|had|have|also'? w:meet",
	  A_PLURAL, KG_P_MET_WITH, 0 },
	/* "The two presidents held a private meeting" */
	{ "title.plural",
	  "'former|ex'? 'presidents|prime ministers|foreign ministers|"
	  "chancellors|senators' '-|:|,|\u2013|\u2014'? S=PER , S=PER+",
	  A_TITLES, KG_P_HOLDS_OFFICE, 0 },
	{ "title.plural-and",
	  "'former|ex'? 'presidents|prime ministers|foreign ministers|"
	  "chancellors|senators' S=PER 'and' S=PER",
	  A_TITLES, KG_P_HOLDS_OFFICE, 0 },
	{ "meet.plural-held",
	  "'the two|both|the three|the four|the five' ~2 'leaders|men|women|"
	  "presidents|prime ministers|foreign ministers|chancellors' 'held|had|"
	  "hold|will hold|also held|then held' 'a|an|their'? ~2 E=EVT",
	  A_PLURAL, KG_P_MET_WITH, 0 },
	{ "host.plural",
	  "S=PER ,? ~ w:host 'the two|the three|the four|the five|the six' ~1 "
	  "'leaders|men|women|presidents|visitors|guests|ministers'",
	  A_PLURAL, KG_P_MET_WITH, 0 },
	{ "meet.pair", "'the pair' ~3 w:meet", A_PLURAL, KG_P_MET_WITH, 0 },
	{ "meet.who-host",
	  "S=PER , 'who|which' ~* , 'will|also|then|later|is due to|is set "
	  "to'? w:host ~ O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.who-and",
	  "S=PER , 'who|which' ~* , ~* 'and' 'is due to|is expected to|will|"
	  "then|later|also|is to|is set to'? w:meet ~ O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.who", "S=PER , 'who|which' ~* , ~2 w:meet ~ O=PER+", A_MEET,
	  KG_P_MET_WITH, 0 },
	/* "Biden, who arrived on Tuesday and met Sanchez, held talks with
	 * Erdogan": the verb inside the clause, and the one after it */
	{ "meet.who-clause-and", "S=PER , 'who' ~* 'and' w:meet ~ O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.who-held-with",
	  "S=PER , 'who' ~* , 'held|had|also held|then held|later held' ~4 "
	  "E=EVT 'with' 'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.appos", "S=PER , ~~ , w:meet ~ O=PER+", A_MEET, KG_P_MET_WITH,
	  0 },
	/* "Luxon, attending his first forum as New Zealand's prime minister,
	 * sat down with Rabuka": an apposition that names an event */
	{ "meet.appos-event",
	  "S=PER , 'attending|on|at|during|in' ~~ E=EVT ~~ , w:meet ~ O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "Austin and Dong spoke for about 75 minutes at the hotel" (in
	 * person: a call says "by phone") */
	{ "meet.spoke-for",
	  "S=PER+ ,? 'spoke|talked|conferred' 'for' ~3 'minutes|hours|hour'",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.mutual",
	  "S=PER+ ,? ~ 'held talks|hold talks|met|meet|will meet|sat down'",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "Trudeau and Legault, who have clashed for months, met privately" */
	{ "meet.mutual-who",
	  "S=PER+ , 'who' ~* , ~2 'held talks|met|sat down' "
	  "'privately|briefly|separately|alone|later|again|before|on|in|at|"
	  "for|.'",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "host.verb", "S=PER+ ,? ~ w:host 'the'? O=PER+", A_MEET,
	  KG_P_MET_WITH, 0 },
	/* "hosted his German and Polish counterparts, A and B" */
	{ "host.counterparts",
	  "S=PER+ ,? ~2 w:host 'his|her|their' ~3 'counterparts|counterpart|"
	  "colleagues|colleague|guests|guest' ,? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.called-on",
	  "S=PER+ ,? ~2 'called on|calls on|will call on|paid a courtesy call "
	  "on|pays a courtesy call on|paid a courtesy visit to' 'the'? O=PER+ "
	  "'at|in|during|earlier|later|before|after|separately|briefly|,|.'",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "paid a courtesy call on X and met Y": the caller met both */
	{ "meet.called-on-and-met",
	  "S=PER+ ,? ~2 'called on|calls on|paid a courtesy call on|pays a "
	  "courtesy call on' 'the'? O=PER+ 'and' 'later|then|also'? w:meet "
	  "'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.who-called-on",
	  "S=PER , 'who' ~* , 'called on|calls on|will call on|also called on' "
	  "O=PER+ 'at|in|during|earlier|later|before|after|on|,|.'",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "meet.called-on-date",
	  "S=PER+ ,? ~2 'called on|calls on|will call on' O=PER+ 'on' ~1 "
	  "'.|,'",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "host.passive",
	  "S=PER+ ~~ 'was|were|is|are|will be|had been|has been|have been' "
	  "'then|later|also|first|warmly|formally'? "
	  "'received|welcomed|greeted|hosted|met' ~~ 'by' "
	  "'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "X held a meeting with Li and was received by Zhao": X's */
	{ "host.passive-and",
	  "S=PER ~2 w:meet ~* 'and' 'was received by|was welcomed by|was "
	  "greeted by|"
	  "was hosted by|was later received by|was also received by|were "
	  "received by|were welcomed by' 'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "event.between", "E=EVT ~~ 'between' S=PARTY+", A_GATHER,
	  KG_P_ATTENDED, 0 },
	{ "event.together",
	  "E=EVT ~~ 'bringing together|brought together|bring together|"
	  "brings together|will bring together' ~3 ,? S=PARTY+",
	  A_GATHER, KG_P_ATTENDED, 0 },
	/* "At a ceremony in Psarades, A and B sign the agreement, watched
	 * by Prime Ministers C and D" */
	{ "event.watched-by",
	  "E=EVT ~* 'watched by|witnessed by|in the presence of' 'the'? ~2 "
	  "S=PER+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "event.include",
	  "E=EVT ~~ 'include|includes|included|including|attended by|"
	  "witnessed by|will include' 'the'? S=PARTY+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.verb", "S=PARTY+ ~~ w:attend ~ 'the'? E=EVT+", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	{ "attend.who", "S=PER , 'who' ~ w:attend ~ E=EVT", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	{ "event.chaired",
	  "E=EVT ~~ 'chaired by|co-chaired by|hosted by|convened by|presided "
	  "over by|led "
	  "by|opened by'"
	  " 'the'? S=PER+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "event.addressed",
	  "E=EVT 'was|were|will be' 'addressed|opened|closed|chaired|hosted' "
	  "~6 'by' 'the'? S=PER+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.colon", "w:attend : S=PARTY+", A_ATTEND_CTX, KG_P_ATTENDED,
	  0 },
	{ "attend.bare", "S=PARTY+ ,? ~4 w:attend", A_ATTEND_CTX, KG_P_ATTENDED,
	  0 },
	{ "attend.represented", "S=ORG|GPE " REPRESENTED " O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "China was represented by its envoy, X, and the United States by
	 * Deputy Secretary of State Y" */
	{ "attend.represented-and",
	  "ORG|GPE " REPRESENTED " ~* , 'and' 'the'? GPE|ORG 'by' "
	  "'its|his|her|the'? ~3 ,? O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "Tusk and Fico had both been in Paris on Monday for a conference
	 * on Ukraine" */
	{ "attend.were-in-for",
	  "S=PER+ ~2 'was|were|is|are|been|will be|is expected|are expected|"
	  "is due|are due' 'in|at' PLACES ~4 'for' "
	  "'a|an|the|its|their'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "host.event", "S=PER+ ~~ w:host 'the|a'? E=EVT", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	/* "hosted a state banquet in honour of the Indonesian President" */
	{ "attend.in-honour",
	  "E=EVT ~~ 'in honour of|in honor of|in his honour|in her honour' "
	  "'the'? S=PER+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "chair.event",
	  "S=PER+ ~~ 'chaired|chairs|co-chaired|presided over|opened|closed|"
	  "inaugurated|"
	  "joined|joins|will join|to join|witnessed|addressed|chairing|"
	  "co-chairing|presiding over|celebrated|officiated at|officiated|"
	  "conducted|led|join|open|close|chair|co-chair|address|preside "
	  "over' 'the|a|its|their'? ~2 E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "chair.days-of",
	  "S=PER ~~ 'chaired|presided over|opened|closed|led' 'the|a' ~2 "
	  "'days|sessions|rounds|day|session|round' 'of' E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "meet.held-with",
	  "S=PER+ ,? ~2 'held|hold|holds|will hold|had' 'a|an|the|their|his|"
	  "her'? E=EVT 'with' O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "attend.among",
	  "'among' 'the|those'? ~~ 'were|was|are|is|will be' ,? 'the'? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, R_AT_START },
	{ "attend.held",
	  "S=PER+ ,? ~2 'held|hold|holds|will hold|convened' 'a|an|the|their'? "
	  "~6 "
	  "E=EVT",
	  A_GATHER, KG_P_ATTENDED, 0 },
	/* "met Wang on the sidelines of the ASEAN Foreign Ministers'
	 * Meeting": both were at it */
	{ "attend.sidelines",
	  "S=PER+ ~* 'on the sidelines of|on the margins of|on the fringes "
	  "of' 'the|a|an|this|last'? ~2 E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	/* "told a joint news conference with A", "told the eighth Indian
	 * Ocean Conference in Muscat" */
	{ "attend.told", "S=PER+ ,? ~2 'told|briefed' 'the|a|an|this' ~1 E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	/* "Xi, on his first trip to the kingdom since 2016, landed" */
	{ "attend.appos-on", "S=PER , 'on' 'his|her|their|a|an' ~2 E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.paid",
	  "S=PER ~~ 'paid|pays|made|makes|undertook|began|is paying|will pay|"
	  "will make|was on|is on|are on|were on|will be on|to make|to pay' "
	  "'a|an|his|her|their'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.appos", "S=PER , ~* , ~2 w:attend", A_ATTEND_CTX,
	  KG_P_ATTENDED, 0 },
	{ "attend.led",
	  "S=PER+ ,? ~2 'led|headed|leads|heads|will lead|leading|is leading|"
	  "was leading' 'the|a|an|his|her'? "
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
	  REPRESENTED " 'the|its|his|her|their'? ~3 ,? O=PER+", A_ATTEND_CTX,
	  KG_P_ATTENDED, 0 },
	{ "attend.accompanied",
	  "S=PER ,? 'was accompanied by|were accompanied by|is accompanied by|"
	  "will be accompanied by' 'the|his|her|their'? ~1 ,? O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.chair",
	  "S=PER+ ,? 'is in the|was in the|will be in the|took the' OFF",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "He also joined Kishida and Yoon for a three-way meeting" */
	{ "meet.joined-for",
	  "S=PER ~2 'joined|joins|will join' O=PER+ 'for|at|in' ~3 E=EVT",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "attend.joined-at",
	  "S=PER+ ,? 'joined|joins|will join' O=PER ~2 'table|stage|podium'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.drew",
	  "E=EVT ~~ 'drew|attracted|brought together|gathered|was attended by|"
	  "were attended by' ~* 'among them|including|among whom|such as' ,? "
	  "S=PARTY+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.drew-direct",
	  "E=EVT ~~ 'drew|draws|will draw|has drawn|have drawn|had drawn|"
	  "attracted|attracts|will attract|has attracted' "
	  "'the'? S=PARTY+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.joined-by",
	  "S=PER , 'who' 'was|were|will be' 'joined by|accompanied by' "
	  "'the|his|her'? O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.alongside",
	  "'alongside|joining|with' S=PER+ ,? 'were|was|are|is|will be'",
	  A_ATTEND_CTX, KG_P_ATTENDED, R_AT_START },
	{ "attend.alongside-were",
	  "'alongside|joining|with' PER+ ,? 'were|was|are|is|will be' ,? "
	  "S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, R_AT_START },
	/* "Travelling with him were A, B and C" */
	{ "attend.travelling-with",
	  "'travelling|traveling|accompanying|also travelling|also traveling' "
	  "'with'? PER? 'were|was|are|is|will be' ,? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, R_AT_START },
	{ "attend.sitting",
	  "'sitting|seated|standing|spotted|seen' ~6 'were|was|are|is' ,? "
	  "S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, R_AT_START },
	/* "X, the emir of Qatar, joined them as a guest of the host" */
	{ "attend.joined-them",
	  "S=PER+ ,? 'joined|joins|will join|later joined|also joined' "
	  "'them|him|her|the leaders|the delegates|the guests'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "Sitting beside Mbumba on the main stand are A and B": Mbumba too */
	{ "attend.sitting-beside",
	  "'sitting|seated|standing' 'beside|next to|alongside|near|behind' "
	  "O=PER ~4 'were|was|are|is' ,? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, R_AT_START },
	/* a live blog's "A row behind them: A, B and C" */
	{ "attend.row", "'a|the|one'? 'row|rows' ~3 : S=PER+", A_ATTEND_CTX,
	  KG_P_ATTENDED, R_AT_START },
	{ "attend.eulogy",
	  "S=PER+ ~3 'delivered|gave|read|will deliver|will give' 'the|a|an|"
	  "one of the' ~2 'eulogy|eulogies|tribute|tributes|homily|sermon|"
	  "keynote address|keynote|reading|readings'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "Wayne Gretzky served as an honorary pallbearer" */
	{ "attend.pallbearer",
	  "S=PER+ ,? ~2 'served as|was|were|acted as|will serve as' 'a|an|"
	  "one of the'? ~2 'pallbearer|pallbearers|usher|ushers|master of "
	  "ceremonies|witness|witnesses'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "Ambassador David Cohen represented the government at the service" */
	{ "attend.represented-at",
	  "S=PER+ ,? 'represented|represents|will represent' ~4 'at' 'the'? "
	  "E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.represented-at-the",
	  "S=PER+ ,? 'represented|represents|will represent' ~4 'at' 'the' "
	  "'service|event|occasion|ceremonies|proceedings'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.joined-on-by", "'were|was|will be' 'joined' ~4 'by' S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.alongside",
	  "w:attend ~2 'alongside|along with|together with' S=PARTY+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.with-among",
	  "E=EVT ~* 'with' S=PER+ ~3 'among|in attendance|attending|present'",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.stood-in",
	  "S=PER ,? 'stood in for|deputised for|deputized for|substituted for|"
	  "filled in for|will stand in for'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.as-did",
	  "w:attend ~3 , 'as did|as were|as was|as did also|along with|"
	  "together with' S=PARTY+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.spotted",
	  "'spotted|seen|present|in attendance' ~4 : S=PARTY+", A_ATTEND_CTX,
	  KG_P_ATTENDED, 0 },
	{ "attend.joined-for",
	  "S=PER+ 'joined|joins|will join|had joined' 'the'? PER|OFF? ~4 "
	  "'for|at|in' 'the|a'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.were-among",
	  "S=PER+ ,? 'were among|was among|are among|is among|were also among|"
	  "was also among' ~2 ACTOR? ~2 'guests|mourners|dignitaries|leaders|"
	  "attendees|"
	  "participants|delegates|those|heads of state|congregation|speakers|"
	  "visitors|officials at the table|ministers at the table'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.taking-part",
	  "'taking part|attending|present|in attendance|participating|on hand' "
	  "'included|include|includes|were|are' ,? 'the'? S=PARTY+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.colon-guests",
	  "'guests|attendees|participants|present|in attendance|arrivals|"
	  "arrivals so far|arriving' : S=PARTY+",
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
	  "were in the audience|was in the audience|were in the stands|"
	  "was in the stands|were in the crowd|was in the crowd|"
	  "were in the front row|was in the front row'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "King Felipe sat a few seats from Xiomara Castro" */
	{ "attend.sat-near",
	  "S=PER+ ,? ~2 'sat|was seated|stood|was standing|sit|sits|stand|"
	  "stands|is seated|are seated|is in the front row|was in the front "
	  "row|are in the front row|were in the front row' ~4 'from|beside|"
	  "next to|near|alongside|behind|in front of' O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.addressed",
	  "S=PER ~~ 'addressed|told|briefed|greeted|welcomed|will address|"
	  "addresses|is due to address|is expected to address' 'the|fellow'? "
	  "~2 "
	  "'leaders|delegates|delegation|delegations|participants|heads of "
	  "state|guests|dignitaries'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.took-over",
	  "S=PER ~2 'took over|takes over|assumed|inherited' ~5 'from' O=PER",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.sworn-in",
	  "S=PER+ ,? ~3 'was sworn in|were sworn in|is sworn in|will be sworn "
	  "in|"
	  "took the oath|takes the oath|has taken the oath|have taken the "
	  "oath|was inaugurated|will be inaugurated'",
	  A_SWORN, KG_P_ATTENDED, 0 },
	{ "event.attended-by",
	  "E=EVT ~* 'and attended by|attended by' S=PARTY+", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	{ "attend.guests",
	  "'guests|guest list|attendees|participants|invitees|mourners' ~2 "
	  "'included|includes|include|were|are|including|among them|such as' "
	  "'the'? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "Other leaders on the list include A, B", "Leaders expected
	 * include A" */
	{ "attend.on-the-list",
	  "'leaders|names|others|heads of state' 'on the list|on the guest "
	  "list|expected|confirmed|attending' ~1 'include|includes|included' "
	  "'the'? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.inverted",
	  "w:attend 'the'? E=EVT ~~ 'were|was' ,? 'the'? S=PER+", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	{ "attend.delegation",
	  "'delegation|delegations|entourage' ~2 'included|includes|include|"
	  "comprised|will include|was led by|were led by|led by|was headed "
	  "by|is led by|will be led by|was made up of' ,? ~2 S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.side",
	  "'on the' ~2 'side' 'were|was|are|is|will be' ,? 'the'? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.stand-in",
	  "S=PER+ ,? ~2 'standing in for|stood in for|stands in for|will stand "
	  "in for|deputising for|deputizing for'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.side-after",
	  "S=PER+ ,? ~2 'took part|take part|takes part|sat' 'on the' ~2 "
	  "'side'",
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
	{ "attend.watched",
	  "S=PER+ ,? ~2 'watched as|looked on as|looked on|stood by as|were "
	  "present as|was present as'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.came-for",
	  "S=PER+ ,? ~3 'arrived in|arrived at|arrived|arrives|arrive|"
	  "travelled to|traveled to|travelled|traveled|travel|flew to|"
	  "travels|flew|fly|flies|headed|heads|head|came|comes|come|returned' "
	  "~~ 'for' 'a|an|the|his|her|their'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "meet.held-with",
	  "S=PER ,? ~2 'held|had|spent|hold|holds|will hold' ~4 E=EVT 'with' "
	  "'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "held talks on the sidelines with Mondino", "held talks there
	 * with Erdogan" */
	{ "meet.held-there-with",
	  "S=PER ,? ~2 " HELD_EVENT " 'there|privately|separately|briefly|"
	  "again|later|on the sidelines|on the margins|in private|in person' "
	  "'with' 'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "had a one-on-one conversation with Costa" (not by phone: the
	 * words before the noun are listed) */
	{ "meet.conversation",
	  "S=PER+ ,? ~2 'had|held|has|have|will have|will hold' 'a|an' "
	  "'one-on-one|private|long|lengthy|brief|face-to-face|frank|candid|"
	  "warm|cordial|hour-long|closed-door|informal'? 'conversation|"
	  "discussion|discussions|exchange|chat|tete-a-tete' 'with' 'the'? "
	  "O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "attended a meeting with Defence Minister Umerov", "were at a
	 * closed-door meeting with Georgieva" */
	{ "meet.attended-with",
	  "S=PER+ ,? ~2 'attended|attends|will attend|was at|were at|joined|"
	  "took part in|sat in on' 'a|an|the' ~2 E=EVT 'with' 'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "held two-plus-two talks with their Philippine counterparts,
	 * Foreign Secretary Enrique Manalo and Mr Teodoro" */
	{ "meet.held-with-counterparts",
	  "S=PER+ ,? ~2 " HELD_EVENT " 'with' 'their|his|her' ~3 "
	  "'counterparts|counterpart' , O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "chaired a side meeting on Venezuela with Lula, Petro and X" */
	{ "meet.chaired-with",
	  "S=PER ,? ~2 'chaired|co-chaired|convened|hosted' 'a|an|the'? E=EVT "
	  "~~ 'with' 'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "event.with", "E=EVT 'with' 'the'? S=PARTY+", A_ATTEND, KG_P_ATTENDED,
	  0 },
	{ "attend.joined",
	  "S=PER+ 'joined|joins|will join' 'the|other'? ~3 "
	  "'leaders|delegations|"
	  "mourners|guests|dignitaries|delegates|participants'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "Medvedev, now deputy chairman of ..., was among the mourners" */
	{ "attend.among-appos",
	  "S=PER+ , ~* , 'were among|was among|is among|are among|was also "
	  "among|were also among' 'the|those'? ~2 'leaders|attendees|"
	  "participants|guests|heads|present|attending|delegates|dignitaries|"
	  "mourners|speakers'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.among-them",
	  "S=PER+ ,? 'were among|was among|were also among|was also among|"
	  "is among|are among|is also among|are also among' "
	  "'the|those'? ~2 'leaders|attendees|participants|guests|heads|"
	  "present|attending|delegates|dignitaries|mourners|speakers'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "A and B were among the heads of delegation, along with C and D" */
	{ "attend.among-along",
	  "S=PER+ ,? 'were among|was among|were also among|was also among|"
	  "are among|are also among' 'the|those'? ~2 'leaders|attendees|"
	  "participants|guests|heads|delegates|dignitaries|mourners|speakers' "
	  "~3 , 'along with|alongside|together with|as were|as was' O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "Among the leaders present at the summit were A; B; ..." */
	{ "attend.among-at",
	  "'among' 'the|those'? ~4 'at|for|in' 'the|this|that'? E=EVT "
	  "'were|was|are|is|will be' ,? 'the'? S=PER+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.among-as-was",
	  "'were among|was among|is among|are among' 'the|those'? ~2 "
	  "'leaders|attendees|participants|guests|heads|present|attending|"
	  "delegates|dignitaries|mourners' , 'as was|as were|as is|as are' "
	  "S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.among-them-who",
	  "S=PER+ , 'who|which' ~* , 'were among|was among|is among|are among|"
	  "is also among|was also among' 'the|those'? ~2 'leaders|attendees|"
	  "participants|guests|heads|present|attending|delegates'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.among-along",
	  "'were among|was among|is among|are among|is also among|was also "
	  "among' 'the'? ~2 'leaders|attendees|participants|guests|heads|"
	  "mourners|dignitaries|delegates' ,? "
	  "'along with|alongside|together with|as are|as were|as is|as was' "
	  "S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "A and B flew in for the gathering, along with C and D" */
	{ "attend.along-with",
	  "w:attend ~* , 'along with|alongside|together with|as did' S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "Weber represented the party family at the service" */
	{ "attend.represented-at",
	  "S=PER ~2 'represented|represents|will represent' ~4 'at' 'the'? "
	  "E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	/* "Lula was accompanied at the talks by A, B and C" */
	{ "attend.accompanied-at",
	  "'accompanied at|accompanied to|joined at|joined in' 'the|his|her'? "
	  "E=EVT 'by' 'the|his|her'? S=PER+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	/* arrivals and seats: "has arrived with Brigitte Macron", "Behind
	 * them came A and B", "Prince Harry is in the third row" */
	/* "Lula came in first, followed by Petro and Boric" */
	{ "attend.came-followed",
	  "S=PER+ ,? ~2 'came in|came|arrived|walked in' ~2 ,? 'followed by' "
	  "O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "It is co-chaired by Charles Michel and Ralph Gonsalves" */
	{ "attend.it-chaired",
	  "'it' 'is|was|will be' 'chaired by|co-chaired by|hosted by|presided "
	  "over by' 'the'? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, R_AT_START },
	{ "attend.arrived-with",
	  "S=PER+ ,? ~2 'arrived with|has arrived with|have arrived with|came "
	  "with|walked in with' 'his|her|their'? ~1 ,? O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.behind-came",
	  "'behind them|behind him|behind her|after them|after him' ,? "
	  "'came|walked|arrived|followed|were' S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.row",
	  "S=PER+ ,? 'is|was|are|were|sat|sits|sit|is seated|was seated|were "
	  "seated' 'in the' ~1 'row|rows|pew|pews|stalls|gallery'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "hosted a lunch at the palace for realm leaders, among them A,
	 * B and C" */
	{ "attend.event-among-them",
	  "E=EVT ~~ , 'among them|among whom|including' S=PER+", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	/* "signed an accord in Doha in the presence of the Emir", "was
	 * flanked by A and B" */
	{ "attend.presence",
	  "'in the presence of|in the presence also of' 'the'? S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.flanked",
	  "S=PER ,? 'was flanked by|were flanked by|is flanked by|flanked by' "
	  "'the|his|her'? O=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.around-the-table",
	  "'also'? 'around the table|at the table|in attendance|also attending|"
	  "also present|also in attendance' 'are|were|was|is|will be' ,? "
	  "S=PER+",
	  A_ATTEND_CTX, KG_P_ATTENDED, R_AT_START },
	{ "attend.is-host", "S=PER 'is|was|will be' 'the' 'host|hosts'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "event.gathered",
	  "'gathered in|gathered at|met in|met at|convened in|convened at|"
	  "assembled in|assembled at|arrived in|arrived at|are gathering in|"
	  "are gathering at|were gathering in|were gathering at|gather in|"
	  "gather at|will gather in|will gather at|converging on|converged "
	  "on|converge on|are converging on|descended on|descending on|"
	  "flocked to|are arriving in|were arriving in' 'the'? PLACES ~~ "
	  "'for' ~3 E=EVT",
	  A_LOCATE, KG_P_LOCATED_IN, 0 },
	{ "represent.at",
	  "S=PER ~~ 'represented|represent|represents|will represent|"
	  "stood in for|stands in for|will stand in for|deputised for' ~* 'at' "
	  "'the|a'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	/* "Lavrov and Ushakov were also at the talks" */
	{ "at.event-list",
	  "S=PER+ 'were|was|are|is|will be' 'also'? 'at|present at' "
	  "'a|an|the'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "at.event-in", "S=PER ~~ 'at|during' 'a|an|the'? E=EVT", A_ATTEND,
	  KG_P_ATTENDED, 0 },
	{ "during.event", "S=PER+ ~* 'during' 'the|a'? E=EVT", A_ATTEND,
	  KG_P_ATTENDED, R_AT_START },
	{ "at.event", "'at|during' 'the|a|an|this'? E=EVT ~~ , S=PER+",
	  A_ATTEND, KG_P_ATTENDED, R_AT_START },
	{ "event.is", "S=EVT )? 'was|is|will be|became' ~2 'the|a|an'? O=EVT",
	  A_ALIAS, KG_P_COUNT, 0 },
	{ "event.appos", "S=EVT ~~ , 'a|an' ~~ O=EVT", A_ALIAS, KG_P_COUNT, 0 },
	{ "event.appos-the", "S=EVT ~3 , 'the' O=EVT", A_ALIAS, KG_P_COUNT, 0 },
	{ "sign.by", "'signed|ratified' 'by' S=PER+", A_SIGN, KG_P_ATTENDED,
	  0 },
	/* "The Reciprocal Access Agreement was signed on Monday at
	 * Malacanang Palace in Manila by A and B" */
	{ "sign.passive", "'was signed|were signed|was inked' ~~ 'by' S=PER+",
	  A_SIGN, KG_P_ATTENDED, 0 },
	{ "sign.verb", "S=PER+ ,? ~ w:sign ~3 O=TRE", A_SIGN, KG_P_ATTENDED,
	  0 },
	{ "sign.noun",
	  "S=PER+ ,? ~ w:sign ~3 "
	  "'treaty|agreement|accord|pact|deal|declaration|"
	  "memorandum|charter|convention'",
	  A_SIGN, KG_P_ATTENDED, 0 },
	{ "his.event", "S=PER ~~ 'his|her' E=EVT", A_ATTEND, KG_P_ATTENDED, 0 },
	{ "attend.travel-for",
	  "S=PER+ ~3 'travel|travels|travelled|traveled|flew|flies|fly|"
	  "arrived|arrives|arrive|headed|heads|went|goes|go|came|comes|come' "
	  "~~ 'for' 'the|a|an'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "meet.travel-for",
	  "S=PER ~3 'travel|travels|travelled|traveled|flew|flies|fly|"
	  "arrived|arrives|arrive|headed|heads|went|goes|go|came|comes|come' "
	  "~~ 'for' 'talks|meetings|a meeting|a summit' 'with' O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	/* "will travel to Moscow for two days of talks with Putin" */
	{ "meet.travel-for-event",
	  "S=PER ~3 w:visit ~~ 'for' 'a|an|the|two|three|several|further'? "
	  "~2 E=EVT 'with' 'the'? O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "attend.visit-for", "S=PER+ ~3 w:visit ~~ 'for' 'the|a|an'? E=EVT",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	{ "meet.visit-for",
	  "S=PER ~3 w:visit ~~ 'for' 'talks|meetings|a meeting' 'with' O=PER+",
	  A_MEET, KG_P_MET_WITH, 0 },
	{ "visit.verb", "S=PER ~ w:visit PLACES", A_VISIT, KG_P_VISITED, 0 },
	{ "event.place", "E=EVT 'in|at|inside' PLACES", A_LOCATE,
	  KG_P_LOCATED_IN, 0 },
	{ "event.held",
	  "E=EVT ~~ 'held|took place|convened|hosted|gathered|was held|"
	  "will be held|be held|scheduled|will take place|take place|takes "
	  "place|opened|opens|met|meets|will host|host|hosts' ~~ 'in|at' "
	  "PLACES",
	  A_LOCATE, KG_P_LOCATED_IN, 0 },
	/* "The ninth summit, the first since the gathering in Miami in
	 * 1994, took place at the Convention Center": the subject's */
	{ "event.held-appos",
	  "'the|a|an'? E=EVT , 'the|a|an' ~* , 'held|took place|was held|"
	  "will be held|will take place|takes place|opened|opens|convened' "
	  "'in|at' PLACES",
	  A_LOCATE, KG_P_LOCATED_IN, R_AT_START },
	/* "Tonga is expected to host next year's meeting", "Brazil will host
	 * the next summit, in Foz do Iguacu" */
	{ "event.country-hosts",
	  "O=GPE ,? 'is expected to|will|would|is due to|is set to|is to|"
	  "is scheduled to|will also|is slated to'? 'host|hosts|hosted|is "
	  "hosting|will host' 'the|its'? E=EVT ,? 'in'? PLACES?",
	  A_LOCATE, KG_P_LOCATED_IN, R_GATHERING },
	/* "flown in from Pyongyang, where he had held a summit with Kim" */
	{ "event.where", "O=GPE|LOC|FAC , 'where' PER? ~~ E=EVT", A_LOCATE,
	  KG_P_LOCATED_IN, R_GATHERING },
	{ "event.of-place", "E=EVT 'on|of|against|over' ~3 'in|at' PLACES",
	  A_LOCATE, KG_P_LOCATED_IN, 0 },
	{ "event.hosted-in",
	  "E=EVT , 'hosted by|chaired by|led by' S=PER 'in|at' PLACES",
	  A_LOCATE, KG_P_LOCATED_IN, 0 },
	{ "place.in", "S=FAC 'in|,' PLACES", A_LOCATE, KG_P_LOCATED_IN, 0 },
	{ "place.appos-in", "S=FAC|GPE , 'a|an' ~4 'in|near|outside' PLACES",
	  A_LOCATE, KG_P_LOCATED_IN, 0 },
	{ "event.date", "E=EVT ~3 D=DATE", A_DATE, KG_P_OCCURRED_ON, 0 },
	/* "Erdogan's previous visit to Athens, in December 2017, is ..." */
	{ "event.date-appos", "E=EVT , 'in|on' D=DATE ,", A_DATE,
	  KG_P_OCCURRED_ON, 0 },
	{ "event.held-date",
	  "E=EVT ~~ 'held|took place|convened|was held|will be held|"
	  "is scheduled|was scheduled|will take place' ~~ D=DATE",
	  A_DATE, KG_P_OCCURRED_ON, 0 },
	/* "the Forum Leaders Meeting, which the Cook Islands is hosting from
	 * 6 to 10 November" */
	{ "event.which-hosts",
	  "E=EVT , 'which|that' 'the'? O=GPE 'is hosting|will "
	  "host|hosts|hosted|is "
	  "to host|will be hosting|is due to host|is set to host'",
	  A_LOCATE, KG_P_LOCATED_IN, 0 },
	/* "is due to host the next meeting, in Budapest on 7 November" */
	{ "event.appos-place-date",
	  "E=EVT , 'in|at' PLACES ,? 'on|from' D=DATE", A_DATE,
	  KG_P_OCCURRED_ON, 0 },
	{ "event.of-date", "E=EVT 'of|in|against' PLACE|ORG 'in|on' D=DATE",
	  A_DATE, KG_P_OCCURRED_ON, 0 },
	{ "date.event",
	  "'on|in'? D=DATE , ~~ E=EVT ~~ 'took place|was held|were held|"
	  "convened|opened|began|met|gathered|ended|closed|was hosted|"
	  "got under way|kicked off'",
	  A_DATE, KG_P_OCCURRED_ON, R_AT_START },
	{ "member.party",
	  "S=PER , 'a|an|the' ~2 PLACE? O=ORG 'from|of|on|senator|lawmaker|"
	  "congressman|congresswoman|member|who|,'",
	  A_PARTY, KG_P_MEMBER_OF, 0 },
	{ "member.paren", "S=PER ( O=ORG )", A_PARTY, KG_P_MEMBER_OF, 0 },
	{ "member.join",
	  "S=GPE|ORG+ ,? 'which'? ~ w:join 'both'? 'the'? GPE? '-'? "
	  "'led|backed|based'? O=ORG+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.became",
	  "S=GPE|ORG ,? 'which'? ~3 'became|becomes|become|is|was|remains' "
	  "~3 O=ORG 's? ~2 'member|members|ally|member state'",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.accession",
	  "'accession of|entry of|admission of' S=GPE+ 'to|into' O=ORG", A_PAIR,
	  KG_P_MEMBER_OF, 0 },
	{ "member.pact",
	  "O=ORG , 'the'? ~2 'pact|alliance|partnership|grouping|bloc|group' "
	  "'between|of|it forms with|that includes|which includes|with' "
	  "'the'? S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.of",
	  "S=GPE|ORG ,? 'which'? ~3 'became|becomes|become|is|was|remains' "
	  "~3 'member|members|member state' 'of' 'the'? O=ORG",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	/* "Germany, France and Britain are NATO members", "... are
	 * Mercosur's four full members", "... are members of the African
	 * Union" */
	{ "member.are-list",
	  "S=GPE+ 'are|were|are all|are both|are now|remain|were both|were "
	  "all' ~2 O=ORG 's? ~2 'members|member states|member countries|"
	  "allies'",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.are-of",
	  "S=GPE+ 'are|were|are all|are both|are now|remain|were both|were "
	  "all' 'members|member states|member countries|founding members|full "
	  "members' 'of' 'the'? O=ORG",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	/* "Finland and Sweden ... are two of the council's eight members,
	 * alongside Canada, Iceland and the United States" */
	{ "member.two-of",
	  "S=GPE+ ,? ~* 'are|were' ~2 'of|among' 'the'? O=ORG 's ~2 'members|"
	  "member states|member countries|member economies|member nations' ,? "
	  "'alongside|along with|together with|with'? S=GPE+?",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.whose-country",
	  "S=PER , 'whose country|whose government' ~4 w:join 'the'? O=ORG",
	  A_COUNTRY, KG_P_MEMBER_OF, 0 },
	/* "Mercosur, the bloc Brazil created with Argentina and Paraguay" */
	{ "member.bloc-created",
	  "O=ORG , 'the|a' ~2 'bloc|alliance|grouping|group|union|"
	  "organisation|organization' S=GPE+ 'created|founded|formed|set up|"
	  "launched|co-founded' 'with' S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	/* "Saudi Arabia, the UAE, ... and Kuwait founded the council" */
	{ "member.founded",
	  "S=GPE+ 'founded|co-founded|set up|formed|created|established' "
	  "'the'? O=ORG",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.belong",
	  "S=GPE|ORG+ ,? 'already|all|both|also'? 'belong to|belongs to|"
	  "belonged to' 'the'? O=ORG+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.with",
	  "w:join 'the'? O=ORG ,? 'with|along with|alongside|together with' "
	  "S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.apposition",
	  "S=GPE+ , 'the|both|all|fellow'? ~3 O=ORG 's? ~2 'member|members|"
	  "member state|member states|member countries|member country' ",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.prenominal",
	  "'fellow'? O=ORG 'member|members|member state|member states|"
	  "member country|member countries' S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.whose-members",
	  "O=ORG , 'whose' ~2 'members|member states|member countries' "
	  "'include|includes|are|were' S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.which-also",
	  "S=GPE|ORG , 'which|who' ~~ , ~4 w:join 'the'? O=ORG", A_PAIR,
	  KG_P_MEMBER_OF, 0 },
	{ "member.appos-join",
	  "S=GPE|ORG+ , 'a|an|the' ~4 , ~4 w:join 'the'? O=ORG+", A_PAIR,
	  KG_P_MEMBER_OF, 0 },
	{ "member.members-include",
	  "O=ORG 's ~2 'members|member states|member countries' 'also'? "
	  "'include|includes|are|were' S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	/* "Hungary, a member of the EU since 2004 and of NATO since 1999" */
	{ "member.appos-of-and",
	  "S=GPE+ , 'founding|full'? w:join ~3 ORG? ~3 'and' 'of' 'the'? "
	  "O=ORG",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	/* "the four EFTA countries: Switzerland, Norway, Iceland and
	 * Liechtenstein" */
	{ "member.countries-colon",
	  "O=ORG 'countries|member states|members|nations|states' "
	  "':|-|\u2013|\u2014' S=GPE , S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	/* "BIMSTEC, which Bhutan joined in 2004" */
	{ "member.which-joined",
	  "O=ORG , 'which' S=GPE+ 'joined|has joined|had joined|joins|will "
	  "join|later joined|also joined'",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.appos-of",
	  "S=GPE+ , 'a|an|the|both|all'? 'founding|full|fellow'? 'a member "
	  "of|member of|member state of|full member of|members of|member "
	  "states of|full members of' 'both'? 'the'? ~1 O=ORG+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	/* "The Nordic Council is the official body for cooperation between
	 * the parliaments of Denmark, Finland, ..." */
	{ "member.body-between",
	  "O=ORG 'is|was' 'the|a|an' ~6 'between|among' 'the'? ~2 'of'? "
	  "S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.is-list",
	  "O=ORG 'is|are|consists of|is made up of' 'the'? S=GPE , S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	/* "The nine current members are China, India, ...", "joining the
	 * four founding members, Argentina, Brazil, ...": of the organisation
	 * the text names most */
	{ "member.the-members-are",
	  "'the' ~3 'members|member states|member countries' 'are|were|"
	  "include' ,? S=GPE+",
	  A_MEMBERS, KG_P_MEMBER_OF, R_AT_START },
	{ "member.joining-the-members",
	  "'joining|alongside|with|and' 'the' ~3 'members|member states|member "
	  "countries' , S=GPE+",
	  A_MEMBERS, KG_P_MEMBER_OF, 0 },
	/* "Six member states - Burkina Faso, Gabon, ... - were absent" */
	{ "member.states-dash",
	  "'member states|members|member countries' '-|:|\u2013|\u2014' "
	  "S=GPE+ '-|\u2013|\u2014'",
	  A_MEMBERS, KG_P_MEMBER_OF, 0 },
	/* "the Alliance of Sahel States, formed by Burkina Faso, Mali and
	 * Niger", "the Group of 20, which admitted the AU as a member", "the
	 * bloc Igad, of which Sudan is a member" */
	{ "member.formed-by",
	  "O=ORG , 'formed by|founded by|created by|set up by|made up of' "
	  "S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.admitted",
	  "O=ORG , 'which|that' 'admitted|accepted|welcomed' 'the'? S=ORG|GPE "
	  "'as' ~2 'member'",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.of-which",
	  "O=ORG , 'of which' S=GPE+ 'is|are|was|were' ~2 'member|members'",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	/* "The council, founded in Abu Dhabi in 1981, groups Bahrain, ..." */
	{ "member.appos-includes",
	  "O=ORG , ~~ , 'includes|include|comprises|groups|brings together' "
	  "S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	/* "The Weimar Triangle of France, Germany and Poland" */
	{ "member.of-list", "O=ORG 'of' 'the'? S=GPE , 'the'? S=GPE+", A_PAIR,
	  KG_P_MEMBER_OF, 0 },
	{ "member.of-pair", "O=ORG 'of' 'the'? S=GPE 'and' 'the'? S=GPE",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "member.includes",
	  "O=ORG ,? 'which'? ~2 'includes|include|included|comprises|groups|"
	  "brings together|now includes' S=GPE+",
	  A_PAIR, KG_P_MEMBER_OF, 0 },
	{ "invoke.verb", "S=EVT|PER|ORG ~~ w:invoke ~ 'the'? O=ART|TRE", A_PAIR,
	  KG_P_INVOKES, R_NEAREST },
	{ "invoke.appos",
	  "S=GPE , 'a|an|the' ~* , 'invoked|invokes|triggered|triggers|"
	  "activated|activates' 'the'? O=ART|TRE",
	  A_PAIR, KG_P_INVOKES, 0 },
	{ "invoke.country",
	  "S=GPE+ ,? ~3 'invoked|invoke|invokes|invoking|triggered|triggers|"
	  "activated|activates' 'the'? O=ART|TRE",
	  A_PAIR, KG_P_INVOKES, 0 },
	{ "invoke.under",
	  "S=ACTOR ~3 'asked|requested|sought|called for|appealed for|urged|"
	  "called on|appealed to|turned to|suspended|suspends|expelled|"
	  "sanctioned' ~~ 'under' 'the'? O=ART|TRE",
	  A_PAIR, KG_P_INVOKES, 0 },
	/* "Greece argues that under Article 121 of the convention ..." */
	{ "invoke.argues-under",
	  "S=ACTOR ,? ~2 'argues|argued|says|said|insists|insisted|maintains|"
	  "maintained|contends|contended|holds|held' 'that'? 'under' 'the'? "
	  "O=ART",
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
	/* a live blog's "Good morning from Blenheim Palace in Woodstock" and
	 * its "The summit opens here today" */
	{ "place.here",
	  "'good morning|good evening|good afternoon|hello|greetings' 'from' "
	  "'the'? PLACES",
	  A_HERE, KG_P_LOCATED_IN, 0 },
	{ "event.here",
	  "E=EVT ~~ 'opens|opened|open|is held|was held|is being held|takes "
	  "place|took place|begins|began|starts|started|gets under way|is' "
	  "'here'",
	  A_HERE_AT, KG_P_LOCATED_IN, R_GATHERING },
	/* last: the attendance it shares is found by then ("Charles was in
	 * the hall, as were King Philippe and Felipe VI") */
	/* "Boric is expected to attend a state funeral at ..., along with
	 * former presidents A and B" */
	{ "attend.along-with-after",
	  "w:attend 'a|an|the'? E=EVT ~* , 'along with|alongside|together "
	  "with' 'former|ex'? 'presidents|prime ministers|leaders'? S=PARTY+",
	  A_ATTEND, KG_P_ATTENDED, 0 },
	/* "Guyana's president, Irfaan Ali, CARICOM's chairman, presided" */
	{ "attend.presided",
	  "S=PER ~~ 'presided|presides|will preside|is presiding'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "Kristersson joined his counterparts in the Finnish capital" */
	{ "attend.joined-counterparts",
	  "S=PER+ ,? 'joined|joins|will join|is joining|joining' 'his|her|"
	  "their|fellow' 'counterparts|colleagues|fellow leaders|peers|"
	  "leaders|fellow heads of state'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	/* "Guterres is addressing the leaders now", "he told delegates" */
	{ "attend.addressed-leaders",
	  "S=PER ,? 'is addressing|was addressing|addressed|addresses|will "
	  "address|told|tells|urged|urges' 'the|fellow'? 'leaders|delegates|"
	  "delegations|participants|heads of state|gathered leaders|summit|"
	  "assembly|gathering|conference'",
	  A_ATTEND_CTX, KG_P_ATTENDED, 0 },
	{ "attend.as-were",
	  ", 'as were|as was|as did|and so were|and so was|so were|so was|"
	  "and so did|so did' "
	  "'the'? S=PER+",
	  A_AS_WELL, KG_P_ATTENDED, 0 },
};

const struct rule *kg_ingest__ruleset(size_t *n)
{
	*n = sizeof(rules) / sizeof(rules[0]);
	return rules;
}
