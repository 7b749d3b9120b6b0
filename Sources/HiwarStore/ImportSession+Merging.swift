import HiwarModel

/// The fields of a stored event that decide whether a new report is about it.
struct StoredEvent {
    var id: Int64
    var name: String?
    var nameOriginal: String?
    var start: PartialDate?
    var end: PartialDate?
}

extension Event {
    /// Whether this event, read from a new article, may be the stored one reported again, given
    /// that both have the same type, parties and sending state (the rule of docs/MERGING.md):
    /// names, when both have one, must match; dated events need compatible dates (one within the
    /// other); and where either is undated, only a matching name ties them together.
    func mayBe(_ stored: StoredEvent) -> Bool {
        let names = Event.foldedNames(name, nameOriginal), storedNames = Event.foldedNames(stored.name, stored.nameOriginal)
        let namesMatch = !names.isDisjoint(with: storedNames)
        if !names.isEmpty, !storedNames.isEmpty, !namesMatch { return false }
        guard let start, let storedStart = stored.start else { return namesMatch }
        return Event.compatible(start, storedStart) && (end == nil || stored.end == nil || Event.compatible(end!, stored.end!))
    }

    /// Equal, or one more precise and inside the other (2023-08-07 and 2023-08).
    static func compatible(_ a: PartialDate, _ b: PartialDate) -> Bool {
        a.isWithin(b) || b.isWithin(a)
    }

    /// The event's `events.merge_key` (Migrations/0004_merge_key.sql): type, sorted parties and
    /// sending state as `type|IRQ;USA|sender`; nil without parties, since such an event never merges.
    var mergeKey: String? {
        countries.isEmpty ? nil : "\(type.rawValue)|\(countries.joined(separator: ";"))|\(country ?? "")"
    }

    /// The names an event goes by, folded so that spelling variants of case, hamza and diacritics agree.
    static func foldedNames(_ names: String?...) -> Set<String> {
        Set(names.compactMap { $0.map(TextFolding.fold) }.filter { !$0.isEmpty })
    }
}

extension ImportSession {
    /// The stored event that `event` reports again, if any: among events of the same type, parties
    /// and sending state (`Event.mergeKey`) that `Event.mayBe` accepts, the one with a matching name
    /// first, then the same start, then the oldest. Events of the article itself are left alone:
    /// extraction has already told them apart.
    func storedEvent(reportedAgainBy event: Event, in articleID: Int64) throws -> StoredEvent? {
        guard let key = event.mergeKey else { return nil }
        // Compatible dates share their year: only the key's undated events and those of the same year
        // are read, both from `events_by_merge_key` (an undated report reads the key's dated ones too).
        let year = event.start.map { String($0.description.prefix(4)) }
        let statement = try database.cachedStatement(sql: """
            SELECT id, name, name_original, start, "end" FROM (
                SELECT * FROM events WHERE merge_key = ?1 AND start IS NULL
                UNION ALL
                SELECT * FROM events WHERE merge_key = ?1 AND start BETWEEN ?2 AND ?3) AS e
            WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = e.id AND article_id = ?4)
            ORDER BY id
            """)
        try statement.bind([key, year ?? "0000", year.map { $0 + "-12-31" } ?? "9999-12-31", articleID])
        defer { statement.reset() }
        var candidates: [StoredEvent] = []
        while try statement.step() {
            let stored = StoredEvent(id: statement.column(0), name: statement.column(1), nameOriginal: statement.column(2),
                                     start: (statement.column(3) as String?).flatMap(PartialDate.init),
                                     end: (statement.column(4) as String?).flatMap(PartialDate.init))
            if event.mayBe(stored) { candidates.append(stored) }
        }
        let names = Event.foldedNames(event.name, event.nameOriginal)
        return candidates.min { a, b in
            func rank(_ stored: StoredEvent) -> Int {
                (names.isDisjoint(with: Event.foldedNames(stored.name, stored.nameOriginal)) ? 2 : 0)
                    + (stored.start == event.start ? 0 : 1)
            }
            return (rank(a), a.id) < (rank(b), b.id)
        }
    }

    /// Completes the stored event with what the new report adds: a name or place it lacked, a more
    /// precise date, `occurred` once any report says it happened, and people not yet listed (a
    /// second head only when it had none).
    func merge(_ event: Event, into stored: StoredEvent) throws {
        let morePrecise = event.start.map { start in stored.start.map { start != $0 && start.isWithin($0) } ?? true } ?? false
        try database.cachedStatement(sql: """
            UPDATE events SET name = coalesce(name, ?), name_original = coalesce(name_original, ?),
                location = coalesce(location, ?), status = CASE WHEN ? = 'occurred' THEN 'occurred' ELSE status END,
                start = CASE WHEN ? THEN ? ELSE start END, "end" = CASE WHEN ? THEN ? ELSE "end" END
            WHERE id = ?
            """).execute([event.name, event.nameOriginal, event.location, event.status.rawValue,
                          morePrecise, event.start?.description, morePrecise, event.end?.description, stored.id])
        let listed = try database.cachedStatement(sql: """
            SELECT p.name, p.name_original, ep.is_head FROM event_people AS ep JOIN people AS p ON p.id = ep.person_id
            WHERE ep.event_id = ?
            """)
        try listed.bind(stored.id, at: 1)
        defer { listed.reset() }
        var known: Set<[String]> = [], hasHead = false
        while try listed.step() {
            known.insert([listed.column(0), listed.column(1)])
            hasHead = hasHead || listed.column(2)
        }
        var newcomers = event.people.filter { !known.contains([$0.name, $0.nameOriginal]) }
        for index in newcomers.indices where hasHead { newcomers[index].isHead = false }
        try add(newcomers, to: .event(stored.id), from: known.count)
    }
}
