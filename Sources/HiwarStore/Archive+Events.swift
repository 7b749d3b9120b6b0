import HiwarModel

extension Archive {
    /// Streams events in date order (undated last; then id), with all their sources and people.
    ///
    /// Rows are read one at a time and handed to `each`, so memory stays flat however large the
    /// archive. An event's `evidence` is that of its first source; an event no article reports
    /// (possible only after editing the file by hand) is skipped. `each` may throw to stop early.
    /// `newestFirst` reverses the order over dated events (undated still last), and `limit` stops
    /// after that many: `hiwar first` and `last` ask for one. `whole` says the caller reads them all
    /// (an export): a filter without states or dates then reads the events in storage order and
    /// sorts them, the first event coming later but the last much sooner.
    public func events(matching filter: EventFilter, newestFirst: Bool = false, limit: Int? = nil, whole: Bool = false,
                       _ each: (ArchivedEvent) throws -> Void) throws {
        try events(filter.query(whole: whole && limit == nil), newestFirst: newestFirst, limit: limit, each)
    }

    /// The event numbered `id`, or nil when there is none.
    public func event(id: Int64) throws -> ArchivedEvent? {
        var found: ArchivedEvent?
        let query = EventQuery(from: "events AS e", condition: "WHERE e.id = ?", arguments: [id], start: "e.start", id: "e.id")
        try events(query, newestFirst: false, limit: nil) { found = $0 }
        return found
    }

    /// A query that scans and sorts runs with `temp_store = FILE`: with the connection's `MEMORY`
    /// (`Database.init`, for imports' savepoints) SQLite's sorter never spills and held all 10⁶
    /// events' rows, 434 MB; with `FILE` it keeps runs of `cache_size` (2 MB) and merges them from
    /// temporary files, so memory stays flat. The connection's setting comes back afterwards.
    private func events(_ query: EventQuery, newestFirst: Bool, limit: Int?, _ each: (ArchivedEvent) throws -> Void) throws {
        guard query.sorts else { return try walk(query, newestFirst: newestFirst, limit: limit, each) }
        try database.execute(sql: "PRAGMA temp_store = FILE")
        defer { try? database.execute(sql: "PRAGMA temp_store = MEMORY") }
        try walk(query, newestFirst: newestFirst, limit: limit, each)
    }

    /// Three statements walk the same events in the same order: the events' own rows, their people
    /// (by position) and their reports (by article). The people and reports are read in step with
    /// the events, each row once, instead of two more statements run for every event.
    private func walk(_ query: EventQuery, newestFirst: Bool, limit: Int?, _ each: (ArchivedEvent) throws -> Void) throws {
        func walk(_ columns: String, joining tables: String = "", then: String = "", limit: Int? = nil) throws -> Statement {
            let statement = try database.makeStatement(sql: query.sql(selecting: columns, joining: tables, then: then,
                                                                      newestFirst: newestFirst, limit: limit))
            try statement.bind(query.arguments)
            return statement
        }
        let events = try walk(EventQuery.eventColumns, limit: limit)
        var people = try InStep(walk("e.id, p.name, p.name_original, ep.role, ep.country, ep.is_head",
                                     joining: EventQuery.peopleJoin,
                                     then: ", ep.position")) { row in
            Person(name: row.column(1), nameOriginal: row.column(2), role: row.column(3), country: row.column(4),
                   isHead: row.column(5))
        }
        var sources = try InStep(walk("""
            e.id, m.article_id, a.title, a.url, a.published, a.language,
            m.sentence, m.start, m."end", m.trigger_start, m.trigger_end, m.rule, m.copy_of
            """, joining: EventQuery.sourcesJoin,
            then: ", m.article_id, m.id")) { row in
            EventSource(articleID: row.column(1), title: row.column(2), url: row.column(3),
                        published: Archive.date(row.column(4)), language: row.column(5),
                        evidence: Evidence(sentence: row.column(6), start: row.column(7), end: row.column(8),
                                           triggerStart: row.column(9), triggerEnd: row.column(10), rule: row.column(11)),
                        copyOf: row.column(12))
        }
        while try events.step() {
            let id: Int64 = events.column(0)
            let sources = try sources.rows(ofEvent: id), people = try people.rows(ofEvent: id)
            guard let first = sources.first else { continue }
            var event = Event(
                type: Archive.decode(events.column(1), as: EventType.self),
                name: events.column(2), nameOriginal: events.column(3), countries: [],
                country: events.column(8),
                start: Archive.date(events.column(4)), end: Archive.date(events.column(5)),
                status: Archive.decode(events.column(6), as: EventStatus.self),
                location: events.column(7), people: people, evidence: first.evidence)
            // Already sorted and unique, read through event_countries' primary key (event_id, country):
            // not through the initializer's Set and sort again.
            event.countries = (events.column(9) as String?)?.split(separator: ";").map(String.init) ?? []
            try each(ArchivedEvent(id: id, event: event, sources: sources))
        }
    }

    /// The rows of a statement that walks the same events in the same order as the events' own rows,
    /// with the event id first: the rows of each event are taken when that event comes.
    private struct InStep<Row> {
        let statement: Statement
        let read: (Statement) -> Row
        private var pending: Bool

        init(_ statement: Statement, read: @escaping (Statement) -> Row) throws {
            self.statement = statement
            self.read = read
            pending = try statement.step()
        }

        mutating func rows(ofEvent id: Int64) throws -> [Row] {
            var rows: [Row] = []
            while pending, statement.column(0) as Int64 == id {
                rows.append(read(statement))
                pending = try statement.step()
            }
            return rows
        }
    }

    private static func date(_ text: String?) -> PartialDate? {
        text.flatMap { PartialDate($0) }
    }

    /// The schema's CHECK constraints admit only the enum's raw values, so another value is a
    /// schema bug (or a hand edit with checks off), not a case to handle.
    private static func decode<Value: RawRepresentable>(_ text: String, as type: Value.Type) -> Value
        where Value.RawValue == String {
        guard let value = Value(rawValue: text) else { fatalError("events holds \(Value.self) '\(text)', not allowed by the schema") }
        return value
    }
}

extension EventQuery {
    /// Each event's people, then its reports with their articles, joined to the events' walk.
    static let peopleJoin = "CROSS JOIN event_people AS ep ON ep.event_id = e.id CROSS JOIN people AS p ON p.id = ep.person_id"
    static let sourcesJoin = "CROSS JOIN mentions AS m ON m.event_id = e.id CROSS JOIN articles AS a ON a.id = m.article_id"
}
