import HiwarModel

extension Archive {
    /// Streams the articles that pass `filter`, by id (import order), to `each`.
    public func articles(matching filter: ArticleFilter, _ each: (ArticleSummary) throws -> Void) throws {
        let conditions = filter.sqlConditions
        let statement = try database.makeStatement(sql: """
            SELECT \(ArticleSummary.columns)
            FROM articles AS a \(conditions.sql.isEmpty ? "" : "WHERE " + conditions.sql.joined(separator: " AND "))
            ORDER BY a.id
            """)
        try statement.bind(conditions.arguments)
        while try statement.step() {
            try each(ArticleSummary(statement))
        }
    }

    /// Removes an article and the events only it reported. Events other articles also report stay,
    /// with their copies decided again and their fields derived again from the remaining reports
    /// (docs/MERGING.md): a date, place, name or person only the removed article gave goes with it.
    /// `unrederived` counts kept events left as they were, because a remaining report was stored
    /// before schema 6 and what it said alone is not known. Returns nil when there is no such article.
    public func remove(articleID: Int64) throws -> (title: String, removedEvents: Int, keptEvents: Int, unrederived: Int)? {
        try database.transaction {
            guard let title = try database.scalar(sql: "SELECT title FROM articles WHERE id = ?", [articleID], as: String.self)
            else { return nil }
            var reported: [Int64] = []
            let events = try database.makeStatement(sql: "SELECT DISTINCT event_id FROM mentions WHERE article_id = ? ORDER BY 1")
            try events.bind(articleID, at: 1)
            while try events.step() { reported.append(events.column(0)) }
            // Deleting the article deletes its mentions, and the trigger the events left without one.
            try database.cachedStatement(sql: "DELETE FROM articles WHERE id = ?").execute([articleID])
            try database.unindexRemovedArticles()
            let session = ImportSession(database: database)
            defer { session.isActive = false }
            var kept = 0, unrederived = 0
            for eventID in reported where try database.scalar(sql: "SELECT 1 FROM events WHERE id = ?", [eventID], as: Int.self) != nil {
                try database.recountCopies(ofEvent: eventID)
                if try !session.rederive(eventID: eventID) { unrederived += 1 }
                kept += 1
            }
            return (title, reported.count - kept, kept, unrederived)
        }
    }
}
