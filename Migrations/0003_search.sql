-- Schema 3: full-text search with Arabic folded the same way on both sides (docs/SCHEMA.md).
-- `articles_search` indexes a folded copy of each title and body that hiwar writes at import
-- (SearchText.indexed): TextFolding (diacritics, alef and hamza forms, ى/ي, ة/ه, case), and every
-- Arabic word also without its prefix clitics (و ف ب ل ك ال وال بال لل …), so that a search for
-- «حوار» finds «والحوار». Queries are folded the same way. Articles stored before schema 3 are
-- indexed when this migration runs. Deleting an article removes its row here.
CREATE VIRTUAL TABLE articles_search USING fts5(
    title, body,
    tokenize = "unicode61 remove_diacritics 2"
);

CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_search WHERE rowid = old.id;
END;
