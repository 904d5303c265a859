-- schema/schema.sql - the kgraph database: tables, indexes and the views
--
-- Applied once, with sqlite3_exec, to a new (empty) database by
-- kg_store_open; docs/schema.md describes every table and view.  The two
-- views entity_names and facts are the stable interface of DESIGN.md; the
-- tables under them may change with the schema version.
--
-- Workload: ingest is bulk insert in large batches (hundreds of thousands of
-- rows a second), so there are only the indexes the queries and the
-- resolution lookups need.  Byte offsets are into the document text.

PRAGMA application_id = 1262965320; -- 0x4B475248, "KGRH"
PRAGMA user_version = 1;            -- KG_SCHEMA_VERSION

-- One row per stored document; hash is the 64-bit FNV-1a of its text (16
-- hex digits), so the same text is stored once whatever its name.
CREATE TABLE documents (
	doc_id     INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,      -- kg_doc.id: path, URL or JSONL id
	url        TEXT,
	title      TEXT,
	published  TEXT,               -- YYYY-MM-DD
	hash       TEXT NOT NULL UNIQUE,
	version    TEXT,               -- lexicon/rules version that read it
	nsentences INTEGER NOT NULL
);
CREATE INDEX documents_name ON documents(name);

-- Sentences, numbered from 0 in each document.
CREATE TABLE sentences (
	doc_id     INTEGER NOT NULL REFERENCES documents(doc_id),
	n          INTEGER NOT NULL,
	byte_start INTEGER NOT NULL,
	byte_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	PRIMARY KEY (doc_id, n)
) WITHOUT ROWID;

-- Entities across all documents; name is the canonical name (the one the
-- first document that mentioned the entity gave it), norm its kg_norm key.
CREATE TABLE entities (
	entity_id INTEGER PRIMARY KEY,
	type      TEXT NOT NULL,       -- PERSON, ORG, GPE, ... (never DATE)
	name      TEXT NOT NULL,
	norm      TEXT NOT NULL
);

-- Every name an entity goes by, the canonical one included.
CREATE TABLE aliases (
	entity_id INTEGER NOT NULL REFERENCES entities(entity_id),
	name      TEXT NOT NULL,
	norm      TEXT NOT NULL,
	UNIQUE (entity_id, name)
);
CREATE INDEX aliases_norm ON aliases(norm);

-- Cross-document resolution: which entity a (type, normalised name) means.
-- The first entity to claim a key keeps it.
CREATE TABLE name_keys (
	type      TEXT NOT NULL,
	norm      TEXT NOT NULL,
	entity_id INTEGER NOT NULL REFERENCES entities(entity_id),
	PRIMARY KEY (type, norm)
) WITHOUT ROWID;

