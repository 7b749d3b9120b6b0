import HiwarModel

/// Adds articles and their events to an archive inside one `Archive.importBatch` transaction.
///
/// A session is valid only inside the closure it was given to.
public final class ImportSession {
    private let database: Database
    var isActive = true

    init(database: Database) {
        self.database = database
    }

    /// Stores the article and its events, or reports it already present (by `Article.contentHash`).
    ///
    /// All or nothing: when any write fails (an event naming a state outside the catalogue throws
    /// `ArchiveError.unknownCountry`), nothing of this article stays, and the batch goes on.
    /// Each event becomes its own `events` row with one mention linking it to the article.
    public func add(_ article: Article, events: [Event]) throws -> ImportOutcome {
        // Using a session after its batch committed would write outside any transaction.
        precondition(isActive, "ImportSession.add called after its importBatch returned")
        let hash = article.contentHash
        if let id = try database.scalar(sql: "SELECT id FROM articles WHERE content_hash = ?", [hash], as: Int64.self) {
            return .alreadyPresent(articleID: id)
        }
        return try database.savepoint {
            try database.cachedStatement(sql: """
                INSERT INTO articles (content_hash, title, source, url, published, language, body, origin)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute([hash, article.title, article.source, article.url, article.published?.description,
                              article.language, article.body, article.origin])
            let articleID = database.lastInsertedRowID
            for event in events {
                try insert(event, reportedBy: articleID)
            }
            return .imported(articleID: articleID, events: events.count)
        }
    }

    private func insert(_ event: Event, reportedBy articleID: Int64) throws {
        try naming(event.country) {
            try database.cachedStatement(sql: """
                INSERT INTO events (type, name, name_original, start, "end", status, location, country)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute([event.type.rawValue, event.name, event.nameOriginal, event.start?.description,
                              event.end?.description, event.status.rawValue, event.location, event.country])
        }
        let eventID = database.lastInsertedRowID
        let addCountry = try database.cachedStatement(sql: "INSERT INTO event_countries (event_id, country) VALUES (?, ?)")
        for code in event.countries {
            try naming(code) { try addCountry.execute([eventID, code]) }
        }
        let addPerson = try database.cachedStatement(sql: """
            INSERT INTO event_people (event_id, position, person_id, role, country, is_head) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (position, person) in event.people.enumerated() {
            let personID = try id(of: person)
            try naming(person.country) {
                try addPerson.execute([eventID, position, personID, person.role, person.country, person.isHead])
            }
        }
        let evidence = event.evidence
        try database.cachedStatement(sql: """
            INSERT INTO mentions (event_id, article_id, sentence, start, "end", trigger_start, trigger_end, rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([eventID, articleID, evidence.sentence, evidence.start, evidence.end,
                          evidence.triggerStart, evidence.triggerEnd, evidence.rule])
    }

    /// The person's row, added on first sight; a person is known by both forms of the name.
    private func id(of person: Person) throws -> Int64 {
        let arguments: [(any SQLiteValue)?] = [person.nameOriginal, person.name]
        if let id = try database.scalar(sql: "SELECT id FROM people WHERE name_original = ? AND name = ?", arguments,
                                        as: Int64.self) {
            return id
        }
        try database.cachedStatement(sql: "INSERT INTO people (name_original, name) VALUES (?, ?)").execute(arguments)
        return database.lastInsertedRowID
    }

    /// Runs a write whose only foreign key that data can break is the country `code`, and says
    /// which code when it breaks (SQLite's own message does not).
    private func naming(_ code: String?, _ write: () throws -> Void) throws {
        do {
            try write()
        } catch let error as SQLiteError where error.isForeignKeyViolation {
            throw code.map { ArchiveError.unknownCountry(code: $0) } ?? error
        }
    }
}
