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
        try walk(filter.query(), newestFirst: newestFirst, limit: limit) { record in
            if let event = ArchivedEvent(record) { try each(event) }
        }
    }

    /// For an export: the events `events(matching:)` gives, each rendered from its `EventRecord`
    /// by `render` (which appends its bytes) and handed to `write` in the same order.
    ///
    /// `whole` says every event is read before the first is needed. A filter without states or dates
    /// (everything, or a type or a status) then reads the events in storage order, renders each one
    /// there and sorts the rendered events through temporary files (`ExternalSort`, 8 MiB at a
    /// time): the first event comes later than from an index walk, the last much sooner
    /// (docs/PERFORMANCE.md, Export). Other filters walk their index in order.
    public func events(matching filter: EventFilter, whole: Bool = false, rendering render: (EventRecord, inout [UInt8]) -> Void,
                       _ write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let query = filter.query(whole: whole)
        var sort = query.inStorageOrder ? ExternalSort<TimelineKey>() : nil
        var bytes: [UInt8] = []
        try walk(query, newestFirst: false, limit: nil) { record in
            guard !record.sources.isEmpty else { return }
            bytes.removeAll(keepingCapacity: true)
            render(record, &bytes)
            try bytes.withUnsafeBufferPointer { rendered in
                if sort == nil { try write(rendered) } else { try sort?.append(rendered, key: TimelineKey(record)) }
            }
        }
        try sort?.merge(write)
    }

    /// The event numbered `id`, or nil when there is none.
    public func event(id: Int64) throws -> ArchivedEvent? {
        var found: ArchivedEvent?
        let query = EventQuery(from: "events AS e", condition: "WHERE e.id = ?", arguments: [id], start: "e.start", id: "e.id")
        try walk(query, newestFirst: false, limit: nil) { found = ArchivedEvent($0) }
        return found
    }

    /// Four statements walk the same events in the same order: the events' own rows, their parties
    /// (by code), their people (by position) and their reports (by article). The parties, people and
    /// reports are read in step with the events, each row once, instead of more statements run for
    /// every event (a subquery for the parties cost as much as the events' rows at 10⁶). One record
    /// is filled again for each event, from the columns' bytes.
    private func walk(_ query: EventQuery, newestFirst: Bool, limit: Int?, _ each: (EventRecord) throws -> Void) throws {
        func prepare(_ sql: String) throws -> Statement {
            let statement = try database.makeStatement(sql: sql)
            try statement.bind(query.arguments)
            return statement
        }
        func inStep(_ columns: String, of dependent: EventQuery.Dependent) throws -> InStep {
            try InStep(prepare(query.sql(reading: columns, of: dependent, newestFirst: newestFirst)),
                       skippingOrphans: query.readsEveryEventByID)
        }
        let events = try prepare(query.sql(selecting: EventQuery.eventColumns, newestFirst: newestFirst, limit: limit))
        var countries = try inStep("ec.country", of: .countries)
        var people = try inStep("p.name, p.name_original, ep.role, ep.country, ep.is_head", of: .people)
        var sources = try inStep("""
            m.article_id, a.title, a.url, a.published, a.language,
            m.sentence, m.start, m."end", m.trigger_start, m.trigger_end, m.rule, m.copy_of
            """, of: .sources)
        var record = EventRecord()
        while try events.step() {
            record.removeAll()
            record.id = events.integer(at: 0)
            record.type = record.text(events.text(at: 1))
            record.name = record.text(events.text(at: 2))
            record.nameOriginal = record.text(events.text(at: 3))
            record.start = record.text(Archive.date(events.text(at: 4)))
            record.end = record.text(Archive.date(events.text(at: 5)))
            record.status = record.text(events.text(at: 6))
            record.location = record.text(events.text(at: 7))
            record.country = record.text(events.text(at: 8))
            // Sorted and unique, read through event_countries' primary key (event_id, country).
            try countries.rows(ofEvent: record.id) { row in
                record.countries = record.append(row.text(at: 1), to: record.countries, separator: UInt8(ascii: ";"))
            }
            try people.rows(ofEvent: record.id) { row in
                record.people.append(EventRecord.Person(
                    name: record.text(row.text(at: 1)), nameOriginal: record.text(row.text(at: 2)), role: record.text(row.text(at: 3)),
                    country: record.text(row.text(at: 4)), isHead: row.integer(at: 5) != 0))
            }
            try sources.rows(ofEvent: record.id) { row in
                record.sources.append(EventRecord.Source(
                    articleID: row.integer(at: 1), title: record.text(row.text(at: 2)), url: record.text(row.text(at: 3)),
                    published: record.text(Archive.date(row.text(at: 4))), language: record.text(row.text(at: 5)),
                    sentence: record.text(row.text(at: 6)), rule: record.text(row.text(at: 11)),
                    start: Int(row.integer(at: 7)), end: Int(row.integer(at: 8)),
                    triggerStart: row.int(at: 9).map(Int.init), triggerEnd: row.int(at: 10).map(Int.init), copyOf: row.int(at: 12)))
            }
            try each(record)
        }
    }

    /// The rows of a statement that walks the same events in the same order as the events' own rows,
    /// with the event id first: the rows of each event are taken when that event comes. Read by id
    /// without the events (`skippingOrphans`), rows of an event that is not there (left by a hand
    /// edit with foreign keys off) are passed over, as the join to the events would.
    private struct InStep {
        let statement: Statement
        let skippingOrphans: Bool
        /// The event id of the row at hand, read once a row; nil after the last.
        private var pending: Int64?

        init(_ statement: Statement, skippingOrphans: Bool) throws {
            self.statement = statement
            self.skippingOrphans = skippingOrphans
            try step()
        }

        mutating func rows(ofEvent id: Int64, _ read: (Statement) -> Void) throws {
            while skippingOrphans, let pending, pending < id {
                try step()
            }
            while pending == id {
                read(statement)
                try step()
            }
        }

        private mutating func step() throws {
            pending = try statement.step() ? statement.integer(at: 0) : nil
        }
    }

    /// A stored date's text when it is a date (`PartialDate`), else nil, as `ArchivedEvent` reads it.
    private static func date(_ text: UnsafeBufferPointer<UInt8>?) -> UnsafeBufferPointer<UInt8>? {
        text.flatMap { PartialDate(utf8: $0) == nil ? nil : $0 }
    }

    /// An event's place in timeline order (`ORDER BY start NULLS LAST, id`): the start as one number
    /// that orders as its text does (`2023` < `2023-08` < `2023-08-07`), undated last.
    struct TimelineKey: Comparable {
        let start: Int
        let id: Int64

        init(_ record: EventRecord) {
            start = record.withBytes { bytes in
                record.start.utf8(in: bytes).flatMap(PartialDate.init(utf8:)).map { $0.year * 10_000 + ($0.month ?? 0) * 100 + ($0.day ?? 0) }
            } ?? .max
            id = record.id
        }

        static func < (left: TimelineKey, right: TimelineKey) -> Bool {
            (left.start, left.id) < (right.start, right.id)
        }
    }
}
