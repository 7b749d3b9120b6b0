-- Schema 7: a pair's timeline from one index walk (docs/PERFORMANCE.md).
-- `event_pairs` lists each unordered pair of an event's parties (one row for a bilateral event,
-- three for a trilateral one) with the event's start, so that `event_pairs_by_pair_start`
-- (state_a, state_b, start, event_id) gives a pair's events in timeline order: a rare pair's first
-- screen no longer walks all of one state's events to find it. Triggers keep the rows in step with
-- `event_countries` and `events.start`, whoever writes them.
CREATE TABLE event_pairs (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    state_a  TEXT NOT NULL,
    state_b  TEXT NOT NULL CHECK (state_a < state_b),
    start    TEXT,
    PRIMARY KEY (event_id, state_a, state_b)
) WITHOUT ROWID;

INSERT INTO event_pairs (event_id, state_a, state_b, start)
SELECT a.event_id, a.country, b.country, a.start
FROM event_countries AS a JOIN event_countries AS b ON b.event_id = a.event_id AND b.country > a.country;

CREATE INDEX event_pairs_by_pair_start ON event_pairs (state_a, state_b, start, event_id);

CREATE TRIGGER event_pairs_party_added AFTER INSERT ON event_countries BEGIN
    INSERT INTO event_pairs (event_id, state_a, state_b, start)
    SELECT new.event_id, min(new.country, x.country), max(new.country, x.country), (SELECT start FROM events WHERE id = new.event_id)
    FROM event_countries AS x WHERE x.event_id = new.event_id AND x.country <> new.country;
END;

CREATE TRIGGER event_pairs_party_removed AFTER DELETE ON event_countries BEGIN
    DELETE FROM event_pairs WHERE event_id = old.event_id AND old.country IN (state_a, state_b);
END;

CREATE TRIGGER event_pairs_start_changed AFTER UPDATE OF start ON events BEGIN
    UPDATE event_pairs SET start = new.start WHERE event_id = new.id;
END;
