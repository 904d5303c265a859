-- schema/search.sql - the full-text index of the stored sentences (FTS5)
--
-- Applied by kg_store_open after schema/schema.sql to a new database, and to
-- an older database the first time it is opened for writing (which then
-- fills the index from the sentences table): graph/search.c.  Every
-- statement is IF NOT EXISTS, so applying it twice is harmless.
--
-- sentence_fts keeps its own copy of each sentence (the sentences table is
-- WITHOUT ROWID, so it cannot be an FTS5 external-content table), which also
-- lets snippet() and highlight() work and Datasette offer a search box on
-- it.  Its rowid is doc_id * 2^32 + n (a document has fewer than 2^32
-- sentences: at most 64 MiB of text), so a deleted sentence is found
-- without a scan.  The triggers below keep it in step with the sentences
-- table on ingest, retract and any other writer; docs/schema.md has example
-- queries.
-- Porter stemming: "sanction" finds "sanctions"; diacritics are ignored.
CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5(
	text,                  -- the sentence, as in sentences.text
	doc_id UNINDEXED,      -- documents.doc_id
	n UNINDEXED,           -- sentence number in the document, from 0
	tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Documents whose sentences are not indexed yet.  Indexing a document's
-- sentences as they are inserted, one savepoint per document, would make
-- FTS5 write a segment per document and double the time of an ingest;
-- instead each new document is queued here, and the writer indexes the
-- queue in one statement before it commits (graph/search.c).
CREATE TABLE IF NOT EXISTS sentence_fts_pending (
	doc_id INTEGER PRIMARY KEY     -- documents.doc_id
);

CREATE TRIGGER IF NOT EXISTS sentence_fts_queue AFTER INSERT ON documents
BEGIN
	INSERT OR IGNORE INTO sentence_fts_pending VALUES (new.doc_id);
END;

CREATE TRIGGER IF NOT EXISTS sentence_fts_unqueue AFTER DELETE ON documents
BEGIN
	DELETE FROM sentence_fts_pending WHERE doc_id = old.doc_id;
END;

CREATE TRIGGER IF NOT EXISTS sentence_fts_delete AFTER DELETE ON sentences
BEGIN
	DELETE FROM sentence_fts WHERE rowid = old.doc_id * 4294967296 + old.n;
END;

CREATE TRIGGER IF NOT EXISTS sentence_fts_update AFTER UPDATE ON sentences
BEGIN
	DELETE FROM sentence_fts WHERE rowid = old.doc_id * 4294967296 + old.n;
	INSERT INTO sentence_fts(rowid, text, doc_id, n)
	VALUES (new.doc_id * 4294967296 + new.n, new.text, new.doc_id, new.n);
END;
