-- Schema 1 of a Hiwar archive. Documented table by table in docs/SCHEMA.md.
-- Partial dates are TEXT `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: compared as text they sort in
-- timeline order (2023 < 2023-08 < 2023-08-07 < 2023-09).

-- The states events may name, copied from the country catalogue compiled into hiwar.
CREATE TABLE countries (
    alpha3    TEXT PRIMARY KEY NOT NULL CHECK (length(alpha3) = 3 AND alpha3 = upper(alpha3)),
    alpha2    TEXT NOT NULL UNIQUE CHECK (length(alpha2) = 2),
    cow_code  INTEGER,
    un_status TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    name_ar   TEXT NOT NULL
);

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    source      TEXT,
    url         TEXT,
    published   TEXT CHECK (published IS NULL OR length(published) IN (4, 7, 10)),
    language    TEXT,
    body        TEXT NOT NULL,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    origin      TEXT
);

-- Full-text search over titles and bodies, kept in step with `articles` by the triggers below.
-- Combining marks (Mn: Arabic harakat) stay inside words instead of splitting them.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn'"
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    type           TEXT NOT NULL CHECK (type IN ('dialogue', 'delegation', 'committee', 'agreement', 'meeting')),
    name           TEXT,
    name_original  TEXT,
    start          TEXT,
    "end"          TEXT,
    status         TEXT NOT NULL CHECK (status IN ('occurred', 'planned', 'referenced')),
    location       TEXT,
    country        TEXT REFERENCES countries (alpha3),
    -- Derived by SQLite from start and end, so they can never disagree with them.
    date_precision TEXT GENERATED ALWAYS AS (
        CASE length(start) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END) VIRTUAL,
    start_first    TEXT GENERATED ALWAYS AS (
        CASE length(start) WHEN 4 THEN start || '-01-01' WHEN 7 THEN start || '-01' ELSE start END) VIRTUAL,
    end_last       TEXT GENERATED ALWAYS AS (
        CASE length(coalesce("end", start))
            WHEN 4 THEN coalesce("end", start) || '-12-31'
            WHEN 7 THEN date(coalesce("end", start) || '-01', '+1 month', '-1 day')
            ELSE coalesce("end", start) END) VIRTUAL,
    -- A real calendar date: `date(x, '+0 days')` rolls 2023-02-31 over to 2023-03-03.
    CONSTRAINT start_is_a_date CHECK (start IS NULL OR (length(start) IN (4, 7, 10) AND date(start_first, '+0 days') IS start_first)),
    CONSTRAINT end_is_a_date CHECK ("end" IS NULL OR (length("end") IN (4, 7, 10) AND end_last IS NOT NULL AND date(end_last, '+0 days') IS end_last))
);

-- Timelines read events in start order, undated last (`ORDER BY start NULLS LAST, id` walks this
-- index without sorting); year and date-range filters narrow it.
CREATE INDEX events_by_start ON events (start);
CREATE INDEX events_by_type ON events (type, start);
CREATE INDEX events_by_status ON events (status, start);

-- The states taking part in an event: two for a bilateral one.
CREATE TABLE event_countries (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    country  TEXT NOT NULL REFERENCES countries (alpha3),
    PRIMARY KEY (event_id, country)
) WITHOUT ROWID;

CREATE INDEX event_countries_by_country ON event_countries (country, event_id);

CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    name_original TEXT NOT NULL,
    UNIQUE (name_original, name)
);

-- Who took part in an event, in the order the article names them.
CREATE TABLE event_people (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    role      TEXT,
    country   TEXT REFERENCES countries (alpha3),
    is_head   INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

CREATE INDEX event_people_by_person ON event_people (person_id);

-- Each article's report of an event: the sentence, and where it stands in the article body.
-- Offsets count Unicode scalars; ends are exclusive.
CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence      TEXT NOT NULL,
    start         INTEGER NOT NULL CHECK (start >= 0),
    "end"         INTEGER NOT NULL CHECK ("end" >= start),
    trigger_start INTEGER,
    trigger_end   INTEGER CHECK (trigger_end >= trigger_start),
    rule          TEXT NOT NULL
);

CREATE INDEX mentions_by_event ON mentions (event_id, article_id);
CREATE INDEX mentions_by_article ON mentions (article_id);

-- An event exists because an article reports it: when the last report goes (its article was
-- deleted), the event goes too.
CREATE TRIGGER mentions_drop_unreported_event AFTER DELETE ON mentions
WHEN NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = old.event_id)
BEGIN
    DELETE FROM events WHERE id = old.event_id;
END;

-- One flat row per event, in timeline order, for sqlite3, Datasette or a spreadsheet.
CREATE VIEW timeline AS
SELECT
    e.id,
    e.type,
    e.name,
    (SELECT group_concat(country, ';')
       FROM (SELECT country FROM event_countries WHERE event_id = e.id ORDER BY country)) AS countries,
    e.country,
    e.start,
    e."end",
    e.status,
    e.location,
    (SELECT p.name FROM event_people AS ep JOIN people AS p ON p.id = ep.person_id
      WHERE ep.event_id = e.id AND ep.is_head ORDER BY ep.position LIMIT 1) AS head_name,
    (SELECT ep.role FROM event_people AS ep
      WHERE ep.event_id = e.id AND ep.is_head ORDER BY ep.position LIMIT 1) AS head_role,
    (SELECT count(DISTINCT article_id) FROM mentions WHERE event_id = e.id) AS source_count,
    (SELECT a.title FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
      WHERE m.event_id = e.id ORDER BY m.article_id, m.id LIMIT 1) AS first_title,
    (SELECT a.url FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
      WHERE m.event_id = e.id ORDER BY m.article_id, m.id LIMIT 1) AS first_url
FROM events AS e
ORDER BY e.start NULLS LAST, e.id;

-- One row per report of an event: which article said it, and the sentence it said it in.
CREATE VIEW event_sources AS
SELECT
    m.event_id,
    e.type,
    e.start,
    e.status,
    m.article_id,
    a.title,
    a.url,
    a.published,
    a.language,
    m.sentence,
    m.start AS sentence_start,
    m."end" AS sentence_end,
    m.rule
FROM mentions AS m
JOIN events AS e ON e.id = m.event_id
JOIN articles AS a ON a.id = m.article_id
ORDER BY m.event_id, m.article_id, m.id;