-- Where each entity is mentioned.
CREATE TABLE mentions (
	entity_id  INTEGER NOT NULL REFERENCES entities(entity_id),
	doc_id     INTEGER NOT NULL REFERENCES documents(doc_id),
	sentence   INTEGER NOT NULL,
	byte_start INTEGER NOT NULL,
	byte_end   INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_doc ON mentions(doc_id);

-- One row per distinct fact.  The object is either an entity (object_id)
-- or a literal DATE value (literal), never both.
CREATE TABLE fact (
	fact_id    INTEGER PRIMARY KEY,
	subject_id INTEGER NOT NULL REFERENCES entities(entity_id),
	predicate  TEXT NOT NULL,      -- holds_office, office_of, ...
	object_id  INTEGER REFERENCES entities(entity_id),
	literal    TEXT,
	status     TEXT NOT NULL,      -- current | former | planned | reported
	negated    INTEGER NOT NULL DEFAULT 0,
	valid_from TEXT,               -- first value any document gave
	valid_to   TEXT,
	CHECK ((object_id IS NULL) <> (literal IS NULL))
);
CREATE UNIQUE INDEX fact_key ON fact(subject_id, predicate,
	ifnull(object_id, 0), ifnull(literal, ''), status, negated);
CREATE INDEX fact_object ON fact(object_id);

-- Provenance: every place a fact was read from.
CREATE TABLE evidence (
	evidence_id INTEGER PRIMARY KEY,
	fact_id     INTEGER NOT NULL REFERENCES fact(fact_id),
	doc_id      INTEGER NOT NULL REFERENCES documents(doc_id),
	sentence    INTEGER NOT NULL,
	byte_start  INTEGER NOT NULL,
	byte_end    INTEGER NOT NULL,
	rule        TEXT,
	version     TEXT,
	UNIQUE (fact_id, doc_id, sentence, byte_start, byte_end, rule)
);
CREATE INDEX evidence_doc ON evidence(doc_id);

-- Each time an entity of a document was resolved to an existing entity:
-- name is the document's canonical name for it, rule "same-name" (its
-- canonical name was already a key), "alias" (one of its aliases was),
-- "spelling" (a person's name spelt another way: Zelensky / Zelenskyy) or
-- "same-day" (an event on the same day sharing places or participants;
-- score = how many).  See graph/merge.c.
CREATE TABLE merges (
	entity_id INTEGER NOT NULL REFERENCES entities(entity_id),
	name      TEXT NOT NULL,
	rule      TEXT NOT NULL,
	doc_id    INTEGER NOT NULL REFERENCES documents(doc_id),
	score     REAL NOT NULL DEFAULT 1
);
CREATE INDEX merges_entity ON merges(entity_id);

-- One row per name of every entity (canonical and aliases, distinct).
CREATE VIEW entity_names (entity_id, type, name) AS
	SELECT entity_id, type, name FROM entities
	UNION
	SELECT a.entity_id, e.type, a.name
	FROM aliases a JOIN entities e ON e.entity_id = a.entity_id;

-- One row per fact, negated ones included, with its first evidence (by
-- document name, then sentence: not by doc_id, so that it does not depend on
-- the order documents were ingested in) and its support (documents that
-- state it).
CREATE VIEW all_facts (fact_id, subject_id, subject, subject_type, predicate,
		       object_id, object, object_type, doc, sentence, evidence,
		       rule, status, negated, support, valid_from, valid_to) AS
	SELECT f.fact_id, f.subject_id, s.name, s.type, f.predicate,
	       f.object_id,
	       CASE WHEN f.object_id IS NULL THEN f.literal ELSE o.name END,
	       CASE WHEN f.object_id IS NULL THEN 'DATE' ELSE o.type END,
	       d.name, ev.sentence, se.text, ev.rule, f.status, f.negated,
	       (SELECT count(DISTINCT x.doc_id) FROM evidence x
		WHERE x.fact_id = f.fact_id),
	       f.valid_from, f.valid_to
	FROM fact f
	JOIN entities s ON s.entity_id = f.subject_id
	LEFT JOIN entities o ON o.entity_id = f.object_id
	LEFT JOIN evidence ev ON ev.evidence_id =
		(SELECT y.evidence_id FROM evidence y
		 JOIN documents yd ON yd.doc_id = y.doc_id
		 WHERE y.fact_id = f.fact_id
		 ORDER BY yd.name, y.sentence, y.byte_start, y.rule,
			  y.evidence_id LIMIT 1)
	LEFT JOIN documents d ON d.doc_id = ev.doc_id
	LEFT JOIN sentences se ON se.doc_id = ev.doc_id
			       AND se.n = ev.sentence;

-- The DESIGN.md view: the facts the text asserts (negated ones left out).
CREATE VIEW facts AS
	SELECT * FROM all_facts WHERE negated = 0;

-- BEGIN audit tables (issue 6).  Added after schema version 1 shipped, so
-- every statement is IF NOT EXISTS: graph/store.c runs this part again on
-- opening an older database (as TEMP tables when it is opened read-only).

-- Declarations about two names (kg_norm keys, norm_a < norm_b) of one type
-- ('' for any): same = 1 "the same entity" (kgraph ingest --aliases), 0
-- "never the same entity" (--aliases, or kgraph split).  rule is 'user' or
-- 'split'; name_a/name_b as written.  See graph/names.c.
CREATE TABLE IF NOT EXISTS name_rules (
	type   TEXT NOT NULL,
	norm_a TEXT NOT NULL,
	norm_b TEXT NOT NULL,
	same   INTEGER NOT NULL,
	name_a TEXT NOT NULL,
	name_b TEXT NOT NULL,
	rule   TEXT NOT NULL,
	PRIMARY KEY (type, norm_a, norm_b)
) WITHOUT ROWID;

-- A 64-bit hash of each sentence's letters and digits (case folded), for
-- finding near-copies of stored documents (graph/syndic.c).  Keyed by
-- sentence, without a rowid: two B-trees a row instead of three.  The key
-- columns come first, as SQLite 3.40's integrity_check reports "NULL value"
-- in a NOT NULL column that follows them.  (A database made before
-- 2026-11-29 has a rowid table (hash, doc_id, n) with an index on doc_id:
-- the same rows and queries.)
CREATE TABLE IF NOT EXISTS sentence_hashes (
	doc_id INTEGER NOT NULL REFERENCES documents(doc_id),
	n      INTEGER NOT NULL,
	hash   INTEGER NOT NULL,
	PRIMARY KEY (doc_id, n)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sentence_hashes_hash ON sentence_hashes(hash);

-- A document stored as a near-copy (syndication) of an earlier one: share
-- is the part of its sentences found in that document.  A copy adds
-- evidence (support) to facts already stored, never new facts or entities.
CREATE TABLE IF NOT EXISTS copies (
	doc_id INTEGER PRIMARY KEY REFERENCES documents(doc_id),
	of_doc INTEGER NOT NULL REFERENCES documents(doc_id),
	share  REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS copies_of ON copies(of_doc);
-- END audit tables

-- The full-text index of the sentences (sentence_fts) and the triggers that
-- keep it in step are in schema/search.sql, applied right after this file.
-- kgraph ingest --shard: each document's extraction as the line kgraph
-- extract prints for it, keyed by the document's hash, which kgraph merge
-- replays into another database (graph/fold.c, docs/scale.md).  Empty
-- otherwise; created on demand in databases made before it existed.
CREATE TABLE IF NOT EXISTS extracts (
	hash TEXT NOT NULL UNIQUE,     -- documents.hash
	line TEXT NOT NULL             -- one kgraph extract JSON line
);
