import Foundation

extension Harness {
    /// SQL that repeats an archive's articles and events `factor` times: copy n shifts every id by n
    /// times the largest and marks hashes and titles with n, so the copies keep the original's mix of
    /// states, dates, types and people. Run by `sqlite3` (foreign keys off, FTS5 triggers on).
    ///
    /// The large archives are made this way because adding 10⁶ events through `ImportSession.add`
    /// slows down as the archive grows (every event is compared with the stored ones for merging;
    /// see docs/PERFORMANCE.md).
    static func replicationSQL(factor: Int) -> String {
        """
        BEGIN;
        CREATE TEMP TABLE base AS SELECT (SELECT max(id) FROM articles) AS article, (SELECT max(id) FROM events) AS event,
            (SELECT max(id) FROM mentions) AS mention;
        CREATE TEMP TABLE copies AS WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < \(factor - 1))
            SELECT n FROM c;
        INSERT INTO articles (id, content_hash, title, source, url, published, language, body, origin, signature)
            SELECT a.id + c.n * b.article, a.content_hash || '-' || c.n, a.title || ' ' || c.n, a.source, a.url, a.published,
                   a.language, a.body, a.origin, a.signature
            FROM copies AS c, base AS b, articles AS a WHERE a.id <= b.article ORDER BY c.n, a.id;
        INSERT INTO events (id, type, name, name_original, start, "end", status, location, country)
            SELECT e.id + c.n * b.event, e.type, e.name || ' ' || c.n, e.name_original, e.start, e."end", e.status, e.location,
                   e.country
            FROM copies AS c, base AS b, events AS e WHERE e.id <= b.event ORDER BY c.n, e.id;
        INSERT INTO event_countries (event_id, country, start)
            SELECT x.event_id + c.n * b.event, x.country, x.start FROM copies AS c, base AS b, event_countries AS x
            WHERE x.event_id <= b.event;
        INSERT INTO event_people (event_id, position, person_id, role, country, is_head)
            SELECT p.event_id + c.n * b.event, p.position, p.person_id, p.role, p.country, p.is_head
            FROM copies AS c, base AS b, event_people AS p WHERE p.event_id <= b.event;
        INSERT INTO mentions (id, event_id, article_id, sentence, start, "end", trigger_start, trigger_end, rule, copy_of,
                              reported_name, reported_name_original, reported_start, reported_end, reported_status,
                              reported_location)
            SELECT m.id + c.n * b.mention, m.event_id + c.n * b.event, m.article_id + c.n * b.article, m.sentence, m.start,
                   m."end", m.trigger_start, m.trigger_end, m.rule, m.copy_of + c.n * b.article,
                   m.reported_name || ' ' || c.n, m.reported_name_original, m.reported_start, m.reported_end, m.reported_status,
                   m.reported_location
            FROM copies AS c, base AS b, mentions AS m WHERE m.id <= b.mention ORDER BY c.n, m.id;
        INSERT INTO mention_people (mention_id, position, person_id, role, country, is_head)
            SELECT p.mention_id + c.n * b.mention, p.position, p.person_id, p.role, p.country, p.is_head
            FROM copies AS c, base AS b, mention_people AS p WHERE p.mention_id <= b.mention;
        COMMIT;

        """
    }

    /// Makes `file` a copy of the archive `source` repeated `factor` times.
    mutating func replicate(_ source: String, factor: Int, into file: String) throws {
        Harness.removeDatabase(file)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: file + suffix)
        }
        let script = path("replicate-\(factor).sql")
        try Harness.replicationSQL(factor: factor).write(toFile: script, atomically: true, encoding: .utf8)
        _ = try run(sqlite3, [file], input: script, log: "replicate.log")
    }
}
