-- Schema 8: one full-text index (docs/PERFORMANCE.md, Import). `articles_fts` (schema 1) indexed
-- each title and body as written, kept by triggers on `articles`; hiwar never queried it, since
-- `hiwar search` reads `articles_search` (schema 3, the folded text), and building it cost an import
-- about as much as storing the article row. `articles_search` stays the archive's one FTS5 index.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
