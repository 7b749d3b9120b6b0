import HiwarModel

extension ImportSession {
    /// Derives a stored event's merged fields (name, dates, status, place, people) again from the
    /// reports it has left, as if only they had been imported: the first as the event, each later
    /// one merged in by `merge(_:into:)`, in import order. Returns false, changing nothing, when a
    /// report's own reading is unknown (stored before schema 6 beside other reports).
    func rederive(eventID: Int64) throws -> Bool {
        let reports = try database.makeStatement(sql: """
            SELECT m.id, e.type, m.reported_name, m.reported_name_original, m.reported_start, m.reported_end,
                   m.reported_status, m.reported_location, m.sentence, m.start, m."end", m.rule
            FROM mentions AS m JOIN events AS e ON e.id = m.event_id
            WHERE m.event_id = ? ORDER BY m.id
            """)
        try reports.bind(eventID, at: 1)
        var readings: [Event] = []
        while try reports.step() {
            guard let status = (reports.column(6) as String?).flatMap(EventStatus.init(rawValue:)),
                  let type = EventType(rawValue: reports.column(1)) else { return false }
            readings.append(Event(
                type: type, name: reports.column(2), nameOriginal: reports.column(3), countries: [],
                start: (reports.column(4) as String?).flatMap(PartialDate.init), end: (reports.column(5) as String?).flatMap(PartialDate.init),
                status: status, location: reports.column(7), people: try people(ofReport: reports.column(0)),
                evidence: Evidence(sentence: reports.column(8), start: reports.column(9), end: reports.column(10), rule: reports.column(11))))
        }
        guard let first = readings.first else { return false }
        try database.cachedStatement(sql: """
            UPDATE events SET name = ?, name_original = ?, start = ?, "end" = ?, status = ?, location = ? WHERE id = ?
            """).execute([first.name, first.nameOriginal, first.start?.description, first.end?.description,
                          first.status.rawValue, first.location, eventID])
        try database.cachedStatement(sql: "DELETE FROM event_people WHERE event_id = ?").execute([eventID])
        try add(first.people, to: .event(eventID), from: 0)
        for reading in readings.dropFirst() {
            try merge(reading, into: try stored(eventID))
        }
        return true
    }

    /// The people one report named, in its order.
    private func people(ofReport mentionID: Int64) throws -> [Person] {
        let statement = try database.cachedStatement(sql: """
            SELECT p.name, p.name_original, mp.role, mp.country, mp.is_head
            FROM mention_people AS mp JOIN people AS p ON p.id = mp.person_id
            WHERE mp.mention_id = ? ORDER BY mp.position
            """)
        try statement.bind(mentionID, at: 1)
        defer { statement.reset() }
        var people: [Person] = []
        while try statement.step() {
            people.append(Person(name: statement.column(0), nameOriginal: statement.column(1), role: statement.column(2),
                                 country: statement.column(3), isHead: statement.column(4)))
        }
        return people
    }

    /// The event's fields as merging compares them, read back after each step.
    private func stored(_ eventID: Int64) throws -> StoredEvent {
        let statement = try database.cachedStatement(sql: "SELECT name, name_original, start, \"end\" FROM events WHERE id = ?")
        try statement.bind(eventID, at: 1)
        defer { statement.reset() }
        _ = try statement.step()
        return StoredEvent(id: eventID, name: statement.column(0), nameOriginal: statement.column(1),
                           start: (statement.column(2) as String?).flatMap(PartialDate.init),
                           end: (statement.column(3) as String?).flatMap(PartialDate.init))
    }
}
