-- Schema 6: what each report said of its event before merging (docs/MERGING.md), so that removing
-- an article derives the events it shared with others again from the reports that remain.
-- A mention keeps its article's own reading of the event: name, dates, status and place here, its
-- people in `mention_people`. `reported_status` is NULL when that reading is unknown: a report
-- stored before schema 6 of an event that other articles report too.
ALTER TABLE mentions ADD COLUMN reported_name TEXT;
ALTER TABLE mentions ADD COLUMN reported_name_original TEXT;
ALTER TABLE mentions ADD COLUMN reported_start TEXT;
ALTER TABLE mentions ADD COLUMN reported_end TEXT;
ALTER TABLE mentions ADD COLUMN reported_status TEXT CHECK (reported_status IN ('occurred', 'planned', 'referenced'));
ALTER TABLE mentions ADD COLUMN reported_location TEXT;

-- Who the report named, in its order; as `event_people`, but for one report.
CREATE TABLE mention_people (
    mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people (id),
    role       TEXT,
    country    TEXT REFERENCES countries (alpha3),
    is_head    INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
    PRIMARY KEY (mention_id, position)
) WITHOUT ROWID;

-- An event only one report stands behind is exactly what that report said.
UPDATE mentions SET reported_name = e.name, reported_name_original = e.name_original, reported_start = e.start,
    reported_end = e."end", reported_status = e.status, reported_location = e.location
FROM events AS e
WHERE e.id = mentions.event_id
  AND NOT EXISTS (SELECT 1 FROM mentions AS other WHERE other.event_id = mentions.event_id AND other.id <> mentions.id);

INSERT INTO mention_people (mention_id, position, person_id, role, country, is_head)
SELECT m.id, ep.position, ep.person_id, ep.role, ep.country, ep.is_head
FROM mentions AS m JOIN event_people AS ep ON ep.event_id = m.event_id
WHERE m.reported_status IS NOT NULL;
