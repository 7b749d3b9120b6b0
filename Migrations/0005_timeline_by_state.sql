-- Schema 5: a state's or a pair's timeline read from one index walk (docs/PERFORMANCE.md).
-- `event_countries.start` repeats the event's start, so that `event_countries_by_country_start`
-- (country, start, event_id) lists a state's events in timeline order: the first screen of a
-- state's timeline comes from the index, without sorting all of that state's events first. Triggers
-- keep the copy equal to `events.start`, whoever writes either table.
ALTER TABLE event_countries ADD COLUMN start TEXT;

UPDATE event_countries SET start = (SELECT start FROM events WHERE id = event_id);

-- Serves every lookup by state that `event_countries_by_country (country, event_id)` served.
CREATE INDEX event_countries_by_country_start ON event_countries (country, start, event_id);
DROP INDEX event_countries_by_country;

-- A party row written without the event's start (or with another) gets it.
CREATE TRIGGER event_countries_start_added AFTER INSERT ON event_countries
WHEN new.start IS NOT (SELECT start FROM events WHERE id = new.event_id)
BEGIN
    UPDATE event_countries SET start = (SELECT start FROM events WHERE id = new.event_id)
    WHERE event_id = new.event_id AND country = new.country;
END;

CREATE TRIGGER event_countries_start_changed AFTER UPDATE OF start ON events BEGIN
    UPDATE event_countries SET start = new.start WHERE event_id = new.id;
END;
