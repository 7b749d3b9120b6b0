-- Schema 2: one event reported by many articles (docs/MERGING.md).
-- Each article keeps a MinHash signature of its body, and a mention records when its article is a
-- near-copy (syndicated text) of another article reporting the same event: such a report is kept
-- as evidence but not counted as an independent source.

-- 64 little-endian 32-bit minima over the body's three-word shingles; NULL for articles imported
-- before schema 2 (hiwar computes theirs from the body when it needs them).
ALTER TABLE articles ADD COLUMN signature BLOB;

-- The earlier article this report copies (Jaccard estimate >= 0.8), NULL for an independent report.
ALTER TABLE mentions ADD COLUMN copy_of INTEGER REFERENCES articles (id) ON DELETE SET NULL;

-- Finding the stored event a new report may be about: same type, then same parties.
CREATE INDEX events_by_type_country ON events (type, country);

DROP VIEW timeline;

-- As in schema 1, but source_count counts independent reports only.
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
    (SELECT count(DISTINCT CASE WHEN copy_of IS NULL THEN article_id END) FROM mentions WHERE event_id = e.id) AS source_count,
    (SELECT a.title FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
      WHERE m.event_id = e.id ORDER BY m.article_id, m.id LIMIT 1) AS first_title,
    (SELECT a.url FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
      WHERE m.event_id = e.id ORDER BY m.article_id, m.id LIMIT 1) AS first_url
FROM events AS e
ORDER BY e.start NULLS LAST, e.id;

DROP VIEW event_sources;

-- As in schema 1, plus the copied article (NULL for an independent report).
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
    m.rule,
    m.copy_of
FROM mentions AS m
JOIN events AS e ON e.id = m.event_id
JOIN articles AS a ON a.id = m.article_id
ORDER BY m.event_id, m.article_id, m.id;
