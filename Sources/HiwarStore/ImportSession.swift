import HiwarModel

/// Adds articles and their events to an archive inside one `Archive.importBatch` transaction.
///
/// A session is valid only inside the closure it was given to.
public final class ImportSession {
    let database: Database
    var isActive = true
    /// The `articles_search` rows of articles added since `writeSearchRows()` last ran, and their size.
    private var searchRows: [(articleID: Int64, title: String, body: String)] = []
    private var searchBytes = 0

    init(database: Database) {
        self.database = database
    }

    /// Stores the article and its events, or reports it already present (by `Article.contentHash`).
    ///
    /// All or nothing: when any write fails (an event naming a state outside the catalogue throws
    /// `ArchiveError.unknownCountry`), nothing of this article stays, and the batch goes on.
    /// An event the archive already holds from another report (docs/MERGING.md) gains this article
    /// as one more source; any other event becomes a row of its own.
    public func add(_ article: Article, events: [Event]) throws -> ImportOutcome {
        // Using a session after its batch committed would write outside any transaction.
        precondition(isActive, "ImportSession.add called after its importBatch returned")
        let hash = article.contentHash
        if let id = try database.scalar(sql: "SELECT id FROM articles WHERE content_hash = ?", [hash], as: Int64.self) {
            return .alreadyPresent(articleID: id)
        }
        let body = WordList(article.body)  // Folded once, for the signature and the search index.
        let signature = ArticleSignature(words: body)
        let articleID = try database.savepoint {
            try database.cachedStatement(sql: """
                INSERT INTO articles (content_hash, title, source, url, published, language, body, origin, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute([hash, article.title, article.source, article.url, article.published?.description,
                              article.language, article.body, article.origin, signature.bytes])
            let articleID = database.lastInsertedRowID
            for event in events {
                try record(event, reportedBy: articleID, signature: signature)
            }
            return articleID
        }
        try addSearchRow(articleID, title: SearchText.indexed(WordList(article.title)), body: SearchText.indexed(body))
        return .imported(articleID: articleID, events: events.count)
    }

    /// Most bytes of search text held back: FTS5 writes its pending terms out by about 1 MB anyway.
    static let searchBytesHeld = 4 << 20

    /// Queues the article's `articles_search` row, written by `writeSearchRows()` with the others of the batch.
    ///
    /// FTS5 writes the terms it holds to a new segment of its index at every savepoint and at every
    /// statement that opens a statement journal, as each article's savepoint and event writes do; a row
    /// inserted with them became a segment of its own, one article long, to be merged again and again.
    /// Rows inserted one after the other, with no such statement between them, share one segment.
    private func addSearchRow(_ articleID: Int64, title: String, body: String) throws {
        searchRows.append((articleID, title, body))
        searchBytes += title.utf8.count + body.utf8.count
        if searchBytes >= Self.searchBytesHeld { try writeSearchRows() }
    }

    /// Writes the queued search rows; `Archive.importBatch` calls it before it commits.
    func writeSearchRows() throws {
        for row in searchRows { try database.index(row.articleID, title: row.title, body: row.body) }
        searchRows = []
        searchBytes = 0
    }

    /// Adds the event, or merges it into the stored event it reports, and links it to the article.
    private func record(_ event: Event, reportedBy articleID: Int64, signature: ArticleSignature) throws {
        let eventID: Int64, copyOf: Int64?
        if let stored = try storedEvent(reportedAgainBy: event, in: articleID) {
            try merge(event, into: stored)
            eventID = stored.id
            copyOf = try database.copiedSource(ofEvent: eventID, byArticle: articleID, signature: signature)
        } else {
            eventID = try insert(event)
            copyOf = nil  // A new event has no other report to copy.
        }
        // The mention keeps the event as this article reported it, for `rederive` after a removal.
        let evidence = event.evidence
        try database.cachedStatement(sql: """
            INSERT INTO mentions (event_id, article_id, sentence, start, "end", trigger_start, trigger_end, rule, copy_of,
                                  reported_name, reported_name_original, reported_start, reported_end, reported_status,
                                  reported_location)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([eventID, articleID, evidence.sentence, evidence.start, evidence.end,
                          evidence.triggerStart, evidence.triggerEnd, evidence.rule, copyOf,
                          event.name, event.nameOriginal, event.start?.description, event.end?.description,
                          event.status.rawValue, event.location])
        try add(event.people, to: .mention(database.lastInsertedRowID), from: 0)
    }

    /// Stores a new event row with its parties and people, and returns its id.
    private func insert(_ event: Event) throws -> Int64 {
        try naming(event.country) {
            try database.cachedStatement(sql: """
                INSERT INTO events (type, name, name_original, start, "end", status, location, country)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute([event.type.rawValue, event.name, event.nameOriginal, event.start?.description,
                              event.end?.description, event.status.rawValue, event.location, event.country])
        }
        let eventID = database.lastInsertedRowID
        let addCountry = try database.cachedStatement(sql: "INSERT INTO event_countries (event_id, country, start) VALUES (?, ?, ?)")
        for code in event.countries {
            try naming(code) { try addCountry.execute([eventID, code, event.start?.description]) }
        }
        try add(event.people, to: .event(eventID), from: 0)
        return eventID
    }

    /// Whose list of people: an event's (`event_people`), or one report's (`mention_people`).
    enum PeopleList {
        case event(Int64)
        case mention(Int64)
    }

    /// Adds people to the list at positions `first`, `first + 1`, …
    func add(_ people: [Person], to list: PeopleList, from first: Int) throws {
        let (table, owner, ownerID) = switch list {
        case .event(let id): ("event_people", "event_id", id)
        case .mention(let id): ("mention_people", "mention_id", id)
        }
        let addPerson = try database.cachedStatement(sql: """
            INSERT INTO \(table) (\(owner), position, person_id, role, country, is_head) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (offset, person) in people.enumerated() {
            let personID = try id(of: person)
            try naming(person.country) {
                try addPerson.execute([ownerID, first + offset, personID, person.role, person.country, person.isHead])
            }
        }
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
