import HiwarModel

extension Archive {
    /// Streams events in date order (undated last; then id), with all their sources and people.
    ///
    /// Rows are read one at a time and handed to `each`, so memory stays flat however large the
    /// archive. An event's `evidence` is that of its first source; an event no article reports
    /// (possible only after editing the file by hand) is skipped. `each` may throw to stop early.
    /// `newestFirst` reverses the order over dated events (undated still last), and `limit` stops
    /// after that many: `hiwar first` and `last` ask for one.
    public func events(matching filter: EventFilter, newestFirst: Bool = false, limit: Int? = nil,
                       _ each: (ArchivedEvent) throws -> Void) throws {
        try events(filter.query, newestFirst: newestFirst, limit: limit, each)
    }

    /// The event numbered `id`, or nil when there is none.
    public func event(id: Int64) throws -> ArchivedEvent? {
        var found: ArchivedEvent?
        let query = EventQuery(from: "events AS e", condition: "WHERE e.id = ?", arguments: [id], start: "e.start", id: "e.id")
        try events(query, newestFirst: false, limit: nil) { found = $0 }
        return found
    }

    private func events(_ query: EventQuery, newestFirst: Bool, limit: Int?, _ each: (ArchivedEvent) throws -> Void) throws {
        let statement = try database.makeStatement(sql: query.sql(selecting: EventQuery.eventColumns, newestFirst: newestFirst,
                                                                  limit: limit))
        try statement.bind(query.arguments)
        while try statement.step() {
            let id: Int64 = statement.column(0)
            let sources = try self.sources(ofEvent: id)
            guard let first = sources.first else { continue }
            let event = Event(
                type: Archive.decode(statement.column(1), as: EventType.self),
                name: statement.column(2), nameOriginal: statement.column(3),
                countries: (statement.column(9) as String?)?.split(separator: ";").map(String.init) ?? [],
                country: statement.column(8),
                start: Archive.date(statement.column(4)), end: Archive.date(statement.column(5)),
                status: Archive.decode(statement.column(6), as: EventStatus.self),
                location: statement.column(7), people: try people(ofEvent: id), evidence: first.evidence)
            try each(ArchivedEvent(id: id, event: event, sources: sources))
        }
    }

    private func people(ofEvent id: Int64) throws -> [Person] {
        let statement = try database.cachedStatement(sql: """
            SELECT p.name, p.name_original, ep.role, ep.country, ep.is_head
            FROM event_people AS ep JOIN people AS p ON p.id = ep.person_id
            WHERE ep.event_id = ? ORDER BY ep.position
            """)
        try statement.bind(id, at: 1)
        defer { statement.reset() }
        var people: [Person] = []
        while try statement.step() {
            people.append(Person(name: statement.column(0), nameOriginal: statement.column(1), role: statement.column(2),
                                 country: statement.column(3), isHead: statement.column(4)))
        }
        return people
    }

    /// Every report of the event, oldest import first.
    private func sources(ofEvent id: Int64) throws -> [EventSource] {
        let statement = try database.cachedStatement(sql: """
            SELECT m.article_id, a.title, a.url, a.published, a.language,
                   m.sentence, m.start, m."end", m.trigger_start, m.trigger_end, m.rule, m.copy_of
            FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
            WHERE m.event_id = ? ORDER BY m.article_id, m.id
            """)
        try statement.bind(id, at: 1)
        defer { statement.reset() }
        var sources: [EventSource] = []
        while try statement.step() {
            let evidence = Evidence(sentence: statement.column(5), start: statement.column(6), end: statement.column(7),
                                    triggerStart: statement.column(8), triggerEnd: statement.column(9),
                                    rule: statement.column(10))
            sources.append(EventSource(articleID: statement.column(0), title: statement.column(1), url: statement.column(2),
                                       published: Archive.date(statement.column(3)), language: statement.column(4),
                                       evidence: evidence, copyOf: statement.column(11)))
        }
        return sources
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
