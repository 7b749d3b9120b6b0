-- Schema 8: one full-text index, holding no text of its own (docs/PERFORMANCE.md, Import).
-- `articles_fts` (schema 1) indexed each title and body as written, kept by triggers on `articles`;
-- hiwar never queried it, since `hiwar search` reads `articles_search` (schema 3, the folded text),
-- and building it cost an import about as much as storing the article row. It goes, with its triggers.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

-- `articles_search` becomes contentless: FTS5 kept a copy of the folded text, longer than the body,
-- that nothing read (snippets are cut from `articles.body`). hiwar indexes the stored articles again
-- (Migrator's data step). SQLite 3.40 has no `contentless_delete`: a row's words are taken out with
-- FTS5's 'delete' command given the folded text they were indexed from, which hiwar folds again
-- from the article's title and body, kept for it by the triggers below.
DROP TRIGGER articles_search_delete;
DROP TABLE articles_search;
CREATE VIRTUAL TABLE articles_search USING fts5(
    title, body,
    content = '',
    tokenize = "unicode61 remove_diacritics 2"
);

-- The title and body of each article deleted or changed, by hiwar or any other tool, until hiwar
-- takes their words out of `articles_search` (`hiwar remove` at once, an import before its batch).
CREATE TABLE articles_unindexed (
    article_id INTEGER NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL
);

CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_unindexed (article_id, title, body) VALUES (old.id, old.title, old.body);
END;

CREATE TRIGGER articles_search_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_unindexed (article_id, title, body) VALUES (old.id, old.title, old.body);
END;
