-- Schema 4: a stored key for finding the event a new report repeats (docs/MERGING.md).
-- Two reports can be one event only when they have the same type, the same set of parties and the
-- same sending state. `events.merge_key` holds these three as one text, `type|parties|sender`
-- (`delegation|IRQ;USA|IRQ`, `dialogue|IRQ;USA|`: parties sorted and joined with `;`, an empty
-- sender when there is none), so that an import looks candidates up in `events_by_merge_key`
-- instead of reading every event of one state. Triggers keep the key in step with the parties,
-- type and sender, whoever writes them; an event without parties has none (it never merges).

-- The key of every event, defined once: the migration and the triggers below read it from here.
CREATE VIEW event_merge_keys AS
SELECT e.id,
       e.type || '|' || (SELECT group_concat(country, ';')
                           FROM (SELECT country FROM event_countries WHERE event_id = e.id ORDER BY country))
              || '|' || coalesce(e.country, '') AS merge_key
FROM events AS e;

ALTER TABLE events ADD COLUMN merge_key TEXT;

UPDATE events SET merge_key = (SELECT merge_key FROM event_merge_keys WHERE id = events.id);

-- Candidates of one key in date order: an import reads those of the new report's year and the undated.
CREATE INDEX events_by_merge_key ON events (merge_key, start);

-- Its only reader was the search for a repeated event, which the key now serves.
DROP INDEX events_by_type_country;

CREATE TRIGGER events_merge_key_party_added AFTER INSERT ON event_countries BEGIN
    UPDATE events SET merge_key = (SELECT merge_key FROM event_merge_keys WHERE id = new.event_id) WHERE id = new.event_id;
END;

CREATE TRIGGER events_merge_key_party_removed AFTER DELETE ON event_countries BEGIN
    UPDATE events SET merge_key = (SELECT merge_key FROM event_merge_keys WHERE id = old.event_id) WHERE id = old.event_id;
END;

CREATE TRIGGER events_merge_key_changed AFTER UPDATE OF type, country ON events BEGIN
    UPDATE events SET merge_key = (SELECT merge_key FROM event_merge_keys WHERE id = new.id) WHERE id = new.id;
END;
